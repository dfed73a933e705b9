import type { EdgeKind } from "../result/schema.js";

/**
 * The codemod's data: a plan is a list of edits plus the migration items they serve.
 * Planning never writes; applying reads the plan and nothing else.
 */

/** One text replacement: `text.slice(start, end)` becomes `replacement` (UTF-16 offsets). */
export interface Edit {
  /** Repository-relative posix path. */
  file: string;
  start: number;
  end: number;
  replacement: string;
  /** Why: what this edit moves, e.g. `pkg.shim -> pkg.canon`. */
  reason: string;
}

/**
 * What the success rate counts: one deprecated edge of the analysis (a statement on a
 * path) or, with `--strings`, one string reference.
 */
export interface MigrationItem {
  consolidation: string;
  file: string;
  line: number;
  /** Path id the item reaches now. */
  path: string;
  kind: EdgeKind | "string";
  /** The batch of the file (for the per-batch figures of the migration record). */
  batch?: string;
  /** Set when the item cannot be migrated; its edits (if any) may still move other names. */
  refused?: string;
  /** Set when the item is not this consolidation's (its statement's names belong to another). */
  skipped?: string;
}

/** Everything planned for one file: its content identity and its edits. */
export interface PlannedFile {
  file: string;
  abs: string;
  /** sha256 of the bytes the plan was made from (checked again right before applying). */
  hash: string;
  /** The decoded text the offsets index (without a byte order mark). */
  text: string;
  /** The file started with a UTF-8 byte order mark (kept when writing). */
  bom: boolean;
  /** Non-overlapping, sorted by start. */
  edits: Edit[];
  /** Indexes into `MigrationPlan.items` of the items these edits migrate. */
  items: number[];
  /**
   * Module-level names the rewritten file binds that the original did not, and the other
   * way round (only factory call sites change them), and (Python) those the original binds.
   */
  names: { added: string[]; removed: string[]; before?: string[] };
}

/**
 * A deprecated edge this tool does not rewrite, listed so nothing is silently dropped: JS/TS
 * kinds it does not handle, imports inside the path modules, and a package's keep-alive
 * import of its own deprecated submodule.
 */
export interface SkippedItem {
  file: string;
  line: number;
  path: string;
  reason: string;
}

export interface MigrationPlan {
  root: string;
  items: MigrationItem[];
  files: PlannedFile[];
  skipped: SkippedItem[];
}

export interface Refusal {
  file: string;
  line: number;
  path: string;
  reason: string;
}

/** The outcome of a run (dry or not): the shape of `--format json`. */
export interface MigrationOutcome {
  dryRun: boolean;
  planned: number;
  applied: number;
  refused: Refusal[];
  /** applied / planned, four decimals; 1 when nothing was planned. */
  successRate: number;
  skipped: SkippedItem[];
  /** Files rewritten (or, in a dry run, that would be), sorted. */
  files: string[];
  edits: Edit[];
  /** Repository-relative folder of this run's backups, when `--backup` wrote any. */
  backup?: string;
  /** Why the compile check did not run (no python3), when it did not. */
  compileCheck?: string;
  /** The run's id (its backup folder's name), for a `--write` run. */
  run?: string;
  /** `--verify`: the command, whether it passed, and (when it failed) the end of its output. */
  verify?: VerifyOutcome;
  /** Items applied and then rolled back because `--verify` failed. */
  rolledBack?: number;
}

export interface VerifyOutcome {
  command: string;
  passed: boolean;
  /** Exit code, or the signal that ended it. */
  exit: string;
  /** The last lines of its output (stdout and stderr), when it failed. */
  output?: string;
  /** Files restored from the backups after it failed. */
  restored?: string[];
}
