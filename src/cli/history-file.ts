import path from "node:path";
import type { Config } from "../config/types.js";
import { defaultHistoryFile } from "../history/store.js";
import type { CliIo } from "./io.js";

/** `--history`, shared by snapshot, backfill and progress. */
export const historyOption = {
  type: "string",
  describe: "the history file (default: .ssot/history.jsonl in the repository root)",
} as const;

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
