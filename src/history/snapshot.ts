import { spawnSync } from "node:child_process";
import { type AnalyzeOptions, analyze } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import type { HistoryLine } from "./schema.js";
import { historyLine } from "./summary.js";

/** `git rev-parse HEAD` in `root`; null when root is not in a git repository (or it has no commit yet). */
export function headCommit(root: string): string | null {
  const run = spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    cwd: root,
    encoding: "utf8",
  });
  const id = run.status === 0 ? run.stdout.trim() : "";
  return /^[0-9a-f]{40,64}$/.test(id) ? id : null;
}

/** The history line of the working tree today (or on `date`). */
export async function snapshotLine(
  config: Config,
  date: string,
  options: AnalyzeOptions = {},
): Promise<HistoryLine> {
  const result = await analyze(config, options);
  return historyLine(result, { date, commit: headCommit(config.root), source: "snapshot" });
}
