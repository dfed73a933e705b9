import { nameToken } from "./imports.js";
import type { Lexer } from "./lexer.js";
import { OP_COMMA, OP_DOT, T_CLOSE, T_NAME, T_OP, T_OPEN } from "./tokens.js";

/** Where a `getattr(X, …)` match stands after the tokens seen so far. */
const NONE = 0;
const AFTER_GETATTR = 1; // `getattr`
const AFTER_OPEN = 2; // `getattr(`
const AFTER_TARGET = 3; // `getattr(X`
const AFTER_COMMA = 4; // `getattr(X,`

/**
 * Follows the tokens of a module-level `def __getattr__` body for `getattr(X, …)` calls
 * (a bare `getattr`, at least two arguments, the first a bare name): X is what a PEP 562
 * shim forwards to.
 */
export class GetattrTracker {
  readonly targets: string[] = [];
  private readonly lx: Lexer;
  private state = NONE;
  private target = "";
  private afterDot = false;

  constructor(lx: Lexer) {
    this.lx = lx;
  }

  /** Forgets a `getattr` just seen (it was a def or class name). */
  reset(): void {
    this.state = NONE;
  }

  feed(): void {
    const lx = this.lx;
    const tok = lx.tok;
    const afterDot = this.afterDot;
    this.afterDot = tok === T_OP && lx.op === OP_DOT;
    const open = tok === T_OPEN && lx.op === 40;
    const state = this.state;
    this.state = NONE;
    if (state === AFTER_GETATTR || (state === AFTER_TARGET && this.target === "getattr")) {
      if (open) this.state = AFTER_OPEN; // `getattr(getattr(a, b), c)` holds a match too
    } else if (state === AFTER_OPEN) {
      const name = nameToken(lx);
      if (name !== undefined) {
        this.target = name;
        this.state = AFTER_TARGET;
      }
    }
    if (state === AFTER_TARGET && tok === T_OP && lx.op === OP_COMMA) this.state = AFTER_COMMA;
    else if (state === AFTER_COMMA && tok !== T_CLOSE && !this.targets.includes(this.target))
      this.targets.push(this.target);
    const len = lx.end - lx.start;
    if (
      this.state === NONE &&
      tok === T_NAME &&
      !afterDot &&
      len === 7 &&
      lx.text.startsWith("getattr", lx.start)
    )
      this.state = AFTER_GETATTR;
  }
}
