import { isIdPart, isIdStart, ownText } from "./chars.js";
import { identifier, isHardKeyword } from "./keywords.js";
import type { Lexer } from "./lexer.js";
import type { TokenSource } from "./module-level.js";
import { OP_COMMA, OP_DOT, T_CLOSE, T_END, T_NAME, T_NEWLINE, T_OP, T_OPEN } from "./tokens.js";

/** The current token is an identifier (a name, not a hard keyword). */
function atIdentifier(lx: Lexer): boolean {
  return lx.tok === T_NAME && !isHardKeyword(lx.text, lx.start, lx.end);
}

/**
 * After `class NAME` (current token: what follows the name): the bases that are plain
 * dotted names, each as its last part, up to and past the closing `)`. Type parameters
 * (`class C[T](Base)`) are passed over. Stops early, before a NEWLINE, in a broken header.
 */
export function readBases(src: TokenSource): string[] {
  const lx = src.lx;
  if (lx.tok === T_OPEN && lx.op === 91) skipBrackets(src);
  if (lx.tok !== T_OPEN || lx.op !== 40) return [];
  const bases: string[] = [];
  const close = plainBases(lx.text, lx.end, bases);
  if (close >= 0) {
    lx.closeGroupAt(close);
    src.next();
    return bases;
  }
  bases.length = 0;
  const inner = lx.depth;
  src.next();
  for (;;) {
    const base = dottedArgument(src, inner);
    if (base !== undefined) bases.push(base);
    while (!argumentEnd(src, inner)) src.next();
    if (lx.tok === T_OP && lx.op === OP_COMMA && lx.depth === inner) src.next();
    else {
      if (lx.tok === T_CLOSE) src.next();
      return bases;
    }
  }
}

/**
 * The common header `(a.B, C)` read from the text at `p` (after the `(`) without making
 * tokens: pushes the bases and returns the offset of the `)`, or -1 when anything but
 * ASCII names, dots, commas and spaces stands there (then tokens are read). Those make no
 * call, so no warn or getattr call is missed by not feeding the trackers.
 */
function plainBases(t: string, p: number, bases: string[]): number {
  let i = p;
  for (;;) {
    while (t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) === 41) return i;
    let start = i;
    let end = nameEnd(t, i);
    if (end < 0) return -1;
    i = end;
    for (;;) {
      while (t.charCodeAt(i) === 32) i++;
      if (t.charCodeAt(i) !== 46) break;
      i++;
      while (t.charCodeAt(i) === 32) i++;
      start = i;
      end = nameEnd(t, i);
      if (end < 0) return -1;
      i = end;
    }
    bases.push(ownText(t, start, end));
    const c = t.charCodeAt(i);
    if (c === 41) return i;
    if (c !== 44) return -1;
    i++;
  }
}

/** End of the ASCII identifier (not a hard keyword) at `i`, or -1. */
function nameEnd(t: string, i: number): number {
  let e = i;
  const c = t.charCodeAt(e);
  if (!(c < 128 && isIdStart(c))) return -1;
  do e++;
  while (t.charCodeAt(e) < 128 && isIdPart(t.charCodeAt(e)));
  return isHardKeyword(t, i, e) ? -1 : e;
}

/** At the `,` ending an argument at level `inner`, the closing `)`, or a line end. */
function argumentEnd(src: TokenSource, inner: number): boolean {
  const lx = src.lx;
  if (lx.tok === T_NEWLINE || lx.tok === T_END) return true;
  if (lx.tok === T_CLOSE) return lx.depth < inner;
  return lx.tok === T_OP && lx.op === OP_COMMA && lx.depth === inner;
}

/**
 * One argument that is a dotted name, maybe in grouping parentheses (`(a).b` and `(a.b)`
 * are attributes as much as `a.b`): its last part, or undefined (the current token then
 * stands somewhere inside the argument). `metaclass=M` reads `metaclass` and stops at `=`.
 */
function dottedArgument(src: TokenSource, inner: number): string | undefined {
  const lx = src.lx;
  let opens = 0;
  while (lx.tok === T_OPEN && lx.op === 40) {
    opens++;
    src.next();
  }
  // Offsets, not strings: only the last part of a base that qualifies is ever made.
  if (!atIdentifier(lx)) return undefined;
  let start = lx.start;
  let end = lx.end;
  src.next();
  for (;;) {
    if (lx.tok === T_OP && lx.op === OP_DOT) {
      src.next();
      if (!atIdentifier(lx)) return undefined;
      start = lx.start;
      end = lx.end;
      src.next();
    } else if (opens > 0 && lx.tok === T_CLOSE && lx.op === 41) {
      opens--;
      src.next();
    } else break;
  }
  const ends = opens === 0 && argumentEnd(src, inner) && lx.tok !== T_NEWLINE && lx.tok !== T_END;
  return ends ? identifier(lx.text, start, end) : undefined;
}

/** From an opening bracket past its closing one (or to a line end). */
function skipBrackets(src: TokenSource): void {
  const lx = src.lx;
  const outer = lx.depth - 1;
  src.next();
  while (!(lx.tok === T_CLOSE && lx.depth === outer) && lx.tok !== T_NEWLINE && lx.tok !== T_END)
    src.next();
  if (lx.tok === T_CLOSE) src.next();
}
