import path from "node:path";
import { mergeFleet, type NamedResult } from "../merge/fleet.js";
import { renderers } from "../render/index.js";
import { analysisResultSchema, resultSchemaVersion } from "../result/schema.js";
import { InputError } from "../util/errors.js";
import { gitText } from "../workspace/git.js";
import { readRegularText } from "../workspace/read-file.js";
import { ExitCode } from "./exit.js";
import { type CliIo, writeOutput } from "./io.js";

export interface FleetMergeArgs {
  files: string[];
  names: string[];
  out?: string;
}

/** `owner/repo` from a git remote URL (https, ssh or scp-like), without `.git`. */
export function remoteName(url: string): string | undefined {
  const m = /[:/]([^/:]+\/[^/:]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1];
}

/**
 * The repository's name: `--name`, else the `origin` remote of the git repository holding
 * the result file, else the result's folder name (`results/<repo>/result.json`).
 */
function nameOf(io: CliIo, given: string, named: string | undefined): string {
  if (named !== undefined) return named;
  const dir = path.dirname(path.resolve(io.cwd, given));
  const url = gitText(dir, ["remote", "get-url", "origin"]);
  // Not in a git repository, or no origin: the folder names it.
  const name = url === undefined ? undefined : remoteName(url);
  if (name) return name;
  return path.basename(dir);
}

function readResult(io: CliIo, given: string, name: string): NamedResult {
  const text = readRegularText(path.resolve(io.cwd, given), { what: "the result" });
  if (text === undefined) throw new InputError(`${given}: no such file`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not a result JSON file: ${(error as Error).message}`);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== resultSchemaVersion)
    throw new InputError(
      `${given}: not a result of schemaVersion ${resultSchemaVersion} (a shard file is merged without --fleet)`,
    );
  const parsed = analysisResultSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${given}: not a valid result: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return { name, file: given, result: parsed.data };
}

/** `ssot merge --fleet RESULT... [--name N]...`: one organisation-wide result. */
export async function runFleetMerge(args: FleetMergeArgs, io: CliIo): Promise<ExitCode> {
  if (args.names.length > 0 && args.names.length !== args.files.length)
    throw new InputError(
      `--name given ${args.names.length} times for ${args.files.length} results: name every result, in order, or none`,
    );
  const results = args.files.map((f, i) => {
    const name = nameOf(io, f, args.names[i]);
    // Names become the first part of every file path in the fleet result and its pages.
    if (!/^[\w.@-]+(\/[\w.@-]+)*$/.test(name) || name.split("/").some((p) => /^\.+$/.test(p)))
      throw new InputError(
        `${f}: repository name ${JSON.stringify(name)}: use letters, digits, . _ - @ and / (give --name)`,
      );
    return readResult(io, f, name);
  });
  const text = renderers.json(mergeFleet(results));
  if (args.out) {
    const file = writeOutput(io.cwd, args.out, text);
    io.stderr.write(
      `merged ${results.length} repositories (${results.map((r) => r.name).join(", ")}): wrote ${path.relative(io.cwd, file) || file}\n`,
    );
  } else io.stdout.write(text);
  return ExitCode.ok;
}
