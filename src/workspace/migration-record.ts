import path from "node:path";
import { z } from "zod";
import { InputError } from "../util/errors.js";
import { statePath } from "./layout.js";
import { readRegularText } from "./read-file.js";
import { ensureFolderInside, writeFileSafely } from "./safe-write.js";

/**
 * `.ssot/last-migration.json`, written by `ssot migrate --write` and read by the analysis
 * (`migration-success-rate`): its schema, and the only code that reads or writes the file.
 * Version 2 keeps every run with its figures per consolidation, batch and path, and the
 * whole migration's figures at the top level, where version 1 kept one run's.
 */

export const migrationRecordVersion = 2;

const count = z.number().int().nonnegative();
const figures = {
  planned: count,
  applied: count,
  refused: count,
  rolledBack: count,
  successRate: z.number().min(0).max(1),
};
const figuresSchema = z.object(figures);

const groupSchema = z.object({
  consolidation: z.string(),
  batch: z.string(),
  path: z.string(),
  ...figures,
});

const runSchema = z.object({
  run: z.string(),
  at: z.string(),
  /** What the run was narrowed to (absent: everything). */
  scope: z.object({
    consolidation: z.string().optional(),
    batch: z.string().optional(),
    path: z.string().optional(),
  }),
  totals: figuresSchema,
  groups: z.array(groupSchema),
  backup: z.string().optional(),
  verify: z.object({ command: z.string(), passed: z.boolean(), exit: z.string() }).optional(),
  /** Set by `--restore`: the run's files were put back. */
  restored: z.object({ at: z.string(), files: count, of: count }).optional(),
});

export const migrationRecordSchema = z.object({
  schemaVersion: z.literal(migrationRecordVersion),
  tool: z.object({ name: z.literal("ssot-tracker"), version: z.string() }),
  ...figures,
  batches: z.array(z.object({ consolidation: z.string(), batch: z.string(), ...figures })),
  runs: z.array(runSchema),
});

/** The record of version 1: one run's figures, nothing else. */
export const legacyRecordSchema = z.object({
  planned: count,
  applied: count,
  refused: count.optional(),
});

export type MigrationRecord = z.infer<typeof migrationRecordSchema>;
export type RunRecord = z.infer<typeof runSchema>;
export type Figures = z.infer<typeof figuresSchema>;
/** One (consolidation, batch, path) of a run. */
export type RecordGroup = z.infer<typeof groupSchema>;
export type LegacyRecord = z.infer<typeof legacyRecordSchema>;

/** What the file holds: a current record, a version 1 record, or nothing (no file). */
export type RecordFile =
  | { version: 2; record: MigrationRecord }
  | { version: 1; record: LegacyRecord }
  | undefined;

/** Reads and validates the record; anything else there is an InputError naming the file. */
export function readMigrationRecordFile(root: string): RecordFile {
  const file = statePath(root, "lastMigration");
  // A pipe or a device there would hang the command: readRegularText refuses them.
  const text = readRegularText(file, { what: "the migration record" });
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const current = migrationRecordSchema.safeParse(data);
  if (current.success) return { version: 2, record: current.data };
  const claimsCurrent =
    (data as { schemaVersion?: unknown } | null)?.schemaVersion === migrationRecordVersion;
  const legacy = legacyRecordSchema.safeParse(data);
  if (legacy.success && !claimsCurrent) return { version: 1, record: legacy.data };
  const issue = current.error.issues[0];
  throw new InputError(
    `${file}: not a migration record: ${issue ? `${issue.path.join(".") || "(top)"}: ${issue.message}` : ""}`,
  );
}

/** Writes the record atomically inside the root, never through a link. */
export function writeMigrationRecordFile(root: string, record: MigrationRecord): void {
  const file = statePath(root, "lastMigration");
  ensureFolderInside(root, path.dirname(file));
  writeFileSafely(file, `${JSON.stringify(migrationRecordSchema.parse(record), null, 2)}\n`, {
    base: root,
    mode: 0o644,
  });
}

/**
 * The whole migration's figures for `migration-success-rate`, undefined when no run was
 * recorded. Both versions keep them at the top level.
 */
export function readLastMigration(root: string): { planned: number; applied: number } | undefined {
  const found = readMigrationRecordFile(root);
  return found && { planned: found.record.planned, applied: found.record.applied };
}
