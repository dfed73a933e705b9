import type { Argv, CommandModule } from "yargs";
import { checkArgs, checkOptions, runCheck } from "./commands/check.js";
import type { CliIo } from "./io.js";

/** Exit code of a check that found something (see exitCodes in main.ts). */
const found = 1;

/** `ssot check`, registered by main.ts when it is the command run. */
export function checkCommand(io: CliIo, done: (code: number) => void): CommandModule<Global> {
  const command: CommandModule<Global, OptionsOf<typeof checkOptions>> = {
    command: "check",
    describe:
      "fail when a change adds a deprecated import that the committed baseline does not hold",
    builder: checkOptions,
    handler: async (a) => {
      done((await runCheck(checkArgs(a), io)) ? found : 0);
    },
  };
  return command as unknown as CommandModule<Global>;
}

type OptionsOf<B> = B extends (y: Argv<Global>) => Argv<infer U> ? U : never;

type Global = {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
};
