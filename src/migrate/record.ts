import { round } from "../util/round.js";
import { toolVersion } from "../version.js";
import {
  type Figures,
  type RecordGroup as Group,
  type MigrationRecord,
  migrationRecordVersion,
  type RunRecord,
  readMigrationRecordFile,
  writeMigrationRecordFile,
} from "../workspace/migration-record.js";
import type { MigrationItem } from "./types.js";

/**
 * The figures of `.ssot/last-migration.json` (schema and file: src/workspace/): every
 * `--write` run with its figures per consolidation, batch and path, and the figures of the
 * whole migration that `migration-success-rate` reads (top-level `planned` / `applied`).
 * The whole migration counts every item ever applied (less those rolled back) against the items
 * still refused or rolled back in the latest run that covered them: a run that ends on a
 * small clean batch cannot hide the failures of another batch.
 */

export type { Figures, MigrationRecord, RunRecord } from "../workspace/migration-record.js";

const rate = (applied: number, planned: number) => (planned === 0 ? 1 : round(applied / planned));
const groupKey = (g: { consolidation: string; batch: string; path: string }) =>
  `${g.consolidation}\u0000${g.batch}\u0000${g.path}`;

/** A run's figures per (consolidation, batch, path) from its items and their fate. */
export function runGroups(
  items: readonly MigrationItem[],
  fate: (k: number) => "applied" | "refused" | "rolledBack",
): Group[] {
  const groups = new Map<string, Group>();
  items.forEach((it, k) => {
    const g = { consolidation: it.consolidation, batch: it.batch ?? "", path: it.path };
    const key = groupKey(g);
    const entry = groups.get(key) ?? {
      ...g,
      planned: 0,
      applied: 0,
      refused: 0,
      rolledBack: 0,
      successRate: 1,
    };
    entry.planned++;
    entry[fate(k)]++;
    entry.successRate = rate(entry.applied, entry.planned);
    groups.set(key, entry);
  });
  return [...groups.values()].sort((a, b) => (groupKey(a) < groupKey(b) ? -1 : 1));
}

export function totalsOf(groups: readonly Figures[]): Figures {
  const t = { planned: 0, applied: 0, refused: 0, rolledBack: 0 };
  for (const g of groups) {
    t.planned += g.planned;
    t.applied += g.applied;
    t.refused += g.refused;
    t.rolledBack += g.rolledBack;
  }
  return { ...t, successRate: rate(t.applied, t.planned) };
}

const covers = (scope: RunRecord["scope"], g: Group) =>
  (scope.consolidation === undefined || scope.consolidation === g.consolidation) &&
  (scope.batch === undefined || scope.batch === g.batch) &&
  (scope.path === undefined || scope.path === g.path);

/** The whole migration, from its runs in order (see the file comment). */
export function summarise(
  runs: readonly RunRecord[],
): Pick<MigrationRecord, keyof Figures | "batches"> {
  const applied = new Map<string, { g: Group; n: number }>();
  const open = new Map<string, Group>(); // still refused / rolled back, per group
  for (const run of runs) {
    const undone = run.restored !== undefined && run.restored.files === run.restored.of;
    for (const key of [...open.keys()]) {
      const g = open.get(key) as Group;
      if (covers(run.scope, g)) open.delete(key);
    }
    for (const g of run.groups) {
      const key = groupKey(g);
      const entry = applied.get(key) ?? { g, n: 0 };
      entry.n += undone ? 0 : g.applied;
      applied.set(key, entry);
      const rolledBack = g.rolledBack + (undone ? g.applied : 0);
      if (g.refused + rolledBack > 0) open.set(key, { ...g, refused: g.refused, rolledBack });
    }
  }
  const perBatch = new Map<string, Figures & { consolidation: string; batch: string }>();
  const add = (g: Group, a: number, r: number, b: number) => {
    const key = `${g.consolidation}\u0000${g.batch}`;
    const e = perBatch.get(key) ?? {
      consolidation: g.consolidation,
      batch: g.batch,
      planned: 0,
      applied: 0,
      refused: 0,
      rolledBack: 0,
      successRate: 1,
    };
    e.applied += a;
    e.refused += r;
    e.rolledBack += b;
    e.planned = e.applied + e.refused + e.rolledBack;
    e.successRate = rate(e.applied, e.planned);
    perBatch.set(key, e);
  };
  for (const { g, n } of applied.values()) add(g, n, 0, 0);
  for (const g of open.values()) add(g, 0, g.refused, g.rolledBack);
  const batches = [...perBatch.values()].sort((a, b) =>
    `${a.consolidation}\u0000${a.batch}` < `${b.consolidation}\u0000${b.batch}` ? -1 : 1,
  );
  return { ...totalsOf(batches), batches };
}

/** The record, or undefined when there is none; a version 1 record becomes one run of its figures. */
export function readMigrationRecord(root: string): MigrationRecord | undefined {
  const found = readMigrationRecordFile(root);
  if (found === undefined || found.version === 2) return found?.record;
  const { planned, applied } = found.record;
  const refused = found.record.refused ?? planned - applied;
  const g = { consolidation: "*", batch: "*", path: "*" };
  const groups = [
    { ...g, planned, applied, refused, rolledBack: 0, successRate: rate(applied, planned) },
  ];
  const runs: RunRecord[] = [{ run: "v1", at: "", scope: {}, totals: totalsOf(groups), groups }];
  return {
    schemaVersion: migrationRecordVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...summarise(runs),
    runs,
  };
}

/** Writes the record with its runs summarised again (atomically, inside the root). */
export function writeMigrationRecord(root: string, runs: readonly RunRecord[]): MigrationRecord {
  const record: MigrationRecord = {
    schemaVersion: migrationRecordVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...summarise(runs),
    runs: [...runs],
  };
  writeMigrationRecordFile(root, record);
  return record;
}

/** Appends a run to the record (or replaces the run of the same id). */
export function recordRun(root: string, run: RunRecord): MigrationRecord {
  const runs = (readMigrationRecord(root)?.runs ?? []).filter((r) => r.run !== run.run);
  return writeMigrationRecord(root, [...runs, run]);
}
