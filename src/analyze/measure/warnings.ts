import type { PythonScan } from "../../languages/python/scan-types.js";

/** The built-in warning categories that announce a deprecation. */
export const builtinDeprecationCategories = [
  "DeprecationWarning",
  "PendingDeprecationWarning",
  "FutureWarning",
] as const;

/**
 * Deprecation categories of a repository: the built-in ones and every class that
 * subclasses one of them, at any depth (`class RemovedInV3(MyDeprecation)`). Matched by
 * name, as the scanner reduces `warnings.DeprecationWarning` to its last part.
 */
export function deprecationCategories(
  classes: Iterable<{ name: string; bases: readonly string[] }>,
): Set<string> {
  const known = new Set<string>(builtinDeprecationCategories);
  const pending = [...classes].filter((c) => c.bases.length > 0);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of pending) {
      if (!known.has(c.name) && c.bases.some((b) => known.has(b))) {
        known.add(c.name);
        grew = true;
      }
    }
  }
  return known;
}

export interface DeprecationWarningFound {
  line: number;
  message: string;
  inGetattr: boolean;
}

/** The module's `warn(…)` calls whose arguments name a deprecation category. */
export function deprecationWarningsOf(
  scan: PythonScan | undefined,
  categories: ReadonlySet<string>,
): DeprecationWarningFound[] {
  if (!scan) return [];
  return scan.warnings
    .filter((w) => w.names.some((n) => categories.has(n)))
    .map((w) => ({ line: w.line, message: w.message, inGetattr: w.inGetattr }));
}

/** The names a module binds at module level (definitions, imports, `__all__`); none without a file. */
export function boundNames(scan: PythonScan | undefined): ReadonlySet<string> | undefined {
  return scan ? new Set([...scan.moduleNames, ...scan.dunderAll]) : undefined;
}
