import { existsSync } from "node:fs";
import path from "node:path";
import { lastMigrationFile } from "../analyze/last-migration.js";
import { writeFileSafely } from "../util/safe-write.js";
import { toolVersion } from "../version.js";
import type { MigrationOutcome } from "./types.js";

export const migrationRecordVersion = 1;

/** `.ssot/last-migration.json`: what `migration-success-rate` reads (planned and applied stay numbers). */
export interface MigrationRecord {
  schemaVersion: number;
  tool: { name: "ssot-tracker"; version: string };
  planned: number;
  applied: number;
  refused: number;
  successRate: number;
}

/**
 * Records a `--write` run. A run that applied nothing while a record exists is not
 * recorded: running migrate again after a finished run (idempotency) must not replace
 * that run's rate with 0 of the edits it already refused. Returns whether it wrote.
 */
export function recordMigration(root: string, outcome: MigrationOutcome): boolean {
  const file = path.join(root, lastMigrationFile);
  if (outcome.applied === 0 && existsSync(file)) return false;
  const record: MigrationRecord = {
    schemaVersion: migrationRecordVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    planned: outcome.planned,
    applied: outcome.applied,
    refused: outcome.refused.length,
    successRate: outcome.successRate,
  };
  writeFileSafely(file, `${JSON.stringify(record, null, 2)}\n`, { base: root });
  return true;
}
