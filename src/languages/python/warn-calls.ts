import { isIdPart, ownText } from "./chars.js";
import { HARD_KEYWORDS, identifier } from "./keywords.js";
import type { Lexer } from "./lexer.js";
import type { WarnCall } from "./scan-types.js";
import type { ScanSink } from "./sink.js";
import { S_BYTES } from "./strings.js";
import {
  OP_ASSIGN,
  OP_DOT,
  T_CLOSE,
  T_END,
  T_NAME,
  T_NEWLINE,
  T_NUMBER,
  T_OP,
  T_OPEN,
  T_STRING,
} from "./tokens.js";

/** Space, tab, form feed or backslash (of a continuation). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 92;
}

/** What the `warn` name at an offset is called as. */
const PLAIN = 0; // a bare name
const ON_WARNINGS = 1; // an attribute of `warnings` (or of an alias of it)
const OTHER = 2; // an attribute of something else

/**
 * Follows the tokens of module-level code (and of a module-level `def __getattr__` body) to
 * find `warn(…)` calls: `warnings.warn`, any bare `warn`, and the aliases earlier
 * module-level imports bound. For each: the message (string literals passed directly or
 * inside grouping parentheses; f-strings with their raw text, since deprecation messages
 * are often f-strings naming the new module) and the identifiers among the arguments.
 */
export class WarnTracker {
  readonly calls: WarnCall[] = [];
  private readonly lx: Lexer;
  private readonly sink: ScanSink;
  private readonly t: string;
  /** Names of the `warnings` module: itself and `import warnings as W` aliases. */
  private readonly modules: string[] = ["warnings"];
  /** `from warnings import warn as w` aliases. */
  private readonly functions: string[] = [];
  /** The current token follows a callable `warn`. */
  private afterWarn = false;
  private nameStart = 0;
  private active = false;
  private inGetattr = false;
  private callDepth = 0;
  /** Deepest bracket level reached through grouping parentheses only. */
  private textDepth = 0;
  private message = "";
  private names: string[] = [];
  /** A name seen last, kept until the next token says whether it counts. */
  private pending = "";
  /** The last token was a keyword other than None/True/False (a `(` after it groups). */
  private afterKeyword = false;
  private afterDot = false;

  constructor(lx: Lexer, sink: ScanSink) {
    this.lx = lx;
    this.sink = sink;
    this.t = sink.text;
  }

  /** `import warnings as name` at module level. */
  moduleAlias(name: string): void {
    if (!this.modules.includes(name)) this.modules.push(name);
  }

  /** `from warnings import warn as name` at module level. */
  functionAlias(name: string): void {
    if (name !== "warn" && !this.functions.includes(name)) this.functions.push(name);
  }

  /**
   * The caller must feed every token, not skip: inside a candidate call, and in a file
   * with an alias of `warn` (rare: the lexer's skipping stops at `warn` only).
   */
  busy(): boolean {
    return this.active || this.afterWarn || this.functions.length > 0;
  }

  /** Sees the first token of a statement, which may have been read under another context. */
  restart(inGetattr: boolean): void {
    if (this.active) return;
    this.afterWarn = false;
    this.feed(inGetattr);
  }

  /** Forgets a `warn` just seen (it was a def or class name). */
  reset(): void {
    this.afterWarn = false;
  }

  /** Sees the lexer's current token (module-level code, or a `__getattr__` body). */
  feed(inGetattr: boolean): void {
    if (this.active) {
      this.inCall();
      return;
    }
    const lx = this.lx;
    if (this.afterWarn) {
      this.afterWarn = false;
      if (lx.tok === T_OPEN && lx.op === 40) this.begin(inGetattr);
    } else if (
      lx.tok === T_NAME &&
      (lx.end - lx.start === 4 || this.functions.length > 0) &&
      this.isCallee(lx.start, lx.end)
    ) {
      this.afterWarn = true;
      this.nameStart = lx.start;
    }
  }

  private isCallee(s: number, e: number): boolean {
    if (e - s === 4 && this.t.startsWith("warn", s)) return this.calledAs(s) !== OTHER;
    if (this.functions.length === 0) return false;
    return this.functions.includes(identifier(this.t, s, e)) && this.calledAs(s) === PLAIN;
  }

  /**
   * How the name at `s` is called, looking back in the text (the tokens before it may have
   * been skipped, not made).
   */
  private calledAs(s: number): number {
    const t = this.t;
    let i = this.codeBefore(s - 1);
    if (t.charCodeAt(i) !== 46) return PLAIN;
    i = this.codeBefore(i - 1);
    const end = i + 1;
    while (i >= 0 && isIdPart(t.charCodeAt(i))) i--;
    const start = i + 1;
    if (start === end || t.charCodeAt(this.codeBefore(i)) === 46) return OTHER;
    return this.modules.includes(identifier(t, start, end)) ? ON_WARNINGS : OTHER;
  }

  /**
   * The offset of the last code character at or before `i`, past spaces and the line
   * breaks an expression may span (inside brackets, after a backslash), with the comments
   * ending those lines. Outside brackets a line break ends the look.
   */
  private codeBefore(i: number): number {
    const t = this.t;
    let crossed = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (isSpace(c)) i--;
      else if (c === 10 || c === 13) {
        let j = i - 1;
        if (c === 10 && t.charCodeAt(j) === 13) j--;
        if (t.charCodeAt(j) !== 92 && this.lx.depth === 0) return i;
        i = j;
        crossed = true;
      } else if (crossed) {
        crossed = false;
        const hash = this.commentStart(i);
        if (hash < 0) return i;
        i = hash - 1;
      } else return i;
    }
  }

  /** The first `#` on the line of `i`, if it comes before `i` (else -1). */
  private commentStart(i: number): number {
    const t = this.t;
    let k = i;
    while (k > 0 && t.charCodeAt(k - 1) !== 10 && t.charCodeAt(k - 1) !== 13) k--;
    const hash = t.indexOf("#", k);
    return hash >= 0 && hash < i ? hash : -1;
  }

  private begin(inGetattr: boolean): void {
    this.active = true;
    this.inGetattr = inGetattr;
    this.callDepth = this.lx.depth;
    this.textDepth = this.lx.depth;
    this.message = "";
    this.names = [];
    this.pending = "";
    this.afterKeyword = false;
    this.afterDot = false;
  }

  private inCall(): void {
    const lx = this.lx;
    const tok = lx.tok;
    // A name counts unless a `.` (not its last part) or `=` (a keyword name) follows.
    if (this.pending !== "") {
      if (!(tok === T_OP && (lx.op === OP_DOT || lx.op === OP_ASSIGN))) this.addName(this.pending);
      this.pending = "";
    }
    const afterKeyword = this.afterKeyword;
    const afterDot = this.afterDot;
    this.afterKeyword = false;
    this.afterDot = tok === T_OP && lx.op === OP_DOT;
    if (tok === T_CLOSE) {
      if (lx.depth < this.callDepth) this.finish();
      else if (lx.depth < this.textDepth) this.textDepth = lx.depth;
    } else if (tok === T_OPEN) {
      if (lx.op === 40 && lx.depth - 1 === this.textDepth && this.groups(afterKeyword, afterDot))
        this.textDepth = lx.depth;
    } else if (tok === T_NAME) {
      const name = identifier(this.t, lx.start, lx.end);
      if (!HARD_KEYWORDS.has(name)) this.pending = name;
      else this.afterKeyword = name !== "None" && name !== "True" && name !== "False";
    } else if (tok === T_STRING) {
      if (lx.depth <= this.textDepth && (lx.strFlags & S_BYTES) === 0) {
        this.message += ownText(this.t, lx.bodyStart, lx.bodyEnd);
      }
    } else if (tok === T_NEWLINE || tok === T_END) {
      this.finish();
    }
  }

  /** A `(` groups unless it calls what precedes it (a name, bracket, literal or `...`). */
  private groups(afterKeyword: boolean, afterDot: boolean): boolean {
    const prev = this.lx.prevTok;
    if (prev === T_NAME) return afterKeyword;
    return prev !== T_CLOSE && prev !== T_STRING && prev !== T_NUMBER && !afterDot;
  }

  private addName(name: string): void {
    if (!this.names.includes(name)) this.names.push(name);
  }

  private finish(): void {
    this.active = false;
    this.calls.push({
      line: this.sink.lines.lineAt(this.nameStart),
      message: this.message,
      names: this.names,
      inGetattr: this.inGetattr,
    });
  }
}
