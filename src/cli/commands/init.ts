import { existsSync } from "node:fs";
import path from "node:path";
import { detectRepository } from "../../analyze/detect.js";
import { loadConfig } from "../../config/load.js";
import { refreshConfig } from "../../config/refresh.js";
import { starterConfig } from "../../config/starter.js";
import { InputError } from "../../util/errors.js";
import { readRegularText } from "../../util/read-file.js";
import { type CliIo, writeOutput } from "../io.js";

export interface InitArgs {
  config?: string;
  force: boolean;
  /** Refresh an existing config: add the newly detected shims, keep every edit. */
  discover?: boolean;
}

export async function runInit(args: InitArgs, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, args.config ?? "ssot.config.yaml");
  if (args.discover && existsSync(target)) return runDiscover(target, io);
  if (existsSync(target) && !args.force) {
    throw new InputError(
      `${target}: already exists; pass --force to overwrite it, or --discover to add the newly detected shims to it`,
    );
  }
  const facts = await detectRepository(path.dirname(target));
  writeOutput(io.cwd, target, starterConfig(facts));
  io.stdout.write(
    `wrote ${path.relative(io.cwd, target) || target} (${facts.pythonFiles} Python files seen; ` +
      `${facts.warningModules.length} deprecated module${facts.warningModules.length === 1 ? "" : "s"} detected). ` +
      "Edit the paths, then run `ssot analyze`.\n",
  );
  return 0;
}

/** `ssot init --discover` on an existing config: new shims added, the rest left as written. */
async function runDiscover(target: string, io: CliIo): Promise<number> {
  if (!/\.ya?ml$/.test(target))
    throw new InputError(`${target}: --discover refreshes YAML configs only`);
  const text = readRegularText(target, { what: "the config" }) ?? "";
  const facts = await detectRepository(path.dirname(target));
  const refreshed = refreshConfig(target, text, facts);
  const name = path.relative(io.cwd, target) || target;
  if (refreshed.added.length === 0) {
    io.stdout.write(
      `${name}: up to date (${facts.warningModules.length} deprecated modules detected, all configured)\n`,
    );
    return 0;
  }
  writeOutput(io.cwd, target, refreshed.text);
  // What was written must load: a refresh never leaves a config that does not analyse.
  loadConfig(io.cwd, target, { allowOutsideRoot: true });
  io.stdout.write(
    `updated ${name}: ${refreshed.added.length} newly detected shim${refreshed.added.length === 1 ? "" : "s"} added ` +
      `(${refreshed.newConsolidations.length} in new consolidations), ${refreshed.known} already configured. ` +
      "Check the new paths, then run `ssot analyze`.\n",
  );
  return 0;
}
