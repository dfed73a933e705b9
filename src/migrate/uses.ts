import type { LineMap } from "../analyze/python/line-map.js";
import type { CanonicalFacts } from "./canonical.js";
import { isAssignment, isDot, isName, type Token } from "./tokens.js";

/** A file's code tokens outside import statements, with what the use checks need. */
export interface CodeView {
  tokens: Token[];
  /** `inImport[i]`: token i belongs to an import statement (its names are no uses). */
  inImport: boolean[];
  lines: LineMap;
  text: string;
}

/** Attribute rewrites a use check found safe, or the reason it is not. */
export interface UseCheck {
  edits: { start: number; end: number; replacement: string }[];
  problem?: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Code hides inside f-string fields, which the lexer keeps whole: any mention there is unclear. */
function fStringMention(view: CodeView, word: string): string | undefined {
  const pattern = new RegExp(`(?<![\\w.])${escapeRegExp(word)}(?!\\w)`, "u");
  const t = view.tokens.find((tok) => tok.format && pattern.test(tok.text));
  return t ? `${word} appears inside an f-string (line ${view.lines.lineAt(t.start)})` : undefined;
}

const bindsBefore = (t: Token | undefined) =>
  isName(t, "def") || isName(t, "class") || isName(t, "as") || isName(t, "for");

/**
 * `holder.attr` after the holder: checks the attribute and returns the rewrite of
 * `[start, attr end)` when the canonical module binds the attribute, else a problem.
 */
function attributeUse(
  view: CodeView,
  k: number,
  start: number,
  holder: string,
  replacementHolder: string,
  canonical: CanonicalFacts,
  symbols: Readonly<Record<string, string>>,
): UseCheck {
  const { tokens } = view;
  const at = view.lines.lineAt(start);
  const attr = tokens[k + 2];
  if (!isDot(tokens[k + 1]) || !isName(attr)) {
    return { edits: [], problem: `${holder} is used other than as ${holder}.<name> (line ${at})` };
  }
  if (isAssignment(tokens[k + 3])) {
    return { edits: [], problem: `${holder}.${attr.text} is assigned to (line ${at})` };
  }
  const wanted = symbols[attr.text] ?? attr.text;
  if (!canonical.binds(wanted)) {
    return {
      edits: [],
      problem: `${canonical.unbound(wanted)} (${holder}.${attr.text}, line ${at})`,
    };
  }
  const replacement = `${replacementHolder}.${wanted}`;
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
 * module binds; `m` rebound, assigned through or passed on as a value is ambiguous.
 */
export function localUses(
  view: CodeView,
  local: string,
  canonical: CanonicalFacts,
  symbols: Readonly<Record<string, string>>,
): UseCheck {
  const inF = fStringMention(view, local);
  if (inF) return { edits: [], problem: inF };
  const { tokens } = view;
  const checks: UseCheck[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (view.inImport[k] || !isName(t, local) || isDot(tokens[k - 1])) continue;
    if (bindsBefore(tokens[k - 1])) {
      return { edits: [], problem: `${local} is rebound (line ${view.lines.lineAt(t.start)})` };
    }
    checks.push(attributeUse(view, k, t.start, local, local, canonical, symbols));
  }
  return merge(checks);
}

/**
 * Uses of a dotted module bound by a bare `import pkg.shim`: every `pkg.shim.attr` in code
 * becomes `pkg.canon.attr`; `pkg.shim` used as a value, or `pkg` rebound, is ambiguous.
 */
export function dottedUses(
  view: CodeView,
  dotted: string,
  canonicalModule: string,
  canonical: CanonicalFacts,
  symbols: Readonly<Record<string, string>>,
): UseCheck {
  const inF = fStringMention(view, dotted);
  if (inF) return { edits: [], problem: inF };
  const parts = dotted.split(".");
  const top = parts[0] ?? "";
  const sameTop = canonicalModule.split(".")[0] === top;
  const { tokens } = view;
  const checks: UseCheck[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (view.inImport[k] || !isName(t, top) || isDot(tokens[k - 1])) continue;
    const line = view.lines.lineAt(t.start);
    let j = k;
    let matched = true;
    for (const part of parts.slice(1)) {
      if (!isDot(tokens[j + 1]) || !isName(tokens[j + 2], part)) {
        matched = false;
        break;
      }
      j += 2;
    }
    if (!matched) {
      if (bindsBefore(tokens[k - 1]) || (j === k && isAssignment(tokens[k + 1]))) {
        return { edits: [], problem: `${top} is rebound (line ${line})` };
      }
      if (!sameTop) {
        return { edits: [], problem: `${top} is used beyond ${dotted} (line ${line})` };
      }
      continue;
    }
    const end = (tokens[j] as Token).end;
    if (view.text.slice(t.start, end) !== dotted) {
      return {
        edits: [],
        problem: `${dotted} is written with spaces or line breaks (line ${line})`,
      };
    }
    checks.push(attributeUse(view, j, t.start, dotted, canonicalModule, canonical, symbols));
  }
  return merge(checks);
}
