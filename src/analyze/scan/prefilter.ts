import { isAscii } from "node:buffer";

/**
 * A byte search that tells a file cannot matter to the configured paths, so it needs no full
 * scan. Every statement that can reach a path module P contains P's last dotted part as
 * written (`import a.P`, `from a.P import x`, `from a import P`, `from .P import x`,
 * `from . import P`), and so does every string naming P. What the search cannot see is
 * scanned in full anyway: non-ASCII files (Python NFKC-normalises identifiers, so `＿text`
 * is `_text`), and the files inside P's own package (`from . import name` there reaches P
 * without naming it), which the caller marks `full`.
 *
 * A filtered file still gets its full scan when something asks for it (re-export chains
 * in provenance, classes for an implementation pattern): see lazy-scan.ts.
 */
export interface Prefilter {
  /** The last dotted part of every Python path module. */
  needles: string[];
}

/** What the filter found in a file it let go without a scan. */
export interface Filtered {
  /** The bytes contain `class`: the file may define classes (read lazily when asked). */
  hasClass: boolean;
}

const classBytes = Buffer.from("class");

/** The needles as bytes, once per thread. */
export function needleBytes(prefilter: Prefilter): Buffer[] {
  return prefilter.needles.map((n) => Buffer.from(n, "utf8"));
}

/** undefined: the file needs its full scan; else what the filter saw. */
export function filterBytes(bytes: Uint8Array, needles: readonly Buffer[]): Filtered | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isAscii(buffer)) return undefined;
  for (const needle of needles) if (buffer.indexOf(needle) >= 0) return undefined;
  return { hasClass: buffer.indexOf(classBytes) >= 0 };
}

/** The needles of a set of Python path modules. */
export function prefilterOf(pathModules: Iterable<string>): Prefilter {
  const needles = new Set<string>();
  for (const m of pathModules) needles.add(m.slice(m.lastIndexOf(".") + 1));
  return { needles: [...needles].sort() };
}

/** The file's module is a path module or inside one (its package's relative imports). */
export function insidePath(module: string | undefined, pathModules: Iterable<string>): boolean {
  if (module === undefined) return false;
  for (const p of pathModules) {
    // No `${p}.` string per call: this runs for every file of the tree.
    if (module.startsWith(p) && (module.length === p.length || module.charCodeAt(p.length) === 46))
      return true;
  }
  return false;
}
