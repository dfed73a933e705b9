import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  visible
} from "./chunk-NPKQCN5C.js";
import {
  defaultCacheDir
} from "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  emitOutput,
  useColor
} from "./chunk-TOPJG2UI.js";
import {
  findConfigFile
} from "./chunk-NL5M6RYS.js";
import {
  extraWitnesses,
  isRacy,
  linkStampOf,
  outputMemoFile,
  outputMemoKey,
  outsideGit,
  provenPaths,
  racyMs,
  readOutputMemo,
  stampOf,
  stampOfStats,
  treeStamps,
  versionOfStamp,
  writeOutputMemo
} from "./chunk-VHNT77KF.js";
import {
  readRegularFile
} from "./chunk-MHDWAI3I.js";
import {
  errorCode
} from "./chunk-XGZIY2SH.js";

// dist/cli/output-memo.js
import { createHash } from "node:crypto";
import { realpathSync as realpathSync2 } from "node:fs";
import path2 from "node:path";

// dist/workspace/tree-check.js
import { lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var step = 2048;
async function checkTree(root, paths, stamps, fileCount) {
  if (paths.length !== stamps.length || fileCount > paths.length)
    return { same: false, witnessesHold: false, files: /* @__PURE__ */ new Map() };
  const filesFrom = paths.length - fileCount;
  const regular = new Array(fileCount);
  let witnessesHold = true;
  let same = true;
  for (let from = 0; from < paths.length; from += step) {
    const to = Math.min(paths.length, from + step);
    for (let i = from; i < to; i++) {
      const p = paths[i];
      let stamp;
      if (i >= filesFrom) {
        const abs = absOf(root, p);
        const st = lstatSync(abs, { throwIfNoEntry: false });
        stamp = st?.isSymbolicLink() ? stampOf(abs) : stampOfStats(st);
        if (st?.isFile())
          regular[i - filesFrom] = stamp;
      } else if (p.endsWith("\0")) {
        const abs = absOf(root, p.slice(0, -1));
        stamp = linkStampOf(abs, realOrNone(abs));
      } else
        stamp = stampOf(absOf(root, p));
      if (stamp !== stamps[i]) {
        same = false;
        if (i < filesFrom)
          witnessesHold = false;
      }
    }
    if (to < paths.length)
      await new Promise((resolve) => setImmediate(resolve));
  }
  const files = /* @__PURE__ */ new Map();
  if (!same)
    for (let i = 0; i < fileCount; i++) {
      const stamp = regular[i];
      if (stamp !== void 0)
        files.set(paths[filesFrom + i], stamp);
    }
  return { same, witnessesHold, files };
}
var absOf = (root, rel) => rel === "" ? root : `${root}${path.sep}${rel}`;
function realOrNone(abs) {
  try {
    return realpathSync.native(abs);
  } catch {
    return void 0;
  }
}
function replayedWalk(root, files, skipped, witness, stamps) {
  const found = [];
  const lost = [...skipped];
  for (const file of files) {
    const abs = `${root}${path.sep}${file}`;
    try {
      const known = stamps.get(file);
      const stamp = known ?? stampOfStats(statSync(abs));
      found.push({ file, abs, version: versionOfStamp(stamp), stamp });
    } catch (error) {
      lost.push({ file, reason: `cannot stat: ${errorCode(error)}` });
    }
  }
  lost.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files: found, skipped: lost, witness };
}

// dist/cli/output-memo.js
var gitLocators = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR"];
var configHashOf = (bytes) => createHash("sha256").update(bytes).digest("hex");
function readConfigHash(configFile) {
  const bytes = readRegularFile(configFile, { what: "the config file", maxBytes: 16 << 20 });
  return bytes && configHashOf(bytes);
}
function placeOf(args, io) {
  if (!args.cache || args.shard !== void 0)
    return void 0;
  if (gitLocators.some((name) => io.env[name] !== void 0))
    return void 0;
  try {
    const configFile = findConfigFile(io.cwd, args.config);
    const configHash = readConfigHash(configFile);
    if (configHash === void 0)
      return void 0;
    const cacheDir = args.cacheDir ? path2.resolve(io.cwd, args.cacheDir) : defaultCacheDir();
    const slot = outputMemoKey([
      toolVersion,
      configFile,
      args.format,
      !args.out && useColor(io),
      args.out !== void 0,
      args.allowOutsideRoot === true
    ]);
    const key = outputMemoKey([slot, configHash]);
    return { file: outputMemoFile(cacheDir, slot), key, configFile, configHash };
  } catch {
    return void 0;
  }
}
var realDirs = (root, configFile) => ({
  realRoot: realpathSync2.native(root),
  realConfigDir: realpathSync2.native(path2.dirname(configFile))
});
var missed = { replayed: false };
async function replayOutputMemo(args, io) {
  const place = placeOf(args, io);
  const found = place && readOutputMemo(place.file, place.key);
  if (!place || !found)
    return missed;
  const { memo } = found;
  try {
    const real = realDirs(memo.root, place.configFile);
    if (real.realRoot !== memo.realRoot || real.realConfigDir !== memo.realConfigDir)
      return missed;
    if (outsideGit(memo.root) !== !memo.git)
      return missed;
  } catch {
    return missed;
  }
  const since = Date.now() - racyMs;
  const paths = provenPaths(memo.files, memo.witnesses);
  try {
    const git = memo.git ? await startGit(memo.root) : void 0;
    const check = await checkTree(memo.root, paths, memo.stamps, memo.files.length);
    const known = { root: memo.root, since, stamps: check.files };
    if (memo.git && git) {
      const [listed, head] = await Promise.all([git.listing, git.head]);
      const same = check.same && listed?.hash === memo.git.listing && (head ?? null) === memo.git.commit;
      if (same)
        return replay(found.output, memo.stderr, args, io);
      return { replayed: false, known: { ...known, ...listed ? { listing: listed } : {} } };
    }
    if (check.same)
      return replay(found.output, memo.stderr, args, io);
    if (!check.witnessesHold || !memo.skipped)
      return { replayed: false, known };
    const from = extraWitnesses.length;
    const witness = {
      paths: memo.witnesses,
      stamps: memo.stamps.slice(from, from + memo.witnesses.length)
    };
    const walked = replayedWalk(memo.root, memo.files, memo.skipped, witness, check.files);
    return { replayed: false, known: { ...known, walked } };
  } catch {
    return missed;
  }
}
async function startGit(root) {
  const [{ gitListingAsync }, { headCommitAsync }] = await Promise.all([
    import("./git-listing-O6SXM4NE.js"),
    import("./git-G2VEELOF.js")
  ]);
  return { listing: gitListingAsync(root), head: headCommitAsync(root) };
}
function replay(output, stderr, args, io) {
  io.stderr.write(stderr);
  emitOutput(args.out, output, io);
  return { replayed: true };
}
function outputMemoRecorder(args, io) {
  const place = placeOf(args, io);
  let proven;
  let racy = false;
  return {
    watch: (config, known) => {
      const since = Math.min(Date.now() - racyMs, known?.since ?? Number.POSITIVE_INFINITY);
      return place && ((tree) => {
        const { witness } = tree;
        if (!witness || witness.gitListing === void 0 && !outsideGit(config.root))
          return;
        const files = tree.files.map((f) => f.file);
        const stamps = [
          ...treeStamps(config.root, extraWitnesses),
          ...witness.stamps,
          ...tree.files.map((f) => f.stamp ?? "-")
        ];
        racy = stamps.some((stamp) => isRacy(stamp, since));
        proven = {
          root: config.root,
          ...realDirs(config.root, config.file),
          files,
          witnesses: witness.paths,
          stamps,
          ...witness.gitListing !== void 0 ? { gitListing: witness.gitListing } : {},
          ...witness.gitListing === void 0 ? { skipped: tree.skipped } : {}
        };
      });
    },
    save(commit, stderr, output) {
      if (!place || !proven || racy)
        return;
      const { gitListing, ...tree } = proven;
      if (gitListing === void 0 && commit !== void 0)
        return;
      if (readConfigHash(place.configFile) !== place.configHash)
        return;
      const git = gitListing === void 0 ? {} : { git: { listing: gitListing, commit: commit ?? null } };
      try {
        writeOutputMemo(place.file, { key: place.key, ...tree, ...git, stderr }, output);
      } catch (error) {
        io.stderr.write(`ssot: warning: output memo not saved: ${visible(errorCode(error))}
`);
      }
    }
  };
}

export {
  replayOutputMemo,
  outputMemoRecorder
};
