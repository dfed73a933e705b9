import { isDigit, isIdPart, isIdStart } from "./chars.js";
import type { ScanSink } from "./sink.js";

/** String prefix flags. `u` carries no meaning for scanning and gets no flag. */
export const S_RAW = 1;
export const S_BYTES = 2;
/** f- and t-strings: `{…}` replacement fields hold code. */
export const S_FORMAT = 4;
const S_U = 8;

/** CPython caps f-string nesting (MAXFSTRINGLEVEL); deeper input is an error, not a stack overflow. */
const MAX_NESTING = 150;
/**
 * Line breaks allowed inside the fields of one single-quoted f-string (3.12 allows them,
 * 3.11 none). The bound keeps many broken f-strings from each scanning to the end.
 */
const MAX_FIELD_BREAKS = 1000;

/**
 * Prefix flags of the identifier text[s, e) directly followed by a quote, or -1 when it is
 * not a string prefix (then it is a name followed by a string: a syntax error, scanned as
 * such). Valid, any case: r u b f t br rb fr rf tr rt.
 */
export function prefixFlags(t: string, s: number, e: number): number {
  if (e - s > 2) return -1;
  let flags = 0;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i) | 32; // ASCII lower case; non-letters never match below
    let f: number;
    if (c === 114) f = S_RAW;
    else if (c === 98) f = S_BYTES;
    else if (c === 102 || c === 116) f = S_FORMAT;
    else if (c === 117) f = S_U;
    else return -1;
    if (flags & f) return -1;
    flags |= f;
  }
  if (flags & S_U && e - s > 1) return -1;
  if (flags & S_BYTES && flags & S_FORMAT) return -1;
  return flags & ~S_U;
}

/**
 * Scans string literals of every kind. Positions are code unit offsets; a scan returns the
 * index after the literal, or `-(failIndex + 1)` when it is unterminated (failIndex is the
 * line break of a single-quoted literal, or the end of the text).
 *
 * f-strings follow PEP 701 (Python 3.12): replacement fields are code, so they may hold
 * strings with the same quote, nested f-strings, line breaks and comments. Every valid
 * 3.11 f-string scans the same way under these rules.
 */
export class StringScanner {
  private readonly t: string;
  private readonly n: number;
  private readonly sink: ScanSink;
  /** Body span of the last top-level literal scanned (between the quotes). */
  bodyStart = 0;
  bodyEnd = 0;
  /** Line breaks met so far in single-quoted f-string fields of this literal. */
  private breaks = 0;

  constructor(sink: ScanSink) {
    this.sink = sink;
    this.t = sink.text;
    this.n = sink.text.length;
  }

  /** Scans the literal whose opening quote is at `q0`, with prefix `flags`. */
  scan(q0: number, flags: number, level: number): number {
    const t = this.t;
    const quote = t.charCodeAt(q0);
    const triple = t.charCodeAt(q0 + 1) === quote && t.charCodeAt(q0 + 2) === quote;
    const body = q0 + (triple ? 3 : 1);
    if (level === 0) this.breaks = 0;
    let end: number;
    if (flags & S_FORMAT) end = this.fstring(body, quote, triple, (flags & S_RAW) !== 0, level);
    else end = triple ? this.tripleBody(body, quote) : this.singleBody(body, quote);
    const bodyEnd = end >= 0 ? end - (triple ? 3 : 1) : -end - 1;
    if (end >= 0 && (flags & (S_FORMAT | S_BYTES)) === 0) this.sink.plainString(body, bodyEnd);
    if (level === 0) {
      this.bodyStart = body;
      this.bodyEnd = bodyEnd;
    }
    return end;
  }

  private singleBody(p: number, q: number): number {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === q) return p + 1;
      if (c === 92) p = this.skipEscape(p);
      else if (c === 10 || c === 13) return -p - 1;
      else p++;
    }
    return -n - 1;
  }

  /** Jumps from quote to quote: a quote is escaped when an odd run of backslashes precedes it. */
  private tripleBody(p: number, q: number): number {
    const t = this.t;
    const quote = q === 34 ? '"' : "'";
    for (;;) {
      const i = t.indexOf(quote, p);
      if (i < 0) return -this.n - 1;
      let b = i - 1;
      while (b >= p && t.charCodeAt(b) === 92) b--;
      if ((i - 1 - b) % 2 === 0 && t.charCodeAt(i + 1) === q && t.charCodeAt(i + 2) === q)
        return i + 3;
      p = i + 1;
    }
  }

  /** A backslash and the character it protects (CRLF counts as one; raw strings alike). */
  private skipEscape(p: number): number {
    const t = this.t;
    return t.charCodeAt(p + 1) === 13 && t.charCodeAt(p + 2) === 10 ? p + 3 : p + 2;
  }

  private fstring(p: number, q: number, triple: boolean, raw: boolean, level: number): number {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === q) {
        if (!triple) return p + 1;
        if (t.charCodeAt(p + 1) === q && t.charCodeAt(p + 2) === q) return p + 3;
        p++;
      } else if (c === 92) {
        p = this.fEscape(p, raw);
      } else if (c === 123) {
        if (t.charCodeAt(p + 1) === 123) p += 2;
        else {
          p = this.field(p + 1, q, triple, level + 1);
          if (p < 0) return p;
        }
      } else if (c === 10 || c === 13) {
        if (!triple) return -p - 1;
        p++;
      } else p++;
    }
    return -n - 1;
  }

  /** In f-string text `\{` leaves the brace active, and `\N{NAME}` is one escape. */
  private fEscape(p: number, raw: boolean): number {
    const t = this.t;
    const d = t.charCodeAt(p + 1);
    if (d === 123 || d === 125) return p + 1;
    if (!raw && d === 78 && t.charCodeAt(p + 2) === 123) {
      const limit = Math.min(this.n, p + 200);
      for (let i = p + 3; i < limit; i++) {
        const c = t.charCodeAt(i);
        if (c === 125) return i + 1;
        if (c === 10 || c === 13 || c === 34 || c === 39) break;
      }
    }
    return this.skipEscape(p);
  }

  /**
   * A replacement field's expression, from after `{` to after its closing `}`. As in
   * Python 3.12, it may run over line breaks and hold comments, even in a single-quoted
   * f-string. A broken one therefore scans on, but only as far as the next f-string
   * start nests it deeper, so MAX_NESTING bounds how often a line is scanned again.
   */
  private field(p: number, q: number, triple: boolean, level: number): number {
    if (level > MAX_NESTING) return -p - 1;
    const t = this.t;
    const n = this.n;
    let depth = 0;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 39 || c === 34) {
        p = this.scan(p, 0, level);
        if (p < 0) return p;
      } else if (isIdStart(c)) {
        p = this.nameOrPrefixedString(p, level);
        if (p < 0) return p;
      } else if (isDigit(c)) {
        p++;
        while (p < n && isIdPart(t.charCodeAt(p))) p++;
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        p++;
      } else if (c === 41 || c === 93) {
        if (depth > 0) depth--;
        p++;
      } else if (c === 125) {
        if (depth === 0) return p + 1;
        depth--;
        p++;
      } else if (c === 58 && depth === 0) {
        return this.spec(p + 1, q, triple, level);
      } else if (c === 35) {
        while (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) p++;
      } else if ((c === 10 || c === 13) && !triple && ++this.breaks > MAX_FIELD_BREAKS) {
        return -p - 1;
      } else p += c === 92 ? 2 : 1;
    }
    return -n - 1;
  }

  private nameOrPrefixedString(p: number, level: number): number {
    const t = this.t;
    let e = p + 1;
    while (e < this.n && isIdPart(t.charCodeAt(e))) e++;
    const next = t.charCodeAt(e);
    if (next === 39 || next === 34) {
      const flags = prefixFlags(t, p, e);
      if (flags >= 0) return this.scan(e, flags, level);
    }
    return e;
  }

  /**
   * A format spec: literal text with nested fields, up to the field's closing `}`. The
   * f-string's own quote ends it (an error); a line break does not (Python 3.12 accepts one).
   */
  private spec(p: number, q: number, triple: boolean, level: number): number {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 125) return p + 1;
      if (c === 123) {
        p = this.field(p + 1, q, triple, level + 1);
        if (p < 0) return p;
      } else if (c === q && (!triple || (t.charCodeAt(p + 1) === q && t.charCodeAt(p + 2) === q))) {
        return -p - 1;
      } else if ((c === 10 || c === 13) && !triple && ++this.breaks > MAX_FIELD_BREAKS) {
        return -p - 1;
      } else p += c === 92 ? 2 : 1;
    }
    return -n - 1;
  }
}
