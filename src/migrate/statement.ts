import type { ImportStatement } from "../languages/python/scan-types.js";
import { bisect } from "./bisect.js";
import { isDot, isName, isOp, type Token, tokenize } from "./tokens.js";

/** The tokens of `[start, end)` among a file's tokens (sorted by offset). */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const from = bisect(tokens, (t) => t.start < start);
  const to = bisect(tokens, (t) => t.start < end);
  return tokens.slice(from, to);
}

/** One imported name with its source span: `b as c` (from) or `a.b as c` (import). */
export interface NameSpan {
  /** The name, or the dotted module for `import`. */
  name: string;
  alias?: string;
  /** Span of `name` alone (the dotted module for `import`). */
  nameStart: number;
  nameEnd: number;
  /** Span of `name [as alias]`. */
  start: number;
  end: number;
}

/** The layout of an import statement: what a rewrite must keep. */
export interface StatementLayout {
  names: NameSpan[];
  /** `from m import (a, b)`. */
  paren: boolean;
  /** The statement spans more than one line. */
  multiline: boolean;
  /** A comment inside the statement (would be lost if it were regenerated). */
  comment: boolean;
  /** Whitespace before the statement on its line, when nothing else precedes it there. */
  indent: string | undefined;
  /** The indentation of the names of a parenthesised multi-line statement. */
  innerIndent: string;
  /** The file's line break at this statement. */
  eol: string;
}

function lineStartOf(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && text[p - 1] !== "\n" && text[p - 1] !== "\r") p--;
  return p;
}

function eolAfter(text: string, offset: number): string {
  const lf = text.indexOf("\n", offset);
  if (lf < 0) return text.includes("\r") ? "\r" : "\n";
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * The names of a scanned import statement with their spans, read again token by token
 * from the statement's own text. Undefined when it does not read as the scanner saw it.
 */
export function layoutOf(
  text: string,
  stmt: ImportStatement,
  fileTokens?: readonly Token[],
): StatementLayout | undefined {
  const tokens = fileTokens
    ? tokensIn(fileTokens, stmt.start, stmt.end)
    : tokenize(text, stmt.start, stmt.end);
  let i = 1; // after `import` / `from`
  if (stmt.kind === "from") {
    while (
      i < tokens.length &&
      !(isName(tokens[i], "import") && (tokens[i]?.start ?? 0) >= stmt.moduleEnd)
    )
      i++;
    i++;
  }
  const paren = isOp(tokens[i], "(");
  if (paren) i++;
  const names: NameSpan[] = [];
  while (i < tokens.length && isName(tokens[i])) {
    const first = tokens[i] as (typeof tokens)[number];
    let last = first;
    let name = first.text;
    i++;
    while (stmt.kind === "import" && isDot(tokens[i]) && isName(tokens[i + 1])) {
      last = tokens[i + 1] as typeof first;
      name += `.${last.text}`;
      i += 2;
    }
    const span: NameSpan = {
      name,
      nameStart: first.start,
      nameEnd: last.end,
      start: first.start,
      end: last.end,
    };
    if (isName(tokens[i], "as") && isName(tokens[i + 1])) {
      const alias = tokens[i + 1] as typeof first;
      span.alias = alias.text;
      span.end = alias.end;
      i += 2;
    }
    names.push(span);
    if (!isOp(tokens[i], ",")) break;
    i++;
  }
  if (names.length === 0 && stmt.names[0]?.name === "*") {
    const star = tokens.find((t) => t.text === "*");
    if (star)
      names.push({
        name: "*",
        nameStart: star.start,
        nameEnd: star.end,
        start: star.start,
        end: star.end,
      });
  }
  const same =
    names.length === stmt.names.length &&
    names.every((n, k) => n.name === stmt.names[k]?.name && n.alias === stmt.names[k]?.alias);
  if (!same) return undefined;

  const source = text.slice(stmt.start, stmt.end);
  const lineStart = lineStartOf(text, stmt.start);
  const before = text.slice(lineStart, stmt.start);
  const indent = /^[ \t\f]*$/.test(before) ? before : undefined;
  const first = names[0];
  const firstLineStart = first ? lineStartOf(text, first.start) : lineStart;
  const firstBefore = text.slice(firstLineStart, first?.start ?? firstLineStart);
  const innerIndent =
    firstLineStart !== lineStart && /^[ \t]*$/.test(firstBefore)
      ? firstBefore
      : `${indent ?? ""}    `;
  return {
    names,
    paren,
    multiline: /[\r\n]/.test(source),
    comment: source.includes("#"), // import statements hold no strings: a `#` is a comment
    indent,
    innerIndent,
    eol: eolAfter(text, stmt.end),
  };
}

/** `name` or `name as alias` (no alias when it would repeat the name). */
export function nameText(name: string, local: string | undefined): string {
  return local === undefined || local === name ? name : `${name} as ${local}`;
}

/** A regenerated `from` statement in the layout of the one it replaces. */
export function fromStatementText(
  module: string,
  names: readonly string[],
  layout: StatementLayout,
): string {
  if (layout.paren && layout.multiline) {
    const inner = names.map((n) => `${layout.innerIndent}${n},${layout.eol}`).join("");
    return `from ${module} import (${layout.eol}${inner}${layout.indent ?? ""})`;
  }
  if (layout.paren) return `from ${module} import (${names.join(", ")})`;
  return `from ${module} import ${names.join(", ")}`;
}

/** What separates statements that replace one: a new line at its indentation, or `; `. */
export function statementSeparator(layout: StatementLayout): string {
  return layout.indent === undefined ? "; " : `${layout.eol}${layout.indent}`;
}

/** Replace spans inside `[base, base + text.length)` of the file, from the end backwards. */
export function spliceSpans(
  text: string,
  base: number,
  spans: readonly { start: number; end: number; replacement: string }[],
): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start - base) + s.replacement + out.slice(s.end - base);
  }
  return out;
}
