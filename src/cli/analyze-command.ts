import type { Argv, CommandModule } from "yargs";
import { formatsOf } from "../reporters/index.js";
import { cacheOptions } from "./analysis.js";
import { runAnalyze } from "./analyze.js";
import type { CliIo } from "./io.js";

/** `ssot analyze`, registered by main.ts when it is the command run. */
export function analyzeCommand(io: CliIo, done: (code: number) => void): CommandModule<Global> {
  const command: CommandModule<Global, OptionsOf<typeof analyzeOptions>> = {
    command: "analyze",
    describe: "build the module graph, classify imports, evaluate phases",
    builder: analyzeOptions,
    handler: async (a) => {
      done(
        await runAnalyze(
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
      );
    },
  };
  return command as unknown as CommandModule<Global>;
}

const analyzeOptions = (y: Argv<Global>) =>
  cacheOptions(y)
    .option("format", {
      choices: formatsOf("analyze"),
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

type OptionsOf<B> = B extends (y: Argv<Global>) => Argv<infer U> ? U : never;

type Global = {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
};
