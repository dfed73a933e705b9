/**
 * One string for each imported module and name and each module-level name, across files:
 * a repository's files import and define the same few hundred of them again and again, and
 * every scan is kept until the analysis ends (they were over half of a scan's memory on
 * ansible: 5.9 → 3.2 KB a scan). Bounded: a long-lived process scanning many trees starts a
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
