import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../util/errors.js";

/** Where the config is and what its `root` is on disk; config/load.ts parses and validates. */

const defaultConfigNames = ["ssot.config.yaml", "ssot.config.yml", "ssot.config.json"];

/** The config file to use: the given one, else the first default name in `cwd`. */
export function findConfigFile(cwd: string, given?: string): string {
  if (given) {
    const file = path.resolve(cwd, given);
    if (!existsSync(file)) throw new ConfigError(`${given}: config file not found`);
    return file;
  }
  const present = defaultConfigNames.filter((name) => existsSync(path.join(cwd, name)));
  // Two of them is a mistake waiting to happen: editing one while the other is read.
  if (present.length > 1) {
    throw new ConfigError(
      `${present.join(" and ")} both exist in ${cwd}; remove all but one, or pass --config FILE`,
    );
  }
  if (present[0]) return path.join(cwd, present[0]);
  throw new ConfigError(
    `no config file: looked for ${defaultConfigNames.join(", ")} in ${cwd}; run \`ssot init\` to write one or pass --config FILE`,
  );
}

/** The config's `root` must be an existing folder. */
export function checkRootFolder(file: string, root: string): void {
  if (!existsSync(root)) throw new ConfigError(`${file}: root: folder ${root} does not exist`);
  if (!statSync(root).isDirectory())
    throw new ConfigError(`${file}: root: ${root} is not a folder`);
}
