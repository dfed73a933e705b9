import type { Argv } from "yargs";
import type { Config } from "../../config/types.js";
import { InputError } from "../../util/errors.js";
import { analyzeOptions, cacheOptions, withScanProgress } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { type ConfigArgs, commandConfig } from "../config.js";
import { ExitCode } from "../exit.js";
import type { CliIo } from "../io.js";

interface MigrateArgs extends ConfigArgs {
  dryRun?: boolean;
  write: boolean;
  backup: boolean;
  batch?: string;
  path?: string;
  consolidation?: string;
  strings: boolean;
  verify?: string;
  /** `--restore [RUN]`: "" for the last run. */
  restore?: string;
  force: boolean;
  runs: boolean;
  format: "text" | "json";
  cache: boolean;
  cacheDir?: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function refuseBadFlags(args: MigrateArgs): void {
  if (args.write && args.dryRun === true)
    throw new InputError("--dry-run and --write exclude each other; give one");
  if (args.backup && !args.write)
    throw new InputError("--backup only applies with --write (a dry run writes nothing)");
  if (args.verify !== undefined && !args.write)
    throw new InputError("--verify only applies with --write (it checks the applied batch)");
  if (args.verify !== undefined && args.verify.trim() === "")
    throw new InputError('--verify needs a command, e.g. --verify "pytest tests/mission_critical"');
  const restoring = args.restore !== undefined;
  if (restoring && (args.write || args.runs))
    throw new InputError("--restore excludes --write and --runs; give one");
  if (args.force && !restoring) throw new InputError("--force only applies with --restore");
  if (args.runs && (args.write || args.dryRun === true))
    throw new InputError("--runs only lists the runs; it takes no --write or --dry-run");
}

/** `--restore [RUN]` and `--runs`: no analysis, the backups and the record only. */
async function runRestoreOrRuns(args: MigrateArgs, config: Config, io: CliIo): Promise<ExitCode> {
  const m = await import("../../migrate/index.js");
  if (args.runs) {
    const record = m.readMigrationRecord(config.root);
    const backups = m.backupRuns(config.root);
    io.stdout.write(
      args.format === "json"
        ? json({ record: record ?? null, backups })
        : m.formatRunsText(record, backups),
    );
    return ExitCode.ok;
  }
  const outcome = m.restoreMigration(config, {
    ...(args.restore ? { run: args.restore } : {}),
    force: args.force,
    dryRun: args.dryRun === true,
  });
  io.stdout.write(args.format === "json" ? json(outcome) : m.formatRestoreText(outcome));
  return outcome.refused > 0 ? ExitCode.failed : ExitCode.ok;
}

/** `ssot migrate`: exit 0 when every planned edit applies (or would), 1 when one was refused. */
async function runMigrate(args: MigrateArgs, io: CliIo): Promise<ExitCode> {
  refuseBadFlags(args);
  const config = commandConfig(io, args);
  if (args.restore !== undefined || args.runs) return runRestoreOrRuns(args, config, io);
  // Loaded on use: the codemod pulls in TypeScript's parser, which every other command can skip.
  const { formatMigrationJson, formatMigrationText, migrate, migrationDiff } = await import(
    "../../migrate/index.js"
  );
  const run = await withScanProgress(io, (progress) =>
    migrate(config, {
      write: args.write,
      backup: args.backup,
      strings: args.strings,
      ...(args.verify !== undefined ? { verify: args.verify } : {}),
      ...(args.batch !== undefined ? { batch: args.batch } : {}),
      ...(args.path !== undefined ? { path: args.path } : {}),
      ...(args.consolidation !== undefined ? { consolidation: args.consolidation } : {}),
      analyze: analyzeOptions(args, io, progress),
    }),
  );
  const { plan, outcome, recorded, record } = run;
  io.stdout.write(
    args.format === "json"
      ? formatMigrationJson(outcome)
      : formatMigrationText(outcome, {
          ...(outcome.dryRun ? { diff: migrationDiff(plan, outcome) } : {}),
          recorded,
          ...(record ? { record } : {}),
        }),
  );
  return outcome.refused.length > 0 || outcome.verify?.passed === false
    ? ExitCode.failed
    : ExitCode.ok;
}

const options = (y: Argv<GlobalOptions>) =>
  cacheOptions(y)
    .option("dry-run", {
      type: "boolean",
      describe:
        "print the unified diff and change nothing (the default); with --restore: list the run's files",
    })
    .option("write", { type: "boolean", default: false, describe: "apply the rewrites" })
    .option("backup", {
      type: "boolean",
      default: false,
      describe: "with --write: copy each file under .ssot/backups/<run>/ first",
    })
    .option("batch", {
      type: "string",
      describe: "only files of this batch (tests first, critical code last)",
    })
    .option("path", { type: "string", describe: "only imports of this deprecated path id" })
    .option("consolidation", { type: "string", describe: "only this consolidation id" })
    .option("strings", {
      type: "boolean",
      default: false,
      describe: 'also rewrite string references such as mock.patch("pkg.shim.X")',
    })
    .option("verify", {
      type: "string",
      describe:
        "with --write: run this command after the batch; if it fails, restore the batch (implies --backup)",
    })
    .option("restore", {
      type: "string",
      describe: "restore the files of a run from its backups (default: the last run)",
    })
    .option("force", {
      type: "boolean",
      default: false,
      describe: "with --restore: also restore files changed since the run",
    })
    .option("runs", { type: "boolean", default: false, describe: "list the recorded runs" })
    .option("format", {
      choices: ["text", "json"] as const,
      default: "text" as const,
      describe: "output format",
    });

/** `ssot migrate`: exit 1 when a planned rewrite was refused or `--verify` failed. */
export const command = defineCommand({
  name: "migrate",
  description:
    "rewrite deprecated imports to the canonical module: a dry-run diff, or --write with --backup, --verify, --restore",
  options,
  run: (a, io) =>
    runMigrate(
      {
        ...(a.config ? { config: a.config } : {}),
        allowOutsideRoot: a.allowOutsideRoot,
        ...(a.dryRun !== undefined ? { dryRun: a.dryRun } : {}),
        write: a.write,
        backup: a.backup,
        ...(a.batch !== undefined ? { batch: a.batch } : {}),
        ...(a.path !== undefined ? { path: a.path } : {}),
        ...(a.consolidation !== undefined ? { consolidation: a.consolidation } : {}),
        strings: a.strings,
        ...(a.verify !== undefined ? { verify: a.verify } : {}),
        ...(a.restore !== undefined ? { restore: a.restore } : {}),
        force: a.force,
        runs: a.runs,
        format: a.format,
        cache: a.cache,
        ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
      },
      io,
    ),
});
