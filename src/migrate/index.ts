import path from "node:path";
import { type AnalyzeOptions, analyze, type PythonFacts } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import type { AnalysisResult } from "../result/schema.js";
import { InputError } from "../util/errors.js";
import {
  backupsFolder,
  ignoreBackups,
  type RestoreOutcome,
  restoreRun,
  runId,
  writeManifest,
} from "../workspace/backups.js";
import { ssotLayout, stateFolder } from "../workspace/layout.js";
import { acquireLock } from "../workspace/lock.js";
import { ensureFolderInside } from "../workspace/safe-write.js";
import { applyPlanFiles } from "./apply.js";
import { unifiedDiff } from "./diff.js";
import { type PlanOptions, planMigration } from "./plan.js";
import {
  type MigrationRecord,
  readMigrationRecord,
  recordRun,
  runGroups,
  totalsOf,
  writeMigrationRecord,
} from "./record.js";
import type { MigrationOutcome, MigrationPlan } from "./types.js";
import { runVerify } from "./verify.js";

export { backupRuns, type RestoreOutcome } from "../workspace/backups.js";
export { applyEdits, applyPlan } from "./apply.js";
export {
  formatMigrationJson,
  formatMigrationText,
  formatRestoreText,
  formatRunsText,
} from "./format.js";
export { type PlanOptions, planMigration } from "./plan.js";
export { type MigrationRecord, readMigrationRecord } from "./record.js";
export type { Edit, MigrationItem, MigrationOutcome, MigrationPlan, Refusal } from "./types.js";

export interface MigrateOptions extends PlanOptions {
  /** Apply the edits (default: a dry run). */
  write?: boolean;
  /** With `write`: copy each file under `<root>/.ssot/backups/<run>/` first. */
  backup?: boolean;
  /**
   * With `write`: run this shell command in the root after applying (the mission-critical
   * tests); when it fails, every file of the run is restored from its backups. Implies `backup`.
   */
  verify?: string;
  /** Options of the analysis the plan starts from. */
  analyze?: AnalyzeOptions;
  /** The clock for the run id (tests fix it). */
  now?: Date;
  python?: string;
  /** How long to wait for another run's lock (default 10 s). */
  lockTimeoutMs?: number;
}

export interface MigrateRun {
  plan: MigrationPlan;
  outcome: MigrationOutcome;
  /** `.ssot/last-migration.json` was written. */
  recorded: boolean;
  /** The record after this run (a `--write` run). */
  record?: MigrationRecord;
}

const lockFile = ssotLayout.migrateLock;

/**
 * One `--write` (or `--restore`) run at a time per repository: a second one waits for the
 * lock, then refuses with who holds it. A holder whose process is gone is stale; a live one
 * is never broken, however long its `--verify` runs.
 */
function lock(root: string, timeoutMs = 10_000): () => void {
  ensureFolderInside(root, path.join(root, stateFolder));
  const file = path.join(root, lockFile);
  try {
    return acquireLock(file, { timeoutMs, staleMs: 7 * 24 * 3600_000 });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `another ssot migrate --write or --restore is running in ${root} (${lockFile}): ${error.message}; run again once it has finished`,
      { cause: error },
    );
  }
}

/** The plan from one analysis: its result and the module index and provenance behind it. */
async function analyzeAndPlan(config: Config, options: MigrateOptions): Promise<MigrationPlan> {
  let python: PythonFacts | undefined;
  const result: AnalysisResult = await analyze(config, {
    ...(options.analyze ?? { cache: false }),
    onPythonFacts: (facts) => {
      python = facts;
    },
  });
  return planMigration(config, result, options, python);
}

/** Analyse, plan, verify and (with `write`) apply; a written run is recorded for the phase criteria. */
export async function migrate(config: Config, options: MigrateOptions = {}): Promise<MigrateRun> {
  const write = options.write === true;
  if (!write) {
    const plan = await analyzeAndPlan(config, options);
    const { outcome } = applyPlanFiles(plan, {
      write: false,
      ...(options.python !== undefined ? { python: options.python } : {}),
    });
    return { plan, outcome, recorded: false };
  }
  const unlock = lock(config.root, options.lockTimeoutMs);
  try {
    return await writeRun(config, options);
  } finally {
    unlock();
  }
}

async function writeRun(config: Config, options: MigrateOptions): Promise<MigrateRun> {
  const root = config.root;
  const plan = await analyzeAndPlan(config, options);
  const now = options.now ?? new Date();
  const run = runId(now, path.join(root, backupsFolder));
  const backup = options.backup === true || options.verify !== undefined;
  const backupDir = backup ? path.join(root, backupsFolder, run) : undefined;
  if (backupDir !== undefined && plan.files.length > 0) ignoreBackups(root);
  const { outcome, written, refused } = applyPlanFiles(plan, {
    write: true,
    ...(backupDir !== undefined ? { backupDir } : {}),
    ...(options.python !== undefined ? { python: options.python } : {}),
  });
  if (backupDir !== undefined && written.length > 0)
    writeManifest(root, run, now.toISOString(), written);
  outcome.run = run;

  let rolledBack = false;
  if (options.verify !== undefined && written.length > 0) {
    const v = await runVerify(options.verify, root);
    outcome.verify = { command: options.verify, passed: v.passed, exit: v.exit };
    if (!v.passed) {
      const restore = restoreRun(root, run, { force: true });
      rolledBack = true;
      outcome.verify.output = v.output;
      outcome.verify.restored = restore.files
        .filter((f) => f.status === "restored")
        .map((f) => f.file);
      outcome.rolledBack = outcome.applied;
      outcome.applied = 0;
      outcome.successRate = outcome.planned === 0 ? 1 : 0;
    }
  }
  const groups = runGroups(plan.items, (k) =>
    refused.has(k) ? "refused" : rolledBack ? "rolledBack" : "applied",
  );
  const record = recordRun(root, {
    run,
    at: now.toISOString(),
    scope: {
      ...(options.consolidation !== undefined ? { consolidation: options.consolidation } : {}),
      ...(options.batch !== undefined ? { batch: options.batch } : {}),
      ...(options.path !== undefined ? { path: options.path } : {}),
    },
    totals: totalsOf(groups),
    groups,
    ...(outcome.backup !== undefined ? { backup: outcome.backup } : {}),
    ...(outcome.verify
      ? {
          verify: {
            command: outcome.verify.command,
            passed: outcome.verify.passed,
            exit: outcome.verify.exit,
          },
        }
      : {}),
  });
  return { plan, outcome, recorded: true, record };
}

export interface RestoreMigrationOptions {
  /** The run id (default: the last run with backups). */
  run?: string;
  force?: boolean;
  dryRun?: boolean;
  lockTimeoutMs?: number;
}

/** `--restore [RUN]`: puts a run's files back from its backups and notes it in the record. */
export function restoreMigration(
  config: Config,
  options: RestoreMigrationOptions = {},
): RestoreOutcome {
  const o = { force: options.force === true, dryRun: options.dryRun === true };
  if (o.dryRun) return restoreRun(config.root, options.run, o);
  const unlock = lock(config.root, options.lockTimeoutMs);
  try {
    const outcome = restoreRun(config.root, options.run, o);
    const record = readMigrationRecord(config.root);
    const restored = outcome.files.filter(
      (f) => f.status === "restored" || f.status === "already as before",
    ).length;
    if (record?.runs.some((r) => r.run === outcome.run) && restored > 0) {
      writeMigrationRecord(
        config.root,
        record.runs.map((r) =>
          r.run === outcome.run
            ? {
                ...r,
                restored: {
                  at: new Date().toISOString(),
                  files: restored,
                  of: outcome.files.length,
                },
              }
            : r,
        ),
      );
    }
    return outcome;
  } finally {
    unlock();
  }
}

/** The unified diff of every file the outcome rewrote (or would rewrite). */
export function migrationDiff(plan: MigrationPlan, outcome: MigrationOutcome): string {
  const chosen = new Set(outcome.files);
  return plan.files
    .filter((f) => chosen.has(f.file))
    .map((f) => unifiedDiff(f.file, f.text, f.edits))
    .join("");
}

/** Kept for callers of the version 1 API: records an outcome as one run covering everything. */
export function recordMigration(root: string, outcome: MigrationOutcome): boolean {
  const g = { consolidation: "*", batch: "*", path: "*" };
  const groups = [
    {
      ...g,
      planned: outcome.planned,
      applied: outcome.applied,
      refused: outcome.refused.length,
      rolledBack: outcome.rolledBack ?? 0,
      successRate: outcome.successRate,
    },
  ];
  const at = new Date().toISOString();
  recordRun(root, { run: outcome.run ?? at, at, scope: {}, totals: totalsOf(groups), groups });
  return true;
}
