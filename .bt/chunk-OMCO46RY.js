import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  allPathModules,
  byLocation,
  classifyPython,
  mayReachPath,
  pathsAndParents,
  pragmaOf,
  reachedModules,
  relatedNames,
  resultSchemaVersion,
  stringTarget
} from "./chunk-AQFLRR5H.js";
import {
  visible
} from "./chunk-NPKQCN5C.js";
import {
  JavaScriptFactsCache,
  fixOf,
  globFilter,
  isJavaScriptSource,
  isResolutionConfig,
  measure,
  unsafeTreePath,
  usesJavaScript
} from "./chunk-RZVQHAKH.js";
import {
  ScanCache,
  defaultCacheDir
} from "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  boundNames,
  deprecationCategories,
  deprecationWarningsOf,
  discoverWorkingTree,
  insidePath,
  linkReasons,
  prefilterOf,
  readFromDisk,
  scanPythonFiles,
  statePath,
  toPosix
} from "./chunk-AFIXXXQQ.js";
import {
  absoluteFromModule,
  buildModuleIndex
} from "./chunk-LSQSVOAV.js";
import {
  evaluateMetric,
  external_exports,
  pathsRead
} from "./chunk-VHJDUMJJ.js";
import {
  escapedName,
  isUtf8Name,
  splitNul,
  undecodableNameReason
} from "./chunk-3X7W323C.js";
import {
  git,
  gitText,
  headCommit
} from "./chunk-ANWQWNOV.js";
import {
  consolidationLanguage,
  require_picomatch
} from "./chunk-C7PHYS7N.js";
import {
  installedPackagesStamp,
  memoFile,
  memoKey,
  readMemo,
  writeMemo
} from "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import {
  ensureFolderInside,
  writeFileSafely
} from "./chunk-GVSHMJPT.js";
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";
import {
  __toESM
} from "./chunk-KBQ5HHDO.js";

// dist/analyze/index.js
import { createHash } from "node:crypto";
import path3 from "node:path";

// dist/workspace/commit-source.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { realpathSync } from "node:fs";

// dist/workspace/git-tree.js
import path from "node:path";
var linkMode = "120000";
var maxHops = 40;
function parseEntries(out, considered, skipped) {
  const entries = /* @__PURE__ */ new Map();
  for (const record of splitNul(out)) {
    const tab = record.indexOf(9);
    if (tab === -1)
      continue;
    const [mode = "", type = "", id = ""] = record.toString("latin1", 0, tab).split(" ");
    const bytes = record.subarray(tab + 1);
    if (!isUtf8Name(bytes)) {
      const name = escapedName(bytes);
      if (considered(name))
        skipped.push({ file: name, reason: undecodableNameReason });
      continue;
    }
    const file = bytes.toString("utf8");
    const unsafe = unsafeTreePath(file);
    if (unsafe) {
      skipped.push({
        file: visible(file),
        reason: `unsafe path in the commit (${unsafe}): not read`
      });
      continue;
    }
    if (entries.has(file)) {
      skipped.push({ file, reason: "listed twice in the commit's tree: only the first is read" });
      continue;
    }
    entries.set(file, { mode, type, id });
  }
  return entries;
}
function resolveLink(link, entries, targets, rootReal) {
  let at = link;
  for (let hop = 0; hop < maxHops; hop++) {
    let target = targets.get(at);
    if (target === void 0)
      return { reason: linkReasons.broken };
    if (target.startsWith("/")) {
      if (!target.startsWith(`${rootReal}/`))
        return { reason: linkReasons.outsideFile };
      target = path.posix.relative(path.posix.dirname(`${rootReal}/${at}`), target);
    }
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(at), target));
    if (next === ".." || next.startsWith("../") || next.startsWith("/"))
      return { reason: linkReasons.outsideFile };
    const entry = entries.get(next);
    if (entry === void 0) {
      const prefix = `${next}/`;
      for (const file of entries.keys())
        if (file.startsWith(prefix))
          return "folder";
      return { reason: linkReasons.broken };
    }
    if (entry.type !== "blob")
      return "folder";
    if (entry.mode !== linkMode)
      return { id: entry.id };
    at = next;
  }
  return { reason: linkReasons.broken };
}
function treeListing(out, considered, readBlobs, rootReal) {
  const skipped = [];
  const entries = parseEntries(out, considered, skipped);
  const files = [];
  const links = [];
  for (const [file, e] of entries) {
    if (e.type !== "blob" || !e.id || !considered(file))
      continue;
    if (e.mode === linkMode)
      links.push(file);
    else
      files.push({ file, version: e.id });
  }
  if (links.length > 0) {
    const all = [...entries].filter(([, e]) => e.mode === linkMode);
    const contents = readBlobs(all.map(([, e]) => e.id));
    const targets = /* @__PURE__ */ new Map();
    all.forEach(([file], i) => {
      const bytes = contents[i];
      if (bytes instanceof Uint8Array && isUtf8Name(bytes))
        targets.set(file, Buffer.from(bytes).toString("utf8"));
    });
    for (const file of links) {
      const resolved = resolveLink(file, entries, targets, rootReal);
      if (resolved === "folder")
        continue;
      if ("reason" in resolved)
        skipped.push({ file, reason: resolved.reason });
      else
        files.push({ file, version: resolved.id });
    }
  }
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return { files: files.sort(byFile), skipped: skipped.sort(byFile) };
}

// dist/workspace/commit-source.js
function resolveCommit(cwd, ref) {
  const id = gitText(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!id)
    throw new InputError(`${ref}: not a commit in the git repository at ${cwd}`);
  return id;
}
function parseBatch(out, count2) {
  const results = [];
  let at = 0;
  for (let i = 0; i < count2; i++) {
    const eol = out.indexOf(10, at);
    const header = out.toString("utf8", at, eol);
    const size = Number(header.split(" ")[2]);
    if (header.endsWith(" missing") || Number.isNaN(size)) {
      results.push(new Error(`git object ${header.split(" ")[0]} is missing`));
      at = eol + 1;
      continue;
    }
    results.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return results;
}
function gitTreeSource(root, commit, wanted, exclude) {
  const excluded = exclude.length > 0 ? (0, import_picomatch.default)([...exclude], { dot: true }) : () => false;
  const listing = git(root, ["ls-tree", "-r", "-z", commit, "--", "."]);
  const readBlobs = (ids) => ids.length === 0 ? [] : parseBatch(git(root, ["cat-file", "--batch"], `${ids.join("\n")}
`), ids.length);
  const { files, skipped } = treeListing(listing, (file) => wanted(file) && !excluded(file) && !file.startsWith(".ssot/"), readBlobs, realpathSync.native(root));
  return {
    files,
    skipped,
    fromGit: true,
    readMany(batch) {
      const out = /* @__PURE__ */ new Map();
      if (batch.length === 0)
        return out;
      const raw = git(root, ["cat-file", "--batch"], `${batch.map((f) => f.version).join("\n")}
`);
      parseBatch(raw, batch.length).forEach((content, i) => {
        const f = batch[i];
        if (f)
          out.set(f.file, content);
      });
      return out;
    }
  };
}

// dist/workspace/migration-record.js
import path2 from "node:path";
var migrationRecordVersion = 2;
var count = external_exports.number().int().nonnegative();
var figures = {
  planned: count,
  applied: count,
  refused: count,
  rolledBack: count,
  successRate: external_exports.number().min(0).max(1)
};
var figuresSchema = external_exports.object(figures);
var groupSchema = external_exports.object({
  consolidation: external_exports.string(),
  batch: external_exports.string(),
  path: external_exports.string(),
  ...figures
});
var runSchema = external_exports.object({
  run: external_exports.string(),
  at: external_exports.string(),
  /** What the run was narrowed to (absent: everything). */
  scope: external_exports.object({
    consolidation: external_exports.string().optional(),
    batch: external_exports.string().optional(),
    path: external_exports.string().optional()
  }),
  totals: figuresSchema,
  groups: external_exports.array(groupSchema),
  backup: external_exports.string().optional(),
  verify: external_exports.object({ command: external_exports.string(), passed: external_exports.boolean(), exit: external_exports.string() }).optional(),
  /** Set by `--restore`: the run's files were put back. */
  restored: external_exports.object({ at: external_exports.string(), files: count, of: count }).optional()
});
var migrationRecordSchema = external_exports.object({
  schemaVersion: external_exports.literal(migrationRecordVersion),
  tool: external_exports.object({ name: external_exports.literal("ssot-tracker"), version: external_exports.string() }),
  ...figures,
  batches: external_exports.array(external_exports.object({ consolidation: external_exports.string(), batch: external_exports.string(), ...figures })),
  runs: external_exports.array(runSchema)
});
var legacyRecordSchema = external_exports.object({
  planned: count,
  applied: count,
  refused: count.optional()
});
function readMigrationRecordFile(root) {
  const file = statePath(root, "lastMigration");
  const text = readRegularText(file, { what: "the migration record" });
  if (text === void 0)
    return void 0;
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${error.message})`, { cause: error });
  }
  const current = migrationRecordSchema.safeParse(data);
  if (current.success)
    return { version: 2, record: current.data };
  const claimsCurrent = data?.schemaVersion === migrationRecordVersion;
  const legacy = legacyRecordSchema.safeParse(data);
  if (legacy.success && !claimsCurrent)
    return { version: 1, record: legacy.data };
  const issue = current.error.issues[0];
  throw new InputError(`${file}: not a migration record: ${issue ? `${issue.path.join(".") || "(top)"}: ${issue.message}` : ""}`);
}
function writeMigrationRecordFile(root, record) {
  const file = statePath(root, "lastMigration");
  ensureFolderInside(root, path2.dirname(file));
  writeFileSafely(file, `${JSON.stringify(migrationRecordSchema.parse(record), null, 2)}
`, {
    base: root,
    mode: 420
  });
}
function readLastMigration(root) {
  const found = readMigrationRecordFile(root);
  return found && { planned: found.record.planned, applied: found.record.applied };
}

// dist/analyze/classify/docs.js
var isWordChar = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
function findMentions(file, text, modules, index) {
  const found = [];
  for (const module of modules) {
    for (let at = text.indexOf(module); at >= 0; at = text.indexOf(module, at + module.length)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      if (isWordChar(before) || before === 46)
        continue;
      const after = at + module.length;
      if (isWordChar(text.charCodeAt(after)))
        continue;
      if (text.charCodeAt(after) === 46) {
        const rest = /^\.([A-Za-z_]\w*)/.exec(text.slice(after, after + 200));
        if (rest && index.exists.has(`${module}.${rest[1]}`))
          continue;
      }
      found.push({ file, line: lineAt(text, at), module });
    }
  }
  return found;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1))
    line++;
  return line;
}

// dist/analyze/classify/javascript.js
function relativeLevel(specifier) {
  if (specifier === "." || specifier.startsWith("./"))
    return 1;
  let level = 0;
  for (let at = 0; specifier.startsWith("..", at); at += 3) {
    level++;
    if (specifier[at + 2] !== "/")
      break;
  }
  return level === 0 ? 0 : level + 1;
}
function classifyJavaScript(consolidation, analysis) {
  const pathOfFile = /* @__PURE__ */ new Map();
  for (const p of consolidation.paths) {
    const file = analysis.paths.fileOf(p.module);
    if (file)
      pathOfFile.set(file, p.id);
  }
  const edges = [];
  const internalEdges = [];
  const stringReferences = [];
  for (const { file, imports, mocks } of analysis.files) {
    const resolved = analysis.resolutions.get(file);
    if (!resolved)
      continue;
    const pathOf = (specifier) => {
      const target = resolved.get(specifier);
      return target === void 0 ? void 0 : pathOfFile.get(target);
    };
    const internalFrom = pathOfFile.get(file);
    for (const statement of imports) {
      const path4 = pathOf(statement.specifier);
      if (path4 === void 0)
        continue;
      const edge = {
        file,
        line: statement.line,
        path: path4,
        names: statement.names,
        kind: statement.kind,
        level: relativeLevel(statement.specifier),
        nested: statement.nested,
        typeChecking: statement.typeOnly
      };
      if (internalFrom === void 0)
        edges.push(edge);
      else
        internalEdges.push({ ...edge, from: internalFrom });
    }
    if (internalFrom !== void 0)
      continue;
    for (const mock of mocks) {
      const path4 = pathOf(mock.specifier);
      if (path4 !== void 0)
        stringReferences.push({ file, line: mock.line, path: path4, value: mock.specifier });
    }
  }
  edges.sort(byLocation);
  internalEdges.sort(byLocation);
  stringReferences.sort(byLocation);
  return { edges, internalEdges, stringReferences, unrelated: [], pragmas: /* @__PURE__ */ new Map() };
}

// dist/analyze/classify/python-all.js
function push(map, key, value) {
  const list = map.get(key);
  if (list)
    list.push(value);
  else
    map.set(key, [value]);
}
function classifyAllPython(consolidations, files, context) {
  const { index, pathModules, provenance } = context;
  const byModule = /* @__PURE__ */ new Map();
  const internalOf = /* @__PURE__ */ new Map();
  const buckets = /* @__PURE__ */ new Map();
  for (const c of consolidations) {
    const bucket = {
      reexports: new Set(c.paths.filter((p) => p.role === "reexport").map((p) => p.module)),
      targets: new Set(c.paths.filter((p) => p.role !== "reexport").map((p) => p.module)),
      pathOfFile: /* @__PURE__ */ new Map(),
      out: {
        edges: [],
        internalEdges: [],
        stringReferences: [],
        unrelated: [],
        pragmas: /* @__PURE__ */ new Map()
      }
    };
    buckets.set(c, bucket);
    for (const p of c.paths) {
      push(byModule, p.module, [bucket, p.id]);
      const file = index.files.get(p.module);
      if (file) {
        bucket.pathOfFile.set(file, p.id);
        push(internalOf, file, [bucket, p.id]);
      }
    }
  }
  const anyPath = new Map([...byModule.keys()].map((m) => [m, m]));
  const bases = pathsAndParents(byModule.keys());
  for (const { file, scan } of files) {
    const importer = index.moduleOf.get(file);
    for (const statement of scan.imports) {
      if (!mayReachPath(statement, importer, anyPath, bases))
        continue;
      const base = statement.kind === "from" ? absoluteFromModule(statement.module, statement.level, importer?.package) : void 0;
      for (const reach of reachedModules(statement, importer, index, pathModules)) {
        for (const [bucket, path4] of byModule.get(reach.module) ?? []) {
          const internalFrom = bucket.pathOfFile.get(file);
          const viaNames = statement.kind === "from" && bucket.reexports.has(reach.module) && base === reach.module && reach.names.length > 0 && !reach.names.includes("*");
          const provenanceOf = viaNames ? relatedNames(reach.names, reach.module, bucket.targets, provenance) : void 0;
          if (provenanceOf?.length === 0) {
            if (internalFrom === void 0)
              bucket.out.unrelated.push({ file, line: statement.line, path: path4, names: reach.names });
            continue;
          }
          const edge = {
            file,
            line: statement.line,
            path: path4,
            names: reach.names,
            kind: statement.kind === "import" ? "import" : "from-import",
            level: statement.level,
            nested: statement.nested,
            typeChecking: statement.typeChecking,
            ...provenanceOf ? { provenance: provenanceOf } : {}
          };
          if (internalFrom === void 0) {
            bucket.out.edges.push(edge);
            const reason = pragmaOf(scan, statement);
            if (reason !== void 0)
              bucket.out.pragmas.set(edge, reason);
          } else
            bucket.out.internalEdges.push({ ...edge, from: internalFrom });
        }
      }
    }
    const internal = internalOf.get(file);
    for (const literal of scan.strings) {
      const target = stringTarget(literal.value, index, pathModules);
      if (target === void 0)
        continue;
      for (const [bucket, path4] of byModule.get(target) ?? []) {
        if (internal?.some(([b]) => b === bucket))
          continue;
        bucket.out.stringReferences.push({ file, line: literal.line, path: path4, value: literal.value });
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [c, { out: found }] of buckets) {
    found.edges.sort(byLocation);
    found.internalEdges.sort(byLocation);
    found.stringReferences.sort(byLocation);
    found.unrelated.sort(byLocation);
    out.set(c, found);
  }
  return out;
}

// dist/analyze/phases/evaluate.js
function missingData(criterion, m) {
  const read = new Set(pathsRead(criterion, m));
  const missing = m.paths.filter((p) => p.missing && read.has(p.id));
  if (missing.length === 0)
    return void 0;
  return {
    actual: null,
    unknownReason: "missing-module",
    evidence: missing.map((p) => {
      const hint = p.missing?.suggestion ? ` (did you mean \`${p.missing.suggestion}\`?)` : "";
      return `path ${p.id}: module \`${p.module}\` is not in the repository and no import reaches it${hint}; fix the config, or mark the path \`removed: true\` if it was deleted on purpose`;
    })
  };
}
function expectedText(c) {
  const parts = [];
  if (c.min !== void 0)
    parts.push(`>= ${c.min}`);
  if (c.max !== void 0)
    parts.push(`<= ${c.max}`);
  return parts.join(" and ");
}
function statusOf(c, actual) {
  if (actual === null)
    return "unknown";
  if (c.min !== void 0 && actual < c.min)
    return "not-met";
  if (c.max !== void 0 && actual > c.max)
    return "not-met";
  return "met";
}
function evaluatePhases(consolidation, measured, facts) {
  return consolidation.phases.map((phase) => {
    const criteria = phase.criteria.map((criterion) => {
      const { actual, evidence, unknownReason } = missingData(criterion, measured) ?? evaluateMetric(criterion, measured, facts);
      return {
        metric: criterion.metric,
        status: statusOf(criterion, actual),
        actual,
        expected: expectedText(criterion),
        evidence,
        ...unknownReason ? { unknownReason } : {}
      };
    });
    const status = criteria.some((k) => k.status === "not-met") ? "not-met" : criteria.every((k) => k.status === "met") ? "met" : "unknown";
    return {
      id: phase.id,
      title: phase.title ?? phase.id,
      gate: phase.gate !== void 0 && phase.gate !== false,
      status,
      criteria
    };
  });
}

// dist/analyze/resolve/python-provenance.js
var none = [];
var moduleOrigin = (module) => ({
  module,
  kind: "module",
  name: module.slice(module.lastIndexOf(".") + 1)
});
function push2(map, name, binding) {
  const list = map.get(name);
  if (list)
    list.push(binding);
  else
    map.set(name, [binding]);
}
var Provenance = class {
  index;
  scanOf;
  bindings = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  constructor(index, scanOf) {
    this.index = index;
    this.scanOf = scanOf;
  }
  /** The origins of `name` looked up in `module` (empty: the module does not bind it). */
  origins(module, name) {
    const key = `${module}\0${name}`;
    const known = this.memo.get(key);
    if (known)
      return known;
    if (this.active.has(key))
      return none;
    this.active.add(key);
    const found = this.lookUp(module, name);
    this.active.delete(key);
    this.memo.set(key, found);
    return found;
  }
  /** The module binds `name` at module level, directly or through star imports. */
  binds(module, name) {
    return this.bindingsOf(module) !== null && this.origins(module, name).length > 0;
  }
  /** The module is in the repository with a file whose bindings can be read. */
  readable(module) {
    return this.bindingsOf(module) !== null;
  }
  lookUp(module, name) {
    const b = this.bindingsOf(module);
    if (b === null) {
      if (this.index.exists.has(`${module}.${name}`))
        return [moduleOrigin(`${module}.${name}`)];
      return this.index.exists.has(module) ? none : [{ module, kind: "outside", name }];
    }
    const out = [];
    const add = (o) => {
      if (!out.some((x) => x.module === o.module && x.kind === o.kind && x.name === o.name))
        out.push(o);
    };
    for (const binding of b.named.get(name) ?? []) {
      if (binding.kind === "defined")
        add({ module, kind: "defined", name });
      else if (binding.kind === "module")
        add(moduleOrigin(binding.module));
      else
        for (const o of this.fromImport(binding.module, binding.name))
          add(o);
    }
    for (const star of b.stars) {
      if (this.exports(star, name))
        for (const o of this.origins(star, name))
          add(o);
    }
    if (out.length === 0 && this.index.exists.has(`${module}.${name}`)) {
      add(moduleOrigin(`${module}.${name}`));
    }
    return out;
  }
  /** `from X import n`: the attribute `n` of X when X binds it, else the submodule `X.n`. */
  fromImport(module, name) {
    const sub = `${module}.${name}`;
    const b = this.bindingsOf(module);
    if (this.index.exists.has(sub) && !b?.named.has(name))
      return [moduleOrigin(sub)];
    return this.origins(module, name);
  }
  /** `from X import *` binds `name`: listed in `__all__`, else public and bound by X. */
  exports(module, name) {
    const b = this.bindingsOf(module);
    if (b === null)
      return false;
    if (b.all)
      return b.all.has(name);
    return !name.startsWith("_") && this.origins(module, name).length > 0;
  }
  bindingsOf(module) {
    const known = this.bindings.get(module);
    if (known !== void 0)
      return known;
    const file = this.index.files.get(module);
    const scan = file === void 0 ? void 0 : this.scanOf(file);
    const made = scan && file !== void 0 ? this.read(file, scan) : null;
    this.bindings.set(module, made);
    return made;
  }
  read(file, scan) {
    const named = /* @__PURE__ */ new Map();
    const stars = [];
    const pkg = this.index.moduleOf.get(file)?.package;
    for (const s of scan.imports) {
      if (s.nested)
        continue;
      if (s.kind === "import") {
        for (const n of s.names) {
          const bound = n.alias ?? n.name.split(".")[0] ?? n.name;
          push2(named, bound, { kind: "module", module: n.alias ? n.name : bound });
        }
        continue;
      }
      const from = absoluteFromModule(s.module, s.level, pkg);
      if (from === void 0)
        continue;
      for (const n of s.names) {
        if (n.name === "*")
          stars.push(from);
        else
          push2(named, n.alias ?? n.name, { kind: "from", module: from, name: n.name });
      }
    }
    for (const name of scan.definedNames)
      push2(named, name, { kind: "defined" });
    return { named, stars, all: scan.dunderAll.length > 0 ? new Set(scan.dunderAll) : void 0 };
  }
};

// dist/analyze/index.js
var defaultDocs = ["**/*.md"];
function docGlobsOf(config) {
  return config.consolidations.flatMap((c) => c.phases.flatMap((p) => p.criteria.flatMap((k) => k.metric === "deprecated-doc-mentions" ? k.docs ?? defaultDocs : [])));
}
function wantedFile(config) {
  const globs = docGlobsOf(config);
  const isDoc = globs.length > 0 ? globFilter(globs) : void 0;
  const js = usesJavaScript(config.consolidations);
  const py = !js || config.consolidations.some((c) => consolidationLanguage(c) === "python");
  return (file) => py && file.endsWith(".py") || js && (isJavaScriptSource(file) || isResolutionConfig(file)) || isDoc?.(file) === true;
}
async function analyze(config, options = {}) {
  options.onProgress?.({ stage: "discover" });
  const wanted = wantedFile(config);
  const { known } = options;
  const discovery = known?.walked ?? discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    // Documents are matched by path, so accept every name when documents are wanted.
    accept: docGlobsOf(config).length > 0 ? () => true : wanted,
    ...options.onWorkingTree ? { witness: true } : {},
    ...known?.listing ? { listing: known.listing } : {},
    ...known?.stamps ? { stamps: known.stamps } : {}
  });
  const files = discovery.files.filter((f) => wanted(f.file));
  options.onWorkingTree?.({
    files,
    skipped: discovery.skipped,
    ...usesJavaScript(config.consolidations) ? {} : { witness: discovery.witness }
  });
  const source = {
    files,
    skipped: discovery.skipped,
    readMany: readFromDisk((file) => path3.join(config.root, file)),
    absPath: (file) => path3.join(config.root, file)
  };
  const lastMigration = readLastMigration(config.root);
  const commit = headCommit(config.root);
  const cacheDir = options.cache === false ? void 0 : options.cacheDir ?? defaultCacheDir();
  const memo = cacheDir === void 0 || options.onPythonFacts ? void 0 : memoOf(cacheDir, config, files, discovery);
  const memoised = memo && readMemo(memo.file, memo.key(commit, lastMigration));
  if (memoised)
    return memoised;
  const cache = cacheDir === void 0 ? void 0 : ScanCache.open(cacheDir, config.root, toolVersion);
  let jsCache;
  const javascriptFacts = cacheDir === void 0 ? void 0 : {
    open: (env) => jsCache = JavaScriptFactsCache.open(cacheDir, config.root, toolVersion, env)
  };
  const result = await analyzeSource(config, source, {
    ...commit ? { commit } : {},
    ...cache ? { store: cache } : {},
    ...lastMigration ? { lastMigration } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.workers !== void 0 ? { workers: options.workers } : {},
    ...options.onPythonFacts ? { onPythonFacts: options.onPythonFacts } : {},
    ...options.prefilter !== void 0 ? { prefilter: options.prefilter } : {},
    ...javascriptFacts ? { javascriptFacts } : {}
  });
  try {
    cache?.save(new Set(files.filter((f) => f.file.endsWith(".py")).map((f) => f.file)));
  } catch (error) {
    options.onWarning?.(`scan cache not saved: ${errorCode(error)} (${cache?.file})`);
  }
  try {
    jsCache?.save(new Set(files.map((f) => f.file)));
  } catch (error) {
    options.onWarning?.(`JS/TS cache not saved: ${errorCode(error)} (${jsCache?.file})`);
  }
  if (memo) {
    try {
      writeMemo(memo.file, memo.key(commit, lastMigration), result);
    } catch (error) {
      options.onWarning?.(`result memo not saved: ${errorCode(error)} (${memo.file})`);
    }
  }
  return result;
}
function memoOf(cacheDir, config, files, discovery) {
  return {
    file: memoFile(cacheDir, config.root),
    key: (commit, lastMigration) => memoKey({
      tool: toolVersion,
      configHash: configHash(config),
      configFile: config.file,
      root: config.root,
      files,
      skipped: discovery.skipped,
      commit,
      lastMigration,
      extra: usesJavaScript(config.consolidations) ? installedPackagesStamp(config.root) : void 0
    })
  };
}
async function analyzeCommit(config, commit, options = {}) {
  const id = resolveCommit(config.root, commit);
  const source = gitTreeSource(config.root, id, wantedFile(config), config.exclude);
  return analyzeSource(config, source, { ...options, commit: id });
}
async function analyzeSource(config, source, options = {}) {
  const { onProgress } = options;
  const pyFiles = source.files.filter((f) => f.file.endsWith(".py"));
  const pathModules = allPathModules(config.consolidations);
  const prefilter = options.prefilter !== false && (source.absPath || source.fromGit) ? pythonPrefilter(config, pyFiles) : void 0;
  const [scanned, js] = await Promise.all([
    scanPythonFiles(pyFiles, source, {
      store: options.store,
      workers: options.workers,
      onProgress: (p) => onProgress?.({ stage: "scan", ...p }),
      ...prefilter && { prefilter: prefilter.prefilter, full: prefilter.full }
    }),
    usesJavaScript(config.consolidations) ? analyzeJavaScript(config, source, options.javascriptFacts) : void 0
  ]);
  onProgress?.({ stage: "classify" });
  const files = [...scanned.scans].map(([file, scan]) => ({ file, scan }));
  const candidates = files.filter((f) => !scanned.filtered.has(f.file));
  const classesOf = (file, scan) => scanned.filtered.get(file)?.hasClass === false ? [] : scan.classes;
  const index = prefilter && files.length === pyFiles.length ? prefilter.index : buildModuleIndex(files.map((f) => f.file), config.python.sourceRoots);
  const pythonPaths = {
    fileOf: (module) => index.files.get(module),
    exists: (module) => index.exists.has(module),
    candidates: () => index.exists
  };
  const provenance = new Provenance(index, (file) => scanned.scans.get(file));
  const python = { index, pathModules, provenance };
  options.onPythonFacts?.({ index, provenance });
  const pythonFiles = files.map((f) => f.file);
  const pythonClasses = files.map(({ file, scan }) => ({
    file,
    get classes() {
      return classesOf(file, scan);
    }
  }));
  const docs = readDocs(source, config);
  let categories;
  const categoriesOnce = () => {
    categories ??= deprecationCategories(files.flatMap(({ file, scan }) => classesOf(file, scan)));
    return categories;
  };
  const classifiedPython = classifyAllPython(config.consolidations.filter((c) => !(js && consolidationLanguage(c) === "javascript")), candidates, python);
  const consolidations = config.consolidations.map((c) => {
    const measured = js && consolidationLanguage(c) === "javascript" ? measure(c, {
      classified: classifyJavaScript(c, js),
      classes: js.files,
      paths: js.paths,
      sourceFiles: js.files.map((f) => f.file)
    }) : measure(c, {
      classified: classifiedPython.get(c) ?? classifyPython(c, candidates, python),
      classes: pythonClasses,
      paths: pythonPaths,
      sourceFiles: pythonFiles,
      advise: (edge, module) => fixOf(edge, module, c, provenance)
    });
    const deprecatedModules = c.paths.filter((p) => p.role !== "canonical").map((p) => p.module);
    const scanOfPath = (id) => {
      const file = measured.paths.find((p) => p.id === id)?.file;
      return file ? scanned.scans.get(file) : void 0;
    };
    const phases = evaluatePhases(c, measured, {
      deprecationWarnings: (id) => deprecationWarningsOf(scanOfPath(id), categoriesOnce()),
      namesBoundBy: (id) => boundNames(scanOfPath(id)),
      docMentions: (globs) => docMentions(docs, globs ?? defaultDocs, deprecatedModules, index),
      ...c.implementation ? { implementationPattern: c.implementation.classPattern } : {},
      ...options.lastMigration ? { lastMigration: options.lastMigration } : {}
    });
    return { ...measured, phases };
  });
  const parseErrors = candidates.flatMap(({ file, scan }) => scan.errors.map((e) => ({ file, line: e.line, message: e.message }))).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return {
    schemaVersion: resultSchemaVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    source: {
      root: toPosix(path3.relative(path3.dirname(config.file), config.root)) || ".",
      ...options.commit ? { commit: options.commit } : {},
      configHash: configHash(config)
    },
    files: {
      scanned: files.length + (js?.files.length ?? 0),
      python: files.length,
      ...js ? { javascript: js.files.length } : {},
      skipped: [...source.skipped, ...scanned.skipped, ...js?.skipped ?? []].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
      parseErrors
    },
    consolidations
  };
}
function pythonPrefilter(config, pyFiles) {
  const modules = config.consolidations.filter((c) => consolidationLanguage(c) === "python").flatMap((c) => c.paths.map((p) => p.module));
  if (modules.length === 0)
    return void 0;
  const index = buildModuleIndex(pyFiles.map((f) => f.file), config.python.sourceRoots);
  return {
    prefilter: prefilterOf(modules),
    full: (file) => insidePath(index.moduleOf.get(file)?.module, modules),
    index
  };
}
function configHash(config) {
  const { file: _file, root: _root, ...rules } = config;
  return createHash("sha256").update(JSON.stringify(rules)).digest("hex");
}
async function analyzeJavaScript(config, source, store) {
  const javascript = await import("./javascript-4VGFAEY4.js");
  return javascript.analyzeJavaScript(config, source, store);
}
function readDocs(source, config) {
  const globs = docGlobsOf(config);
  if (globs.length === 0)
    return [];
  const isDoc = globFilter(globs);
  const docFiles = source.files.filter((f) => !f.file.endsWith(".py") && isDoc(f.file));
  if (docFiles.length === 0)
    return [];
  const decoder = new TextDecoder("utf-8");
  const out = [];
  for (const [file, bytes] of source.readMany(docFiles)) {
    if (!(bytes instanceof Error))
      out.push({ file, text: decoder.decode(bytes) });
  }
  return out;
}
function docMentions(docs, globs, modules, index) {
  const inScope = globFilter(globs);
  return docs.filter((d) => inScope(d.file)).flatMap((d) => findMentions(d.file, d.text, modules, index));
}

export {
  migrationRecordVersion,
  readMigrationRecordFile,
  writeMigrationRecordFile,
  readLastMigration,
  resolveCommit,
  docGlobsOf,
  wantedFile,
  analyze,
  analyzeCommit,
  analyzeSource,
  configHash
};
