import { existsSync } from "node:fs";
import path from "node:path";
import type { Argv } from "yargs";
import { detectRepository } from "../../analyze/detect.js";
import { loadConfig } from "../../config/load.js";
import { refreshConfig } from "../../config/refresh.js";
import { starterConfig } from "../../config/starter.js";
import { InputError } from "../../util/errors.js";
import { readRegularText } from "../../workspace/read-file.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { ExitCode } from "../exit.js";
import { type CliIo, writeOutput } from "../io.js";

const options = (y: Argv<GlobalOptions>) =>
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

/** `ssot init`: a starter config, or (`--discover`) the newly detected shims added to one. */
export const command = defineCommand({
  name: "init",
  description: "write a commented starter config, prefilled from what can be detected",
  options,
  run: (a, io) =>
    runInit(
      { ...(a.config ? { config: a.config } : {}), force: a.force, discover: a.discover },
      io,
    ),
});

interface InitArgs {
  config?: string;
  force: boolean;
  /** Refresh an existing config: add the newly detected shims, keep every edit. */
  discover?: boolean;
}

async function runInit(args: InitArgs, io: CliIo): Promise<ExitCode> {
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
  return ExitCode.ok;
}

/** `ssot init --discover` on an existing config: new shims added, the rest left as written. */
async function runDiscover(target: string, io: CliIo): Promise<ExitCode> {
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
    return ExitCode.ok;
  }
  writeOutput(io.cwd, target, refreshed.text);
  // What was written must load: a refresh never leaves a config that does not analyse.
  loadConfig(io.cwd, target, { allowOutsideRoot: true });
  io.stdout.write(
    `updated ${name}: ${refreshed.added.length} newly detected shim${refreshed.added.length === 1 ? "" : "s"} added ` +
      `(${refreshed.newConsolidations.length} in new consolidations), ${refreshed.known} already configured. ` +
      "Check the new paths, then run `ssot analyze`.\n",
  );
  return ExitCode.ok;
}
