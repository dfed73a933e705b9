import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  ConfigError
} from "./chunk-XGZIY2SH.js";

// dist/workspace/config-file.js
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var defaultConfigNames = ["ssot.config.yaml", "ssot.config.yml", "ssot.config.json"];
function findConfigFile(cwd, given) {
  if (given) {
    const file = path.resolve(cwd, given);
    if (!existsSync(file))
      throw new ConfigError(`${given}: config file not found`);
    return file;
  }
  const present = defaultConfigNames.filter((name) => existsSync(path.join(cwd, name)));
  if (present.length > 1) {
    throw new ConfigError(`${present.join(" and ")} both exist in ${cwd}; remove all but one, or pass --config FILE`);
  }
  if (present[0])
    return path.join(cwd, present[0]);
  throw new ConfigError(`no config file: looked for ${defaultConfigNames.join(", ")} in ${cwd}; run \`ssot init\` to write one or pass --config FILE`);
}
function checkRootFolder(file, root) {
  if (!existsSync(root))
    throw new ConfigError(`${file}: root: folder ${root} does not exist`);
  if (!statSync(root).isDirectory())
    throw new ConfigError(`${file}: root: ${root} is not a folder`);
}

export {
  findConfigFile,
  checkRootFolder
};
