import { adviseName, type NameAdvice } from "../analyze/classify/advice.js";
import type { ModuleIndex } from "../analyze/resolve/python-modules.js";
import type { Provenance } from "../analyze/resolve/python-provenance.js";
import type { Consolidation } from "../config/types.js";
import type { PythonScan } from "../languages/python/scan-types.js";

export type { NameAdvice } from "../analyze/classify/advice.js";

/**
 * Where `from <from> import <name>` should import the name from instead: the module that
 * binds it and the name it binds it under, or undefined when no module may be imported
 * instead (the rewrite is then blocked). The seam for provenance.
 */
export type BinderOf = (name: string, from: string) => NameAdvice | undefined;

/** What the canonical module binds at module level: the only names a rewrite may point at. */
export interface CanonicalFacts {
  module: string;
  binderOf: BinderOf;
  /** The canonical module itself binds `name` (attribute uses of the module need that). */
  binds(name: string): boolean;
  /** The refusal reason for a name no module binds. */
  unbound(name: string): string;
}

/**
 * Without the analysis' provenance (a result read back alone): the canonical module's own
 * scan, module-level names, `__all__` and (for a package) its submodules.
 */
function fromScan(
  module: string,
  index: ModuleIndex,
  scan: PythonScan | undefined,
  symbols: Readonly<Record<string, string>>,
): Pick<CanonicalFacts, "binderOf" | "binds"> {
  const names = new Set([...(scan?.moduleNames ?? []), ...(scan?.dunderAll ?? [])]);
  const usable = scan !== undefined && scan.errors.length === 0;
  const binds = (name: string) =>
    usable && (names.has(name) || index.exists.has(`${module}.${name}`));
  return {
    binds,
    binderOf: (name) => {
      const target = symbols[name] ?? name;
      return binds(target) ? { module, name: { name: target } } : undefined;
    },
  };
}

/**
 * The canonical module of a consolidation as rewrites see it. With the analysis'
 * provenance, names follow the same rule as the result's per-edge `fix` (adviseName):
 * the canonical module when it binds the name, else the name's non-deprecated origin.
 * A canonical module without a readable, clean file binds nothing: a rewrite is refused
 * rather than guessed (the provenance reads it the same way).
 */
export function canonicalFacts(
  consolidation: Consolidation,
  index: ModuleIndex,
  scan: PythonScan | undefined,
  provenance?: Provenance,
): CanonicalFacts {
  const module = consolidation.paths.find((p) => p.role === "canonical")?.module ?? "";
  const file = index.files.get(module);
  const usable = file !== undefined && scan !== undefined && scan.errors.length === 0;
  const rule = provenance
    ? {
        binds: (name: string) => provenance.binds(module, name),
        binderOf: (name: string, from: string) => adviseName(name, from, consolidation, provenance),
      }
    : fromScan(module, index, scan, consolidation.symbols);
  return {
    module,
    // A broken canonical file is never pointed at, whatever the provenance read from it.
    binds: (name) => usable && rule.binds(name),
    binderOf: (name, from) => {
      const advice = rule.binderOf(name, from);
      return advice?.module === module && !usable ? undefined : advice;
    },
    unbound: (name) => {
      if (file === undefined)
        return `canonical module ${module} has no file to check ${name} against`;
      if (!usable) return `canonical module ${module} (${file}) cannot be read cleanly`;
      return `blocked: the canonical module does not define ${name}`;
    },
  };
}
