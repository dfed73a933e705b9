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

/**
 * A needle and the part of it that is searched for. `Buffer#indexOf` runs `memchr` on a
 * pattern's first byte and compares at each hit: from `_` or `c`, both common in Python,
 * `_text` and `converters` cost 4x what they cost from their rarest byte (`x`, `v`).
 */
export interface Needle {
  bytes: Buffer;
  /** Up to 4 bytes of the needle from its rarest byte (longer ones no faster). */
  anchor: Buffer;
  /** Where the anchor starts in the needle. */
  offset: number;
}

/** Printable ASCII, most common first in Python sources (ansible and django counted). */
const byFrequency =
  " erts.iaon\"u:l,'dcp_mfTv06hg72yb-4=)(1wk{}#F[]x/ASE3N5IqCPjRM8LDO9GU*Hz>B%V<W+\\@YXK!J`?|QZ;$^&~";

/** Higher is rarer; bytes not in the table (control, non-ASCII) are rarest. */
function rarity(byte: number): number {
  const at = byFrequency.indexOf(String.fromCharCode(byte));
  return byte < 128 && at >= 0 ? at : byFrequency.length;
}

function needleOf(text: string): Needle {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  for (let i = 1; i < bytes.length; i++)
    if (rarity(bytes[i] as number) > rarity(bytes[offset] as number)) offset = i;
  return { bytes, anchor: bytes.subarray(offset, offset + 4), offset };
}

/** The needles, prepared once per thread. */
export function needleBytes(prefilter: Prefilter): Needle[] {
  return prefilter.needles.map(needleOf);
}

/** ASCII letters, digits and `_`: a neighbour that makes a needle part of a longer name. */
function isNameByte(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)
  );
}

/** The whole needle sits at `at` (the anchor's hit already matched its own bytes). */
function needleAt(buffer: Buffer, needle: Needle, at: number): boolean {
  const { bytes, offset, anchor } = needle;
  if (at < 0 || at + bytes.length > buffer.length) return false;
  for (let i = 0; i < offset; i++) if (buffer[at + i] !== bytes[i]) return false;
  for (let i = offset + anchor.length; i < bytes.length; i++)
    if (buffer[at + i] !== bytes[i]) return false;
  return true;
}

/** `needle` occurs in `buffer` as a whole name (no name byte on either side). */
function namedIn(buffer: Buffer, needle: Needle): boolean {
  const { anchor, offset } = needle;
  const after = needle.bytes.length;
  for (let hit = buffer.indexOf(anchor); hit >= 0; hit = buffer.indexOf(anchor, hit + 1)) {
    const at = hit - offset;
    if (
      needleAt(buffer, needle, at) &&
      !isNameByte(buffer[at - 1]) &&
      !isNameByte(buffer[at + after])
    )
      return true;
  }
  return false;
}

const decoder = new TextDecoder("utf-8"); // as the scanner decodes (scanner.ts)

/** undefined: the file needs its full scan; else what the filter saw. */
export function filterBytes(bytes: Uint8Array, needles: readonly Needle[]): Filtered | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const needle of needles) if (namedIn(buffer, needle)) return undefined;
  const hasClass = buffer.indexOf(classBytes) >= 0;
  if (isAscii(buffer)) return { hasClass };
  // A non-ASCII needle would need its own normalisation: scan such files in full.
  if (needles.some((needle) => !isAscii(needle.bytes))) return undefined;
  const decomposed = decoder.decode(buffer).normalize("NFKD");
  for (const needle of needles)
    if (decomposed.includes(needle.bytes.toString("latin1"))) return undefined;
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
