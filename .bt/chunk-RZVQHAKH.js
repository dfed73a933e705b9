import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  forEachLine
} from "./chunk-BOARFHT4.js";
import {
  classPattern,
  consolidationLanguage,
  javascriptExtensions,
  require_picomatch
} from "./chunk-C7PHYS7N.js";
import {
  round
} from "./chunk-CXEH4STO.js";
import {
  writeFileSafely
} from "./chunk-GVSHMJPT.js";
import {
  __toESM
} from "./chunk-KBQ5HHDO.js";

// dist/analyze/discover/javascript-files.js
var declarationFile = /\.d\.([^./]+\.)?[mc]?ts$/;
var resolutionConfig = /(^|\/)((ts|js)config([.-][^/]*)?\.json|package\.json)$/;
var inNodeModules = (file) => file.startsWith("node_modules/") || file.includes("/node_modules/");
function isJavaScriptSource(file) {
  return javascriptExtensions.some((ext) => file.endsWith(ext)) && !declarationFile.test(file) && !inNodeModules(file);
}
function isResolutionConfig(file) {
  return resolutionConfig.test(file) && !inNodeModules(file);
}
function usesJavaScript(consolidations) {
  return consolidations.some((c) => consolidationLanguage(c) === "javascript");
}

// dist/workspace/javascript-facts.js
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync } from "node:fs";
import path from "node:path";
var factsCacheFormat = 1;
var chunkBytes = 1 << 22;
var contentHash = (bytes) => createHash("sha1").update(bytes).digest("hex");
function javascriptEnvironment(parts) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([
    factsCacheFormat,
    parts.tool,
    parts.settings ?? null,
    parts.tsConfig ?? null,
    parts.configs,
    parts.packages
  ]));
  for (const file of parts.sources)
    hash.update(`
${file}`);
  return hash.digest("hex");
}
var JavaScriptFactsCache = class _JavaScriptFactsCache {
  file;
  entries;
  head;
  dirty;
  constructor(file, entries, head, dirty) {
    this.file = file;
    this.entries = entries;
    this.head = head;
    this.dirty = dirty;
  }
  /** The cache of `root` under `env`; missing, damaged or another environment's: empty. */
  static open(cacheDir, root, tool, env) {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `javascript-${key}.jsonl`);
    const head = JSON.stringify({ format: factsCacheFormat, tool, env });
    try {
      return new _JavaScriptFactsCache(file, readEntries(file, head), head, false);
    } catch {
      return new _JavaScriptFactsCache(file, /* @__PURE__ */ new Map(), head, true);
    }
  }
  get size() {
    return this.entries.size;
  }
  /**
   * The facts of this file when its content is the cached one: same version, or else the
   * same content hash (`read` gives the bytes; then the new version is kept).
   */
  get(file, version, read) {
    const entry = this.entries.get(file);
    if (entry === void 0)
      return void 0;
    if (entry.version === version)
      return entry;
    const bytes = read();
    if (bytes === void 0 || contentHash(bytes) !== entry.hash)
      return void 0;
    entry.version = version;
    this.dirty = true;
    return entry;
  }
  /** Record (or replace) a file's facts for this content. */
  set(file, version, hash, facts) {
    this.entries.set(file, { version, hash, ...facts });
    this.dirty = true;
  }
  /** Add what a run learnt about an entry's content (located statements, candidates). */
  add(file, facts) {
    const entry = this.entries.get(file);
    if (entry === void 0)
      return;
    if (facts.located)
      entry.located = facts.located;
    if (facts.candidates)
      entry.candidates = facts.candidates;
    this.dirty = true;
  }
  /** Drop files that are gone, then write atomically; throws when it cannot (the caller warns). */
  save(present) {
    for (const file of this.entries.keys()) {
      if (!present.has(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty)
      return;
    writeFileSafely(this.file, this.lines());
    this.dirty = false;
  }
  *lines() {
    let chunk = `${this.head}
`;
    for (const [file, e] of this.entries) {
      const line = [
        file,
        e.version,
        e.hash,
        e.resolved,
        e.located ?? null,
        e.candidates ?? null
      ];
      chunk += `${JSON.stringify(line)}
`;
      if (chunk.length >= chunkBytes) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk;
  }
};
function readEntries(file, head) {
  const entries = /* @__PURE__ */ new Map();
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile())
      throw new Error("not a regular file");
    let first = true;
    forEachLine(fd, (line) => {
      if (first) {
        if (line !== head)
          throw new Error("another tool, format or environment");
        first = false;
        return;
      }
      const [name, version, hash, resolved, located, candidates] = JSON.parse(line);
      entries.set(name, {
        version,
        hash,
        resolved,
        ...located ? { located } : {},
        ...candidates ? { candidates } : {}
      });
    });
    if (first)
      throw new Error("empty");
  } finally {
    closeSync(fd);
  }
  return entries;
}

// dist/analyze/measure/measure.js
var import_picomatch2 = __toESM(require_picomatch(), 1);

// dist/analyze/classify/advice.js
function parentAndLeaf(module) {
  const dot = module.lastIndexOf(".");
  return dot < 0 ? ["", module] : [module.slice(0, dot), module.slice(dot + 1)];
}
function fromOrigin(origins, name, deprecated) {
  const usable = origins.filter((o2) => !deprecated.has(o2.module)).sort((a, b) => a.module < b.module ? -1 : 1);
  const o = usable.find((x) => x.kind !== "module") ?? usable[0];
  if (!o)
    return void 0;
  const [module, bound] = o.kind === "module" ? parentAndLeaf(o.module) : [o.module, o.name];
  if (module === "")
    return void 0;
  return { module, name: bound === name ? { name } : { name: bound, alias: name } };
}
function adviseName(name, module, consolidation, provenance) {
  const canonical = consolidation.paths.find((p) => p.role === "canonical")?.module;
  if (canonical === void 0)
    return void 0;
  const target = consolidation.symbols[name] ?? name;
  if (provenance.binds(canonical, target))
    return { module: canonical, name: { name: target } };
  const deprecated = new Set(consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.module));
  return fromOrigin(provenance.origins(module, name), name, deprecated);
}
function fixOf(edge, module, consolidation, provenance) {
  if (edge.kind !== "from-import" || edge.names.includes("*"))
    return void 0;
  const canonical = consolidation.paths.find((p) => p.role === "canonical")?.module;
  if (canonical === void 0)
    return void 0;
  const [only] = edge.names;
  if (edge.names.length === 1 && only !== void 0 && module.endsWith(`.${only}`) && !provenance.binds(module, only))
    return void 0;
  const related = edge.provenance ? new Set(edge.provenance.map((p) => p.name)) : void 0;
  const groups = /* @__PURE__ */ new Map();
  const add = (target, name) => {
    const list = groups.get(target) ?? [];
    if (!list.some((n) => n.name === name.name && n.alias === name.alias))
      list.push(name);
    groups.set(target, list);
  };
  groups.set(canonical, []);
  const blocked = [];
  for (const name of edge.names) {
    if (related && !related.has(name)) {
      add(module, { name });
      continue;
    }
    const advice = adviseName(name, module, consolidation, provenance);
    if (advice)
      add(advice.module, advice.name);
    else
      blocked.push(name);
  }
  const imports = [...groups].filter(([, names]) => names.length > 0).map(([target, names]) => ({ module: target, names }));
  return { imports, blocked };
}
function blockersOf(edges) {
  const byName = /* @__PURE__ */ new Map();
  for (const edge of edges) {
    for (const name of edge.fix?.blocked ?? []) {
      const b = byName.get(name) ?? { statements: 0, files: /* @__PURE__ */ new Set() };
      b.statements++;
      b.files.add(edge.file);
      byName.set(name, b);
    }
  }
  return [...byName].map(([name, b]) => ({ name, statements: b.statements, files: b.files.size })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

// dist/analyze/classify/allow.js
var import_picomatch = __toESM(require_picomatch(), 1);
function splitAllowed(consolidation, edges, pragmas) {
  const deprecated = new Set(consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.id));
  const entries = consolidation.allow.map((entry) => ({
    entry,
    match: (0, import_picomatch.default)(entry.file, { dot: true }),
    used: false
  }));
  const counted = [];
  const allowed = [];
  for (const edge of edges) {
    if (!deprecated.has(edge.path)) {
      counted.push(edge);
      continue;
    }
    const pragma = pragmas.get(edge);
    const rule = entries.find((e) => (e.entry.path === void 0 || e.entry.path === edge.path) && e.match(edge.file));
    if (rule)
      rule.used = true;
    if (pragma !== void 0)
      allowed.push({ ...edge, reason: pragma || "(no reason given)", by: "pragma" });
    else if (rule)
      allowed.push({ ...edge, reason: rule.entry.reason, by: "config" });
    else
      counted.push(edge);
  }
  const problems = entries.flatMap((e, i) => e.used ? [] : [
    {
      kind: "unused-allow",
      subject: `allow[${i}]`,
      message: `${consolidation.id}: allow[${i}] (file ${JSON.stringify(e.entry.file)}${e.entry.path ? `, path ${e.entry.path}` : ""}) matches no deprecated import any more: remove it`
    }
  ]);
  return { counted, allowed, problems };
}

// dist/analyze/measure/missing.js
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit)
    return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(d);
      if (d < best)
        best = d;
    }
    if (best > limit)
      return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
function nearest(name, candidates) {
  let limit = Math.max(2, Math.floor(name.length * 0.4));
  let best;
  for (const candidate of candidates) {
    if (candidate === name)
      continue;
    const d = editDistance(name, candidate, limit);
    if (d > limit)
      continue;
    if (d < limit || best === void 0 || candidate < best)
      best = candidate;
    limit = d;
  }
  return best;
}
function missingPaths(consolidation, exists, reached, candidates) {
  return consolidation.paths.filter((p) => !p.removed && !exists(p.module) && !reached.has(p.id)).map((p) => {
    const suggestion = nearest(p.module, candidates());
    return { id: p.id, module: p.module, ...suggestion ? { suggestion } : {} };
  });
}
function missingMessage(consolidationId, m) {
  const hint = m.suggestion ? ` (did you mean \`${m.suggestion}\`?)` : "";
  return `${consolidationId}/${m.id}: module \`${m.module}\` is not in the repository and no import reaches it${hint}; fix the module name in the config, or mark the path \`removed: true\` if it was deleted on purpose`;
}
function missingProblems(consolidationId, missing) {
  return missing.map((m) => ({
    kind: "missing-module",
    subject: m.id,
    message: missingMessage(consolidationId, m)
  }));
}

// dist/analyze/measure/measure.js
var otherBatch = "other";
function globFilter(include, exclude) {
  const inc = include && include.length > 0 ? (0, import_picomatch2.default)([...include], { dot: true }) : () => true;
  const exc = exclude && exclude.length > 0 ? (0, import_picomatch2.default)([...exclude], { dot: true }) : () => false;
  return (file) => inc(file) && !exc(file);
}
function batchAssigner(consolidation) {
  const matchers = consolidation.batches.map((b) => ({
    id: b.id,
    match: globFilter(b.include, b.exclude)
  }));
  const memo = /* @__PURE__ */ new Map();
  return (file) => {
    let id = memo.get(file);
    if (id === void 0) {
      id = matchers.find((m) => m.match(file))?.id ?? otherBatch;
      memo.set(file, id);
    }
    return id;
  };
}
var ratio = (part, whole) => whole === 0 ? null : round(part / whole);
function pathStats(consolidation, m, paths, missing) {
  return consolidation.paths.map((p) => {
    const mine = m.edges.filter((e) => e.path === p.id);
    const file = paths.fileOf(p.module);
    const lost = missing.find((x) => x.id === p.id);
    return {
      id: p.id,
      module: p.module,
      role: p.role,
      exists: paths.exists(p.module),
      ...file ? { file } : {},
      deprecated: p.role !== "canonical",
      ...p.removed ? { removed: true } : {},
      ...lost ? { missing: lost.suggestion ? { suggestion: lost.suggestion } : {} } : {},
      files: new Set(mine.map((e) => e.file)).size,
      statements: mine.length,
      nestedStatements: mine.filter((e) => e.nested).length,
      typeCheckingStatements: mine.filter((e) => e.typeChecking).length,
      stringReferences: m.stringReferences.filter((r) => r.path === p.id).length,
      unrelatedStatements: m.unrelatedImports.filter((u) => u.path === p.id).length,
      allowedStatements: m.allowedEdges.filter((a) => a.path === p.id).length
    };
  });
}
function batchStats(consolidation, edges, deprecated) {
  const batchOf = batchAssigner(consolidation);
  const ids = [...consolidation.batches.map((b) => b.id), otherBatch];
  const stats = new Map(ids.map((id) => [id, { id, files: /* @__PURE__ */ new Set(), statements: 0, deprecatedStatements: 0 }]));
  for (const edge of edges) {
    const s = stats.get(batchOf(edge.file));
    if (!s)
      continue;
    s.files.add(edge.file);
    s.statements++;
    if (deprecated.has(edge.path))
      s.deprecatedStatements++;
  }
  return ids.map((id) => {
    const s = stats.get(id);
    return {
      id,
      files: s?.files.size ?? 0,
      statements: s?.statements ?? 0,
      deprecatedStatements: s?.deprecatedStatements ?? 0
    };
  });
}
function implementations(consolidation, files) {
  const spec = consolidation.implementation;
  if (!spec)
    return [];
  const pattern = classPattern(spec.classPattern);
  const inScope = globFilter(spec.include, spec.exclude);
  const found = [];
  for (const f of files) {
    if (!inScope(f.file))
      continue;
    for (const c of f.classes)
      if (pattern.test(c.name))
        found.push({ name: c.name, file: f.file, line: c.line });
  }
  return found;
}
function edgeOf(e, batch, fix) {
  return {
    file: e.file,
    line: e.line,
    path: e.path,
    names: e.names,
    kind: e.kind,
    level: e.level,
    nested: e.nested,
    typeChecking: e.typeChecking,
    batch,
    ...e.provenance ? { provenance: e.provenance } : {},
    ...fix ? { fix } : {}
  };
}
var anyMatchMemo = /* @__PURE__ */ new WeakMap();
function anyMatches(files, include, exclude) {
  let memo = anyMatchMemo.get(files);
  if (!memo) {
    memo = /* @__PURE__ */ new Map();
    anyMatchMemo.set(files, memo);
  }
  const key = JSON.stringify([include ?? [], exclude ?? []]);
  let found = memo.get(key);
  if (found === void 0) {
    const match = globFilter(include, exclude);
    found = files.some((f) => match(f));
    memo.set(key, found);
  }
  return found;
}
function batchProblems(consolidation, files) {
  return consolidation.batches.flatMap((b) => {
    if (anyMatches(files, b.include, b.exclude))
      return [];
    return [
      {
        kind: "empty-batch",
        subject: b.id,
        message: `${consolidation.id}: batch ${b.id} matches no analysed file (include ${JSON.stringify(b.include)}): check its globs`
      }
    ];
  });
}
function implementationProblems(c, files) {
  const spec = c.implementation;
  if (!spec?.include)
    return [];
  if (anyMatches(files, spec.include, spec.exclude))
    return [];
  return [
    {
      kind: "empty-implementation-scope",
      subject: "implementation",
      message: `${c.id}: implementation.include ${JSON.stringify(spec.include)} matches no analysed file: check its globs`
    }
  ];
}
function measure(consolidation, input) {
  const { classified, paths } = input;
  const deprecated = new Set(consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.id));
  const moduleOf = new Map(consolidation.paths.map((p) => [p.id, p.module]));
  const batchOf = batchAssigner(consolidation);
  const split = splitAllowed(consolidation, classified.edges, classified.pragmas);
  const edges = split.counted.map((e) => {
    const module = moduleOf.get(e.path);
    const fix = deprecated.has(e.path) && module !== void 0 ? input.advise?.(e, module) : void 0;
    return edgeOf(e, batchOf(e.file), fix);
  });
  const allowedEdges = split.allowed.map((e) => ({
    ...edgeOf(e, batchOf(e.file)),
    reason: e.reason,
    by: e.by
  }));
  const unrelatedImports = classified.unrelated.map((u) => ({ ...u, batch: batchOf(u.file) }));
  const internalEdges = classified.internalEdges.map((e) => ({
    ...edgeOf(e, batchOf(e.file)),
    from: e.from
  }));
  const reached = new Set([...edges, ...allowedEdges, ...unrelatedImports, ...internalEdges].map((e) => e.path));
  const missing = missingPaths(consolidation, (module) => paths.exists(module), reached, () => paths.candidates());
  const deprecatedEdges = edges.filter((e) => deprecated.has(e.path));
  const allFiles = new Set(edges.map((e) => e.file)).size;
  const deprecatedFiles = new Set(deprecatedEdges.map((e) => e.file)).size;
  const stringReferences = classified.stringReferences;
  return {
    id: consolidation.id,
    title: consolidation.title,
    paths: pathStats(consolidation, { edges, unrelatedImports, allowedEdges, stringReferences }, paths, missing),
    symbols: consolidation.symbols,
    totals: {
      statements: edges.length,
      deprecatedStatements: deprecatedEdges.length,
      files: allFiles,
      deprecatedFiles,
      unrelatedStatements: unrelatedImports.length,
      allowedStatements: allowedEdges.length
    },
    deprecatedShare: {
      statements: ratio(deprecatedEdges.length, edges.length),
      files: ratio(deprecatedFiles, allFiles)
    },
    edges,
    unrelatedImports,
    allowedEdges,
    blockers: blockersOf(deprecatedEdges),
    problems: [
      ...missingProblems(consolidation.id, missing),
      ...split.problems,
      ...batchProblems(consolidation, input.sourceFiles),
      ...implementationProblems(consolidation, input.sourceFiles)
    ],
    internalEdges,
    stringReferences,
    implementations: implementations(consolidation, input.classes),
    batches: batchStats(consolidation, edges, deprecated)
  };
}

// dist/util/tree-path.js
function unsafeTreePath(file) {
  if (file === "")
    return "an empty path";
  if (file.startsWith("/"))
    return "an absolute path";
  if (file.includes("\\"))
    return "a backslash in the path";
  for (const part of file.split("/")) {
    if (part === "")
      return "an empty path segment";
    if (part === "." || part === "..")
      return `a "${part}" path segment`;
    if (part.toLowerCase() === ".git")
      return 'a ".git" path segment';
  }
  return void 0;
}

export {
  isJavaScriptSource,
  isResolutionConfig,
  usesJavaScript,
  unsafeTreePath,
  contentHash,
  javascriptEnvironment,
  JavaScriptFactsCache,
  adviseName,
  fixOf,
  otherBatch,
  globFilter,
  batchAssigner,
  measure
};
