import { existsSync } from "node:fs";
import path from "node:path";
import { detectRepository } from "../analyze/detect.js";
import { starterConfig } from "../config/starter.js";
import { InputError } from "../util/errors.js";
import { type CliIo, writeOutput } from "./io.js";

export interface InitArgs {
  config?: string;
  force: boolean;
}

export async function runInit(args: InitArgs, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, args.config ?? "ssot.config.yaml");
  if (existsSync(target) && !args.force) {
    throw new InputError(`${target}: already exists; pass --force to overwrite it`);
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
