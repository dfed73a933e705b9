import type { ConsolidationResult } from "../../../result/schema.js";
import { count, percent } from "../../../util/words.js";
import { otherBatch, type ReportContext } from "../context.js";
import { isDeprecated } from "../format.js";
import { folderOf } from "../groups.js";

/** One row of a breakdown table: counts formatted, plus a bar width we computed (0–100). */
export interface BreakdownRow {
  label: string;
  files: string;
  statements: string;
  deprecatedStatements: string;
  deprecatedShare: string;
  /** Width of the deprecated-share bar in percent, a number we computed (safe in a style). */
  barWidth: number;
}

interface Tally {
  files: Set<string>;
  statements: number;
  deprecated: number;
}

function row(label: string, files: number, statements: number, deprecated: number): BreakdownRow {
  const share = statements === 0 ? 0 : deprecated / statements;
  return {
    label,
    files: count(files),
    statements: count(statements),
    deprecatedStatements: count(deprecated),
    deprecatedShare: percent(share),
    barWidth: Math.round(share * 1000) / 10,
  };
}

/** Rows a folder or owner table shows before the rest is summed into one. */
export const maxBreakdownRows = 30;

const heaviestFirst = ([a, x]: [string, Tally], [b, y]: [string, Tally]) =>
  y.deprecated - x.deprecated || y.statements - x.statements || (a < b ? -1 : a > b ? 1 : 0);

/** Most deprecated statements first (where the remaining work is); a long tail summed up. */
function rows(tallies: Map<string, Tally>, noun: string): BreakdownRow[] {
  const sorted = [...tallies].sort(heaviestFirst);
  const shown = sorted.length > maxBreakdownRows + 1 ? sorted.slice(0, maxBreakdownRows) : sorted;
  const result = shown.map(([label, t]) => row(label, t.files.size, t.statements, t.deprecated));
  const rest = sorted.slice(shown.length).map(([, t]) => t);
  if (rest.length > 0) {
    const files = new Set(rest.flatMap((t) => [...t.files]));
    const sum = (pick: (t: Tally) => number) => rest.reduce((n, t) => n + pick(t), 0);
    const label = `(${count(rest.length)} more ${noun})`;
    result.push(
      row(
        label,
        files.size,
        sum((t) => t.statements),
        sum((t) => t.deprecated),
      ),
    );
  }
  return result;
}

/** Tally the edges by the key(s) each file falls under. */
function tally(
  c: ConsolidationResult,
  noun: string,
  keysOf: (file: string) => readonly string[],
): BreakdownRow[] {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const tallies = new Map<string, Tally>();
  for (const e of c.edges) {
    for (const key of keysOf(e.file)) {
      const t = tallies.get(key) ?? { files: new Set(), statements: 0, deprecated: 0 };
      t.files.add(e.file);
      t.statements++;
      if (deprecated.has(e.path)) t.deprecated++;
      tallies.set(key, t);
    }
  }
  return rows(tallies, noun);
}

export const rootFolderLabel = "(repository root)";
export const noOwnerLabel = "(no owner)";

/** Two folder levels (netra_backend/app/, tests/unit/): fine enough to point at a team. */
export function byFolder(c: ConsolidationResult): BreakdownRow[] {
  return tally(c, "folders", (file) => {
    const folder = folderOf(file, 2);
    return [folder === "" ? rootFolderLabel : `${folder}/`];
  });
}

/** In the configured order (the migration order); the analysis counted these already. */
export function byBatch(c: ConsolidationResult): BreakdownRow[] {
  return c.batches
    .filter((b) => b.statements > 0 || b.id !== otherBatch)
    .map((b) => row(b.id, b.files, b.statements, b.deprecatedStatements));
}

/** A file with several owners counts for each of them. */
export function byOwner(
  c: ConsolidationResult,
  owners: NonNullable<ReportContext["owners"]>,
): BreakdownRow[] {
  return tally(c, "owners", (file) => {
    const mine = owners.byFile[file] ?? [];
    return mine.length > 0 ? mine : [noOwnerLabel];
  });
}
