import type { Argv, CommandModule } from "yargs";
import { runInit } from "./commands/init.js";
import type { CliIo } from "./io.js";

/** `ssot init`, registered by main.ts when it is the command run. */
export function initCommand(io: CliIo, done: (code: number) => void): CommandModule<Global> {
  const command: CommandModule<Global, OptionsOf<typeof initOptions>> = {
    command: "init",
    describe: "write a commented starter config, prefilled from what can be detected",
    builder: initOptions,
    handler: async (a) => {
      done(
        await runInit(
          { ...(a.config ? { config: a.config } : {}), force: a.force, discover: a.discover },
          io,
        ),
      );
    },
  };
  return command as unknown as CommandModule<Global>;
}

const initOptions = (y: Argv<Global>) =>
  y
    .option("force", {
      type: "boolean",
      default: false,
      describe: "overwrite an existing config",
    })
    .option("discover", {
      type: "boolean",
      default: false,
      describe: "add newly detected shims to the existing config, keeping every edit",
    });

type OptionsOf<B> = B extends (y: Argv<Global>) => Argv<infer U> ? U : never;

type Global = { config: string | undefined };
