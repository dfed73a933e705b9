/** Token kinds and the scanning of numbers and operators. */
import { isDigit } from "./chars.js";

/** Token kinds. Only what decides statements is told apart; other operators are T_OP. */
export const T_END: number = 0;
export const T_NEWLINE: number = 1;
export const T_INDENT: number = 2;
export const T_DEDENT: number = 3;
export const T_NAME: number = 4;
export const T_NUMBER: number = 5;
export const T_STRING: number = 6;
/** `(`, `[`, `{`; `op` holds the character code. */
export const T_OPEN: number = 7;
/** `)`, `]`, `}`; `op` holds the character code. */
export const T_CLOSE: number = 8;
/** Operators; `op` is one of the OP_ codes below. */
export const T_OP: number = 9;

export const OP_OTHER: number = 0;
export const OP_STAR: number = 42; // `*` alone
export const OP_PLUS: number = 43; // `+` alone
export const OP_COMMA: number = 44;
export const OP_DOT: number = 46; // one `.`; `...` is three of them, as `from ... import` needs
export const OP_COLON: number = 58; // `:` alone, not `:=`
export const OP_SEMI: number = 59;
export const OP_ASSIGN: number = 61; // `=` alone, not `==`
export const OP_PLUS_ASSIGN: number = 1043; // `+=`

/** End of the number literal starting at `p` (a digit, or `.` before a digit). */
export function numberEnd(t: string, p: number): number {
  let c = t.charCodeAt(p);
  let e = p;
  const radix = c === 48 ? t.charCodeAt(p + 1) | 32 : 0;
  if (radix === 120 || radix === 111 || radix === 98) {
    // 0x / 0o / 0b: digits, hex letters and underscores.
    e += 2;
    for (c = t.charCodeAt(e); isDigit(c) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 102); ) {
      c = t.charCodeAt(++e);
    }
    return e;
  }
  while (isDigit(c) || c === 95) c = t.charCodeAt(++e);
  if (c === 46) {
    c = t.charCodeAt(++e);
    while (isDigit(c) || c === 95) c = t.charCodeAt(++e);
  }
  if ((c | 32) === 101) {
    const d = t.charCodeAt(e + 1);
    const s = d === 43 || d === 45 ? 2 : 1;
    if (isDigit(t.charCodeAt(e + s))) {
      e += s;
      c = t.charCodeAt(e);
      while (isDigit(c) || c === 95) c = t.charCodeAt(++e);
    }
  }
  return (c | 32) === 106 ? e + 1 : e;
}

/**
 * The operator (not a bracket) starting at `p` with character `c`, packed as
 * `op * 4 + length` so that no object is made per token.
 */
export function operatorAt(t: string, p: number, c: number): number {
  const d = t.charCodeAt(p + 1);
  let len = 1;
  let op = OP_OTHER;
  switch (c) {
    case 44:
    case 46:
    case 59:
      op = c;
      break;
    case 58:
    case 61:
      if (d === 61) len = 2;
      else op = c;
      break;
    case 43:
      if (d === 61) {
        len = 2;
        op = OP_PLUS_ASSIGN;
      } else op = OP_PLUS;
      break;
    case 42:
    case 47:
    case 60:
    case 62:
      if (d === c) len = 2; // ** // << >>
      if (t.charCodeAt(p + len) === 61) len++;
      else if (len === 1 && c === 42) op = OP_STAR;
      break;
    case 45:
      if (d === 61 || d === 62) len = 2; // -= ->
      break;
    default:
      if (d === 61) len = 2; // %= @= &= |= ^= != and the rest
  }
  return op * 4 + len;
}
