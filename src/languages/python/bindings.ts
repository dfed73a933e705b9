import { nameToken } from "./imports.js";
import { identifier } from "./keywords.js";
import { SKIP_ASSIGN } from "./lexer.js";
import { readAllMethod, readAllValue, type TokenSource } from "./module-level.js";
import {
  OP_ASSIGN,
  OP_COLON,
  OP_DOT,
  OP_PLUS_ASSIGN,
  T_CLOSE,
  T_NAME,
  T_OP,
  T_OPEN,
} from "./tokens.js";

/**
 * The names module-level code binds (`names`: definitions, imports and `__all__` entries),
 * the ones it defines itself (`defined`: def, class, assignment targets), and `__all__`.
 */
export class ModuleBindings {
  readonly names = new Set<string>();
  readonly all = new Set<string>();
  readonly defined = new Set<string>();
  private readonly src: TokenSource;
  /** A name an import binds. */
  readonly bind = (name: string): void => {
    this.names.add(name);
  };
  private readonly addAll = (name: string): void => {
    this.all.add(name);
    this.names.add(name);
  };

  constructor(src: TokenSource) {
    this.src = src;
  }

  /** A def or class name, or an assignment target. */
  define(name: string): void {
    this.names.add(name);
    this.defined.add(name);
  }

  /**
   * A module-level statement that starts with the plain name text[s, e) (current token:
   * the one after it): `NAME =`, `NAME: T = v`, `__all__ +=`, `__all__.extend(…)`, or
   * another statement, which may still assign (`a, b = C = v`).
   */
  afterFirstName(s: number, e: number): void {
    const lx = this.src.lx;
    const t = lx.text;
    const isAll = e - s === 7 && t.startsWith("__all__", s);
    if (lx.tok !== T_OP) this.laterTargets();
    else if (lx.op === OP_ASSIGN) {
      this.define(identifier(t, s, e));
      this.src.next();
      this.chainedTargets(isAll);
    } else if (lx.op === OP_COLON) {
      if (this.annotatedValue()) {
        this.define(identifier(t, s, e));
        if (isAll) readAllValue(this.src, this.addAll);
      }
    } else if (isAll && lx.op === OP_PLUS_ASSIGN) {
      this.src.next();
      readAllValue(this.src, this.addAll);
    } else if (isAll && lx.op === OP_DOT) {
      readAllMethod(this.src, this.addAll);
    } else this.laterTargets();
  }

  /** A module-level statement starting with another token than a name: `(NAME) = v`, `*a, b = C = v`. */
  otherStatement(): void {
    const lx = this.src.lx;
    const name = lx.tok === T_OPEN ? this.groupedName() : undefined;
    if (name === undefined || !isAssign(this.src)) {
      this.laterTargets();
      return;
    }
    this.define(name);
    this.src.next();
    this.chainedTargets(name === "__all__");
  }

  /** Past a first target that is no plain name (`a, b =`, `x.y =`): the targets after it. */
  private laterTargets(): void {
    const src = this.src;
    while (!src.atTerm() && !isAssign(src)) src.advance(SKIP_ASSIGN);
    if (src.atTerm()) return;
    src.next();
    this.chainedTargets(false);
  }

  /**
   * `A = B.c = D = value`: after the first `=`, every further `NAME =` is a target too,
   * other targets are passed over; `__all__` among them has its value read.
   */
  private chainedTargets(isAll: boolean): void {
    const src = this.src;
    const lx = src.lx;
    let all = isAll;
    for (;;) {
      if (all && lx.tok !== T_NAME) {
        readAllValue(src, this.addAll);
        return;
      }
      // After `__all__ =` a name is read alone: a grouping `(` may open its value.
      const name = all ? this.plainName() : this.groupedName();
      if (name !== undefined && isAssign(src)) {
        this.define(name);
        all ||= name === "__all__";
        src.next();
        continue;
      }
      if (all) {
        readAllValue(src, this.addAll, true);
        return;
      }
      while (!src.atTerm() && !isAssign(src)) src.advance(SKIP_ASSIGN);
      if (src.atTerm()) return;
      src.next();
    }
  }

  /** The current NAME token (an identifier, or undefined for a keyword), passed. */
  private plainName(): string | undefined {
    const name = nameToken(this.src.lx);
    this.src.next();
    return name;
  }

  /** `NAME` in grouping parentheses or none: the name, at the token after it, or undefined. */
  private groupedName(): string | undefined {
    const src = this.src;
    const lx = src.lx;
    let opens = 0;
    while (lx.tok === T_OPEN && lx.op === 40) {
      opens++;
      src.next();
    }
    const name = nameToken(lx);
    if (name === undefined) return undefined;
    src.next();
    while (opens > 0 && lx.tok === T_CLOSE && lx.op === 41) {
      opens--;
      src.next();
    }
    return opens === 0 ? name : undefined;
  }

  /** `NAME: annotation = value` (current token `:`): true, at the value, when it has one. */
  private annotatedValue(): boolean {
    const src = this.src;
    const lx = src.lx;
    src.next();
    while (!src.atTerm()) {
      const assign = lx.tok === T_OP && lx.op === OP_ASSIGN && lx.depth === 0;
      src.next();
      if (assign) return true;
    }
    return false;
  }
}

/** At a plain `=` outside brackets. */
function isAssign(src: TokenSource): boolean {
  const lx = src.lx;
  return lx.tok === T_OP && lx.op === OP_ASSIGN && lx.depth === 0;
}
