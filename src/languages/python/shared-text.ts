import type { ImportedName, PythonScan } from "./scan-types.js";

/**
 * One string for each imported module and name and each module-level name, across files:
 * a repository's files import and define the same few hundred of them again and again, and
 * every scan is kept until the analysis ends (they were over half of a scan's memory on
 * ansible: 5.9 → 3.2 KB a scan). Scans made elsewhere (a scanning thread's, the cache's) are
 * shared when they arrive. Bounded: a long-lived process scanning many trees starts a
 * new pool instead of growing one without end.
 */
const pool = new Map<string, string>();
const poolLimit = 1 << 16;

export function shared(text: string): string {
  const known = pool.get(text);
  if (known !== undefined) return known;
  if (pool.size >= poolLimit) pool.clear();
  pool.set(text, text);
  return text;
}

/** The names of a set, shared, in its order. */
export const sharedAll = (names: Iterable<string>): string[] => Array.from(names, shared);

const sharedName = (n: ImportedName): ImportedName =>
  n.alias === undefined
    ? { name: shared(n.name) }
    : { name: shared(n.name), alias: shared(n.alias) };

/**
 * The scan with its names shared: the one place that says which they are, for the
 * scanner's own scans and a scanning thread's clones (decodeScan shares them as it builds).
 */
export function shareNames(scan: PythonScan): PythonScan {
  return {
    ...scan,
    imports: scan.imports.map((s) => ({
      ...s,
      module: shared(s.module),
      names: s.names.map(sharedName),
    })),
    moduleNames: sharedAll(scan.moduleNames),
    dunderAll: sharedAll(scan.dunderAll),
    definedNames: sharedAll(scan.definedNames),
  };
}
