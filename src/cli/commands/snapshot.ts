import type { Argv } from "yargs";
import { parseIsoDate, todayUtc } from "../../history/dates.js";
import type { HistoryLine } from "../../history/schema.js";
import { snapshotLine, snapshotLineOf } from "../../history/snapshot.js";
import { readHistory, updateHistory } from "../../history/store.js";
import { withRepositoryLines } from "../../merge/fleet-history.js";
import { analyzeOptions, resultOptions, warnProblems, withScanProgress } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { ConfigArgs } from "../config.js";
import { ExitCode } from "../exit.js";
import { configForResult } from "../fleet-config.js";
import { historyBaseOf, historyFileOf, historyOption, shown } from "../history-file.js";
import type { CliIo } from "../io.js";
import { readResultFile } from "../result-file.js";

const options = (y: Argv<GlobalOptions>) =>
  resultOptions(y).option("history", historyOption).option("date", {
    type: "string",
    describe: "the date of the line, YYYY-MM-DD (default: today, UTC)",
  });

/** `ssot snapshot`: one line of today's metrics (or a saved result's) in the history. */
export const command = defineCommand({
  name: "snapshot",
  description: "add today's metrics of the working tree to the history (one line per date)",
  options,
  run: (a, io) => runSnapshot(a, io),
});

interface SnapshotArgs extends ConfigArgs {
  history?: string;
  date?: string;
  cache: boolean;
  cacheDir?: string;
  result?: string;
}

async function runSnapshot(args: SnapshotArgs, io: CliIo): Promise<ExitCode> {
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
  return ExitCode.ok;
}
