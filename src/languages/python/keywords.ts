import { ownText } from "./chars.js";

/** Keywords that can start a statement the scanner treats specially. */
export const K_NONE = 0;
export const K_IMPORT = 1;
export const K_FROM = 2;
export const K_CLASS = 3;
export const K_DEF = 4;
export const K_ASYNC = 5;
export const K_IF = 6;
export const K_ELIF = 7;
/** else while for try except finally with: headers with nothing else to look at. */
export const K_HEADER = 8;
export const K_MATCH = 9;
export const K_CASE = 10;

/**
 * The keyword spelled by text[s, e), without building a substring: called on the first
 * name of every statement, so most names are turned away by their first letter.
 */
export function statementKeyword(t: string, s: number, e: number): number {
  const len = e - s;
  switch (t.charCodeAt(s)) {
    case 105: // i
      if (len === 2) return t.startsWith("if", s) ? K_IF : K_NONE;
      return len === 6 && t.startsWith("import", s) ? K_IMPORT : K_NONE;
    case 102: // f
      if (len === 4) return t.startsWith("from", s) ? K_FROM : K_NONE;
      return (len === 3 && t.startsWith("for", s)) || (len === 7 && t.startsWith("finally", s))
        ? K_HEADER
        : K_NONE;
    case 99: // c
      if (len === 5) return t.startsWith("class", s) ? K_CLASS : K_NONE;
      return len === 4 && t.startsWith("case", s) ? K_CASE : K_NONE;
    case 100: // d
      return len === 3 && t.startsWith("def", s) ? K_DEF : K_NONE;
    case 97: // a
      return len === 5 && t.startsWith("async", s) ? K_ASYNC : K_NONE;
    case 101: // e
      if (len === 4) {
        if (t.startsWith("elif", s)) return K_ELIF;
        return t.startsWith("else", s) ? K_HEADER : K_NONE;
      }
      return len === 6 && t.startsWith("except", s) ? K_HEADER : K_NONE;
    case 119: // w
      return (len === 5 && t.startsWith("while", s)) || (len === 4 && t.startsWith("with", s))
        ? K_HEADER
        : K_NONE;
    case 116: // t
      return len === 3 && t.startsWith("try", s) ? K_HEADER : K_NONE;
    case 109: // m
      return len === 5 && t.startsWith("match", s) ? K_MATCH : K_NONE;
    default:
      return K_NONE;
  }
}

/** Hard keywords: never a module, imported name or alias. */
export const HARD_KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/** Hard keywords by length, for `isHardKeyword`. */
const BY_LENGTH: string[][] = [];
for (const k of HARD_KEYWORDS) {
  const same = BY_LENGTH[k.length] ?? [];
  same.push(k);
  BY_LENGTH[k.length] = same;
}

/** Whether text[s, e) is a hard keyword, without making a string (for hot token loops). */
export function isHardKeyword(t: string, s: number, e: number): boolean {
  const words = BY_LENGTH[e - s];
  if (words === undefined) return false;
  for (const w of words) if (t.startsWith(w, s)) return true;
  return false;
}

/** The identifier text[s, e) as Python sees it: NFKC-normalised when it is not ASCII. */
export function identifier(t: string, s: number, e: number): string {
  const name = ownText(t, s, e);
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize("NFKC");
  }
  return name;
}
