import { HARD_KEYWORDS, identifier } from "./keywords.js";
import type { Lexer } from "./lexer.js";
import type { TokenSource } from "./module-level.js";
import type { ImportedName, ImportStatement } from "./scan-types.js";
import type { ScanSink } from "./sink.js";
import { OP_COMMA, OP_DOT, OP_STAR, T_CLOSE, T_NAME, T_NEWLINE, T_OP, T_OPEN } from "./tokens.js";

/** The current token as an identifier (not a hard keyword), or undefined. */
export function nameToken(lx: Lexer): string | undefined {
  if (lx.tok !== T_NAME) return undefined;
  const name = identifier(lx.text, lx.start, lx.end);
  return HARD_KEYWORDS.has(name) ? undefined : name;
}

function isWord(lx: Lexer, w: string): boolean {
  return lx.end - lx.start === w.length && lx.text.startsWith(w, lx.start);
}

/** Where a statement stands: bit flags given by the parser. */
export interface ImportContext {
  nested: boolean;
  typeChecking: boolean;
}

/**
 * Reads `import …` and `from … import …` statements exactly as CPython's grammar has
 * them, from the keyword (the current token) to the statement's end. A malformed one is
 * reported; the names read before the fault are still recorded.
 */
export class ImportReader {
  readonly imports: ImportStatement[] = [];
  private readonly src: TokenSource;
  private readonly lx: Lexer;
  private readonly sink: ScanSink;
  /** Called with every name an import binds at module level. */
  private readonly bind: (name: string) => void;
  /** End of the last name read. */
  private lastEnd = 0;

  constructor(src: TokenSource, sink: ScanSink, bind: (name: string) => void) {
    this.src = src;
    this.lx = src.lx;
    this.sink = sink;
    this.bind = bind;
  }

  /** `import a.b as c, d`. */
  importStatement(at: ImportContext): void {
    const lx = this.lx;
    const start = lx.start;
    const line = this.sink.lines.lineAt(start);
    const names: ImportedName[] = [];
    let ok = true;
    do {
      this.src.next();
      const name = this.dottedName();
      const alias = name === undefined ? undefined : this.asName();
      if (name === undefined || alias === null) {
        ok = false;
        break;
      }
      names.push(alias === undefined ? { name } : { name, alias });
      const dot = name.indexOf(".");
      if (!at.nested) this.bind(alias ?? (dot < 0 ? name : name.slice(0, dot)));
    } while (lx.tok === T_OP && lx.op === OP_COMMA);
    this.finish(ok, at, "import", start, line, "", -1, -1, 0, names);
  }

  /** `from ..a.b import (c as d, e)`, `from . import x`, `from m import *`. */
  fromStatement(at: ImportContext): void {
    const lx = this.lx;
    const start = lx.start;
    const line = this.sink.lines.lineAt(start);
    this.src.next();
    let level = 0;
    let moduleStart = -1;
    let moduleEnd = -1;
    while (lx.tok === T_OP && lx.op === OP_DOT) {
      if (moduleStart < 0) moduleStart = lx.start;
      level++;
      moduleEnd = lx.end;
      this.src.next();
    }
    let module = "";
    let ok = true;
    if (lx.tok !== T_NAME || !isWord(lx, "import")) {
      if (moduleStart < 0) moduleStart = lx.start;
      const name = this.dottedName();
      if (name === undefined) ok = false;
      else {
        module = name;
        moduleEnd = this.lastEnd;
      }
    } else if (level === 0) ok = false;
    const names: ImportedName[] = [];
    if (ok && lx.tok === T_NAME && isWord(lx, "import")) {
      this.src.next();
      ok = this.fromTargets(at, names);
    } else ok = false;
    this.finish(ok, at, "from", start, line, module, moduleStart, moduleEnd, level, names);
  }

  /** `a.b.c` (spaces and continuations allowed around the dots), or undefined if broken. */
  private dottedName(): string | undefined {
    const lx = this.lx;
    let name = nameToken(lx);
    if (name === undefined) return undefined;
    this.lastEnd = lx.end;
    this.src.next();
    while (lx.tok === T_OP && lx.op === OP_DOT) {
      this.src.next();
      const part = nameToken(lx);
      if (part === undefined) return undefined;
      name += `.${part}`;
      this.lastEnd = lx.end;
      this.src.next();
    }
    return name;
  }

  /** An optional `as NAME`: the alias, undefined without one, null when broken. */
  private asName(): string | null | undefined {
    const lx = this.lx;
    if (lx.tok !== T_NAME || !isWord(lx, "as")) return undefined;
    this.src.next();
    const alias = nameToken(lx);
    if (alias === undefined) return null;
    this.lastEnd = lx.end;
    this.src.next();
    return alias;
  }

  /** `*`, `a as b, c` or `(a as b, c,)`, after `import`. */
  private fromTargets(at: ImportContext, names: ImportedName[]): boolean {
    const lx = this.lx;
    if (lx.tok === T_OP && lx.op === OP_STAR) {
      names.push({ name: "*" });
      this.lastEnd = lx.end;
      this.src.next();
      return true;
    }
    const paren = lx.tok === T_OPEN && lx.op === 40;
    if (paren) this.src.next();
    for (;;) {
      const name = nameToken(lx);
      if (name === undefined) return false;
      this.lastEnd = lx.end;
      this.src.next();
      const alias = this.asName();
      if (alias === null) return false;
      names.push(alias === undefined ? { name } : { name, alias });
      if (!at.nested) this.bind(alias ?? name);
      if (lx.tok !== T_OP || lx.op !== OP_COMMA) break;
      this.src.next();
      if (paren && lx.tok === T_CLOSE) break;
    }
    if (!paren) return true;
    if (lx.tok !== T_CLOSE || lx.op !== 41) return false;
    this.lastEnd = lx.end;
    this.src.next();
    return true;
  }

  private finish(
    ok: boolean,
    at: ImportContext,
    kind: "import" | "from",
    start: number,
    line: number,
    module: string,
    moduleStart: number,
    moduleEnd: number,
    level: number,
    names: ImportedName[],
  ): void {
    const lx = this.lx;
    // A NEWLINE made up by bracket recovery already carries its own error.
    if (!(ok && this.src.atTerm()) && !(lx.tok === T_NEWLINE && lx.recovered)) {
      this.sink.error(lx.start, `invalid syntax in ${kind} statement`);
    }
    if (names.length > 0) {
      const { nested, typeChecking } = at;
      const end = this.lastEnd;
      const endLine = line + this.sink.lines.breaks(start, end);
      this.imports.push({
        kind,
        line,
        start,
        end,
        module,
        moduleStart,
        moduleEnd,
        level,
        names,
        nested,
        typeChecking,
        endLine,
      });
    }
  }
}
