import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  configHash,
  docGlobsOf,
  readLastMigration,
  wantedFile
} from "./chunk-OMCO46RY.js";
import {
  globFilter,
  usesJavaScript
} from "./chunk-RZVQHAKH.js";
import {
  ScanCache,
  defaultCacheDir,
  encodeScan
} from "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  discoverWorkingTree,
  readFromDisk,
  scanPythonFiles,
  toPosix
} from "./chunk-AFIXXXQQ.js";
import {
  external_exports
} from "./chunk-VHJDUMJJ.js";
import {
  headCommit
} from "./chunk-ANWQWNOV.js";
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";

// dist/analyze/shard.js
import { createHash } from "node:crypto";
import path from "node:path";
function parseShard(text) {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new InputError(`--shard ${JSON.stringify(text)}: expected K/N with 1 <= K <= N (e.g. --shard 2/4)`);
  return { index, count };
}
function shardOf(file, count) {
  const digest = createHash("sha256").update(file).digest();
  return digest.readUInt32BE(0) % count + 1;
}
function fileListHash(files) {
  return createHash("sha256").update(files.join("\n")).digest("hex");
}
async function scanShard(config, shard, options = {}) {
  if (usesJavaScript(config.consolidations))
    throw new InputError(`${config.file}: --shard analyses Python only; a consolidation names JS/TS paths, so run \`ssot analyze\` without --shard`);
  const wanted = wantedFile(config);
  const docGlobs = docGlobsOf(config);
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: docGlobs.length > 0 ? () => true : wanted
  });
  const files = discovery.files.filter((f) => wanted(f.file));
  const mine = files.filter((f) => shardOf(f.file, shard.count) === shard.index);
  const source = {
    files: mine,
    skipped: [],
    readMany: readFromDisk((file) => path.join(config.root, file)),
    absPath: (file) => path.join(config.root, file)
  };
  const cache = options.cache === false ? void 0 : ScanCache.open(options.cacheDir ?? defaultCacheDir(), config.root, toolVersion);
  const py = mine.filter((f) => f.file.endsWith(".py"));
  const scanned = await scanPythonFiles(py, source, {
    store: cache,
    workers: options.workers,
    onProgress: (p) => options.onProgress?.(p.done, p.total)
  });
  try {
    cache?.save(new Set(files.filter((f) => f.file.endsWith(".py")).map((f) => f.file)));
  } catch (error) {
    options.onWarning?.(`scan cache not saved: ${errorCode(error)} (${cache?.file})`);
  }
  const isDoc = docGlobs.length > 0 ? globFilter(docGlobs) : void 0;
  const docFiles = isDoc ? mine.filter((f) => !f.file.endsWith(".py") && isDoc(f.file)) : [];
  const decoder = new TextDecoder("utf-8");
  const docs = [];
  for (const [file, bytes] of source.readMany(docFiles))
    if (!(bytes instanceof Error))
      docs.push([file, decoder.decode(bytes)]);
  const { file: configFile, root, ...rules } = config;
  const commit = headCommit(config.root);
  const lastMigration = readLastMigration(config.root);
  return {
    shard,
    rules,
    root: toPosix(path.relative(path.dirname(configFile), root)) || ".",
    ...commit ? { commit } : {},
    configHash: configHash(config),
    fileList: { count: files.length, sha256: fileListHash(files.map((f) => f.file)) },
    skipped: discovery.skipped,
    sliceSkipped: scanned.skipped,
    scans: [...scanned.scans].map(([file, scan]) => [file, encodeScan(scan)]),
    docs,
    ...lastMigration ? { lastMigration } : {}
  };
}

// dist/merge/shard-file.js
var shardFormat = "ssot-shard";
var shardFormatVersion = 1;
var skipped = external_exports.array(external_exports.object({ file: external_exports.string(), reason: external_exports.string() }));
var shardFileSchema = external_exports.object({
  format: external_exports.literal(shardFormat),
  formatVersion: external_exports.literal(shardFormatVersion),
  tool: external_exports.object({ name: external_exports.literal("ssot-tracker"), version: external_exports.string() }),
  shard: external_exports.object({ index: external_exports.number().int().min(1), count: external_exports.number().int().min(1) }),
  root: external_exports.string(),
  commit: external_exports.string().optional(),
  configHash: external_exports.string(),
  rules: external_exports.record(external_exports.string(), external_exports.unknown()),
  fileList: external_exports.object({ count: external_exports.number().int(), sha256: external_exports.string() }),
  skipped,
  sliceSkipped: skipped,
  // Positional scans (the cache's codec); decoded, and checked, by the merge.
  scans: external_exports.array(external_exports.tuple([external_exports.string(), external_exports.array(external_exports.unknown())])),
  docs: external_exports.array(external_exports.tuple([external_exports.string(), external_exports.string()])),
  lastMigration: external_exports.object({ planned: external_exports.number(), applied: external_exports.number() }).optional()
});
function shardJson(facts) {
  const file = {
    format: shardFormat,
    formatVersion: shardFormatVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...facts
  };
  return `${JSON.stringify(file)}
`;
}

export {
  parseShard,
  shardOf,
  scanShard,
  shardFormat,
  shardFileSchema,
  shardJson
};
