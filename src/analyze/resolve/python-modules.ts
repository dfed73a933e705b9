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

/**
 * Each folder's dotted name (null: not a package path), remembered: a tree has far fewer
 * folders than files. The last folder asked is checked first without a lookup, since a
 * listing holds a folder's files together.
 */
class FolderNames {
  private readonly known = new Map<string, string | null>();
  private lastFolder = "";
  private lastDotted: string | null = "";

  /** The dotted name of the folder `relative.slice(0, slash)` ("" for slash -1). */
  of(relative: string, slash: number): string | null {
    const length = slash < 0 ? 0 : slash;
    if (length === this.lastFolder.length && relative.startsWith(this.lastFolder))
      return this.lastDotted;
    const folder = relative.slice(0, length);
    let dotted = this.known.get(folder);
    if (dotted === undefined) {
      const parts = folder === "" ? [] : folder.split("/");
      dotted = parts.every((p) => identifier.test(p)) ? parts.join(".") : null;
      this.known.set(folder, dotted);
    }
    this.lastFolder = folder;
    this.lastDotted = dotted;
    return dotted;
  }
}

/**
 * `a/b/c.py` -> `a.b.c` in package `a.b`; `a/b/__init__.py` -> `a.b`; undefined when a part
 * is no identifier.
 */
function moduleNameOf(relative: string, folders: FolderNames): ModuleInfo | undefined {
  const slash = relative.lastIndexOf("/");
  const dotted = folders.of(relative, slash);
  if (dotted === null) return undefined;
  const base = relative.slice(slash + 1, relative.length - 3); // without ".py"
  // A package's relative imports resolve against the package itself.
  if (base === "__init__") return dotted === "" ? undefined : { module: dotted, package: dotted };
  if (!identifier.test(base)) return undefined;
  return { module: dotted === "" ? base : `${dotted}.${base}`, package: dotted };
}

/**
 * The last index built, with what it was built from: a backfill's consecutive commits
 * mostly have the same paths, and an index depends on nothing else. Never mutated.
 */
let last: { files: readonly string[]; roots: readonly string[]; index: ModuleIndex } | undefined;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function buildModuleIndex(
  pythonFiles: readonly string[],
  sourceRoots: readonly string[],
): ModuleIndex {
  if (last && sameList(last.roots, sourceRoots) && sameList(last.files, pythonFiles))
    return last.index;
  const index = indexOf(pythonFiles, sourceRoots);
  last = { files: [...pythonFiles], roots: [...sourceRoots], index };
  return index;
}

const parentOf = (name: string) => {
  const i = name.lastIndexOf(".");
  return i < 0 ? "" : name.slice(0, i);
};

function indexOf(pythonFiles: readonly string[], sourceRoots: readonly string[]): ModuleIndex {
  const roots = sourceRoots.map(normaliseRoot);
  const files = new Map<string, string>();
  const exists = new Set<string>();
  const moduleOf = new Map<string, ModuleInfo>();
  const folders = roots.map(() => new FolderNames());
  for (const file of pythonFiles) {
    if (!file.endsWith(".py")) continue;
    for (const [r, root] of roots.entries()) {
      if (root !== "" && !(file.startsWith(root) && file.charCodeAt(root.length) === 47)) continue;
      const info = moduleNameOf(
        root === "" ? file : file.slice(root.length + 1),
        folders[r] as FolderNames,
      );
      if (!info) continue;
      const { module } = info;
      if (!files.has(module)) files.set(module, file);
      moduleOf.set(file, info);
      // Every prefix of a module is a (possibly namespace) package. The first is the package
      // itself (the folder's string: its hash is computed once).
      if (!exists.has(module)) {
        exists.add(module);
        let name = module === info.package ? parentOf(module) : info.package;
        while (name !== "" && !exists.has(name)) {
          exists.add(name);
          name = parentOf(name);
        }
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
