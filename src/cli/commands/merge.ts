import path from "node:path";
import type { Argv } from "yargs";
import { shardFileSchema, shardFormat } from "../../merge/shard-file.js";
import { mergeShards, type NamedShard } from "../../merge/shards.js";
import { renderers } from "../../render/index.js";
import { InputError } from "../../util/errors.js";
import { readRegularText } from "../../workspace/read-file.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { ExitCode } from "../exit.js";
import { type CliIo, writeOutput } from "../io.js";

interface MergeArgs {
  files: string[];
  out?: string;
}

/** Parse one input file as JSON; its `format` says whether it is a shard. */
function readJson(io: CliIo, given: string): unknown {
  const text = readRegularText(path.resolve(io.cwd, given), { what: "the file to merge" });
  if (text === undefined) throw new InputError(`${given}: no such file`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not JSON: ${(error as Error).message}`);
  }
}

function readShard(io: CliIo, given: string): NamedShard {
  const data = readJson(io, given);
  if ((data as { format?: unknown } | null)?.format !== shardFormat)
    throw new InputError(
      `${given}: not a shard file (write one with \`ssot analyze --shard K/N --out FILE\`); to merge the results of different repositories use \`ssot merge --fleet\``,
    );
  const parsed = shardFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${given}: not a valid shard file: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return { name: given, shard: parsed.data };
}

/** `ssot merge SHARD...`: the shards of one run, put together into exactly the unsharded result. */
async function runMerge(args: MergeArgs, io: CliIo): Promise<ExitCode> {
  const shards = args.files.map((f) => readShard(io, f));
  const result = await mergeShards(shards);
  const text = renderers.json(result);
  if (args.out) {
    const file = writeOutput(io.cwd, args.out, text);
    io.stderr.write(
      `merged ${shards.length} shards: wrote ${path.relative(io.cwd, file) || file}\n`,
    );
  } else io.stdout.write(text);
  return ExitCode.ok;
}

const options = (y: Argv<GlobalOptions>) =>
  y
    .positional("files", {
      type: "string",
      array: true,
      demandOption: true,
      describe: "shard files (ssot analyze --shard K/N), or results with --fleet",
    })
    .option("out", { type: "string", describe: "write the merged result here instead of stdout" })
    .option("fleet", {
      type: "boolean",
      default: false,
      describe: "merge results of different repositories into one organisation-wide result",
    })
    .option("name", {
      type: "string",
      array: true,
      describe: "--fleet: the repositories' names, one per result, in order",
    });

/** `ssot merge`: shards into the unsharded result, or (`--fleet`) many repositories' results into one. */
export const command = defineCommand({
  name: "merge <files..>",
  description:
    "merge shard files into the unsharded result, or (--fleet) results of many repositories",
  options,
  run: async (a, io) => {
    const files = (a.files ?? []).map(String);
    if (a.fleet) {
      const { runFleetMerge } = await import("../merge-fleet.js");
      return runFleetMerge(
        { files, ...(a.out ? { out: a.out } : {}), names: (a.name ?? []).map(String) },
        io,
      );
    }
    if (a.name && a.name.length > 0) throw new InputError("--name is for --fleet merges only");
    return runMerge({ files, ...(a.out ? { out: a.out } : {}) }, io);
  },
});
