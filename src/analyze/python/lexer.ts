import { afterNewline, isDigit, isIdPart, isIdStart, lineEnd } from "./chars.js";
import type { ScanSink } from "./sink.js";
import { prefixFlags, S_FORMAT, StringScanner } from "./strings.js";
import {
  numberEnd,
  OP_COLON,
  OP_SEMI,
  operatorAt,
  T_CLOSE,
  T_DEDENT,
  T_END,
  T_INDENT,
  T_NAME,
  T_NEWLINE,
  T_NUMBER,
  T_OP,
  T_OPEN,
  T_STRING,
} from "./tokens.js";

const TAB_SIZE = 8;

/** `skip` stops: at the name `warn`; at `:` or `lambda` outside brackets. */
export const SKIP_WARN = 1;
export const SKIP_COLON = 2;

/**
 * A Python tokenizer reduced to what the import scanner needs, producing one token at a
 * time into its public fields (no token objects). It follows CPython's tokenizer for the
 * parts that decide structure: strings, comments, line continuation, bracket depth,
 * NEWLINE/INDENT/DEDENT with tabs to multiples of 8 and form feed resetting the column.
 * Errors are reported to the sink and scanning goes on.
 */
export class Lexer {
  tok = T_END;
  start = 0;
  end = 0;
  op = 0;
  /** For T_STRING: prefix flags and the body span between the quotes. */
  strFlags = 0;
  bodyStart = 0;
  bodyEnd = 0;
  /** For T_NAME: it holds non-ASCII characters (compare after NFKC normalisation). */
  wide = false;
  /** The kind and operator of the token before this one. */
  prevTok = T_END;
  prevOp = 0;
  /** Open brackets. */
  depth = 0;
  /** The last NEWLINE was made up to recover from an unclosed bracket. */
  recovered = false;
  readonly text: string;

  private readonly t: string;
  private readonly n: number;
  private readonly hasCR: boolean;
  private readonly sink: ScanSink;
  private readonly strings: StringScanner;
  private pos = 0;
  private atLineStart = true;
  /** First token on a physical line inside brackets (where recovery may restart). */
  private firstOnLine = false;
  private lineStartPos = 0;
  private readonly bracketChar: number[] = [];
  private readonly bracketPos: number[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private pendingDedents = 0;

  /** `start`: where scanning begins (1 to skip a byte order mark). */
  constructor(sink: ScanSink, start: number) {
    this.sink = sink;
    this.text = sink.text;
    this.t = sink.text;
    this.n = sink.text.length;
    this.hasCR = sink.text.indexOf("\r") >= 0;
    this.strings = new StringScanner(sink);
    this.pos = start;
    this.lineStartPos = start;
  }

  next(): void {
    this.prevTok = this.tok;
    this.prevOp = this.op;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.set(T_DEDENT, this.pos, this.pos, 0);
    } else if (!this.atLineStart || !this.lineStart()) {
      this.scanToken();
    }
  }

  private set(tok: number, start: number, end: number, op: number): void {
    this.tok = tok;
    this.start = start;
    this.end = end;
    this.op = op;
  }

  /** Skips blank and comment-only lines, then emits INDENT/DEDENT/END if due. */
  private lineStart(): boolean {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    for (;;) {
      let col = 0;
      let alt = 0;
      let contCol = -1;
      let c = t.charCodeAt(p);
      for (;;) {
        if (c === 32) {
          col++;
          alt++;
        } else if (c === 9) {
          col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; // CPython's tab stops
          alt++;
        } else if (c === 12) {
          col = 0;
          alt = 0;
        } else if (c === 92 && (t.charCodeAt(p + 1) === 10 || t.charCodeAt(p + 1) === 13)) {
          // Indentation is not split by backslashes: the first one fixes the column.
          if (contCol < 0) contCol = col;
          p = afterNewline(t, p + 1) - 1;
        } else break;
        c = t.charCodeAt(++p);
      }
      if (c === 35) p = this.commentEnd(p);
      if (p >= n) return this.endOfFile();
      c = t.charCodeAt(p);
      if (c === 10 || c === 13) {
        p = afterNewline(t, p);
        continue;
      }
      this.pos = p;
      this.atLineStart = false;
      if (contCol >= 0) col = alt = contCol;
      return this.indentTo(col, alt, p);
    }
  }

  private endOfFile(): boolean {
    this.pos = this.n;
    const levels = this.indents.length - 1;
    for (let i = 0; i < levels; i++) {
      this.indents.pop();
      this.altIndents.pop();
    }
    if (levels > 0) {
      this.pendingDedents = levels - 1;
      this.set(T_DEDENT, this.n, this.n, 0);
    } else this.set(T_END, this.n, this.n, 0);
    return true;
  }

  /** CPython's indentation check, including its tab-consistency (TabError) test. */
  private indentTo(col: number, alt: number, p: number): boolean {
    const last = this.indents.length - 1;
    const top = this.indents[last] ?? 0;
    const altTop = this.altIndents[last] ?? 0;
    if (col === top) {
      if (alt !== altTop) this.sink.error(p, "inconsistent use of tabs and spaces in indentation");
      return false;
    }
    if (col > top) {
      if (alt <= altTop) this.sink.error(p, "inconsistent use of tabs and spaces in indentation");
      this.indents.push(col);
      this.altIndents.push(alt);
      this.set(T_INDENT, p, p, 0);
      return true;
    }
    let k = last;
    while (k > 0 && col < (this.indents[k] ?? 0)) k--;
    if (col !== this.indents[k]) {
      this.sink.error(p, "unindent does not match any outer indentation level");
      // Recover by keeping the innermost dedented block, re-labelled with this column.
      k++;
      this.indents[k] = col;
      this.altIndents[k] = alt;
    } else if (alt !== this.altIndents[k]) {
      this.sink.error(p, "inconsistent use of tabs and spaces in indentation");
    }
    const count = last - k;
    for (let i = 0; i < count; i++) {
      this.indents.pop();
      this.altIndents.pop();
    }
    if (count === 0) return false;
    this.pendingDedents = count - 1;
    this.set(T_DEDENT, p, p, 0);
    return true;
  }

  private scanToken(): void {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    let c: number;
    for (;;) {
      c = t.charCodeAt(p);
      while (c === 32 || c === 9 || c === 12) c = t.charCodeAt(++p);
      if (c === 35) {
        p = this.commentEnd(p);
        c = t.charCodeAt(p);
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          p = afterNewline(t, p);
          this.firstOnLine = true;
          this.lineStartPos = p;
          continue;
        }
        this.newline(p);
        return;
      }
      if (c === 92) {
        p = this.continuation(p);
        continue;
      }
      break;
    }
    if (p >= n) {
      this.pos = n;
      this.atEnd();
      return;
    }
    if (isIdStart(c)) this.nameOrString(p);
    else if (c === 39 || c === 34) this.string(p, p, 0);
    else if (isDigit(c) || (c === 46 && isDigit(t.charCodeAt(p + 1)))) this.number(p);
    else this.operator(p, c);
    this.firstOnLine = false;
  }

  /**
   * Fast-forwards over the rest of a statement without making tokens, up to the NEWLINE or
   * `;` that ends it (made the current token), or to an earlier stop the caller asks for:
   * the name `warn` (SKIP_WARN), a `:` or `lambda` outside brackets (SKIP_COLON). Strings,
   * brackets, errors and recovery work as in token by token scanning.
   */
  skip(flags: number): void {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    // `(yield\n from x)` holds the one `from` allowed inside brackets.
    let afterYield =
      this.tok === T_NAME && this.end - this.start === 5 && t.startsWith("yield", this.start);
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 12) {
        p++;
        continue;
      }
      if (isIdStart(c)) {
        let e = p + 1;
        while (e < n && isIdPart(t.charCodeAt(e))) e++;
        const len = e - p;
        const q = t.charCodeAt(e);
        const prefix = (q === 39 || q === 34) && len <= 2 ? prefixFlags(t, p, e) : -1;
        if (prefix >= 0) {
          this.string(p, e, prefix);
          e = this.pos;
        } else if (this.depth > 0 && this.firstOnLine && this.startsStatement(p, e, afterYield)) {
          this.recoverAt(p);
          return;
        } else if (
          (flags & SKIP_WARN && len === 4 && t.startsWith("warn", p)) ||
          (flags & SKIP_COLON && this.depth === 0 && len === 6 && t.startsWith("lambda", p))
        ) {
          this.stopAt(T_NAME, p, e, 0);
          return;
        }
        afterYield = len === 5 && t.startsWith("yield", p);
        this.firstOnLine = false;
        p = e;
        continue;
      }
      if (c === 35) {
        p = this.commentEnd(p);
        continue;
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          p = afterNewline(t, p);
          this.firstOnLine = true;
          this.lineStartPos = p;
          continue;
        }
        this.newline(p);
        return;
      }
      if (p >= n) {
        this.pos = n;
        this.atEnd();
        return;
      }
      if (c === 39 || c === 34) {
        this.string(p, p, 0);
        p = this.pos;
      } else if (c === 40 || c === 91 || c === 123) {
        this.open(p, c);
        p++;
      } else if (c === 41 || c === 93 || c === 125) {
        this.close(p, c);
        p++;
      } else if (isDigit(c)) {
        p++;
        while (p < n && isIdPart(t.charCodeAt(p))) p++;
      } else if (c === 92) {
        p = this.continuation(p);
      } else if (c === 59 && this.depth === 0) {
        this.stopAt(T_OP, p, p + 1, OP_SEMI);
        return;
      } else if (c === 58 && flags & SKIP_COLON && this.depth === 0 && t.charCodeAt(p + 1) !== 61) {
        this.stopAt(T_OP, p, p + 1, OP_COLON);
        return;
      } else p++;
      afterYield = false;
      this.firstOnLine = false;
    }
  }

  /** Makes the token `skip` stopped at current (what came before it is unknown). */
  private stopAt(tok: number, start: number, end: number, op: number): void {
    this.prevTok = T_OP;
    this.prevOp = 0;
    this.wide = false;
    this.pos = end;
    this.firstOnLine = false;
    this.set(tok, start, end, op);
  }

  /** The line break ending the comment at `p` (indexOf is far faster on long comment runs). */
  private commentEnd(p: number): number {
    if (this.hasCR) return lineEnd(this.t, p, this.n);
    const e = this.t.indexOf("\n", p);
    return e < 0 ? this.n : e;
  }

  /** NEWLINE token for the line break at `p` (outside brackets). */
  private newline(p: number): void {
    const q = afterNewline(this.t, p);
    this.pos = q;
    this.atLineStart = true;
    this.recovered = false;
    this.set(T_NEWLINE, p, q, 0);
  }

  /** After a backslash at `p`: past the line break it escapes, or past it with an error. */
  private continuation(p: number): number {
    const d = this.t.charCodeAt(p + 1);
    if (d === 10 || d === 13) return afterNewline(this.t, p + 1);
    if (p + 1 < this.n)
      this.sink.error(p, "unexpected character after line continuation character");
    return p + 1;
  }

  /** End of text inside a logical line: report open brackets, then owe a NEWLINE. */
  private atEnd(): void {
    this.recovered = this.depth > 0;
    if (this.depth > 0) this.closeAllBrackets();
    this.atLineStart = true;
    this.set(T_NEWLINE, this.n, this.n, 0);
  }

  private closeAllBrackets(): void {
    const i = this.depth - 1;
    const ch = String.fromCharCode(this.bracketChar[i] ?? 40);
    this.sink.error(this.bracketPos[i] ?? 0, `'${ch}' was never closed`);
    this.depth = 0;
  }

  private nameOrString(p: number): void {
    const t = this.t;
    const n = this.n;
    let e = p + 1;
    let wide = t.charCodeAt(p) >= 128;
    for (; e < n; e++) {
      const c = t.charCodeAt(e);
      if (!isIdPart(c)) break;
      if (c >= 128) wide = true;
    }
    const next = t.charCodeAt(e);
    if ((next === 39 || next === 34) && e - p <= 2) {
      const flags = prefixFlags(t, p, e);
      if (flags >= 0) {
        this.string(p, e, flags);
        return;
      }
    }
    const afterYield =
      this.tok === T_NAME && this.end - this.start === 5 && t.startsWith("yield", this.start);
    if (this.depth > 0 && this.firstOnLine && this.startsStatement(p, e, afterYield)) {
      this.recoverAt(p);
      return;
    }
    this.wide = wide;
    this.pos = e;
    this.set(T_NAME, p, e, 0);
  }

  /**
   * `import`, `def`, `class` can never stand inside brackets, nor can `from` unless after
   * `yield`: at the start of a line they mean the bracket before was never closed.
   */
  private startsStatement(p: number, e: number, afterYield: boolean): boolean {
    const t = this.t;
    const len = e - p;
    if (len === 6) return t.startsWith("import", p);
    if (len === 3) return t.startsWith("def", p);
    if (len === 5) return t.startsWith("class", p);
    return len === 4 && !afterYield && t.startsWith("from", p);
  }

  /** Closes the brackets as never closed and restarts at this physical line. */
  private recoverAt(p: number): void {
    this.closeAllBrackets();
    this.pos = this.lineStartPos;
    this.atLineStart = true;
    this.recovered = true;
    this.set(T_NEWLINE, p, p, 0);
  }

  private string(start: number, q0: number, flags: number): void {
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

  private number(p: number): void {
    const e = numberEnd(this.t, p);
    this.pos = e;
    this.set(T_NUMBER, p, e, 0);
  }

  private operator(p: number, c: number): void {
    if (c === 40 || c === 91 || c === 123) this.open(p, c);
    else if (c === 41 || c === 93 || c === 125) this.close(p, c);
    else {
      const packed = operatorAt(this.t, p, c);
      this.pos = p + (packed & 3);
      this.set(T_OP, p, this.pos, packed >> 2);
    }
  }

  private open(p: number, c: number): void {
    this.bracketChar[this.depth] = c;
    this.bracketPos[this.depth] = p;
    this.depth++;
    this.pos = p + 1;
    this.set(T_OPEN, p, p + 1, c);
  }

  private close(p: number, c: number): void {
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
