import { LineMap } from "../languages/line-map.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { T_NAME, T_STRING } from "../languages/python/tokens.js";
import { readSyntax, type Syntax } from "./syntax.js";
import { isDot, type Token, tokenize } from "./tokens.js";

/**
 * A Python file's code tokens with the indexes every use check reads, each built once per
 * file so that checking many imports of one file stays linear in its size.
 */
export interface CodeView {
  tokens: Token[];
  /** `inImport[i]`: token i belongs to an import statement (its names are no uses). */
  inImport: boolean[];
  lines: LineMap;
  text: string;
  /** Token indexes of each name outside imports that does not follow a dot. */
  occurrences: Map<string, number[]>;
  /** Root names read inside f-string fields (code the lexer keeps whole), with a line. */
  formatNames: Map<string, number>;
  /** String literals, with implicitly concatenated ones joined. */
  mentions: StringMention[];
  syntax(): Syntax;
}

/** A string literal's value (joined when implicitly concatenated), with its pieces' bodies. */
export interface StringMention {
  value: string;
  line: number;
  /** Body start of each piece (the offsets `scan.strings` uses). */
  starts: number[];
  /** More than one piece: `"pkg." "shim"`. Such literals are never rewritten. */
  concatenated: boolean;
}

/** Identifiers in the `{…}` fields of an f-string's source, not after a dot. */
export function formatFieldNames(source: string): string[] {
  const quote = source.search(/['"]/);
  const body = source.slice(Math.max(quote, 0));
  const out: string[] = [];
  let depth = 0;
  let field = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (depth === 0) {
      if (c === "{" && body[i + 1] === "{") i++;
      else if (c === "{") {
        depth = 1;
        field = "";
      }
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") depth--;
    if (depth === 0) {
      for (const m of field.matchAll(/(?<![\w.])[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/gu))
        out.push(m[0]);
    } else field += c;
  }
  return out;
}

function mentionsOf(tokens: readonly Token[], text: string, lines: LineMap): StringMention[] {
  const out: StringMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== T_STRING) continue;
    let j = k;
    while (tokens[j + 1]?.kind === T_STRING) j++;
    const pieces = tokens.slice(k, j + 1);
    const value = pieces.map((p) => text.slice(p.bodyStart, p.bodyEnd)).join("");
    // Only dotted-looking values can name a module; the rest are never asked about.
    if (pieces.every((p) => p.plain) && /^[\w.]+$/u.test(value)) {
      out.push({
        value,
        line: lines.lineAt(t.start),
        starts: pieces.map((p) => p.bodyStart),
        concatenated: pieces.length > 1,
      });
    }
    k = j;
  }
  return out;
}

/** The file's code tokens, marking those inside import statements. */
export function codeView(text: string, scan: PythonScan): CodeView {
  const tokens = tokenize(text);
  const spans = scan.imports.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  const inImport = tokens.map((t) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= t.start) k++;
    const span = spans[k];
    // An INDENT before an import (a body that starts with one) is no part of it.
    return span !== undefined && span[0] <= t.start && t.start < span[1] && t.end > t.start;
  });
  const lines = new LineMap(text);
  const occurrences = new Map<string, number[]>();
  const formatNames = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.format) {
      for (const name of formatFieldNames(text.slice(t.start, t.end)))
        if (!formatNames.has(name)) formatNames.set(name, lines.lineAt(t.start));
    }
    if (t.kind !== T_NAME || inImport[i] || isDot(tokens[i - 1])) return;
    const list = occurrences.get(t.text);
    if (list) list.push(i);
    else occurrences.set(t.text, [i]);
  });
  const mentions = mentionsOf(tokens, text, lines);
  let syntax: Syntax | undefined;
  return {
    tokens,
    inImport,
    lines,
    text,
    occurrences,
    formatNames,
    mentions,
    syntax: () => {
      syntax ??= readSyntax(tokens, inImport, (o) => lines.lineAt(o));
      return syntax;
    },
  };
}
