import path from "node:path";
import type { Config } from "../../config/types.js";
import { parseIsoDate, todayUtc } from "../../history/dates.js";
import type { HistoryLine } from "../../history/schema.js";
import { snapshotLine, snapshotLineOf } from "../../history/snapshot.js";
import { defaultHistoryFile, readHistory, updateHistory } from "../../history/store.js";
import { withRepositoryLines } from "../../merge/fleet-history.js";
import { analyzeOptions, warnProblems, withScanProgress } from "../analysis.js";
import type { ConfigArgs } from "../config.js";
import { configForResult } from "../fleet-config.js";
import type { CliIo } from "../io.js";
import { readResultFile } from "../result-file.js";

export interface SnapshotArgs extends ConfigArgs {
  history?: string;
  date?: string;
  cache: boolean;
  cacheDir?: string;
  result?: string;
}

/** `--history` relative to the working directory, else `.ssot/history.jsonl` in the repository. */
export function historyFileOf(io: CliIo, config: Config, given: string | undefined): string {
  return given ? path.resolve(io.cwd, given) : path.join(config.root, defaultHistoryFile);
}

/** The folder trusted above the history file: no link is followed below it when writing. */
export function historyBaseOf(io: CliIo, config: Config, given: string | undefined): string {
  return given ? io.cwd : config.root;
}

/** A path for messages: relative to the working directory when below it, else absolute. */
export function shown(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative)
    ? file
    : relative;
}

export async function runSnapshot(args: SnapshotArgs, io: CliIo): Promise<number> {
  const config = configForResult(io, args);
  const date = args.date ? parseIsoDate(args.date, "--date") : todayUtc();
  const file = historyFileOf(io, config, args.history);
  // A corrupt history fails now, not after a long analysis.
  readHistory(file);
  let line: HistoryLine;
  if (args.result) {
    const result = readResultFile(io.cwd, args.result, config);
    warnProblems(result, io);
    line = snapshotLineOf(withRepositoryLines(result), date);
  } else {
    line = await withScanProgress(io, (progress) =>
      snapshotLine(config, date, analyzeOptions(args, io, progress)),
    );
  }
  const { lines, replaced } = updateHistory(file, [line], {
    base: historyBaseOf(io, config, args.history),
  });
  const shares = line.consolidations.map((c) =>
    c.deprecatedShare.statements === null
      ? `${c.id} not started`
      : `${c.id} ${(c.deprecatedShare.statements * 100).toFixed(1)}% deprecated`,
  );
  io.stdout.write(
    `${replaced.length > 0 ? "replaced" : "added"} ${date}${line.commit ? ` (${line.commit.slice(0, 12)})` : ""} in ${shown(io, file)}: ${shares.join(", ")}; ${lines.length} point${lines.length === 1 ? "" : "s"}\n`,
  );
  return 0;
}
