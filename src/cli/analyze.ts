import path from "node:path";
import { analyze } from "../analyze/index.js";
import { loadConfig } from "../config/load.js";
import { type AnalyzeFormat, renderers } from "../render/index.js";
import { type CliIo, useColor, writeOutput } from "./io.js";
import { startProgress } from "./progress.js";

export interface AnalyzeArgs {
  config?: string;
  format: AnalyzeFormat;
  out?: string;
  cache: boolean;
  cacheDir?: string;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  const config = loadConfig(io.cwd, args.config);
  const progress = startProgress(io, "scanning");
  let result: Awaited<ReturnType<typeof analyze>>;
  try {
    result = await analyze(config, {
      cache: args.cache,
      ...(args.cacheDir ? { cacheDir: path.resolve(io.cwd, args.cacheDir) } : {}),
      onProgress: (e) => {
        if (e.stage === "scan" && e.total !== undefined) progress.update(e.done ?? 0, e.total);
      },
    });
  } finally {
    progress.stop();
  }
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
