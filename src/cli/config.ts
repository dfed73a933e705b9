import { loadConfig } from "../config/load.js";
import type { Config } from "../config/types.js";
import type { CliIo } from "./io.js";

/** The global flags every command that reads the config has. */
export interface ConfigArgs {
  config?: string | undefined;
  /** `--allow-outside-root`: accept a `root` outside the config's folder and repository. */
  allowOutsideRoot?: boolean | undefined;
}

/** The config a command runs with, from `--config` (else the default names in the working directory). */
export function commandConfig(io: CliIo, args: ConfigArgs): Config {
  return loadConfig(io.cwd, args.config, { allowOutsideRoot: args.allowOutsideRoot === true });
}
