import { identifier } from "../languages/python/keywords.js";
import { Lexer } from "../languages/python/lexer.js";
import { ScanSink } from "../languages/python/sink.js";
import { S_BYTES, S_FORMAT } from "../languages/python/strings.js";
import { T_END, T_NAME, T_OP, T_STRING } from "../languages/python/tokens.js";

/**
 * The code tokens of a Python file, from the scanner's own lexer: names, operators and
 * strings as whole tokens, so text inside strings and comments is never mistaken for code.
 * Only used on files that scanned without errors.
 */
export interface Token {
  kind: number;
  start: number;
  end: number;
  /** For names: the identifier as Python sees it (NFKC); for others: the source text. */
  text: string;
  /** f- or t-string: its `{…}` fields hold code the lexer does not split into tokens. */
  format: boolean;
  /** A string that is neither an f-/t-string nor bytes: its value is its body. */
  plain: boolean;
  /** For strings: the body between the quotes. */
  bodyStart: number;
  bodyEnd: number;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  // A range is lexed on its own slice: the lexer's set-up reads its whole text, which on a
  // file with 100k imports, once per statement, would be quadratic.
  const source = from === 0 && to === text.length ? text : text.slice(from, to);
  const shift = source === text ? 0 : from;
  const lx = new Lexer(new ScanSink(source), from === 0 && source.charCodeAt(0) === 0xfeff ? 1 : 0);
  const out: Token[] = [];
  for (lx.next(); lx.tok !== T_END; lx.next()) {
    const kind = lx.tok;
    out.push({
      kind,
      start: lx.start + shift,
      end: lx.end + shift,
      text: kind === T_NAME ? identifier(source, lx.start, lx.end) : source.slice(lx.start, lx.end),
      format: kind === T_STRING && (lx.strFlags & S_FORMAT) !== 0,
      plain: kind === T_STRING && (lx.strFlags & (S_FORMAT | S_BYTES)) === 0,
      bodyStart: kind === T_STRING ? lx.bodyStart + shift : 0,
      bodyEnd: kind === T_STRING ? lx.bodyEnd + shift : 0,
    });
  }
  return out;
}

export const isName = (t: Token | undefined, name?: string): t is Token =>
  t !== undefined && t.kind === T_NAME && (name === undefined || t.text === name);

export const isDot = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === T_OP && t.text === ".";

export const isOp = (t: Token | undefined, text: string): boolean =>
  t !== undefined && t.text === text && t.kind !== T_NAME && t.kind !== T_STRING;

/** Assignment operators: a name or attribute right before one is being bound, not read. */
const assignOps = new Set([
  "=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "//=",
  "%=",
  "@=",
  "&=",
  "|=",
  "^=",
  ">>=",
  "<<=",
  "**=",
]);

export const isAssignment = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === T_OP && assignOps.has(t.text);
