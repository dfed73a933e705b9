import type { ModuleIndex } from "../analyze/python/modules.js";
import type { PythonScan } from "../analyze/python/scan-types.js";

/**
 * Where a rewritten import of a name should point: the seam for provenance. `binderOf`
 * returns the module that binds `name` for this consolidation (the canonical module, or
 * another module the name really comes from), or undefined when no module may be
 * imported instead (the rewrite is then blocked).
 */
export type BinderOf = (name: string) => string | undefined;

/** What the canonical module binds at module level: the only names a rewrite may point at. */
export interface CanonicalFacts {
  module: string;
  binderOf: BinderOf;
  /** `binderOf(name)` is the canonical module itself (attribute uses of the module need that). */
  binds(name: string): boolean;
  /** The refusal reason for a name no module binds. */
  unbound(name: string): string;
}

/**
 * From the canonical module's scan: module-level definitions, assignments and imports,
 * `__all__`, and (for a package) its submodules. Without a readable, clean scan nothing
 * is bound: a rewrite is refused rather than guessed. `binderOf` replaces the default
 * (the canonical module when its scan binds the name) when provenance knows better.
 */
export function canonicalFacts(
  module: string,
  index: ModuleIndex,
  scan: PythonScan | undefined,
  binderOf?: BinderOf,
): CanonicalFacts {
  const file = index.files.get(module);
  const names = new Set([...(scan?.moduleNames ?? []), ...(scan?.dunderAll ?? [])]);
  const broken = scan !== undefined && scan.errors.length > 0;
  const usable = file !== undefined && scan !== undefined && !broken;
  const own: BinderOf = (name) =>
    usable && (names.has(name) || index.exists.has(`${module}.${name}`)) ? module : undefined;
  const binder = binderOf ?? own;
  return {
    module,
    binderOf: binder,
    binds: (name) => binder(name) === module,
    unbound: (name) => {
      if (file === undefined)
        return `canonical module ${module} has no file to check ${name} against`;
      if (!usable) return `canonical module ${module} (${file}) cannot be read cleanly`;
      return `blocked: the canonical module does not define ${name}`;
    },
  };
}
