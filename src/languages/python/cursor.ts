import { afterNewline, lineEnd } from "./chars.js";
import type { PragmaFinder } from "./pragmas.js";
import type { ScanSink } from "./sink.js";
import { S_FORMAT, StringScanner } from "./strings.js";
import {
  numberEnd,
  operatorAt,
  T_CLOSE,
  T_END,
  T_NEWLINE,
  T_NUMBER,
  T_OP,
  T_OPEN,
  T_STRING,
} from "./tokens.js";

/**
 * The lexer's state and the pieces of scanning shared by token-by-token scanning and
 * skipping: the current token (public fields, no token objects), brackets, strings,
 * line breaks, and recovery from a bracket that was never closed.
 */
export class TokenCursor {
  tok = T_END;
  start = 0;
  end = 0;
  op = 0;
  /** For T_STRING: prefix flags and the body span between the quotes. */
  strFlags = 0;
  bodyStart = 0;
  bodyEnd = 0;
  /** The kind of the token before this one (T_OP when `skip` passed over it). */
  prevTok = T_END;
  /** Open brackets. */
  depth = 0;
  /** The last NEWLINE was made up to recover from an unclosed bracket. */
  recovered = false;
  readonly text: string;

  protected readonly t: string;
  protected readonly n: number;
  protected readonly hasCR: boolean;
  protected readonly sink: ScanSink;
  protected readonly strings: StringScanner;
  protected readonly pragmas: PragmaFinder;
  protected pos = 0;
  protected atLineStart = true;
  /** First token on a physical line inside brackets (where recovery may restart). */
  protected firstOnLine = false;
  protected lineStartPos = 0;
  protected readonly bracketChar: number[] = [];
  protected readonly bracketPos: number[] = [];

  constructor(sink: ScanSink, start: number) {
    this.sink = sink;
    this.text = sink.text;
    this.t = sink.text;
    this.n = sink.text.length;
    this.hasCR = sink.lines.hasCR;
    this.strings = new StringScanner(sink);
    this.pragmas = sink.pragmas;
    this.pos = start;
    this.lineStartPos = start;
  }

  protected set(tok: number, start: number, end: number, op: number): void {
    this.tok = tok;
    this.start = start;
    this.end = end;
    this.op = op;
  }

  /** NEWLINE token for the line break at `p` (outside brackets). */
  protected newline(p: number): void {
    const q = afterNewline(this.t, p);
    this.pos = q;
    this.atLineStart = true;
    this.recovered = false;
    this.set(T_NEWLINE, p, q, 0);
  }

  /** After a backslash at `p`: past the line break it escapes, or past it with an error. */
  protected continuation(p: number): number {
    const d = this.t.charCodeAt(p + 1);
    if (d === 10 || d === 13) return afterNewline(this.t, p + 1);
    if (p + 1 < this.n)
      this.sink.error(p, "unexpected character after line continuation character");
    return p + 1;
  }

  /**
   * The line break ending the comment at `p` (indexOf is far faster on long comment runs).
   * A pragma opens its comment (`# ssot:`): one character past the `#` and its blanks is
   * looked at before anything else.
   */
  protected commentEnd(p: number): number {
    const t = this.t;
    let e: number;
    if (this.hasCR) e = lineEnd(t, p, this.n);
    else {
      e = t.indexOf("\n", p);
      if (e < 0) e = this.n;
    }
    let q = p + 1;
    let c = t.charCodeAt(q);
    while (c === 32 || c === 9) c = t.charCodeAt(++q);
    if (c === 115 && t.startsWith("ssot:", q) && q + 5 <= e) this.pragmas.comment(p, q, e);
    return e;
  }

  /** End of text inside a logical line: report open brackets, then owe a NEWLINE. */
  protected atEnd(): void {
    this.recovered = this.depth > 0;
    if (this.depth > 0) this.closeAllBrackets();
    this.atLineStart = true;
    this.set(T_NEWLINE, this.n, this.n, 0);
  }

  protected closeAllBrackets(): void {
    const i = this.depth - 1;
    const ch = String.fromCharCode(this.bracketChar[i] ?? 40);
    this.sink.error(this.bracketPos[i] ?? 0, `'${ch}' was never closed`);
    this.depth = 0;
  }

  /**
   * `import`, `def`, `class` can never stand inside brackets, nor can `from` unless after
   * `yield`: at the start of a line they mean the bracket before was never closed.
   */
  protected startsStatement(p: number, e: number, afterYield: boolean): boolean {
    const t = this.t;
    const len = e - p;
    if (len === 6) return t.startsWith("import", p);
    if (len === 3) return t.startsWith("def", p);
    if (len === 5) return t.startsWith("class", p);
    return len === 4 && !afterYield && t.startsWith("from", p);
  }

  /** Closes the brackets as never closed and restarts at this physical line. */
  protected recoverAt(p: number): void {
    this.closeAllBrackets();
    this.pos = this.lineStartPos;
    this.atLineStart = true;
    this.recovered = true;
    this.set(T_NEWLINE, p, p, 0);
  }

  protected string(start: number, q0: number, flags: number): void {
    const found = this.sink.strings.length;
    const r = this.strings.scan(q0, flags, 0);
    this.strFlags = flags;
    this.bodyStart = this.strings.bodyStart;
    this.bodyEnd = this.strings.bodyEnd;
    if (r >= 0) {
      this.pos = r;
      this.set(T_STRING, start, r, 0);
      return;
    }
    this.sink.strings.length = found; // nothing from inside a broken literal
    const t = this.t;
    const triple =
      t.charCodeAt(q0 + 1) === t.charCodeAt(q0) && t.charCodeAt(q0 + 2) === t.charCodeAt(q0);
    let end: number;
    if (triple) {
      this.sink.error(start, "unterminated triple-quoted string literal");
      end = this.n;
    } else {
      // Resume at the end of the literal's first line: the likeliest place code goes on.
      this.sink.error(
        start,
        flags & S_FORMAT ? "unterminated f-string literal" : "unterminated string literal",
      );
      end = lineEnd(t, q0, this.n);
    }
    this.bodyEnd = end;
    this.pos = end;
    this.set(T_STRING, start, end, 0);
  }

  protected number(p: number): void {
    const e = numberEnd(this.t, p);
    this.pos = e;
    this.set(T_NUMBER, p, e, 0);
  }

  protected operator(p: number, c: number): void {
    if (c === 40 || c === 91 || c === 123) this.open(p, c);
    else if (c === 41 || c === 93 || c === 125) this.close(p, c);
    else {
      const packed = operatorAt(this.t, p, c);
      this.pos = p + (packed & 3);
      this.set(T_OP, p, this.pos, packed >> 2);
    }
  }

  /**
   * Makes the `)` at `close` the current token, closing the `(` that is current: for a
   * caller that read the text between itself (it holds no bracket, string, comment or line
   * break, so nothing else of the state changes).
   */
  closeGroupAt(close: number): void {
    this.depth--;
    this.prevTok = T_OP;
    this.pos = close + 1;
    this.set(T_CLOSE, close, close + 1, 41);
  }

  protected open(p: number, c: number): void {
    this.bracketChar[this.depth] = c;
    this.bracketPos[this.depth] = p;
    this.depth++;
    this.pos = p + 1;
    this.set(T_OPEN, p, p + 1, c);
  }

  protected close(p: number, c: number): void {
    if (this.depth === 0) this.sink.error(p, `unmatched '${String.fromCharCode(c)}'`);
    else {
      const opener = this.bracketChar[this.depth - 1] ?? 0;
      if (opener !== (c === 41 ? 40 : c - 2)) {
        const ch = String.fromCharCode(c);
        const o = String.fromCharCode(opener);
        this.sink.error(p, `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`);
      }
      this.depth--;
    }
    this.pos = p + 1;
    this.set(T_CLOSE, p, p + 1, c);
  }
}
