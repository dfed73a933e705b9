import path from "node:path";
import { analyzeSource, configHash } from "../analyze/index.js";
import { shardOf } from "../analyze/shard.js";
import type { Config } from "../config/types.js";
import { decodeScan, type EncodedScan } from "../languages/python/scan-codec.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import type { AnalysisResult } from "../result/schema.js";
import { InputError } from "../util/errors.js";
import { toolVersion } from "../version.js";
import type { AnalysisSource, ScanStore, SourceFile } from "../workspace/source.js";
import type { ShardFile } from "./shard-file.js";

/** One shard file as read: its name (for messages) and its validated content. */
export interface NamedShard {
  name: string;
  shard: ShardFile;
}

const refuse = (message: string) => new InputError(`merge: ${message}`);

/** Shards of one analysis: same tool, commit, config and tree; each of 1..N exactly once. */
export function checkShards(shards: readonly NamedShard[]): void {
  const [first] = shards;
  if (!first) throw refuse("no shard given");
  const same = <T>(what: string, of: (s: ShardFile) => T, show: (v: T) => string = String) => {
    for (const s of shards) {
      if (JSON.stringify(of(s.shard)) !== JSON.stringify(of(first.shard)))
        throw refuse(
          `${s.name} and ${first.name} are shards of different ${what} (${show(of(s.shard))} against ${show(of(first.shard))}); analyse every shard of one run again`,
        );
    }
  };
  for (const s of shards) {
    if (s.shard.tool.version !== toolVersion)
      throw refuse(
        `${s.name} was written by ssot-tracker ${s.shard.tool.version}, this is ${toolVersion}: merge with the version that analysed, or analyse again`,
      );
  }
  same("commits", (s) => s.commit ?? "(no commit)");
  same(
    "configurations",
    (s) => s.configHash,
    (h) => `config hash ${h.slice(0, 12)}`,
  );
  same(
    "trees",
    (s) => s.fileList,
    (l) => `${l.count} files, ${l.sha256.slice(0, 12)}`,
  );
  same(
    "shard counts",
    (s) => s.shard.count,
    (n) => `N = ${n}`,
  );
  same("roots", (s) => s.root);
  const count = first.shard.shard.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    const k = s.shard.shard.index;
    if (k > count) throw refuse(`${s.name} is shard ${k}/${count}: K must be at most N`);
    const other = seen.get(k);
    if (other) throw refuse(`${s.name} and ${other} are both shard ${k}/${count}`);
    seen.set(k, s.name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0)
    throw refuse(
      `shard${missing.length > 1 ? "s" : ""} ${missing.map((k) => `${k}/${count}`).join(", ")} missing: every shard of the run is needed`,
    );
  if (configHash({ file: "", root: "", ...first.shard.rules } as Config) !== first.shard.configHash)
    throw refuse(`${first.name}: its configuration does not match its config hash`);
}

const byPath = (a: { file: string }, b: { file: string }) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/**
 * The unsharded result from every shard: the shards' scans are put together and the whole
 * analysis after scanning (resolve, classify, measure, phases) runs once over them, on the
 * whole module index. Reads no file of the repository.
 */
export async function mergeShards(shards: readonly NamedShard[]): Promise<AnalysisResult> {
  checkShards(shards);
  const first = (shards[0] as NamedShard).shard;
  const scans = new Map<string, PythonScan>();
  const docs = new Map<string, Uint8Array>();
  const files: SourceFile[] = [];
  const encoder = new TextEncoder();
  for (const { name, shard } of shards) {
    for (const [file] of [
      ...shard.scans,
      ...shard.docs,
      ...shard.sliceSkipped.map((x) => [x.file]),
    ])
      if (shardOf(file as string, shard.shard.count) !== shard.shard.index)
        throw refuse(
          `${name}: ${JSON.stringify(file)} is not in shard ${shard.shard.index}/${shard.shard.count}`,
        );
    for (const [file, encoded] of shard.scans) {
      try {
        scans.set(file, decodeScan(encoded as EncodedScan));
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
  const store: ScanStore = { get: (f) => scans.get(f.file), set: () => {} };
  const source: AnalysisSource = {
    files,
    skipped: [...first.skipped, ...shards.flatMap((s) => s.shard.sliceSkipped)].sort(byPath),
    readMany: (wanted) =>
      new Map(wanted.map((f) => [f.file, docs.get(f.file) ?? new Error("not in any shard")])),
  };
  // Where the config file and root were does not matter, only the root relative to it.
  // Deep enough that the root's leading `..` never climbs past the file-system root.
  const ups = first.root.split("/").filter((part) => part === "..").length;
  const base = path.resolve("/ssot-merge", ...Array.from({ length: ups }, () => "m"));
  const config = {
    ...(first.rules as Omit<Config, "file" | "root">),
    file: path.join(base, "ssot.config.yaml"),
    root: path.join(base, first.root),
  };
  return analyzeSource(config, source, {
    store,
    workers: 0,
    ...(first.commit ? { commit: first.commit } : {}),
    ...(first.lastMigration ? { lastMigration: first.lastMigration } : {}),
  });
}
