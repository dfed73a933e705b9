import path from "node:path";
import { InputError } from "../util/errors.js";
import { readRegularText } from "../util/read-file.js";

/** Where `ssot migrate --write` records its last outcome (read by `migration-success-rate`). */
export const lastMigrationFile = ".ssot/last-migration.json";

/**
 * The recorded outcome, undefined when no run was recorded; a corrupt record is an error.
 * Version 2 records (`src/migrate/record.ts`) keep the whole migration, every run of every
 * batch, in the same top-level `planned` / `applied` a version 1 record gave for one run.
 */
export function readLastMigration(root: string): { planned: number; applied: number } | undefined {
  const file = path.join(root, lastMigrationFile);
  // A pipe or a device there would hang the analysis: readRegularText refuses them.
  const text = readRegularText(file, { what: "the migration record" });
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as { planned?: unknown; applied?: unknown };
    if (typeof data.planned === "number" && typeof data.applied === "number") {
      return { planned: data.planned, applied: data.applied };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError(`${file}: not a migration record: expected {"planned": N, "applied": N}`);
}
