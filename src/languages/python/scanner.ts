import { ModuleBindings } from "./bindings.js";
import { readBases } from "./class-bases.js";
import { GetattrTracker } from "./getattr-targets.js";
import { type ImportContext, ImportReader, nameToken } from "./imports.js";
import {
  K_ASYNC,
  K_CASE,
  K_CLASS,
  K_DEF,
  K_ELIF,
  K_FROM,
  K_HEADER,
  K_IF,
  K_IMPORT,
  K_MATCH,
  statementKeyword,
} from "./keywords.js";
import { Lexer, SKIP_COLON, SKIP_WARN } from "./lexer.js";
import type { TokenSource } from "./module-level.js";
import type { ClassStatement, PythonScan } from "./scan-types.js";
import { shareNames } from "./shared-text.js";
import { ScanSink } from "./sink.js";
import {
  OP_ASSIGN,
  OP_COLON,
  OP_DOT,
  OP_SEMI,
  T_DEDENT,
  T_END,
  T_INDENT,
  T_NAME,
  T_NEWLINE,
  T_OP,
} from "./tokens.js";
import { WarnTracker } from "./warn-calls.js";

/** Context bits of a block or one-line body. */
const NESTED = 1; // inside a def or class body
const TYPE_CHECKING = 2; // inside an `if TYPE_CHECKING:` body
const MATCH_BODY = 4; // directly inside a `match` statement, where `case` is a keyword
const GETATTR = 8; // inside a module-level `def __getattr__` body: read token by token

/** What `classOrDef` reads. */
const CLASS = 0;
const DEF = 1;
const ASYNC_DEF = 2;

const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** UTF-8 → text: invalid bytes become U+FFFD (never throws), a leading BOM is dropped. */
export function decodePython(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Scans Python source for its import statements, dotted string literals, class
 * statements, module-level warn calls, module-level names and `__all__`, `# ssot: allow`
 * comments, with the syntax errors it meets on the way. Never throws; a broken file yields
 * what it can.
 */
export function scanPython(text: string): PythonScan {
  const sink = new ScanSink(text);
  const parser = new Parser(sink);
  parser.run();
  return shareNames({
    imports: parser.importReader.imports,
    strings: sink.strings,
    classes: parser.classes,
    warnings: parser.warn.calls,
    moduleNames: [...parser.bindings.names],
    dunderAll: [...parser.bindings.all],
    definedNames: [...parser.bindings.defined],
    getattrTargets: parser.getattrs.targets,
    pragmas: sink.pragmas.pragmas,
    errors: sink.errors(),
  });
}

/**
 * One forward pass over the lexer, statement by statement. It knows statement starts
 * (line start, after `;`, after the `:` of a compound statement header) and the block
 * context from INDENT/DEDENT; the rest of a statement is skipped without making tokens,
 * except at module level where `warn(…)` calls are read, and in a module-level
 * `def __getattr__` body, read token by token for warn and `getattr(X, …)` calls.
 */
class Parser implements TokenSource {
  readonly lx: Lexer;
  readonly warn: WarnTracker;
  readonly getattrs: GetattrTracker;
  readonly importReader: ImportReader;
  readonly classes: ClassStatement[] = [];
  readonly bindings: ModuleBindings;
  private readonly t: string;
  private readonly sink: ScanSink;
  /** Context of each open indented block. */
  private readonly blocks: number[] = [0];
  /** Context of the body a header line announced, until its INDENT arrives. */
  private pendingBody = -1;
  /** Context of the statement being scanned. */
  private ctx = 0;

  constructor(sink: ScanSink) {
    this.sink = sink;
    this.t = sink.text;
    this.lx = new Lexer(sink, sink.text.charCodeAt(0) === 0xfeff ? 1 : 0);
    this.warn = new WarnTracker(this.lx, sink);
    this.getattrs = new GetattrTracker(this.lx);
    this.bindings = new ModuleBindings(this);
    this.importReader = new ImportReader(this, sink, this.bindings.bind);
  }

  next(): void {
    this.lx.next();
    const ctx = this.ctx;
    if ((ctx & NESTED) === 0) this.warn.feed(false);
    else if (ctx & GETATTR) {
      this.warn.feed(true);
      this.getattrs.feed();
    }
  }

  atTerm(): boolean {
    const lx = this.lx;
    const tok = lx.tok;
    return (
      tok === T_NEWLINE || tok === T_END || (tok === T_OP && lx.op === OP_SEMI && lx.depth === 0)
    );
  }

  /** Moves on within a statement: skipping, but token by token through a `warn(…)` call. */
  advance(stops: number): void {
    if (this.ctx & NESTED) {
      if (this.ctx & GETATTR) this.next();
      else this.lx.skip(stops);
    } else if (this.warn.busy()) this.next();
    else {
      this.lx.skip(stops | SKIP_WARN);
      this.warn.feed(false);
    }
  }

  private skipRest(): void {
    while (!this.atTerm()) this.advance(0);
  }

  private isWord(w: string): boolean {
    const lx = this.lx;
    return lx.end - lx.start === w.length && this.t.startsWith(w, lx.start);
  }

  private top(): number {
    return this.blocks[this.blocks.length - 1] ?? 0;
  }

  run(): void {
    const lx = this.lx;
    this.next();
    for (;;) {
      const tok = lx.tok;
      if (tok === T_INDENT) {
        if (this.pendingBody < 0) this.sink.error(lx.start, "unexpected indent");
        this.blocks.push(this.pendingBody < 0 ? this.top() : this.pendingBody);
        this.pendingBody = -1;
        this.ctx = this.top();
        this.next();
        continue;
      }
      if (this.pendingBody >= 0) {
        this.sink.error(lx.start, "expected an indented block");
        this.pendingBody = -1;
      }
      if (tok === T_END) return;
      if (tok === T_DEDENT) {
        if (this.blocks.length > 1) this.blocks.pop();
        this.ctx = this.top();
        this.next();
      } else if (tok === T_NEWLINE) this.next();
      else this.logicalLine();
    }
  }

  /** Statements up to the NEWLINE: `a; b`, and `header: a; b` one-line bodies. */
  private logicalLine(): void {
    const lx = this.lx;
    let ctx = this.top();
    for (;;) {
      this.ctx = ctx;
      const body = this.statement(ctx);
      if (body >= 0) {
        if (lx.tok !== T_NEWLINE) {
          ctx = body;
          continue;
        }
        this.pendingBody = body;
      } else if (lx.tok === T_OP && lx.op === OP_SEMI) {
        this.next();
        if (lx.tok !== T_NEWLINE && lx.tok !== T_END) continue;
      }
      if (lx.tok === T_NEWLINE) this.next();
      return;
    }
  }

  /**
   * One statement from its first token. Returns the body context after a compound
   * statement header's `:` (current token: what follows it), else -1 with the current
   * token at the statement's end.
   */
  private statement(ctx: number): number {
    const lx = this.lx;
    // The first token may have been read under the previous line's context.
    if ((ctx & NESTED) === 0) this.warn.restart(false);
    else if (ctx & GETATTR) this.warn.restart(true);
    if (lx.tok !== T_NAME) {
      if ((ctx & NESTED) === 0) this.bindings.otherStatement();
      this.skipRest();
      return -1;
    }
    const s = lx.start;
    const e = lx.end;
    const body = ctx & ~MATCH_BODY;
    const keyword = statementKeyword(this.t, s, e);
    switch (keyword) {
      case K_IMPORT:
      case K_FROM:
        this.importStatement(ctx, keyword === K_IMPORT);
        return -1;
      case K_CLASS:
        return this.classOrDef(ctx, CLASS);
      case K_DEF:
        return this.classOrDef(ctx, DEF);
      case K_ASYNC:
        this.next();
        return this.isWord("def") ? this.classOrDef(ctx, ASYNC_DEF) : this.header(body);
      case K_IF:
      case K_ELIF:
        this.next();
        return this.header(this.typeCheckingTest() ? body | TYPE_CHECKING : body);
      case K_HEADER:
        this.next();
        return this.header(body);
      case K_MATCH:
        return this.matchStatement(ctx);
      case K_CASE:
        if (ctx & MATCH_BODY) {
          this.next();
          return this.header(body);
        }
    }
    this.next();
    this.afterFirstName(ctx, s, e);
    return -1;
  }

  /** An import statement; a module-level one may bind an alias of `warnings` or `warn`. */
  private importStatement(ctx: number, plain: boolean): void {
    const reader = this.importReader;
    const found = reader.imports.length;
    const at: ImportContext = {
      nested: (ctx & NESTED) !== 0,
      typeChecking: (ctx & TYPE_CHECKING) !== 0,
    };
    if (plain) reader.importStatement(at);
    else reader.fromStatement(at);
    const stmt = reader.imports[found];
    if (stmt && !at.nested) {
      for (const n of stmt.names) {
        if (n.alias === undefined) continue;
        if (plain && n.name === "warnings") this.warn.moduleAlias(n.alias);
        else if (!plain && stmt.level === 0 && stmt.module === "warnings" && n.name === "warn")
          this.warn.functionAlias(n.alias);
      }
    }
    this.skipRest();
  }

  /** Skips a compound statement header to its `:` (a lambda's `:` does not count). */
  private header(body: number): number {
    const lx = this.lx;
    let lambdas = 0;
    while (!this.atTerm()) {
      if (lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0) {
        if (lambdas === 0) {
          this.ctx = body;
          this.next();
          return body;
        }
        lambdas--;
      } else if (lx.tok === T_NAME && lx.depth === 0 && this.isWord("lambda")) lambdas++;
      this.advance(SKIP_COLON);
    }
    if (!(lx.tok === T_NEWLINE && lx.recovered)) this.sink.error(lx.start, "expected ':'");
    return -1;
  }

  /** After `if`/`elif`: is the test exactly `TYPE_CHECKING` or `typing.TYPE_CHECKING`? */
  private typeCheckingTest(): boolean {
    const lx = this.lx;
    if (lx.tok !== T_NAME) return false;
    if (!this.isWord("TYPE_CHECKING")) {
      if (!this.isWord("typing") && !this.isWord("typing_extensions")) return false;
      this.next();
      if (lx.tok !== T_OP || lx.op !== OP_DOT) return false;
      this.next();
      if (lx.tok !== T_NAME || !this.isWord("TYPE_CHECKING")) return false;
    }
    this.next();
    return lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0;
  }

  private classOrDef(ctx: number, kind: number): number {
    const lx = this.lx;
    const start = lx.start;
    this.next();
    const name = nameToken(lx);
    let body = (ctx | NESTED) & ~MATCH_BODY;
    if (name !== undefined) {
      this.warn.reset(); // `def warn(…)` is no call
      this.getattrs.reset();
      const nested = (ctx & NESTED) !== 0;
      const line = kind === CLASS ? this.sink.lines.lineAt(start) : 0;
      if (!nested) {
        this.bindings.define(name);
        if (kind === DEF && name === "__getattr__") body |= GETATTR;
      }
      this.next();
      if (kind === CLASS) this.classes.push({ name, line, start, nested, bases: readBases(this) });
    }
    return this.header(body);
  }

  /**
   * `match` is a soft keyword: a match statement when a subject follows and its header
   * ends with `:` right before the line end (a match statement has no one-line form).
   */
  private matchStatement(ctx: number): number {
    const lx = this.lx;
    const s = lx.start;
    const e = lx.end;
    this.next();
    const op = lx.tok === T_OP ? lx.op : -1;
    const attribute = op === OP_DOT && !this.t.startsWith("...", lx.start); // `match ...:` is one
    if (lx.tok === T_NEWLINE || op === OP_ASSIGN || op === OP_COLON || attribute) {
      this.afterFirstName(ctx, s, e);
      return -1;
    }
    let lambdas = 0;
    while (!this.atTerm()) {
      if (lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0) {
        if (lambdas === 0) {
          this.next();
          if (lx.tok === T_NEWLINE) return (ctx & ~MATCH_BODY) | MATCH_BODY;
          continue;
        }
        lambdas--;
      } else if (lx.tok === T_NAME && lx.depth === 0 && this.isWord("lambda")) lambdas++;
      this.advance(SKIP_COLON);
    }
    return -1;
  }

  /** A statement starting with a plain name: module-level bindings and `__all__`. */
  private afterFirstName(ctx: number, s: number, e: number): void {
    if ((ctx & NESTED) === 0) this.bindings.afterFirstName(s, e);
    this.skipRest();
  }
}
