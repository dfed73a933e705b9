import {
  afterNewline,
  C_BACKSLASH,
  C_CLOSE,
  C_COLON,
  C_DIGIT,
  C_EQUALS,
  C_HASH,
  C_ID,
  C_NEWLINE,
  C_OPEN,
  C_QUOTE,
  C_SEMI,
  C_SPACE,
  charClass,
  isDigit,
  isIdPart,
  isIdStart,
} from "./chars.js";
import { TokenCursor } from "./cursor.js";
import { IndentStack } from "./indent.js";
import type { ScanSink } from "./sink.js";
import { prefixFlags } from "./strings.js";
import { OP_ASSIGN, OP_COLON, OP_SEMI, T_DEDENT, T_END, T_INDENT, T_NAME, T_OP } from "./tokens.js";

const TAB_SIZE = 8;

/** The `=` at `p` is an assignment's, not part of `==`, `<=`, `+=`, `:=` and the like. */
function plainAssign(t: string, p: number): boolean {
  return t.charCodeAt(p + 1) !== 61 && "=!<>:+-*/%&|^@".indexOf(t.charAt(p - 1)) < 0;
}

/** `skip` stops: at the name `warn`; at `:` or `lambda` outside brackets; at a plain `=` outside brackets. */
export const SKIP_WARN = 1;
export const SKIP_COLON = 2;
export const SKIP_ASSIGN = 4;

/**
 * A Python tokenizer reduced to what the import scanner needs, producing one token at a
 * time into its public fields (no token objects). It follows CPython's tokenizer for the
 * parts that decide structure: strings, comments, line continuation, bracket depth,
 * NEWLINE/INDENT/DEDENT with tabs to multiples of 8 and form feed resetting the column.
 * Errors are reported to the sink and scanning goes on.
 */
export class Lexer extends TokenCursor {
  private readonly indents: IndentStack;
  private pendingDedents = 0;

  /** `start`: where scanning begins (1 to skip a byte order mark). */
  constructor(sink: ScanSink, start: number) {
    super(sink, start);
    this.indents = new IndentStack(sink);
  }

  next(): void {
    this.prevTok = this.tok;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.set(T_DEDENT, this.pos, this.pos, 0);
    } else if (!this.atLineStart || !this.lineStart()) {
      this.scanToken();
    }
  }

  /** Skips blank and comment-only lines, then emits INDENT/DEDENT/END if due. */
  private lineStart(): boolean {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    for (;;) {
      let col = 0;
      let alt = 0;
      let contCol = 0; // 0: unset, as in CPython (a backslash at column 0 fixes nothing)
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
          // Indentation is not split by backslashes: the first one after spaces fixes the column.
          if (contCol === 0) contCol = col;
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
      if (contCol > 0) col = alt = contCol;
      return this.indentTo(col, alt, p);
    }
  }

  private endOfFile(): boolean {
    this.pos = this.n;
    const levels = this.indents.closeAll();
    if (levels > 0) {
      this.pendingDedents = levels - 1;
      this.set(T_DEDENT, this.n, this.n, 0);
    } else this.set(T_END, this.n, this.n, 0);
    return true;
  }

  /** INDENT or DEDENT tokens when the line's column opens or closes blocks. */
  private indentTo(col: number, alt: number, p: number): boolean {
    const move = this.indents.moveTo(col, alt, p);
    if (move === 0) return false;
    if (move > 0) this.set(T_INDENT, p, p, 0);
    else {
      this.pendingDedents = -move - 1;
      this.set(T_DEDENT, p, p, 0);
    }
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
    while (p < n) {
      const c = t.charCodeAt(p);
      // One table load and a dense switch instead of a chain of comparisons per character.
      switch (charClass(c)) {
        case C_SPACE:
          p++;
          continue;
        case C_ID: {
          let e = p + 1;
          while (e < n && isIdPart(t.charCodeAt(e))) e++;
          const len = e - p;
          if (len <= 2) {
            const q = t.charCodeAt(e);
            if (q === 39 || q === 34) {
              const prefix = prefixFlags(t, p, e);
              if (prefix >= 0) {
                this.string(p, e, prefix);
                p = this.pos;
                break;
              }
            }
          }
          if (this.depth > 0 && this.firstOnLine && this.startsStatement(p, e, afterYield)) {
            this.recoverAt(p);
            return;
          }
          if (
            (flags & SKIP_WARN && len === 4 && t.startsWith("warn", p)) ||
            (flags & SKIP_COLON && this.depth === 0 && len === 6 && t.startsWith("lambda", p))
          ) {
            this.stopAt(T_NAME, p, e, 0);
            return;
          }
          this.firstOnLine = false;
          afterYield = len === 5 && t.startsWith("yield", p);
          p = e;
          continue;
        }
        case C_HASH:
          p = this.commentEnd(p);
          continue;
        case C_NEWLINE:
          if (this.depth === 0) {
            this.newline(p);
            return;
          }
          p = afterNewline(t, p);
          this.firstOnLine = true;
          this.lineStartPos = p;
          continue;
        case C_QUOTE:
          this.string(p, p, 0);
          p = this.pos;
          break;
        case C_OPEN:
          this.open(p, c);
          p++;
          break;
        case C_CLOSE:
          this.close(p, c);
          p++;
          break;
        case C_DIGIT:
          p++;
          while (p < n && isIdPart(t.charCodeAt(p))) p++;
          break;
        case C_BACKSLASH:
          p = this.continuation(p);
          break;
        case C_SEMI:
          if (this.depth === 0) {
            this.stopAt(T_OP, p, p + 1, OP_SEMI);
            return;
          }
          p++;
          break;
        case C_COLON:
          if (flags & SKIP_COLON && this.depth === 0 && t.charCodeAt(p + 1) !== 61) {
            this.stopAt(T_OP, p, p + 1, OP_COLON);
            return;
          }
          p++;
          break;
        case C_EQUALS:
          if (flags & SKIP_ASSIGN && this.depth === 0 && plainAssign(t, p)) {
            this.stopAt(T_OP, p, p + 1, OP_ASSIGN);
            return;
          }
          p++;
          break;
        default:
          p++;
      }
      afterYield = false;
      this.firstOnLine = false;
    }
    this.pos = n;
    this.atEnd();
  }

  /** Makes the token `skip` stopped at current (what came before it is unknown). */
  private stopAt(tok: number, start: number, end: number, op: number): void {
    this.prevTok = T_OP;
    this.pos = end;
    this.firstOnLine = false;
    this.set(tok, start, end, op);
  }

  private nameOrString(p: number): void {
    const t = this.t;
    const n = this.n;
    let e = p + 1;
    while (e < n && isIdPart(t.charCodeAt(e))) e++;
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
    this.pos = e;
    this.set(T_NAME, p, e, 0);
  }
}
