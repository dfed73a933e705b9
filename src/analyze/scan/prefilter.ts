import { isAscii } from "node:buffer";

/**
 * A byte search that tells a file cannot matter to the configured paths, so it needs no full
 * scan. Every statement that can reach a path module P contains P's last dotted part as
 * written (`import a.P`, `from a.P import x`, `from a import P`, `from .P import x`,
 * `from . import P`), as a whole name: an ASCII letter, digit or `_` next to it makes it
 * another name (`x_text` is not `_text`). Every string naming P is a dotted name holding that
 * part too. Two things a byte search alone cannot see:
 * - non-ASCII identifiers: Python NFKC-normalises them (`＿text` is `_text`). Such a file
 *   is decoded and searched in its NFKD form, where every ASCII run of a normalised name
 *   appears too (decomposition never joins or splits ASCII characters); there without the
 *   whole-name rule, since a non-ASCII neighbour decomposes to letters;
 * - the files inside P's own package (`from . import name` there reaches P without naming
 *   it): the caller marks them `full`.
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

/** ASCII letters, digits and `_`: a neighbour that makes a needle part of a longer name. */
function isNameByte(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)
  );
}

/** `needle` occurs in `buffer` as a whole name (no name byte on either side). */
function namedIn(buffer: Buffer, needle: Buffer): boolean {
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + 1)) {
    if (!isNameByte(buffer[at - 1]) && !isNameByte(buffer[at + needle.length])) return true;
  }
  return false;
}

const decoder = new TextDecoder("utf-8"); // as the scanner decodes (scanner.ts)

/** undefined: the file needs its full scan; else what the filter saw. */
export function filterBytes(bytes: Uint8Array, needles: readonly Buffer[]): Filtered | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const needle of needles) if (namedIn(buffer, needle)) return undefined;
  const hasClass = buffer.indexOf(classBytes) >= 0;
  if (isAscii(buffer)) return { hasClass };
  // A non-ASCII needle would need its own normalisation: scan such files in full.
  if (needles.some((needle) => !isAscii(needle))) return undefined;
  const decomposed = decoder.decode(buffer).normalize("NFKD");
  for (const needle of needles)
    if (decomposed.includes(needle.toString("latin1"))) return undefined;
  return { hasClass: hasClass || decomposed.includes("class") };
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
