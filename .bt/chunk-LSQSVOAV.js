import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/analyze/resolve/python-modules.js
function normaliseRoot(root) {
  const trimmed = root.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
  return trimmed === "." ? "" : trimmed;
}
var identifier = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*$/;
function moduleNameOf(relative, folders) {
  const slash = relative.lastIndexOf("/");
  const folder = slash < 0 ? "" : relative.slice(0, slash);
  const base = relative.slice(slash + 1).replace(/\.pyi?$/, "");
  let dotted = folders.get(folder);
  if (dotted === void 0) {
    const parts = folder === "" ? [] : folder.split("/");
    dotted = parts.every((p) => identifier.test(p)) ? parts.join(".") : null;
    folders.set(folder, dotted);
  }
  if (dotted === null)
    return void 0;
  if (base === "__init__")
    return dotted === "" ? void 0 : { module: dotted, package: dotted };
  if (!identifier.test(base))
    return void 0;
  return { module: dotted === "" ? base : `${dotted}.${base}`, package: dotted };
}
function buildModuleIndex(pythonFiles, sourceRoots) {
  const roots = sourceRoots.map(normaliseRoot);
  const files = /* @__PURE__ */ new Map();
  const exists = /* @__PURE__ */ new Set();
  const moduleOf = /* @__PURE__ */ new Map();
  const folders = roots.map(() => /* @__PURE__ */ new Map());
  for (const file of pythonFiles) {
    if (!file.endsWith(".py"))
      continue;
    for (const [r, root] of roots.entries()) {
      if (root !== "" && !(file.startsWith(root) && file.charCodeAt(root.length) === 47))
        continue;
      const info = moduleNameOf(root === "" ? file : file.slice(root.length + 1), folders[r]);
      if (!info)
        continue;
      const { module } = info;
      if (!files.has(module))
        files.set(module, file);
      moduleOf.set(file, info);
      for (let name = module; ; ) {
        if (exists.has(name))
          break;
        exists.add(name);
        const i = name.lastIndexOf(".");
        if (i < 0)
          break;
        name = name.slice(0, i);
      }
      break;
    }
  }
  return { files, exists, moduleOf };
}
function absoluteFromModule(module, level, importerPackage) {
  if (level === 0)
    return module;
  if (importerPackage === void 0)
    return void 0;
  const parts = importerPackage === "" ? [] : importerPackage.split(".");
  const keep = parts.length - (level - 1);
  if (keep <= 0)
    return void 0;
  const base = parts.slice(0, keep).join(".");
  return module ? `${base}.${module}` : base;
}

export {
  buildModuleIndex,
  absoluteFromModule
};
