import ts from "typescript";
import { LineMap } from "../languages/line-map.js";
import type { Edge, StringReference } from "../result/schema.js";
import type { ModuleExports } from "./js-exports.js";
import { namesFile, rewriteSpecifier } from "./js-specifier.js";
import { type FilePlan, Planner } from "./planner.js";

/** One JS/TS consolidation, narrowed to the paths this run migrates. */
export interface JsTarget {
  consolidation: string;
  /** The canonical path's file, when it has one. */
  canonicalFile: string | undefined;
  /** Deprecated path id -> its file. */
  fileOfPath: ReadonlyMap<string, string>;
  symbols: Readonly<Record<string, string>>;
  /** The exports of a repository file, or why they cannot be read. */
  exportsOf: (file: string) => ModuleExports | string;
}

/** A string literal's body span and value. */
interface Literal {
  start: number;
  end: number;
  value: string;
}

const quotes = new Set(["'", '"', "`"]);

/** Every specifier literal TypeScript's pre-processor finds, by line; plus quoted text per line as a fallback. */
function literalFinder(text: string) {
  const lines = new LineMap(text);
  const byLine = new Map<number, Literal[]>();
  for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
    const start = ref.pos + 1;
    const end = start + ref.fileName.length;
    const q = text[ref.pos] ?? "";
    if (!quotes.has(q) || text[end] !== q || text.slice(start, end) !== ref.fileName) continue;
    const line = lines.lineAt(ref.pos);
    byLine.set(line, [...(byLine.get(line) ?? []), { start, end, value: ref.fileName }]);
  }
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  /** Quoted text on a line (`export * as ns from "…"` and mocks, which the pre-processor skips). */
  const quoted = (line: number): Literal[] => {
    const from = lineStarts[line - 1] ?? 0;
    const to = lineStarts[line] ?? text.length;
    const out: Literal[] = [];
    for (const m of text.slice(from, to).matchAll(/(['"`])([^'"`\\\n$]*)\1/g)) {
      const start = from + (m.index ?? 0) + 1;
      out.push({ start, end: start + (m[2] ?? "").length, value: m[2] ?? "" });
    }
    return out;
  };
  return { onLine: (line: number) => byLine.get(line) ?? [], quoted };
}

/** Export names a module gives that `canonical` does not; a star re-export of `canonical` itself covers all. */
function missingExports(
  deprecated: ModuleExports,
  canonical: ModuleExports,
  coversAll: (spec: string) => boolean,
): string[] | string {
  if (deprecated.unreadable) return `its exports cannot be read (${deprecated.unreadable})`;
  if (canonical.unreadable) return `the canonical exports cannot be read (${canonical.unreadable})`;
  const stars = deprecated.stars.filter((s) => !coversAll(s));
  if (stars.length > 0)
    return `it re-exports everything from ${stars.map((s) => `"${s}"`).join(", ")}, which cannot be checked`;
  return [...deprecated.names].filter((n) => !canonical.names.has(n)).sort();
}

/**
 * The reason an import of `deprecatedFile` cannot point at the canonical file instead, if any:
 * every name it takes must be exported there; a whole-module use (namespace, require,
 * import(), side effect) needs every export of the deprecated module there.
 */
function exportProblem(
  edge: Edge,
  deprecatedFile: string,
  t: JsTarget,
  canonicalFile: string,
): string | undefined {
  const canonical = t.exportsOf(canonicalFile);
  if (typeof canonical === "string") return canonical;
  const renamed = edge.names.filter((n) => t.symbols[n] !== undefined && t.symbols[n] !== n);
  if (renamed.length > 0)
    return `${renamed.join(", ")} is renamed in \`symbols\`: JS/TS renames are not rewritten`;
  const named = edge.names.filter((n) => n !== "*");
  if (named.length > 0 && named.length === edge.names.length) {
    const missing = named.filter((n) => !canonical.names.has(n));
    if (missing.length === 0) return undefined;
    const star = canonical.stars.length > 0 ? " (directly; its `export *` cannot be checked)" : "";
    return `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not exported by ${canonicalFile}${star}`;
  }
  const deprecated = t.exportsOf(deprecatedFile);
  if (typeof deprecated === "string") return deprecated;
  const coversAll = (spec: string) => namesFile(deprecatedFile, spec, canonicalFile);
  const missing = missingExports(deprecated, canonical, coversAll);
  if (typeof missing === "string") return `the whole module is used and ${missing}`;
  if (missing.length > 0) {
    return `the whole module is used and ${deprecatedFile} exports ${missing.join(", ")}, which ${canonicalFile} does not`;
  }
  return undefined;
}

/**
 * Plans the specifier rewrites of one JS/TS file's deprecated edges (and, with --strings,
 * its module mocks): only the text between the quotes changes.
 */
export function planJavaScript(
  file: string,
  text: string,
  t: JsTarget,
  edges: readonly Edge[],
  refs: readonly StringReference[],
): FilePlan {
  const p = new Planner(file, t.consolidation);
  const find = literalFinder(text);
  const used = new Set<number>();
  const locate = (line: number, target: string): Literal | string => {
    const pick = (list: Literal[]) =>
      list.filter((l) => !used.has(l.start) && namesFile(file, l.value, target));
    let found = pick(find.onLine(line));
    if (found.length === 0) found = pick(find.quoted(line));
    if (found.length === 0) return "the specifier could not be found on this line";
    const first = found[0] as Literal;
    if (found.length > 1 && found.some((l) => l.value !== first.value))
      return "more than one specifier on this line names the path";
    return first;
  };
  const rewrite = (
    item: number,
    line: number,
    pathId: string,
    check: (target: string, canonical: string) => string | undefined,
  ) => {
    const target = t.fileOfPath.get(pathId);
    const canonical = t.canonicalFile;
    if (target === undefined || canonical === undefined) {
      p.refuse(item, `the ${target === undefined ? "deprecated" : "canonical"} path has no file`);
      return;
    }
    const literal = locate(line, target);
    if (typeof literal === "string") return p.refuse(item, literal);
    const problem = check(target, canonical);
    if (problem !== undefined) return p.refuse(item, problem);
    const next = rewriteSpecifier(file, literal.value, target, canonical);
    if ("problem" in next) return p.refuse(item, next.problem);
    used.add(literal.start);
    p.edit(literal.start, literal.end, next.value, `${literal.value} -> ${next.value}`, [item]);
  };
  for (const e of edges) {
    const item = p.item(e.line, e.path, e.kind);
    rewrite(item, e.line, e.path, (target, canonical) => exportProblem(e, target, t, canonical));
  }
  for (const r of refs) {
    rewrite(p.item(r.line, r.path, "string"), r.line, r.path, () => undefined);
  }
  return p.finish();
}
