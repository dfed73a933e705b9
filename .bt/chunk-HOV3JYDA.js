import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  defaultHistoryFile
} from "./chunk-J7IJF56W.js";

// dist/cli/history-file.js
import path from "node:path";
var historyOption = {
  type: "string",
  describe: "the history file (default: .ssot/history.jsonl in the repository root)"
};
function historyFileOf(io, config, given) {
  return given ? path.resolve(io.cwd, given) : path.join(config.root, defaultHistoryFile);
}
function historyBaseOf(io, config, given) {
  return given ? io.cwd : config.root;
}
function shown(io, file) {
  const relative = path.relative(io.cwd, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

export {
  historyOption,
  historyFileOf,
  historyBaseOf,
  shown
};
