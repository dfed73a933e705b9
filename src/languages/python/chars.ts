/**
 * Character tests on UTF-16 code units: small tables and plain comparisons, no regexes.
 * They are what the scanner's per-character loops call.
 */

/** ASCII identifier classes: 1 start (letter, `_`), 2 digit, 0 neither. */
const ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  ASCII_ID[c] = letter ? 1 : c >= 48 && c <= 57 ? 2 : 0;
}

/** Character classes for the skipping loop's one-load dispatch (a dense switch). */
export const C_OTHER = 0;
export const C_SPACE = 1; // space, tab, form feed
export const C_ID = 2; // identifier start: letter, `_`, any non-ASCII code unit
export const C_DIGIT = 3;
export const C_QUOTE = 4;
export const C_HASH = 5;
export const C_NEWLINE = 6;
export const C_OPEN = 7;
export const C_CLOSE = 8;
export const C_BACKSLASH = 9;
export const C_SEMI = 10;
export const C_COLON = 11;
export const C_EQUALS = 12;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const id = ASCII_ID[c];
  CLASS[c] = id === 1 ? C_ID : id === 2 ? C_DIGIT : C_OTHER;
}
for (const [chars, k] of [
  [" \t\f", C_SPACE],
  ["'\"", C_QUOTE],
  ["#", C_HASH],
  ["\n\r", C_NEWLINE],
  ["([{", C_OPEN],
  [")]}", C_CLOSE],
  ["\\", C_BACKSLASH],
  [";", C_SEMI],
  [":", C_COLON],
  ["=", C_EQUALS],
] as const) {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = k;
}

/** The class of code unit `c` (a real code unit, not NaN). */
export function charClass(c: number): number {
  return c < 128 ? (CLASS[c] as number) : C_ID;
}

/**
 * Identifier start: ASCII letter, `_`, or any non-ASCII code unit. CPython only accepts
 * XID_Start there, but other non-ASCII characters outside strings and comments are syntax
 * errors anyway, so treating them as identifier characters never changes a valid file.
 */
export function isIdStart(c: number): boolean {
  return c < 128 ? ASCII_ID[c] === 1 : c >= 128;
}

/** Identifier continuation: an identifier start or an ASCII digit. */
export function isIdPart(c: number): boolean {
  return c < 128 ? ASCII_ID[c] !== 0 : c >= 128;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * text[s, e) as a string of its own. V8 makes a slice of 13 or more characters a view into
 * its parent: one imported name kept in a scan would keep the whole file's text alive
 * (every fully scanned file's text, until classification). Concatenating flattens the copy.
 */
export function ownText(t: string, s: number, e: number): string {
  return e - s < 13 ? t.slice(s, e) : ` ${t.slice(s, e)}`.slice(1);
}

/** Index just after the line break starting at `p` (CRLF counts as one break). */
export function afterNewline(t: string, p: number): number {
  return t.charCodeAt(p) === 13 && t.charCodeAt(p + 1) === 10 ? p + 2 : p + 1;
}

/** Index of the line break (or end of text) that ends the line containing `p`. */
export function lineEnd(t: string, p: number, n: number): number {
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === 10 || c === 13) return p;
    p++;
  }
  return n;
}

/**
 * Whether text[s, e) matches `^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$`:
 * a dotted name with at least one dot, written as a loop so no regex runs per string.
 */
export function isDottedName(t: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  let dots = 0;
  let atSegmentStart = true;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? ASCII_ID[c] : 0; // called on every plain string: one table load
    if (k === 0) {
      if (c !== 46 || atSegmentStart) return false;
      dots++;
      atSegmentStart = true;
    } else if (atSegmentStart) {
      if (k !== 1) return false;
      atSegmentStart = false;
    }
  }
  return dots > 0 && !atSegmentStart;
}
