import { existsSync } from "node:fs";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { type AnalyzeOptions, analyze } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import { ensureFolder, writeFileSafely } from "../util/safe-write.js";
import { applyEdits, applyPlan } from "./apply.js";
import { type PlanOptions, planMigration } from "./plan.js";
import { recordMigration } from "./record.js";
import type { MigrationOutcome, MigrationPlan } from "./types.js";

export { applyEdits, applyPlan } from "./apply.js";
export { formatMigrationJson, formatMigrationText } from "./format.js";
export { type PlanOptions, planMigration } from "./plan.js";
export { recordMigration } from "./record.js";
export type { Edit, MigrationItem, MigrationOutcome, MigrationPlan, Refusal } from "./types.js";

export interface MigrateOptions extends PlanOptions {
  /** Apply the edits (default: a dry run). */
  write?: boolean;
  /** With `write`: copy each file under `<root>/.ssot/backups/<run>/` first. */
  backup?: boolean;
  /** Options of the analysis the plan starts from. */
  analyze?: AnalyzeOptions;
  /** The clock for the backup run id (tests fix it). */
  now?: Date;
  python?: string;
}

export interface MigrateRun {
  plan: MigrationPlan;
  outcome: MigrationOutcome;
  /** `.ssot/last-migration.json` was written. */
  recorded: boolean;
}

export const backupsFolder = ".ssot/backups";

/** A sortable id for a run's backup folder (UTC, to the millisecond), unique under `dir`. */
export function runId(now: Date, dir: string): string {
  const base = now.toISOString().replace(/[-:.]/g, "");
  let id = base;
  for (let n = 2; existsSync(path.join(dir, id)); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Backups are copies of Python files: git and our own discovery must not see them, or the
 * next analysis would count (and the next migrate rewrite) every import twice.
 */
function ignoreBackups(backups: string, root: string): void {
  // No link on the way below the root: a committed `.ssot -> elsewhere` must not get copies.
  ensureFolder(backups, root);
  const file = path.join(backups, ".gitignore");
  if (!existsSync(file))
    writeFileSafely(file, "# ssot migrate backups: never analysed, never committed\n*\n");
}

/** Analyse, plan, verify and (with `write`) apply; a written run is recorded for the phase criteria. */
export async function migrate(config: Config, options: MigrateOptions = {}): Promise<MigrateRun> {
  const result = await analyze(config, options.analyze ?? { cache: false });
  const plan = planMigration(config, result, options);
  const write = options.write === true;
  const backups = path.join(config.root, backupsFolder);
  const backupDir =
    write && options.backup
      ? path.join(backups, runId(options.now ?? new Date(), backups))
      : undefined;
  if (backupDir !== undefined && plan.files.length > 0) ignoreBackups(backups, config.root);
  const outcome = applyPlan(plan, {
    write,
    ...(backupDir !== undefined ? { backupDir } : {}),
    ...(options.python !== undefined ? { python: options.python } : {}),
  });
  const recorded = write ? recordMigration(config.root, outcome) : false;
  return { plan, outcome, recorded };
}

/** The unified diff of every file the outcome rewrote (or would rewrite). */
export function migrationDiff(plan: MigrationPlan, outcome: MigrationOutcome): string {
  const chosen = new Set(outcome.files);
  return plan.files
    .filter((f) => chosen.has(f.file))
    .map((f) =>
      createTwoFilesPatch(
        `a/${f.file}`,
        `b/${f.file}`,
        f.text,
        applyEdits(f.text, f.edits),
        undefined,
        undefined,
        { context: 3 },
      ),
    )
    .map((patch) => patch.replace(/^=+\n/, ""))
    .join("");
}
