import type { ModuleIndex } from "../analyze/python/modules.js";
import type { PythonScan } from "../analyze/python/scan-types.js";

/** What the canonical module binds at module level: the only names a rewrite may point at. */
export interface CanonicalFacts {
  module: string;
  binds(name: string): boolean;
  /** The refusal reason for a name it does not bind. */
  unbound(name: string): string;
}

/**
 * From the canonical module's scan: module-level definitions, assignments and imports,
 * `__all__`, and (for a package) its submodules. Without a readable, clean scan nothing
 * is bound: a rewrite is refused rather than guessed.
 */
export function canonicalFacts(
  module: string,
  index: ModuleIndex,
  scan: PythonScan | undefined,
): CanonicalFacts {
  const file = index.files.get(module);
  const names = new Set([...(scan?.moduleNames ?? []), ...(scan?.dunderAll ?? [])]);
  const broken = scan !== undefined && scan.errors.length > 0;
  const usable = file !== undefined && scan !== undefined && !broken;
  return {
    module,
    binds: (name) => usable && (names.has(name) || index.exists.has(`${module}.${name}`)),
    unbound: (name) => {
      if (file === undefined)
        return `canonical module ${module} has no file to check ${name} against`;
      if (!usable) return `canonical module ${module} (${file}) cannot be read cleanly`;
      return `${name} is not bound at module level by ${module}`;
    },
  };
}
