import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  absoluteFromModule
} from "./chunk-LSQSVOAV.js";
import {
  external_exports
} from "./chunk-VHJDUMJJ.js";

// dist/result/schema.js
var resultSchemaVersion = 2;
var status = external_exports.enum(["met", "not-met", "unknown"]);
var role = external_exports.enum(["canonical", "shim", "direct", "reexport"]);
var edgeKinds = [
  "import",
  "from-import",
  "import-type",
  "export-from",
  "require",
  "dynamic-import"
];
var pathResult = external_exports.object({
  id: external_exports.string(),
  module: external_exports.string(),
  role,
  /** The module exists in the repository (a file, a package or a namespace package). */
  exists: external_exports.boolean(),
  /** The file that defines it, when there is one. */
  file: external_exports.string().optional(),
  /** Every role but `canonical` is deprecated. */
  deprecated: external_exports.boolean(),
  /** Marked `removed: true` in the config: its absence is the goal, not a typo. */
  removed: external_exports.boolean().optional(),
  /**
   * No file defines the module and no statement reaches it: almost always a typo. Criteria
   * that depend on the path are `unknown` while it is missing.
   */
  missing: external_exports.object({ suggestion: external_exports.string().optional() }).optional(),
  files: external_exports.number().int(),
  statements: external_exports.number().int(),
  nestedStatements: external_exports.number().int(),
  typeCheckingStatements: external_exports.number().int(),
  stringReferences: external_exports.number().int(),
  /** Statements on a `reexport` path that import only names unrelated to the consolidation. */
  unrelatedStatements: external_exports.number().int(),
  /** Deprecated statements allowed on purpose (`# ssot: allow`, config `allow`). */
  allowedStatements: external_exports.number().int()
});
var edge = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number().int(),
  path: external_exports.string(),
  /** Imported names as written in the source (no aliases); empty for `import a.b`. */
  names: external_exports.array(external_exports.string()),
  kind: external_exports.enum(edgeKinds),
  /** Relative-import dots (0 for absolute imports). */
  level: external_exports.number().int(),
  nested: external_exports.boolean(),
  typeChecking: external_exports.boolean(),
  /** The batch of the importing file (first matching batch, else "other"). */
  batch: external_exports.string(),
  /**
   * On a `reexport` path: the imported names that made the statement count, each with the
   * path module it comes from (absent for `import P` and `from P import *`).
   */
  provenance: external_exports.array(external_exports.object({ name: external_exports.string(), origin: external_exports.string() })).optional(),
  /** On a deprecated path: what to import instead, found by provenance. */
  fix: external_exports.object({
    /** Imports to write, each naming only what its module binds. */
    imports: external_exports.array(external_exports.object({
      module: external_exports.string(),
      names: external_exports.array(external_exports.object({ name: external_exports.string(), alias: external_exports.string().optional() }))
    })),
    /** Names no non-deprecated module binds: "blocked: the canonical module does not define X". */
    blocked: external_exports.array(external_exports.string())
  }).optional()
});
var internalEdge = edge.extend({ from: external_exports.string().describe("Path id of the importing module.") });
var unrelatedImport = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number().int(),
  path: external_exports.string(),
  names: external_exports.array(external_exports.string()),
  batch: external_exports.string()
});
var allowedEdge = edge.extend({
  reason: external_exports.string(),
  /** Where the permission comes from: a `# ssot: allow` comment or a config `allow` entry. */
  by: external_exports.enum(["pragma", "config"])
});
var problem = external_exports.object({
  kind: external_exports.enum(["missing-module", "unused-allow", "empty-batch", "empty-implementation-scope"]),
  /** Path id, batch id or `allow[i]`, the config item at fault. */
  subject: external_exports.string(),
  message: external_exports.string()
});
var blocker = external_exports.object({
  name: external_exports.string(),
  /** Deprecated statements that import it. */
  statements: external_exports.number().int(),
  files: external_exports.number().int()
});
var stringReference = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number().int(),
  path: external_exports.string(),
  value: external_exports.string()
});
var criterion = external_exports.object({
  metric: external_exports.string(),
  status,
  actual: external_exports.number().nullable(),
  expected: external_exports.string(),
  evidence: external_exports.array(external_exports.string()),
  /**
   * Why the status is `unknown`: `missing-module` (a configured module is not in the
   * repository: fix the config), `not-started` (nothing to measure yet), `no-data` (the data
   * does not exist yet, e.g. no migrate run).
   */
  unknownReason: external_exports.enum(["missing-module", "not-started", "no-data", "no-match"]).optional()
});
var consolidation = external_exports.object({
  id: external_exports.string(),
  title: external_exports.string(),
  paths: external_exports.array(pathResult),
  /** Deprecated name -> canonical name (the config's `symbols`). */
  symbols: external_exports.record(external_exports.string(), external_exports.string()),
  totals: external_exports.object({
    statements: external_exports.number().int(),
    deprecatedStatements: external_exports.number().int(),
    files: external_exports.number().int(),
    deprecatedFiles: external_exports.number().int(),
    unrelatedStatements: external_exports.number().int(),
    allowedStatements: external_exports.number().int()
  }),
  /** Deprecated / all; null when no statement reaches any path yet ("not started", not 0%). */
  deprecatedShare: external_exports.object({ statements: external_exports.number().nullable(), files: external_exports.number().nullable() }),
  edges: external_exports.array(edge),
  /** Statements on `reexport` paths whose names are all unrelated: not counted. */
  unrelatedImports: external_exports.array(unrelatedImport),
  /** Deprecated statements allowed on purpose: not counted, never failing `check`. */
  allowedEdges: external_exports.array(allowedEdge),
  /** Names deprecated statements import that no non-deprecated module binds. */
  blockers: external_exports.array(blocker),
  /** Configuration items the repository contradicts (a typo, an unused allow entry). */
  problems: external_exports.array(problem),
  internalEdges: external_exports.array(internalEdge),
  stringReferences: external_exports.array(stringReference),
  implementations: external_exports.array(external_exports.object({ name: external_exports.string(), file: external_exports.string(), line: external_exports.number().int() })),
  batches: external_exports.array(external_exports.object({
    id: external_exports.string(),
    files: external_exports.number().int(),
    statements: external_exports.number().int(),
    deprecatedStatements: external_exports.number().int()
  })),
  phases: external_exports.array(external_exports.object({
    id: external_exports.string(),
    title: external_exports.string(),
    gate: external_exports.boolean(),
    status,
    criteria: external_exports.array(criterion)
  }))
});
var analysisResultSchema = external_exports.object({
  schemaVersion: external_exports.literal(resultSchemaVersion),
  tool: external_exports.object({ name: external_exports.literal("ssot-tracker"), version: external_exports.string() }),
  /** What was analysed: deterministic, so equal inputs give equal results. */
  source: external_exports.object({
    /** The analysed root, relative to the config file's folder (posix). */
    root: external_exports.string(),
    /** The analysed commit (backfill), or HEAD of the working tree's repository. */
    commit: external_exports.string().optional(),
    /** sha256 of the validated configuration (which consolidations, paths and rules). */
    configHash: external_exports.string()
  }),
  files: external_exports.object({
    /** Every analysed source file: Python plus JS/TS. */
    scanned: external_exports.number().int(),
    python: external_exports.number().int(),
    /** JS/TS files analysed; present when a consolidation names JS/TS paths. */
    javascript: external_exports.number().int().optional(),
    skipped: external_exports.array(external_exports.object({ file: external_exports.string(), reason: external_exports.string() })),
    parseErrors: external_exports.array(external_exports.object({ file: external_exports.string(), line: external_exports.number().int(), message: external_exports.string() }))
  }),
  consolidations: external_exports.array(consolidation),
  /**
   * Present in an organisation-wide result (`ssot merge --fleet`): each repository's own
   * figures; the consolidations above are summed over them, files named `repository/file`.
   */
  fleet: external_exports.object({
    repositories: external_exports.array(external_exports.object({
      name: external_exports.string(),
      commit: external_exports.string().optional(),
      configHash: external_exports.string(),
      consolidations: external_exports.array(external_exports.object({
        id: external_exports.string(),
        totals: consolidation.shape.totals,
        deprecatedShare: consolidation.shape.deprecatedShare,
        paths: external_exports.array(external_exports.object({
          id: external_exports.string(),
          role,
          files: external_exports.number().int(),
          statements: external_exports.number().int()
        }))
      }))
    }))
  }).optional()
});

// dist/analyze/resolve/python-reach.js
function reachedModules(statement, importer, index, pathModules) {
  const out = [];
  const add = (module, name) => {
    let reach = out.find((r) => r.module === module);
    if (!reach) {
      reach = { module, names: [] };
      out.push(reach);
    }
    if (name !== void 0 && !reach.names.includes(name))
      reach.names.push(name);
  };
  if (statement.kind === "import") {
    for (const { name } of statement.names)
      add(name, void 0);
    return out;
  }
  const base = absoluteFromModule(statement.module, statement.level, importer?.package);
  if (base === void 0)
    return out;
  for (const { name } of statement.names) {
    const sub = `${base}.${name}`;
    if (name !== "*" && (index.exists.has(sub) || pathModules.has(sub)))
      add(sub, name);
    else
      add(base, name);
  }
  return out;
}
function stringTarget(value, index, pathModules) {
  for (let end = value.length; end > 0; end = value.lastIndexOf(".", end - 1)) {
    const prefix = value.slice(0, end);
    if (pathModules.has(prefix) || index.exists.has(prefix))
      return prefix;
  }
  return void 0;
}

// dist/analyze/classify/python.js
function allPathModules(consolidations) {
  return new Set(consolidations.flatMap((c) => c.paths.map((p) => p.module)));
}
var byLocation = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
function pathsAndParents(modules) {
  const out = /* @__PURE__ */ new Set();
  for (const module of modules) {
    for (let m = module; m !== ""; m = m.slice(0, Math.max(0, m.lastIndexOf("."))))
      out.add(m);
  }
  return out;
}
function mayReachPath(statement, importer, pathByModule, bases) {
  if (statement.kind === "import")
    return statement.names.some((n) => pathByModule.has(n.name));
  const base = absoluteFromModule(statement.module, statement.level, importer?.package);
  return base !== void 0 && bases.has(base);
}
function pragmaOf(scan, statement) {
  if (scan.pragmas.length === 0)
    return void 0;
  return scan.pragmas.find((p) => p.line >= statement.line && p.line <= statement.endLine)?.reason;
}
function relatedNames(names, reexport, targets, provenance) {
  const related = [];
  for (const name of names) {
    const origin = provenance.origins(reexport, name).map((o) => o.module).filter((m) => targets.has(m)).sort()[0];
    if (origin !== void 0)
      related.push({ name, origin });
  }
  return related;
}
function classifyPython(consolidation2, files, context) {
  const { index, pathModules, provenance } = context;
  const pathByModule = new Map(consolidation2.paths.map((p) => [p.module, p.id]));
  const reexports = new Set(consolidation2.paths.filter((p) => p.role === "reexport").map((p) => p.module));
  const targets = new Set(consolidation2.paths.filter((p) => p.role !== "reexport").map((p) => p.module));
  const pathOfFile = /* @__PURE__ */ new Map();
  for (const p of consolidation2.paths) {
    const file = index.files.get(p.module);
    if (file)
      pathOfFile.set(file, p.id);
  }
  const edges = [];
  const internalEdges = [];
  const stringReferences = [];
  const unrelated = [];
  const pragmas = /* @__PURE__ */ new Map();
  const bases = pathsAndParents(pathByModule.keys());
  for (const { file, scan } of files) {
    const importer = index.moduleOf.get(file);
    const internalFrom = pathOfFile.get(file);
    for (const statement of scan.imports) {
      if (!mayReachPath(statement, importer, pathByModule, bases))
        continue;
      for (const reach of reachedModules(statement, importer, index, pathModules)) {
        const path = pathByModule.get(reach.module);
        if (path === void 0)
          continue;
        const viaNames = statement.kind === "from" && reexports.has(reach.module) && absoluteFromModule(statement.module, statement.level, importer?.package) === reach.module && reach.names.length > 0 && !reach.names.includes("*");
        const provenanceOf = viaNames ? relatedNames(reach.names, reach.module, targets, provenance) : void 0;
        if (provenanceOf?.length === 0) {
          if (internalFrom === void 0)
            unrelated.push({ file, line: statement.line, path, names: reach.names });
          continue;
        }
        const edge2 = {
          file,
          line: statement.line,
          path,
          names: reach.names,
          kind: statement.kind === "import" ? "import" : "from-import",
          level: statement.level,
          nested: statement.nested,
          typeChecking: statement.typeChecking,
          ...provenanceOf ? { provenance: provenanceOf } : {}
        };
        if (internalFrom === void 0) {
          edges.push(edge2);
          const reason = pragmaOf(scan, statement);
          if (reason !== void 0)
            pragmas.set(edge2, reason);
        } else
          internalEdges.push({ ...edge2, from: internalFrom });
      }
    }
    if (internalFrom !== void 0)
      continue;
    for (const literal of scan.strings) {
      const target = stringTarget(literal.value, index, pathModules);
      const path = target === void 0 ? void 0 : pathByModule.get(target);
      if (path !== void 0)
        stringReferences.push({ file, line: literal.line, path, value: literal.value });
    }
  }
  edges.sort(byLocation);
  internalEdges.sort(byLocation);
  stringReferences.sort(byLocation);
  unrelated.sort(byLocation);
  return { edges, internalEdges, stringReferences, unrelated, pragmas };
}

export {
  resultSchemaVersion,
  analysisResultSchema,
  reachedModules,
  stringTarget,
  allPathModules,
  byLocation,
  pathsAndParents,
  mayReachPath,
  pragmaOf,
  relatedNames,
  classifyPython
};
