import { isIdPart } from "./chars.js";
import type { Lexer } from "./lexer.js";
import type { DeprecationWarningCall } from "./scan-types.js";
import type { ScanSink } from "./sink.js";
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
}

/** Space, tab, form feed, line break or backslash (of a continuation). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 92;
}

function isWord(lx: Lexer, t: string, w: string): boolean {
  return lx.end - lx.start === w.length && t.startsWith(w, lx.start);
}

/**
 * Follows module-level tokens to find `warnings.warn(…)` / `warn(…)` calls whose arguments
 * name DeprecationWarning or PendingDeprecationWarning. The message joins the string
 * literals passed directly (or inside grouping parentheses); f-strings count with their
 * raw text, since deprecation messages are often f-strings naming the new module.
 */
export class WarnTracker {
  readonly calls: DeprecationWarningCall[] = [];
  private readonly lx: Lexer;
  private readonly sink: ScanSink;
  private readonly t: string;
  /** The current token follows a callable `warn`. */
  private afterWarn = false;
  private nameStart = 0;
  private active = false;
  private callDepth = 0;
  /** Deepest bracket level reached through grouping parentheses only. */
  private textDepth = 0;
  private deprecation = false;
  private message = "";

  constructor(lx: Lexer, sink: ScanSink) {
    this.lx = lx;
    this.sink = sink;
    this.t = sink.text;
  }

  /** Inside a candidate call: the caller must feed every token, not skip. */
  busy(): boolean {
    return this.active || this.afterWarn;
  }

  /** Sees the first token of a statement, which may have been read under another context. */
  restart(): void {
    if (this.active) return;
    this.afterWarn = false;
    this.feed();
  }

  /** Forgets a `warn` just seen (it was a def or class name). */
  reset(): void {
    this.afterWarn = false;
  }

  /** Sees the lexer's current token (module-level code only). */
  feed(): void {
    if (this.active) {
      this.inCall();
      return;
    }
    const lx = this.lx;
    if (this.afterWarn) {
      this.afterWarn = false;
      if (lx.tok === T_OPEN && lx.op === 40) this.begin();
    } else if (lx.tok === T_NAME && isWord(lx, this.t, "warn") && this.callable(lx.start)) {
      this.afterWarn = true;
      this.nameStart = lx.start;
    }
  }

  /**
   * `warn` at `s` is a plain name or `warnings.warn`, looking back in the text (the
   * tokens before it may have been skipped, not made).
   */
  private callable(s: number): boolean {
    const t = this.t;
    let i = s - 1;
    while (isBlank(t.charCodeAt(i))) i--;
    if (t.charCodeAt(i) !== 46) return true;
    i--;
    while (isBlank(t.charCodeAt(i))) i--;
    const start = i - 7;
    const before = t.charCodeAt(start - 1);
    return start >= 0 && t.startsWith("warnings", start) && before !== 46 && !isIdPart(before);
  }

  private begin(): void {
    this.active = true;
    this.callDepth = this.lx.depth;
    this.textDepth = this.lx.depth;
    this.deprecation = false;
    this.message = "";
  }

  private inCall(): void {
    const lx = this.lx;
    const tok = lx.tok;
    if (tok === T_CLOSE) {
      if (lx.depth < this.callDepth) this.finish();
      else if (lx.depth < this.textDepth) this.textDepth = lx.depth;
    } else if (tok === T_OPEN) {
      const grouping =
        lx.op === 40 && lx.prevTok !== T_NAME && lx.prevTok !== T_CLOSE && lx.prevTok !== T_STRING;
      if (grouping && lx.depth - 1 === this.textDepth) this.textDepth = lx.depth;
    } else if (tok === T_NAME) {
      const len = lx.end - lx.start;
      if (
        (len === 18 && isWord(lx, this.t, "DeprecationWarning")) ||
        (len === 25 && isWord(lx, this.t, "PendingDeprecationWarning"))
      ) {
        this.deprecation = true;
      }
    } else if (tok === T_STRING) {
      if (lx.depth <= this.textDepth && (lx.strFlags & S_BYTES) === 0) {
        this.message += this.t.slice(lx.bodyStart, lx.bodyEnd);
      }
    } else if (tok === T_NEWLINE || tok === T_END) {
      this.finish();
    }
  }

  private finish(): void {
    this.active = false;
    if (this.deprecation) {
      this.calls.push({ line: this.sink.lines.lineAt(this.nameStart), message: this.message });
    }
  }
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
 */
export function readAllValue(src: TokenSource, add: (name: string) => void): void {
  readSum(src, add, levelOf(src.lx));
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
  else if (isPlainString(lx)) add(t.slice(lx.bodyStart, lx.bodyEnd));
}

/** Terms joined by `+` at bracket level `depth`, up to the statement or group end. */
function readSum(src: TokenSource, add: (name: string) => void, depth: number): void {
  const lx = src.lx;
  for (;;) {
    readTerm(src, add, depth);
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
    else if (isPlainString(lx)) pending = (pending ?? "") + lx.text.slice(lx.bodyStart, lx.bodyEnd);
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
