import {
  T_CLOSE,
  T_DEDENT,
  T_END,
  T_INDENT,
  T_NAME,
  T_NEWLINE,
  T_OP,
  T_OPEN,
  T_STRING,
} from "../languages/python/tokens.js";
import { isAssignment, type Token } from "./tokens.js";

/**
 * What the use checks need to know about names beyond their tokens, from one pass over a
 * file's code tokens: where a name is bound other than by an import (a parameter, a local,
 * a class attribute, a comprehension variable, a module-level assignment or definition), and
 * in which context each token stands (a type position, a call, a literal). Approximate by
 * design only towards refusing: a binding it cannot tell apart is reported as one.
 */

export type BindingKind =
  | "parameter"
  | "local variable"
  | "class attribute"
  | "comprehension variable"
  | "module-level name";

export interface Binding {
  kind: BindingKind;
  line: number;
}

/** The innermost bracket a token stands in. */
export const F_NONE = 0;
export const F_CALL = 1;
export const F_SUBSCRIPT = 2;
export const F_GROUP = 3;
export const F_LIST = 4;
export const F_BRACE = 5;
export const F_PARAMS = 6;
export const F_BASES = 7;
export const F_TYPECALL = 8;

export interface Syntax {
  /** Bindings other than imports, by name, in source order. */
  bindings: Map<string, Binding[]>;
  /** Per token: the innermost bracket (F_*). */
  frame: Uint8Array;
  /** Per token: 1 in a type position (annotation, class bases, isinstance/issubclass arguments). */
  typed: Uint8Array;
  /** For an opening bracket token: the index of its closing one, else -1. */
  closeOf: Int32Array;
}

const compound = new Set([
  "if",
  "elif",
  "else",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
  "async",
]);
const keywords = new Set([
  ...compound,
  "and",
  "or",
  "not",
  "in",
  "is",
  "return",
  "yield",
  "await",
  "lambda",
  "del",
  "assert",
  "raise",
  "import",
  "from",
  "global",
  "nonlocal",
  "pass",
  "break",
  "continue",
  "None",
  "True",
  "False",
]);

const isOpText = (t: Token | undefined, text: string) =>
  t !== undefined &&
  (t.kind === T_OP || t.kind === T_OPEN || t.kind === T_CLOSE) &&
  t.text === text;

interface Scope {
  kind: "def" | "class";
  /** Indentation level of the body; -1 for a one-line body (ends at the NEWLINE). */
  level: number;
}

/** One pass over the tokens; `skip[k]` marks tokens of import statements. */
export function readSyntax(
  tokens: readonly Token[],
  skip: readonly boolean[],
  lineAt: (offset: number) => number,
): Syntax {
  const n = tokens.length;
  const frame = new Uint8Array(n);
  const typed = new Uint8Array(n);
  const closeOf = new Int32Array(n).fill(-1);
  const bindings = new Map<string, Binding[]>();
  const bind = (k: number, kind: BindingKind) => {
    const t = tokens[k] as Token;
    const list = bindings.get(t.text);
    const b = { kind, line: lineAt(t.start) };
    if (list) list.push(b);
    else bindings.set(t.text, [b]);
  };

  const scopes: Scope[] = [];
  const frames: { kind: number; open: number }[] = [];
  let level = 0;
  let typeDepth = 0;
  let pendingScope: Scope["kind"] | undefined; // a def/class header is being read
  let headerParen = false; // its first `(` opens the parameters / bases
  let arrow = false; // after `->` of a def header
  let paramAnnotation = -1; // frame depth of a parameter annotation being read
  let openScopeAt: Scope["kind"] | undefined; // header ended with `:` NEWLINE: next INDENT opens it
  const lambdas: number[] = []; // bracket depths of lambdas whose parameters are being read
  let forTarget = -1; // bracket depth of a `for … in` target being read
  let stmtStart = 0;

  const scopeKind = (): BindingKind => {
    const top = scopes[scopes.length - 1];
    return top === undefined
      ? "module-level name"
      : top.kind === "def"
        ? "local variable"
        : "class attribute";
  };

  /**
   * The tokens of [from, e) outside brackets, with whether a lambda's parameters are open
   * there (the `:` that closes them is passed over), until `visit` returns true.
   */
  const topLevel = (
    from: number,
    e: number,
    visit: (k: number, t: Token, inLambda: boolean) => boolean,
  ) => {
    let depth = 0;
    let lambdas = 0;
    for (let k = from; k < e; k++) {
      const t = tokens[k] as Token;
      if (t.kind === T_OPEN) depth++;
      else if (t.kind === T_CLOSE) depth--;
      else if (depth !== 0) continue;
      else if (t.kind === T_NAME && t.text === "lambda") lambdas++;
      else if (lambdas > 0 && isOpText(t, ":")) lambdas--;
      else if (visit(k, t, lambdas > 0)) return;
    }
  };

  /** Names a simple statement [s, e) binds by assignment, annotation or `del`. */
  const statement = (s: number, e: number) => {
    let from = s;
    while (from < e && skip[from]) from++;
    if (from >= e || skip[from]) return;
    const first = tokens[from] as Token;
    if (first.kind === T_NAME && (first.text === "match" || first.text === "case")) {
      const second = tokens[from + 1];
      let colon = -1;
      topLevel(from, e, (k, t) => {
        if (isOpText(t, ":")) colon = k;
        return colon >= 0;
      });
      const clause =
        colon > from + 1 &&
        !isAssignment(second) &&
        !isOpText(second, ".") &&
        !isOpText(second, ":");
      if (clause) {
        if (first.text === "case") captures(from + 1, colon);
        return statement(colon + 1, e);
      }
    }
    if (first.kind === T_NAME && compound.has(first.text)) {
      // A header: its one-line body (after the `:` outside brackets) is a statement of its own.
      topLevel(from, e, (k, t) => {
        if (!isOpText(t, ":")) return false;
        statement(k + 1, e);
        return true;
      });
      return;
    }
    const del = first.kind === T_NAME && first.text === "del";
    const ops: number[] = [];
    let colon = -1;
    topLevel(from, e, (k, t, inLambda) => {
      if (isOpText(t, ":")) {
        if (colon < 0 && ops.length === 0) colon = k;
      } else if (!inLambda && isAssignment(t) && t.text !== ":=") ops.push(k);
      return false;
    });
    if (colon >= 0) for (let k = colon + 1; k < (ops[0] ?? e); k++) typed[k] = 1;
    const targets: [number, number][] = [];
    if (del) targets.push([from + 1, e]);
    else if (ops.length > 0) {
      let at = from;
      for (const op of ops) {
        targets.push([at, colon >= 0 && colon < op ? colon : op]);
        at = op + 1;
      }
    } else if (colon >= 0 && first.kind === T_NAME && !keywords.has(first.text)) {
      targets.push([from, colon]);
    }
    for (const [a, b] of targets) targetNames(a, b);
  };

  /** Capture names of a `case` pattern [a, b) (up to its guard): not `_`, values or class names. */
  const captures = (a: number, b: number) => {
    let depth = 0;
    for (let k = a; k < b; k++) {
      const t = tokens[k] as Token;
      if (t.kind === T_OPEN) depth++;
      else if (t.kind === T_CLOSE) depth--;
      else if (depth === 0 && t.kind === T_NAME && t.text === "if") return;
      else if (
        t.kind === T_NAME &&
        t.text !== "_" &&
        !keywords.has(t.text) &&
        !isOpText(tokens[k - 1], ".") &&
        !isOpText(tokens[k + 1], ".") &&
        !isOpText(tokens[k + 1], "(") &&
        !isOpText(tokens[k + 1], "=")
      )
        bind(k, scopeKind());
    }
  };

  /** Names bound by the target expression [a, b): not attributes, subscripts or calls. */
  const targetNames = (a: number, b: number) => {
    let opaque = 0; // inside a subscript or call of the target: those names are read
    const kinds: boolean[] = [];
    for (let k = a; k < b; k++) {
      const t = tokens[k] as Token;
      if (t.kind === T_OPEN) {
        const prev = tokens[k - 1];
        const reads =
          k > a &&
          prev !== undefined &&
          (prev.kind === T_NAME || prev.kind === T_CLOSE || isOpText(prev, "."));
        kinds.push(reads);
        if (reads) opaque++;
      } else if (t.kind === T_CLOSE) {
        if (kinds.pop()) opaque--;
      } else if (
        opaque === 0 &&
        t.kind === T_NAME &&
        !keywords.has(t.text) &&
        !isOpText(tokens[k - 1], ".") &&
        !isOpText(tokens[k + 1], ".") &&
        !isOpText(tokens[k + 1], "(") &&
        !isOpText(tokens[k + 1], "[")
      ) {
        bind(k, scopeKind());
      }
    }
  };

  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const top = frames[frames.length - 1];
    frame[k] = top?.kind ?? F_NONE;
    if (typeDepth > 0 || arrow || paramAnnotation >= 0) typed[k] = 1;
    const structural =
      t.kind === T_NEWLINE || t.kind === T_END || t.kind === T_INDENT || t.kind === T_DEDENT;
    if (skip[k] && !structural) continue;
    const depth = frames.length;
    if (t.kind === T_NEWLINE || t.kind === T_END) {
      statement(stmtStart, k);
      stmtStart = k + 1;
      if (scopes[scopes.length - 1]?.level === -1) scopes.pop();
      arrow = false;
      forTarget = -1;
      lambdas.length = 0;
      continue;
    }
    if (t.kind === T_INDENT) {
      level++;
      if (openScopeAt !== undefined) scopes.push({ kind: openScopeAt, level });
      openScopeAt = undefined;
      stmtStart = k + 1;
      continue;
    }
    if (t.kind === T_DEDENT) {
      level--;
      while (scopes.length > 0 && (scopes[scopes.length - 1] as Scope).level > level) scopes.pop();
      stmtStart = k + 1;
      continue;
    }
    if (t.kind === T_OPEN) {
      const prev = tokens[k - 1];
      let kind: number;
      if (t.text === "(" && pendingScope !== undefined && headerParen && depth === 0) {
        kind = pendingScope === "def" ? F_PARAMS : F_BASES;
        headerParen = false;
      } else if (t.text === "(") {
        const callee = prev !== undefined && prev.kind === T_NAME && !keywords.has(prev.text);
        const call =
          callee || (prev !== undefined && (prev.kind === T_CLOSE || prev.kind === T_STRING));
        kind = !call
          ? F_GROUP
          : callee && (prev.text === "isinstance" || prev.text === "issubclass")
            ? F_TYPECALL
            : F_CALL;
      } else if (t.text === "[") {
        const sub =
          prev !== undefined &&
          ((prev.kind === T_NAME && !keywords.has(prev.text)) ||
            prev.kind === T_CLOSE ||
            prev.kind === T_STRING);
        kind = sub ? F_SUBSCRIPT : F_LIST;
      } else kind = F_BRACE;
      frames.push({ kind, open: k });
      if (kind === F_BASES || kind === F_TYPECALL) typeDepth++;
      continue;
    }
    if (t.kind === T_CLOSE) {
      const f = frames.pop();
      if (f) {
        closeOf[f.open] = k;
        if (f.kind === F_BASES || f.kind === F_TYPECALL) typeDepth--;
        if (f.kind === F_PARAMS) paramAnnotation = -1;
      }
      if (paramAnnotation > frames.length) paramAnnotation = -1;
      continue;
    }
    if (t.kind === T_OP) {
      if (t.text === ";" && depth === 0) {
        statement(stmtStart, k);
        stmtStart = k + 1;
      } else if (t.text === "->" && pendingScope !== undefined && depth === 0) arrow = true;
      else if (t.text === ":") {
        if (lambdas[lambdas.length - 1] === depth) lambdas.pop();
        else if (depth === 0 && pendingScope !== undefined) {
          const next = tokens[k + 1];
          if (next !== undefined && next.kind === T_NEWLINE) openScopeAt = pendingScope;
          else scopes.push({ kind: pendingScope, level: -1 });
          pendingScope = undefined;
          arrow = false;
        } else if (top?.kind === F_PARAMS && paramAnnotation < 0) paramAnnotation = depth;
      } else if ((t.text === "," || t.text === "=") && paramAnnotation === depth) {
        paramAnnotation = -1;
      } else if (t.text === ":=" && tokens[k - 1]?.kind === T_NAME) bind(k - 1, scopeKind());
      continue;
    }
    if (t.kind !== T_NAME) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((t.text === "def" || t.text === "class") && next?.kind === T_NAME) {
      bind(k + 1, scopeKind());
      pendingScope = t.text;
      headerParen = true;
      k++;
      frame[k] = frame[k - 1] ?? F_NONE;
      continue;
    }
    if (t.text === "lambda") {
      lambdas.push(depth);
      continue;
    }
    if (t.text === "for") {
      forTarget = depth;
      continue;
    }
    if (t.text === "in" && forTarget === depth) {
      forTarget = -1;
      continue;
    }
    if (t.text === "as") {
      if (next?.kind === T_NAME && !skip[k + 1]) bind(k + 1, scopeKind());
      else if (next?.kind === T_OPEN && !skip[k + 1]) {
        // `with f() as (a, b):`: the names of the group are targets.
        let end = k + 1;
        for (let open = 0; end < n; end++) {
          const kind = (tokens[end] as Token).kind;
          if (kind === T_OPEN) open++;
          else if (kind === T_CLOSE && --open === 0) break;
        }
        targetNames(k + 2, end);
      }
      continue;
    }
    const afterOpen =
      prev !== undefined &&
      (isOpText(prev, ",") || isOpText(prev, "(") || isOpText(prev, "*") || isOpText(prev, "**"));
    if (top?.kind === F_PARAMS && depth === frames.length && paramAnnotation < 0 && afterOpen) {
      bind(k, "parameter");
      continue;
    }
    if (
      lambdas[lambdas.length - 1] === depth &&
      (afterOpen || (prev?.kind === T_NAME && prev.text === "lambda"))
    ) {
      bind(k, "parameter");
      continue;
    }
    if (
      forTarget >= 0 &&
      depth >= forTarget &&
      !isOpText(prev, ".") &&
      !isOpText(next, ".") &&
      !isOpText(next, "(") &&
      !isOpText(next, "[")
    ) {
      bind(k, forTarget > 0 ? "comprehension variable" : scopeKind());
    }
  }
  statement(stmtStart, n);
  return { bindings, frame, typed, closeOf };
}
