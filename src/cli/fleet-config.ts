import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config/types.js";
import { type ConfigArgs, commandConfig } from "./config.js";
import type { CliIo } from "./io.js";

/** The result file is an organisation-wide one (`ssot merge --fleet`). */
function isFleetResult(io: CliIo, given: string): boolean {
  try {
    const data = JSON.parse(readFileSync(path.resolve(io.cwd, given), "utf8"));
    return typeof data === "object" && data !== null && "fleet" in data;
  } catch {
    return false; // readResultFile gives the message
  }
}

/**
 * The config a rendering command runs with. A fleet result comes from many repositories'
 * configs, so the organisation's folder needs none: without `--config`, a stand-in rooted in
 * the working directory (where the history and the output go) is used.
 */
export function configForResult(io: CliIo, args: ConfigArgs & { result?: string }): Config {
  if (args.result && !args.config && isFleetResult(io, args.result)) return standIn(io);
  return commandConfig(io, args);
}

/**
 * `ssot progress` in an organisation's folder: no config, a history of fleet lines
 * (`ssot snapshot --result fleet.json`). Only there, never beside a repository's config.
 */
export function configForHistory(io: CliIo, args: ConfigArgs & { history?: string }): Config {
  if (!args.config && !hasConfig(io.cwd) && historyHasFleetLines(io, args.history))
    return standIn(io);
  return commandConfig(io, args);
}

const configNames = ["ssot.config.yaml", "ssot.config.yml", "ssot.config.json"];
const hasConfig = (dir: string) => configNames.some((n) => existsSync(path.join(dir, n)));

/** A fleet line holds per-repository consolidations, `id@repository`. */
function historyHasFleetLines(io: CliIo, given: string | undefined): boolean {
  try {
    const text = readFileSync(path.resolve(io.cwd, given ?? ".ssot/history.jsonl"), "utf8");
    return /"id":"[^"]*@[^"]*"/.test(text.slice(0, 1_000_000));
  } catch {
    return false;
  }
}

function standIn(io: CliIo): Config {
  return {
    file: path.join(io.cwd, "ssot.fleet"),
    root: io.cwd,
    exclude: [],
    python: { sourceRoots: ["."] },
    javascript: {},
    report: {},
    consolidations: [],
  };
}
