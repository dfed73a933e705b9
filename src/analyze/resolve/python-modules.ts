/**
 * The repository's Python module namespace: which dotted names are modules (files),
 * packages (`__init__.py`) or namespace packages (folders of modules without one), and
 * which module each file is, given the configured source roots.
 */
export interface ModuleIndex {
  /** Dotted module -> repository-relative file (`pkg/__init__.py` for a package). */
  files: Map<string, string>;
  /** Dotted names that exist: modules, packages and namespace packages. */
  exists: Set<string>;
  /** Repository-relative file -> its dotted module (only files under a source root). */
  moduleOf: Map<string, ModuleInfo>;
}

export interface ModuleInfo {
  module: string;
  /** The package relative imports resolve against (the module itself for `__init__.py`). */
  package: string;
}

function normaliseRoot(root: string): string {
  const trimmed = root
    .replace(/\\/g, "/")
    .replace(/^\.\/?/, "")
    .replace(/\/+$/, "");
  return trimmed === "." ? "" : trimmed;
}

const identifier = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*$/;

/** `a/b/c.py` -> `a.b.c`; `a/b/__init__.py` -> `a.b`; undefined when a part is no identifier. */
function moduleNameOf(relative: string): { module: string; isInit: boolean } | undefined {
  const withoutExt = relative.replace(/\.pyi?$/, "");
  const parts = withoutExt.split("/");
  const isInit = parts[parts.length - 1] === "__init__";
  if (isInit) parts.pop();
  if (parts.length === 0 || !parts.every((p) => identifier.test(p))) return undefined;
  return { module: parts.join("."), isInit };
}

export function buildModuleIndex(
  pythonFiles: readonly string[],
  sourceRoots: readonly string[],
): ModuleIndex {
  const roots = sourceRoots.map(normaliseRoot);
  const files = new Map<string, string>();
  const exists = new Set<string>();
  const moduleOf = new Map<string, ModuleInfo>();
  for (const file of pythonFiles) {
    if (!file.endsWith(".py")) continue;
    for (const root of roots) {
      if (root !== "" && !file.startsWith(`${root}/`)) continue;
      const named = moduleNameOf(root === "" ? file : file.slice(root.length + 1));
      if (!named) continue;
      const { module, isInit } = named;
      if (!files.has(module)) files.set(module, file);
      const dot = module.lastIndexOf(".");
      moduleOf.set(file, {
        module,
        package: isInit ? module : dot < 0 ? "" : module.slice(0, dot),
      });
      // Every prefix of a module is a (possibly namespace) package.
      for (let name = module; ; ) {
        if (exists.has(name)) break;
        exists.add(name);
        const i = name.lastIndexOf(".");
        if (i < 0) break;
        name = name.slice(0, i);
      }
      break; // the first source root that holds the file names it
    }
  }
  return { files, exists, moduleOf };
}

/**
 * The absolute module a `from` statement names, or undefined when its dots climb past the
 * top-level package. `level` 0 is an absolute import.
 */
export function absoluteFromModule(
  module: string,
  level: number,
  importerPackage: string | undefined,
): string | undefined {
  if (level === 0) return module;
  if (importerPackage === undefined) return undefined;
  const parts = importerPackage === "" ? [] : importerPackage.split(".");
  const keep = parts.length - (level - 1);
  if (keep <= 0) return undefined; // beyond the top-level package: fails at run time too
  const base = parts.slice(0, keep).join(".");
  return module ? `${base}.${module}` : base;
}
