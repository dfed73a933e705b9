import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  commandConfig
} from "./chunk-C4VPOCQV.js";

// dist/cli/fleet-config.js
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function isFleetResult(io, given) {
  try {
    const data = JSON.parse(readFileSync(path.resolve(io.cwd, given), "utf8"));
    return typeof data === "object" && data !== null && "fleet" in data;
  } catch {
    return false;
  }
}
function configForResult(io, args) {
  if (args.result && !args.config && isFleetResult(io, args.result))
    return standIn(io);
  return commandConfig(io, args);
}
function configForHistory(io, args) {
  if (!args.config && !hasConfig(io.cwd) && historyHasFleetLines(io, args.history))
    return standIn(io);
  return commandConfig(io, args);
}
var configNames = ["ssot.config.yaml", "ssot.config.yml", "ssot.config.json"];
var hasConfig = (dir) => configNames.some((n) => existsSync(path.join(dir, n)));
function historyHasFleetLines(io, given) {
  try {
    const text = readFileSync(path.resolve(io.cwd, given ?? ".ssot/history.jsonl"), "utf8");
    return /"id":"[^"]*@[^"]*"/.test(text.slice(0, 1e6));
  } catch {
    return false;
  }
}
function standIn(io) {
  return {
    file: path.join(io.cwd, "ssot.fleet"),
    root: io.cwd,
    exclude: [],
    python: { sourceRoots: ["."] },
    javascript: {},
    report: {},
    consolidations: []
  };
}

export {
  configForResult,
  configForHistory
};
