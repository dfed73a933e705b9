import type { ArgumentsCamelCase, Argv } from "yargs";
import type { ExitCode } from "./exit.js";
import type { CliIo } from "./io.js";

/** The options every command has (declared once in main.ts). */
export interface GlobalOptions {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
}

/**
 * One command, the shape every `src/cli/commands/<name>.ts` exports as `command`: main.ts
 * registers it with yargs only when it is the command run.
 */
export interface Command<O = unknown> {
  /** The yargs command string: the name, then its positionals (`merge <files..>`). */
  name: string;
  description: string;
  options: (y: Argv<GlobalOptions>) => Argv<O>;
  run: (args: ArgumentsCamelCase<O>, io: CliIo) => Promise<ExitCode>;
}

/** A command whose option types are checked here and forgotten by the registry. */
export type AnyCommand = Command<never>;

/** Checks `run` against the options the builder declares, then erases them for the table. */
export function defineCommand<O>(command: Command<O>): AnyCommand {
  return command as unknown as AnyCommand;
}
