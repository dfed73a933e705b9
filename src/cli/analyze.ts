import path from "node:path";
import { type AnalyzeFormat, renderers } from "../render/index.js";
import { analyzeWithProgress } from "./analysis.js";
import { type ConfigArgs, commandConfig } from "./config.js";
import { type CliIo, useColor, writeOutput } from "./io.js";

export interface AnalyzeArgs extends ConfigArgs {
  format: AnalyzeFormat;
  out?: string;
  cache: boolean;
  cacheDir?: string;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  const config = commandConfig(io, args);
  // The text summary on stdout lists the problems itself.
  const shownInText = args.format === "text" && !args.out;
  const result = await analyzeWithProgress(config, args, io, { warn: !shownInText });
  const text =
    args.format === "json"
      ? renderers.json(result)
      : renderers.text(result, { color: !args.out && useColor(io) });
  if (args.out) {
    const file = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`wrote ${path.relative(io.cwd, file) || file}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
