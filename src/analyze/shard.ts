import { createHash } from "node:crypto";
import path from "node:path";
import type { Config } from "../config/types.js";
import { type EncodedScan, encodeScan } from "../languages/python/scan-codec.js";
import { errorCode, InputError } from "../util/errors.js";
import { toPosix } from "../util/paths.js";
import { toolVersion } from "../version.js";
import { headCommit } from "../workspace/git.js";
import { readLastMigration } from "../workspace/migration-record.js";
import { defaultCacheDir, ScanCache } from "../workspace/scan-cache.js";
import { absPathIn, readFromDisk, type SkippedFile } from "../workspace/source.js";
import { discoverWorkingTree } from "../workspace/working-tree.js";
import { usesJavaScript } from "./discover/javascript-files.js";
import { configHash, docGlobsOf, wantedFile } from "./index.js";
import { globFilter } from "./measure/measure.js";
import { scanPythonFiles } from "./scan/python.js";

/** Shard K of N (1-based), as `--shard K/N` writes it. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** `K/N` with 1 <= K <= N; anything else is one clear message. */
export function parseShard(text: string): ShardSpec {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new InputError(
      `--shard ${JSON.stringify(text)}: expected K/N with 1 <= K <= N (e.g. --shard 2/4)`,
    );
  return { index, count };
}

/**
 * The shard a file belongs to: by a hash of its path, so a file stays in its shard whatever
 * else is added or removed, and every runner computes the same slice without talking.
 */
export function shardOf(file: string, count: number): number {
  const digest = createHash("sha256").update(file).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Hash of the file list every shard discovered: shards of different trees must not merge. */
export function fileListHash(files: readonly string[]): string {
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

/**
 * What one shard found: the scans of its slice (the expensive part), plus the facts of the
 * whole tree that discovery gives every shard alike. The merge resolves, classifies and
 * evaluates phases once over all shards' scans, so it equals the unsharded run exactly.
 */
export interface ShardFacts {
  shard: ShardSpec;
  /** The validated configuration without its file and root: the merge runs on it. */
  rules: Omit<Config, "file" | "root">;
  root: string;
  commit?: string;
  configHash: string;
  /** Every file the analysis wants, in the whole tree (sorted), hashed. */
  fileList: { count: number; sha256: string };
  /** Found but unusable, anywhere in the tree (the same in every shard). */
  skipped: SkippedFile[];
  /** Files of this slice that could not be scanned (binary, unreadable). */
  sliceSkipped: SkippedFile[];
  /** The Python scans of this slice, by file (sorted). */
  scans: [file: string, scan: EncodedScan][];
  /** Documentation files of this slice (only when a criterion reads documents). */
  docs: [file: string, text: string][];
  lastMigration?: { planned: number; applied: number };
}

export interface ShardOptions {
  cache?: boolean;
  cacheDir?: string;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Problems that do not stop the analysis (an unwritable cache). */
  onWarning?: (message: string) => void;
}

/** Scan this shard's slice of the working tree at `config.root`. */
export async function scanShard(
  config: Config,
  shard: ShardSpec,
  options: ShardOptions = {},
): Promise<ShardFacts> {
  if (usesJavaScript(config.consolidations))
    throw new InputError(
      `${config.file}: --shard analyses Python only; a consolidation names JS/TS paths, so run \`ssot analyze\` without --shard`,
    );
  const wanted = wantedFile(config);
  const docGlobs = docGlobsOf(config);
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: docGlobs.length > 0 ? () => true : wanted,
  });
  const files = discovery.files.filter((f) => wanted(f.file));
  const mine = files.filter((f) => shardOf(f.file, shard.count) === shard.index);
  const source = {
    files: mine,
    skipped: [],
    readMany: readFromDisk(absPathIn(config.root)),
    absPath: absPathIn(config.root),
  };
  const cache =
    options.cache === false
      ? undefined
      : ScanCache.open(options.cacheDir ?? defaultCacheDir(), config.root, toolVersion);
  const py = mine.filter((f) => f.file.endsWith(".py"));
  const scanned = await scanPythonFiles(py, source, {
    store: cache,
    workers: options.workers,
    onProgress: (p) => options.onProgress?.(p.done, p.total),
  });
  try {
    // Every Python file of the tree stays: the next shard run on this machine may want it.
    cache?.save(new Set(files.filter((f) => f.file.endsWith(".py")).map((f) => f.file)));
  } catch (error) {
    options.onWarning?.(`scan cache not saved: ${errorCode(error)} (${cache?.file})`);
  }
  const isDoc = docGlobs.length > 0 ? globFilter(docGlobs) : undefined;
  const docFiles = isDoc ? mine.filter((f) => !f.file.endsWith(".py") && isDoc(f.file)) : [];
  const decoder = new TextDecoder("utf-8");
  const docs: [string, string][] = [];
  for (const [file, bytes] of source.readMany(docFiles))
    if (!(bytes instanceof Error)) docs.push([file, decoder.decode(bytes)]);
  const { file: configFile, root, ...rules } = config;
  const commit = headCommit(config.root);
  const lastMigration = readLastMigration(config.root);
  return {
    shard,
    rules,
    root: toPosix(path.relative(path.dirname(configFile), root)) || ".",
    ...(commit ? { commit } : {}),
    configHash: configHash(config),
    fileList: { count: files.length, sha256: fileListHash(files.map((f) => f.file)) },
    skipped: discovery.skipped,
    sliceSkipped: scanned.skipped,
    scans: [...scanned.scans].map(([file, scan]) => [file, encodeScan(scan)]),
    docs,
    ...(lastMigration ? { lastMigration } : {}),
  };
}
