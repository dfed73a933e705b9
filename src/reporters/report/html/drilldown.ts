import type { ConsolidationResult, Edge } from "../../../result/schema.js";
import { count, percent, plural } from "../../../util/words.js";
import type { ReportContext } from "../context.js";
import { isDeprecated } from "../format.js";
import { importerGroups } from "../groups.js";
import { groupLabel } from "../mermaid/diagrams.js";
import { rootFolderLabel } from "./breakdowns.js";

/**
 * The architect's drill-down, as plain data for the templates: a bar chart of importer
 * groups (readable where a graph of hundreds of importers is not), the folder tree, the
 * files to migrate next and the string references a shim's removal breaks.
 */

/** Bars of the group chart; more than a graph can carry, fewer than a table. */
export const maxBarGroups = 15;
/** Rows of the migrate-next and string-reference tables (paged in the page); the rest are in result.json. */
export const maxDrillRows = 5000;
/** Subfolders listed under one folder of the tree before the rest is summed up. */
export const maxTreeChildren = 40;

export interface BarSegment {
  path: string;
  /** "canonical" or "deprecated": the colour. */
  role: string;
  statements: string;
  /** Percent of the widest bar, a number we computed (safe in a style). */
  width: number;
}

export interface GroupBar {
  label: string;
  files: string;
  statements: string;
  deprecated: string;
  segments: BarSegment[];
}

const width = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/** Statements per importer group, stacked by path (canonical first), widest group = 100%. */
export function groupBars(c: ConsolidationResult, batchOf: (file: string) => string): GroupBar[] {
  const groups = importerGroups(c.edges, batchOf, maxBarGroups);
  const widest = Math.max(0, ...groups.map((g) => g.statements));
  const paths = [...c.paths].sort((a, b) => Number(isDeprecated(a)) - Number(isDeprecated(b)));
  return groups.map((g) => {
    const deprecated = paths
      .filter(isDeprecated)
      .reduce((n, p) => n + (g.byPath.get(p.id)?.statements ?? 0), 0);
    return {
      label: groupLabel(g),
      files: plural(g.files, "file"),
      statements: count(g.statements),
      deprecated: count(deprecated),
      segments: paths.flatMap((p) => {
        const n = g.byPath.get(p.id)?.statements ?? 0;
        if (n === 0) return [];
        const role = isDeprecated(p) ? "deprecated" : "canonical";
        return [{ path: p.id, role, statements: count(n), width: width(n, widest) }];
      }),
    };
  });
}

export interface FolderNode {
  label: string;
  files: string;
  statements: string;
  deprecated: string;
  share: string;
  barWidth: number;
  hasChildren: boolean;
  children: FolderNode[];
  /** Open in the page: the first two levels. */
  open: boolean;
}

interface Tally {
  files: Set<string>;
  statements: number;
  deprecated: number;
  children: Map<string, Tally>;
}

const emptyTally = (): Tally => ({
  files: new Set(),
  statements: 0,
  deprecated: 0,
  children: new Map(),
});

function nodeOf(label: string, t: Tally, depth: number): FolderNode {
  const sorted = [...t.children].sort(
    ([a, x], [b, y]) =>
      y.deprecated - x.deprecated || y.statements - x.statements || (a < b ? -1 : a > b ? 1 : 0),
  );
  const shown = sorted
    .slice(0, maxTreeChildren)
    .map(([name, child]) => nodeOf(`${name}/`, child, depth + 1));
  const rest = sorted.slice(maxTreeChildren).map(([, child]) => child);
  if (rest.length > 0) {
    const merged = emptyTally();
    for (const r of rest) {
      for (const f of r.files) merged.files.add(f);
      merged.statements += r.statements;
      merged.deprecated += r.deprecated;
    }
    shown.push(nodeOf(`(${count(rest.length)} more folders)`, merged, depth + 1));
  }
  const share = t.statements === 0 ? 0 : t.deprecated / t.statements;
  return {
    label,
    files: count(t.files.size),
    statements: count(t.statements),
    deprecated: count(t.deprecated),
    share: percent(share),
    barWidth: width(share, 1),
    hasChildren: shown.length > 0,
    children: shown,
    open: depth < 2,
  };
}

/** Every folder of the importing files, as deep as they go, heaviest deprecated first. */
export function folderTree(c: ConsolidationResult): FolderNode[] {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const root = emptyTally();
  for (const e of c.edges) {
    const folders = e.file.split("/").slice(0, -1);
    const chain = folders.length === 0 ? [rootFolderLabel] : folders;
    let at = root;
    for (const name of chain) {
      let next = at.children.get(name);
      if (!next) {
        next = emptyTally();
        at.children.set(name, next);
      }
      next.files.add(e.file);
      next.statements++;
      if (deprecated.has(e.path)) next.deprecated++;
      at = next;
    }
  }
  return nodeOf("", root, 0).children.map((n) =>
    n.label === `${rootFolderLabel}/` ? { ...n, label: rootFolderLabel } : n,
  );
}

export interface MigrateRow {
  file: string;
  batch: string;
  owners: string;
  rewritable: number;
  blocked: number;
  missing: string;
}

function isRewritable(e: Edge): boolean {
  return e.fix !== undefined && e.fix.blocked.length === 0 && e.fix.imports.length > 0;
}

/**
 * Files with deprecated imports, those `ssot migrate` can rewrite most of first; blocked
 * imports name what the canonical module lacks.
 */
export function migrateNext(
  c: ConsolidationResult,
  context: ReportContext,
  batchOf: (file: string) => string,
): { rows: MigrateRow[]; total: number } {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const byFile = new Map<string, { rewritable: number; blocked: number; missing: Set<string> }>();
  for (const e of c.edges) {
    if (!deprecated.has(e.path)) continue;
    const f = byFile.get(e.file) ?? { rewritable: 0, blocked: 0, missing: new Set<string>() };
    if (isRewritable(e)) f.rewritable++;
    else {
      f.blocked++;
      for (const name of e.fix?.blocked ?? []) f.missing.add(name);
    }
    byFile.set(e.file, f);
  }
  const rows = [...byFile]
    .map(([file, f]) => ({
      file,
      batch: batchOf(file),
      owners: (context.owners?.byFile[file] ?? []).join(" "),
      rewritable: f.rewritable,
      blocked: f.blocked,
      missing: [...f.missing].sort().join(", "),
    }))
    .sort(
      (a, b) =>
        b.rewritable - a.rewritable ||
        a.blocked - b.blocked ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
  return { rows: rows.slice(0, maxDrillRows), total: rows.length };
}

export interface StringReferenceRow {
  location: string;
  path: string;
  module: string;
  value: string;
}

/** String references (mock.patch("old.module.X")) to deprecated modules: removing them breaks these. */
export function brokenByRemoval(c: ConsolidationResult): {
  rows: StringReferenceRow[];
  total: number;
} {
  const modules = new Map(c.paths.filter(isDeprecated).map((p) => [p.id, p.module]));
  const rows = c.stringReferences
    .filter((r) => modules.has(r.path))
    .map((r) => ({
      location: `${r.file}:${r.line}`,
      path: r.path,
      module: modules.get(r.path) ?? "",
      value: r.value,
    }));
  return { rows: rows.slice(0, maxDrillRows), total: rows.length };
}
