import type { Argv, CommandModule } from "yargs";
import { InputError } from "../util/errors.js";
import { analyzeOptions, cacheOptions, withScanProgress } from "./analysis.js";
import { type ConfigArgs, commandConfig } from "./config.js";
import type { CliIo } from "./io.js";

export interface MigrateArgs extends ConfigArgs {
  dryRun?: boolean;
  write: boolean;
  backup: boolean;
  batch?: string;
  path?: string;
  consolidation?: string;
  strings: boolean;
  format: "text" | "json";
  cache: boolean;
  cacheDir?: string;
}

/** `ssot migrate`: exit 0 when every planned edit applies (or would), 1 when one was refused. */
export async function runMigrate(args: MigrateArgs, io: CliIo): Promise<number> {
  if (args.write && args.dryRun === true)
    throw new InputError("--dry-run and --write exclude each other; give one");
  if (args.backup && !args.write)
    throw new InputError("--backup only applies with --write (a dry run writes nothing)");
  const config = commandConfig(io, args);
  // Loaded on use: the codemod pulls in TypeScript's parser, which every other command can skip.
  const { formatMigrationJson, formatMigrationText, migrate, migrationDiff } = await import(
    "../migrate/index.js"
  );
  const run = await withScanProgress(io, (progress) =>
    migrate(config, {
      write: args.write,
      backup: args.backup,
      strings: args.strings,
      ...(args.batch !== undefined ? { batch: args.batch } : {}),
      ...(args.path !== undefined ? { path: args.path } : {}),
      ...(args.consolidation !== undefined ? { consolidation: args.consolidation } : {}),
      analyze: analyzeOptions(args, io, progress),
    }),
  );
  const { plan, outcome, recorded } = run;
  io.stdout.write(
    args.format === "json"
      ? formatMigrationJson(outcome)
      : formatMigrationText(outcome, { diff: migrationDiff(plan, outcome), recorded }),
  );
  return outcome.refused.length > 0 ? 1 : 0;
}

type Global = {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
};

const migrateOptions = (y: Argv<Global>) =>
  cacheOptions(y)
    .option("dry-run", {
      type: "boolean",
      describe: "print the unified diff and change nothing (the default)",
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
    .option("format", {
      choices: ["text", "json"] as const,
      default: "text" as const,
      describe: "output format",
    });

/** The yargs command module, registered in main.ts. */
export function migrateCommand(
  io: CliIo,
  done: (code: number) => void,
): CommandModule<Global, ReturnType<typeof migrateOptions> extends Argv<infer U> ? U : never> {
  return {
    command: "migrate",
    describe:
      "rewrite deprecated imports to the canonical module: a dry-run diff, or --write with --backup",
    builder: migrateOptions,
    handler: async (a) => {
      done(
        await runMigrate(
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
            format: a.format,
            cache: a.cache,
            ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
          },
          io,
        ),
      );
    },
  };
}
