import type { CanonicalFacts } from "./canonical.js";
import type { CodeView } from "./code-view.js";
import { F_BRACE, F_CALL, F_GROUP, F_LIST } from "./syntax.js";
import { isAssignment, isDot, isName, isOp, type Token } from "./tokens.js";

export type { CodeView } from "./code-view.js";

/** Attribute rewrites a use check found safe, or the reason it is not. */
export interface UseCheck {
  edits: { start: number; end: number; replacement: string }[];
  problem?: string;
}

/** What a module object's uses are checked against. */
export interface UseTarget {
  canonical: CanonicalFacts;
  symbols: Readonly<Record<string, string>>;
  /** Deprecated class -> canonical factory: `m.Class(…)` becomes `m.factory(…)`. */
  factories: Readonly<Record<string, string>>;
}

/** A binding of `name` other than an import: then the rewrite would change what some use means. */
export function bindingProblem(view: CodeView, name: string): string | undefined {
  const b = view.syntax().bindings.get(name)?.[0];
  if (b === undefined) return undefined;
  return b.kind === "module-level name"
    ? `${name} is rebound (line ${b.line})`
    : `${name} is shadowed by a ${b.kind} (line ${b.line})`;
}

/** Code inside f-string fields is not tokenised: any use there cannot be checked. */
export function formatProblem(view: CodeView, name: string): string | undefined {
  const line = view.formatNames.get(name);
  return line === undefined ? undefined : `${name} appears inside an f-string (line ${line})`;
}

/**
 * Token k (a name, or the first token of a dotted holder) is handed on as a value (assigned,
 * passed, returned, put in a literal) rather than called, compared or used in a type
 * position: whatever calls it later cannot be seen.
 */
export function passedAsValue(view: CodeView, k: number): boolean {
  const syntax = view.syntax();
  if (syntax.typed[k]) return false;
  const prev = view.tokens[k - 1];
  if (prev === undefined) return false;
  if (isAssignment(prev) || isName(prev, "return") || isName(prev, "yield")) return true;
  const frame = syntax.frame[k];
  const inside = frame === F_CALL || frame === F_LIST || frame === F_BRACE || frame === F_GROUP;
  return (
    inside &&
    (isOp(prev, "(") ||
      isOp(prev, "[") ||
      isOp(prev, "{") ||
      isOp(prev, ",") ||
      isOp(prev, ":") ||
      isOp(prev, "*") ||
      isOp(prev, "**"))
  );
}

const lineOf = (view: CodeView, t: Token) => view.lines.lineAt(t.start);

/**
 * `holder.attr` where token j ends the holder (token k starts it): checks the attribute and
 * returns the rewrite of `[start, attr end)` when the canonical module binds it.
 */
function attributeUse(
  view: CodeView,
  k: number,
  j: number,
  holder: string,
  replacementHolder: string,
  t: UseTarget,
): UseCheck {
  const { tokens } = view;
  const start = (tokens[k] as Token).start;
  const at = lineOf(view, tokens[k] as Token);
  const attr = tokens[j + 2];
  if (!isDot(tokens[j + 1]) || !isName(attr)) {
    return { edits: [], problem: `${holder} is used other than as ${holder}.<name> (line ${at})` };
  }
  if (isAssignment(tokens[j + 3])) {
    return { edits: [], problem: `${holder}.${attr.text} is assigned to (line ${at})` };
  }
  const { canonical } = t;
  const place = `${holder}.${attr.text}, line ${at}`;
  // `m.name` on the canonical module object: only what that module itself binds.
  const check = (name: string): string | undefined =>
    canonical.binds(name) ? undefined : `${canonical.unbound(name)} (${place})`;
  const wanted = t.symbols[attr.text] ?? attr.text;
  let problem = check(wanted);
  let name = wanted;
  const factory = t.factories[attr.text];
  if (problem === undefined && factory !== undefined) {
    if (isOp(tokens[j + 3], "(")) {
      problem = check(factory);
      name = factory;
    } else if (passedAsValue(view, k)) {
      problem = `${holder}.${attr.text} is passed on as a value (line ${at}): a call through it cannot be rewritten to ${factory}`;
    }
  }
  if (problem !== undefined) return { edits: [], problem };
  const replacement = `${replacementHolder}.${name}`;
  const original = view.text.slice(start, attr.end);
  return { edits: original === replacement ? [] : [{ start, end: attr.end, replacement }] };
}

function merge(checks: UseCheck[]): UseCheck {
  const problem = checks.find((c) => c.problem !== undefined)?.problem;
  return problem !== undefined ? { edits: [], problem } : { edits: checks.flatMap((c) => c.edits) };
}

/**
 * Uses of a local name bound to the deprecated module (`import pkg.shim as m`,
 * `from pkg import shim as m`): every one must read `m.attr` with an attribute the canonical
 * module binds; `m` bound again anywhere (a parameter, a local, …), assigned through or
 * passed on as a value is ambiguous.
 */
export function localUses(view: CodeView, local: string, t: UseTarget): UseCheck {
  const problem = formatProblem(view, local) ?? bindingProblem(view, local);
  if (problem !== undefined) return { edits: [], problem };
  return merge(
    (view.occurrences.get(local) ?? []).map((k) => attributeUse(view, k, k, local, local, t)),
  );
}

/** What the file still imports once the deprecated modules are gone: for `a.other` uses. */
export interface ImportedAfter {
  /** Modules (and their packages) the file's other module-level imports and the canonical load. */
  modules: ReadonlySet<string>;
  /** A module of the repository (or a configured path). */
  exists(module: string): boolean;
}

/**
 * Uses of the root a bare `import a.b.shim` binds: every one must read `a.b.shim.<name>`
 * (rewritten to the canonical module) or start with a module the file itself still imports
 * (`a.other` only working because the shim imported it is refused), and the root is bound
 * nowhere else in any scope.
 */
export function dottedUses(
  view: CodeView,
  dotted: string,
  t: UseTarget,
  after: ImportedAfter,
): UseCheck {
  const parts = dotted.split(".");
  const root = parts[0] ?? "";
  const problem = formatProblem(view, root) ?? bindingProblem(view, root);
  if (problem !== undefined) return { edits: [], problem };
  const { tokens } = view;
  const checks: UseCheck[] = [];
  for (const k of view.occurrences.get(root) ?? []) {
    const chain = [root];
    let j = k;
    while (isDot(tokens[j + 1]) && isName(tokens[j + 2])) {
      chain.push((tokens[j + 2] as Token).text);
      j += 2;
    }
    const line = lineOf(view, tokens[k] as Token);
    const fail = (why: string) => ({ edits: [], problem: `${why} (line ${line})` });
    if (chain.length === 1) {
      checks.push(fail(`${root} is used other than as ${root}.<name>`));
      break;
    }
    let longest = 0;
    for (let i = chain.length; i >= 1 && longest === 0; i--)
      if (after.modules.has(chain.slice(0, i).join("."))) longest = i;
    const viaShim = parts.every((p, i) => chain[i] === p);
    if (viaShim && longest <= parts.length) {
      const last = k + 2 * (parts.length - 1);
      if (view.text.slice((tokens[k] as Token).start, (tokens[last] as Token).end) !== dotted) {
        checks.push(fail(`${dotted} is written with spaces or line breaks`));
        break;
      }
      checks.push(attributeUse(view, k, last, dotted, t.canonical.module, t));
      continue;
    }
    if (longest === 0) {
      checks.push(fail(`${root} is used beyond ${dotted}`));
      break;
    }
    const next = chain.slice(0, longest + 1).join(".");
    if (longest < chain.length && after.exists(next)) {
      checks.push({
        edits: [],
        problem: `${next} is used (line ${line}) but not imported by this file: only the import of ${dotted} may load it`,
      });
      break;
    }
  }
  return merge(checks);
}
