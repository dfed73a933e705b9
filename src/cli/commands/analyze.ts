import type { Argv } from "yargs";
import { parseShard, scanShard } from "../../analyze/shard.js";
import type { Config } from "../../config/types.js";
import { shardJson } from "../../merge/shard-file.js";
import { analyzeReporters } from "../../reporters/analyze/index.js";
import type { AnalyzeFormat } from "../../reporters/index.js";
import { formatsIn, pickReporter } from "../../reporters/table.js";
import {
  analyzeOptions,
  analyzeWithProgress,
  cacheOptions,
  problemLines,
  withScanProgress,
} from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { type ConfigArgs, commandConfig } from "../config.js";
import { ExitCode } from "../exit.js";
import { type CliIo, emitOutput, useColor } from "../io.js";
import { type KnownTree, outputMemoRecorder } from "../output-memo.js";

const options = (y: Argv<GlobalOptions>) =>
  cacheOptions(y)
    .option("format", {
      choices: formatsIn(analyzeReporters),
      default: "text" as const,
      describe: "output format",
    })
    .option("out", {
      type: "string",
      describe: "write the output to this file instead of stdout",
    })
    .option("shard", {
      type: "string",
      describe: "K/N: scan only this slice of the files, for `ssot merge` (writes JSON)",
    });

/** `ssot analyze`: the result as a text summary or JSON, or one shard's scans. */
export const command = defineCommand({
  name: "analyze",
  description: "build the module graph, classify imports, evaluate phases",
  options,
  run: (a, io) =>
    runAnalyze(
      {
        ...(a.config ? { config: a.config } : {}),
        allowOutsideRoot: a.allowOutsideRoot,
        format: a.format,
        ...(a.out ? { out: a.out } : {}),
        cache: a.cache,
        ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
        ...(a.shard ? { shard: a.shard } : {}),
      },
      io,
    ),
});

export interface AnalyzeArgs extends ConfigArgs {
  format: AnalyzeFormat;
  out?: string;
  cache: boolean;
  cacheDir?: string;
  /** `K/N`: scan only this slice of the files; `ssot merge` puts the shards together. */
  shard?: string;
}

/** `known`: what the output memo's check learnt about the tree (it missed). */
export async function runAnalyze(
  args: AnalyzeArgs,
  io: CliIo,
  known?: KnownTree,
): Promise<ExitCode> {
  // Before the config is read: the memo is keyed by the bytes the analysis will parse.
  const memo = outputMemoRecorder(args, io);
  const config = commandConfig(io, args);
  if (args.shard !== undefined) return runShard(config, args, args.shard, io);
  // The text summary on stdout lists the problems itself.
  const shownInText = args.format === "text" && !args.out;
  // The check's knowledge is of its root: a config that moved the root gets a fresh walk.
  const same = known?.root === config.root ? known : undefined;
  const onWorkingTree = memo.watch(config, same);
  const result = await analyzeWithProgress(config, args, io, {
    warn: false,
    ...(onWorkingTree ? { onWorkingTree, onInertFiles: memo.inert } : {}),
    ...(same ? { known: same } : {}),
  });
  const warnings = shownInText ? "" : problemLines(result);
  io.stderr.write(warnings);
  const text = pickReporter(
    "analyze",
    analyzeReporters,
    args.format,
  )(result, { color: !args.out && useColor(io) });
  emit(args, text, io);
  memo.save(result.source.commit, warnings, text);
  return ExitCode.ok;
}

/** A shard writes its scans (JSON, whatever `--format`): only a merge makes a result of it. */
async function runShard(
  config: Config,
  args: AnalyzeArgs,
  given: string,
  io: CliIo,
): Promise<ExitCode> {
  const shard = parseShard(given);
  const facts = await withScanProgress(io, (progress) => {
    const o = analyzeOptions(args, io, progress);
    return scanShard(config, shard, {
      ...(o.cache === false ? { cache: false } : {}),
      ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
      onProgress: (done, total) => progress.update(done, total),
      ...(o.onWarning ? { onWarning: o.onWarning } : {}),
    });
  });
  io.stderr.write(
    `shard ${shard.index}/${shard.count}: ${facts.scans.length} of ${facts.fileList.count} files scanned; \`ssot merge\` the ${shard.count} shard files into the result\n`,
  );
  emit(args, shardJson(facts), io);
  return ExitCode.ok;
}

function emit(args: AnalyzeArgs, text: string, io: CliIo): void {
  emitOutput(args.out, text, io);
}
