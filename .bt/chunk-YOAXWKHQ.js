import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/check/identity.js
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function identityKey(id) {
  return JSON.stringify([id.consolidation, id.file, id.path, id.names, id.occurrence]);
}
function compareIdentities(a, b) {
  return cmp(a.consolidation, b.consolidation) || cmp(a.file, b.file) || cmp(a.path, b.path) || cmp(a.names.join("\n"), b.names.join("\n")) || a.occurrence - b.occurrence;
}
function identityOf(id) {
  return {
    consolidation: id.consolidation,
    file: id.file,
    path: id.path,
    names: id.names,
    occurrence: id.occurrence
  };
}
function importsSubmodule(edge, module, symbols) {
  const [only] = edge.names;
  return edge.names.length === 1 && only !== void 0 && module.endsWith(`.${only}`) && !(only in symbols);
}
function parentAndLeaf(module) {
  const dot = module.lastIndexOf(".");
  return dot < 0 ? ["", module] : [module.slice(0, dot), module.slice(dot + 1)];
}
function statementText(edge, module, submodule) {
  if (edge.kind === "import")
    return `import ${module}`;
  if (edge.kind !== "from-import")
    return `import of ${module}`;
  if (submodule)
    return `from ${parentAndLeaf(module)[0]} import ${edge.names.join(", ")}`;
  return `from ${module} import ${edge.names.join(", ")}`;
}
function fixText(fix) {
  const imports = fix.imports.map((i) => `from ${i.module} import ${i.names.map((n) => n.alias ? `${n.name} as ${n.alias}` : n.name).join(", ")}`);
  const blocked = fix.blocked.map((n) => `blocked: the canonical module does not define ${n}`);
  return [...imports, ...blocked].join("; ");
}
function suggestionText(edge, canonical, submodule, symbols) {
  if (edge.fix)
    return fixText(edge.fix);
  if (edge.kind === "import")
    return `import ${canonical}`;
  if (edge.kind !== "from-import")
    return `import from ${canonical}`;
  if (submodule) {
    const [parent, leaf] = parentAndLeaf(canonical);
    const alias = edge.names[0] !== leaf ? ` as ${edge.names[0]}` : "";
    return parent === "" ? `import ${canonical}${alias}` : `from ${parent} import ${leaf}${alias}`;
  }
  return `from ${canonical} import ${edge.names.map((n) => symbols[n] ?? n).join(", ")}`;
}
function deprecatedEdges(result, symbolMaps = {}) {
  const out = [];
  for (const c of result.consolidations) {
    const paths = new Map(c.paths.map((p) => [p.id, p]));
    const canonical = c.paths.find((p) => p.role === "canonical")?.module;
    const symbols = symbolMaps[c.id] ?? c.symbols;
    const seen = /* @__PURE__ */ new Map();
    const edges = [...c.edges].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.path, b.path));
    for (const edge of edges) {
      const path = paths.get(edge.path);
      if (!path || path.role === "canonical")
        continue;
      const names = [...edge.names].sort(cmp);
      const groupKey = JSON.stringify([edge.file, edge.path, names]);
      const occurrence = seen.get(groupKey) ?? 0;
      seen.set(groupKey, occurrence + 1);
      const submodule = importsSubmodule(edge, path.module, symbols);
      out.push({
        consolidation: c.id,
        file: edge.file,
        path: edge.path,
        names,
        occurrence,
        line: edge.line,
        kind: edge.kind,
        role: path.role,
        module: path.module,
        statement: statementText(edge, path.module, submodule),
        batch: edge.batch,
        blocked: edge.fix?.blocked ?? [],
        ...canonical ? { suggestion: suggestionText(edge, canonical, submodule, symbols) } : {}
      });
    }
  }
  return out;
}

// dist/history/progress-view.js
var notStartedStatus = "not started";

export {
  identityKey,
  compareIdentities,
  identityOf,
  deprecatedEdges,
  notStartedStatus
};
