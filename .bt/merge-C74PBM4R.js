import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  reporter
} from "./chunk-VJTLTIY7.js";
import "./chunk-YOAXWKHQ.js";
import {
  shardFileSchema,
  shardFormat,
  shardOf
} from "./chunk-64KF52XX.js";
import "./chunk-JD74CQL3.js";
import {
  analyzeSource,
  configHash
} from "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import "./chunk-NPKQCN5C.js";
import "./chunk-RZVQHAKH.js";
import {
  decodeScan
} from "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import "./chunk-ANWQWNOV.js";
import {
  writeOutput
} from "./chunk-TOPJG2UI.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/commands/merge.js
import path2 from "node:path";

// dist/merge/shards.js
import path from "node:path";
var refuse = (message) => new InputError(`merge: ${message}`);
function checkShards(shards) {
  const [first] = shards;
  if (!first)
    throw refuse("no shard given");
  const same = (what, of, show = String) => {
    for (const s of shards) {
      if (JSON.stringify(of(s.shard)) !== JSON.stringify(of(first.shard)))
        throw refuse(`${s.name} and ${first.name} are shards of different ${what} (${show(of(s.shard))} against ${show(of(first.shard))}); analyse every shard of one run again`);
    }
  };
  for (const s of shards) {
    if (s.shard.tool.version !== toolVersion)
      throw refuse(`${s.name} was written by ssot-tracker ${s.shard.tool.version}, this is ${toolVersion}: merge with the version that analysed, or analyse again`);
  }
  same("commits", (s) => s.commit ?? "(no commit)");
  same("configurations", (s) => s.configHash, (h) => `config hash ${h.slice(0, 12)}`);
  same("trees", (s) => s.fileList, (l) => `${l.count} files, ${l.sha256.slice(0, 12)}`);
  same("shard counts", (s) => s.shard.count, (n) => `N = ${n}`);
  same("roots", (s) => s.root);
  const count = first.shard.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const k = s.shard.shard.index;
    if (k > count)
      throw refuse(`${s.name} is shard ${k}/${count}: K must be at most N`);
    const other = seen.get(k);
    if (other)
      throw refuse(`${s.name} and ${other} are both shard ${k}/${count}`);
    seen.set(k, s.name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0)
    throw refuse(`shard${missing.length > 1 ? "s" : ""} ${missing.map((k) => `${k}/${count}`).join(", ")} missing: every shard of the run is needed`);
  if (configHash({ file: "", root: "", ...first.shard.rules }) !== first.shard.configHash)
    throw refuse(`${first.name}: its configuration does not match its config hash`);
}
var byPath = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
async function mergeShards(shards) {
  checkShards(shards);
  const first = shards[0].shard;
  const scans = /* @__PURE__ */ new Map();
  const docs = /* @__PURE__ */ new Map();
  const files = [];
  const encoder = new TextEncoder();
  for (const { name, shard } of shards) {
    for (const [file] of [
      ...shard.scans,
      ...shard.docs,
      ...shard.sliceSkipped.map((x) => [x.file])
    ])
      if (shardOf(file, shard.shard.count) !== shard.shard.index)
        throw refuse(`${name}: ${JSON.stringify(file)} is not in shard ${shard.shard.index}/${shard.shard.count}`);
    for (const [file, encoded] of shard.scans) {
      try {
        scans.set(file, decodeScan(encoded));
      } catch {
        throw refuse(`${name}: the scan of ${JSON.stringify(file)} is not valid`);
      }
      files.push({ file, version: "shard" });
    }
    for (const [file, text] of shard.docs) {
      docs.set(file, encoder.encode(text));
      files.push({ file, version: "shard" });
    }
  }
  files.sort(byPath);
  const store = { get: (f) => scans.get(f.file), set: () => {
  } };
  const source = {
    files,
    skipped: [...first.skipped, ...shards.flatMap((s) => s.shard.sliceSkipped)].sort(byPath),
    readMany: (wanted) => new Map(wanted.map((f) => [f.file, docs.get(f.file) ?? new Error("not in any shard")]))
  };
  const ups = first.root.split("/").filter((part) => part === "..").length;
  const base = path.resolve("/ssot-merge", ...Array.from({ length: ups }, () => "m"));
  const config = {
    ...first.rules,
    file: path.join(base, "ssot.config.yaml"),
    root: path.join(base, first.root)
  };
  return analyzeSource(config, source, {
    store,
    workers: 0,
    ...first.commit ? { commit: first.commit } : {},
    ...first.lastMigration ? { lastMigration: first.lastMigration } : {}
  });
}

// dist/cli/commands/merge.js
function readJson(io, given) {
  const text = readRegularText(path2.resolve(io.cwd, given), { what: "the file to merge" });
  if (text === void 0)
    throw new InputError(`${given}: no such file`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not JSON: ${error.message}`);
  }
}
function readShard(io, given) {
  const data = readJson(io, given);
  if (data?.format !== shardFormat)
    throw new InputError(`${given}: not a shard file (write one with \`ssot analyze --shard K/N --out FILE\`); to merge the results of different repositories use \`ssot merge --fleet\``);
  const parsed = shardFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${given}: not a valid shard file: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`);
  }
  return { name: given, shard: parsed.data };
}
async function runMerge(args, io) {
  const shards = args.files.map((f) => readShard(io, f));
  const result = await mergeShards(shards);
  const text = reporter("analyze", "json")(result);
  if (args.out) {
    const file = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`merged ${shards.length} shards: wrote ${path2.relative(io.cwd, file) || file}
`);
  } else
    io.stdout.write(text);
  return ExitCode.ok;
}
var options = (y) => y.positional("files", {
  type: "string",
  array: true,
  demandOption: true,
  describe: "shard files (ssot analyze --shard K/N), or results with --fleet"
}).option("out", { type: "string", describe: "write the merged result here instead of stdout" }).option("fleet", {
  type: "boolean",
  default: false,
  describe: "merge results of different repositories into one organisation-wide result"
}).option("name", {
  type: "string",
  array: true,
  describe: "--fleet: the repositories' names, one per result, in order"
});
var command = defineCommand({
  name: "merge <files..>",
  description: "merge shard files into the unsharded result, or (--fleet) results of many repositories",
  options,
  run: async (a, io) => {
    const files = (a.files ?? []).map(String);
    if (a.fleet) {
      const { runFleetMerge } = await import("./merge-fleet-GVHONBWT.js");
      return runFleetMerge({ files, ...a.out ? { out: a.out } : {}, names: (a.name ?? []).map(String) }, io);
    }
    if (a.name && a.name.length > 0)
      throw new InputError("--name is for --fleet merges only");
    return runMerge({ files, ...a.out ? { out: a.out } : {} }, io);
  }
});
export {
  command
};
