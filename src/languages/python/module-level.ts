import { ownText } from "./chars.js";
import type { Lexer } from "./lexer.js";
import { S_BYTES, S_FORMAT } from "./strings.js";
import {
  OP_COMMA,
  OP_PLUS,
  T_CLOSE,
  T_END,
  T_NAME,
  T_NEWLINE,
  T_OP,
  T_OPEN,
  T_STRING,
} from "./tokens.js";

/** What the module-level readers need from the statement parser. */
export interface TokenSource {
  readonly lx: Lexer;
  /** Advances one token (through the parser, so every token is seen by every tracker). */
  next(): void;
  /** At NEWLINE, end of text, or a `;` outside brackets. */
  atTerm(): boolean;
  /** Moves on within the statement, skipping where it can, to a `skip` stop (SKIP_…) at most. */
  advance(stops: number): void;
}

function isWord(lx: Lexer, t: string, w: string): boolean {
  return lx.end - lx.start === w.length && t.startsWith(w, lx.start);
}

/** `)`: an empty tuple `()` right after its `(`. */
function closesParen(lx: Lexer): boolean {
  return lx.tok === T_CLOSE && lx.op === 41;
}

function isPlainString(lx: Lexer): boolean {
  return lx.tok === T_STRING && (lx.strFlags & (S_FORMAT | S_BYTES)) === 0;
}

/**
 * After `__all__ =` or `+=` (current token: the value): the string entries of the list and
 * tuple literals in a sum such as `['a'] + other + ('b', 'c')`, with grouping parentheses
 * and a bare tuple `'a', 'b'`. A literal holding anything but strings is ignored as a whole
 * (it is computed, not a plain list of names), as is a parenthesised single string.
 * `afterName`: the value starts with a name, already passed (current token: the next one).
 */
export function readAllValue(
  src: TokenSource,
  add: (name: string) => void,
  afterName = false,
): void {
  readSum(src, add, levelOf(src.lx), afterName);
}

/** The bracket level the current token stands at (an opening bracket has already counted). */
function levelOf(lx: Lexer): number {
  return lx.tok === T_OPEN ? lx.depth - 1 : lx.depth;
}

/** `__all__.extend([…])` / `__all__.append("name")`; current token: the `.`. */
export function readAllMethod(src: TokenSource, add: (name: string) => void): void {
  const lx = src.lx;
  const t = lx.text;
  src.next();
  if (lx.tok !== T_NAME) return;
  const extend = isWord(lx, t, "extend");
  if (!extend && !isWord(lx, t, "append")) return;
  src.next();
  if (lx.tok !== T_OPEN || lx.op !== 40) return;
  src.next();
  if (extend) readTerm(src, add, levelOf(lx));
  else if (isPlainString(lx)) add(ownText(t, lx.bodyStart, lx.bodyEnd));
}

/**
 * Terms joined by `+` at bracket level `depth`, up to the statement or group end;
 * `afterName`: a name, which holds no entries, was the first term and is passed already.
 */
function readSum(
  src: TokenSource,
  add: (name: string) => void,
  depth: number,
  afterName = false,
): void {
  const lx = src.lx;
  for (let first = true; ; first = false) {
    if (!(first && afterName)) readTerm(src, add, depth);
    while (
      !endOfGroup(src, depth) &&
      !(lx.tok === T_OP && lx.op === OP_PLUS && lx.depth === depth)
    ) {
      src.next();
    }
    if (endOfGroup(src, depth)) return;
    src.next();
  }
}

function endOfGroup(src: TokenSource, depth: number): boolean {
  return src.atTerm() || (src.lx.tok === T_CLOSE && src.lx.depth < depth);
}

function readTerm(src: TokenSource, add: (name: string) => void, depth: number): void {
  const lx = src.lx;
  if (lx.tok === T_OPEN && lx.op === 91) {
    src.next();
    readStrings(src, add, lx.depth, false);
  } else if (lx.tok === T_OPEN && lx.op === 40) {
    src.next();
    if (isPlainString(lx) || closesParen(lx)) readStrings(src, add, lx.depth, true);
    else {
      readSum(src, add, levelOf(lx));
      if (lx.tok === T_CLOSE) src.next();
    }
  } else if (depth === 0 && isPlainString(lx)) {
    readStrings(src, add, 0, true);
  }
}

/**
 * Strings separated by commas at level `inner`, up to the closing bracket (consumed) or,
 * at level 0, the statement end. A tuple (`tuple`) needs a comma unless it is `()`.
 */
function readStrings(
  src: TokenSource,
  add: (name: string) => void,
  inner: number,
  tuple: boolean,
): void {
  const lx = src.lx;
  const names: string[] = [];
  let pending: string | undefined;
  let valid = true;
  let commas = 0;
  for (;;) {
    if (inner > 0 && lx.tok === T_CLOSE && lx.depth === inner - 1) {
      src.next();
      break;
    }
    if (inner === 0 && src.atTerm()) break;
    if (lx.tok === T_NEWLINE || lx.tok === T_END) return; // a broken literal
    if (lx.depth !== inner) valid = false;
    else if (isPlainString(lx))
      pending = (pending ?? "") + ownText(lx.text, lx.bodyStart, lx.bodyEnd);
    else if (lx.tok === T_OP && lx.op === OP_COMMA && pending !== undefined) {
      names.push(pending);
      pending = undefined;
      commas++;
    } else valid = false;
    src.next();
  }
  if (pending !== undefined) names.push(pending);
  if (valid && (!tuple || commas > 0 || names.length === 0)) for (const name of names) add(name);
}
