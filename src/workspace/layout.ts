import path from "node:path";

/**
 * The `.ssot/` folder in a repository: ssot's own state, never analysed and never
 * migrated. This is its one map; every reader and writer takes its paths from here.
 */
export const stateFolder = ".ssot";

export const ssotLayout = {
  /** `ssot check`'s committed baseline of known deprecated edges. */
  baseline: `${stateFolder}/baseline.json`,
  /** `ssot snapshot` / `backfill`: one dated summary per line. */
  history: `${stateFolder}/history.jsonl`,
  /** `ssot migrate --backup`: `<run>/<file>` copies and each run's manifest. */
  backups: `${stateFolder}/backups`,
  /** `ssot migrate --write`: every run's figures (read by `migration-success-rate`). */
  lastMigration: `${stateFolder}/last-migration.json`,
  /** One `migrate --write` or `--restore` at a time. */
  migrateLock: `${stateFolder}/migrate.lock`,
} as const;

/** A repository-relative posix path inside `.ssot/`. */
export const isOwnState = (file: string) =>
  file === stateFolder || file.startsWith(`${stateFolder}/`);

/** The absolute path of a layout entry in the repository at `root`. */
export const statePath = (root: string, entry: keyof typeof ssotLayout) =>
  path.join(root, ...ssotLayout[entry].split("/"));
