import { progressSection, progressTargets } from "../history/progress.js";
import { readHistory } from "../history/store.js";
import { renderProgressHtml, renderProgressMarkdown } from "../render/progress.js";
import { InputError } from "../util/errors.js";
import type { ConfigArgs } from "./config.js";
import { configForHistory } from "./fleet-config.js";
import { type CliIo, writeOutput } from "./io.js";
import { historyFileOf, shown } from "./snapshot.js";

export const progressFormats = ["markdown", "html"] as const;

export interface ProgressArgs extends ConfigArgs {
  history?: string;
  format: (typeof progressFormats)[number];
  out?: string;
}

export function runProgress(args: ProgressArgs, io: CliIo): number {
  const config = configForHistory(io, args);
  const file = historyFileOf(io, config, args.history);
  const lines = readHistory(file);
  if (lines.length === 0) {
    throw new InputError(
      `${shown(io, file)}: no history yet; run \`ssot snapshot\` or \`ssot backfill --since DATE\` first`,
    );
  }
  const view = progressSection(lines, progressTargets(config), { source: shown(io, file) });
  const text = args.format === "html" ? renderProgressHtml(view) : renderProgressMarkdown(view);
  if (args.out) {
    const written = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`wrote ${shown(io, written)}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
