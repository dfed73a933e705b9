import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import path from "node:path";
import type { WorkingTreeInputs } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import { visible } from "../reporters/escape/terminal.js";
import { errorCode } from "../util/errors.js";
import { toolVersion } from "../version.js";
import {
  extraWitnesses,
  isRacy,
  type OutputMemo,
  outputMemoFile,
  outputMemoKey,
  outsideGit,
  provenPaths,
  racyMs,
  readOutputMemo,
  treeStamps,
  treeUnchanged,
  writeOutputMemo,
} from "../workspace/analysis-memo.js";
import { findConfigFile } from "../workspace/config-file.js";
import { readRegularFile } from "../workspace/read-file.js";
import { defaultCacheDir } from "../workspace/scan-cache.js";
import type { ConfigArgs } from "./config.js";
import { type CliIo, emitOutput, useColor } from "./io.js";

/**
 * `ssot analyze`'s output replayed when nothing it depends on changed: the config file's
 * bytes and the flags (the memo's key), and the walked tree (its stamps, see
 * workspace/analysis-memo.ts). A hit reads the config's bytes, stats the tree and writes
 * the stored output: it parses no config and loads none of the pipeline. Anything else
 * (git work trees, JS/TS, `GIT_DIR` in the environment) analyses as always.
 */

/** The flags of `ssot analyze` the memo reads (commands/analyze.ts has them all). */
export interface MemoArgs extends ConfigArgs {
  format: string;
  out?: string | undefined;
  cache: boolean;
  cacheDir?: string | undefined;
  shard?: string | undefined;
}

const gitLocators = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR"];

interface MemoPlace {
  file: string;
  key: string;
  configFile: string;
  configHash: string;
}

const configHashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function readConfigHash(configFile: string): string | undefined {
  const bytes = readRegularFile(configFile, { what: "the config file", maxBytes: 16 << 20 });
  return bytes && configHashOf(bytes);
}

function placeOf(args: MemoArgs, io: CliIo): MemoPlace | undefined {
  if (!args.cache || args.shard !== undefined) return undefined;
  // These can make git claim a folder with no `.git` at or above it.
  if (gitLocators.some((name) => io.env[name] !== undefined)) return undefined;
  try {
    const configFile = findConfigFile(io.cwd, args.config);
    const configHash = readConfigHash(configFile);
    if (configHash === undefined) return undefined;
    const cacheDir = args.cacheDir ? path.resolve(io.cwd, args.cacheDir) : defaultCacheDir();
    // One memo per config file and flags (its name); the config's bytes are in its key.
    const slot = outputMemoKey([
      toolVersion,
      configFile,
      args.format,
      !args.out && useColor(io),
      args.out !== undefined,
      args.allowOutsideRoot === true,
    ]);
    const key = outputMemoKey([slot, configHash]);
    return { file: outputMemoFile(cacheDir, slot), key, configFile, configHash };
  } catch {
    return undefined; // the full run reports what is wrong with the config
  }
}

const realDirs = (root: string, configFile: string) => ({
  realRoot: realpathSync.native(root),
  realConfigDir: realpathSync.native(path.dirname(configFile)),
});

/** Write the memoised output and return true; false when there is none that still holds. */
export function replayOutputMemo(args: MemoArgs, io: CliIo): boolean {
  const place = placeOf(args, io);
  const found = place && readOutputMemo(place.file, place.key);
  if (!place || !found) return false;
  const { memo } = found;
  try {
    const real = realDirs(memo.root, place.configFile);
    if (real.realRoot !== memo.realRoot || real.realConfigDir !== memo.realConfigDir) return false;
  } catch {
    return false;
  }
  if (!outsideGit(memo.root)) return false;
  if (!treeUnchanged(memo.root, provenPaths(memo.files, memo.witnesses), memo.stamps)) return false;
  io.stderr.write(memo.stderr);
  emitOutput(args.out, found.output, io);
  return true;
}

/**
 * Records what a run needs to write its output memo: the tree as discovery found it
 * (`watch`, handed to analyze), then `save` with what the run wrote.
 */
export function outputMemoRecorder(args: MemoArgs, io: CliIo) {
  const place = placeOf(args, io);
  let proven: Omit<OutputMemo, "key" | "stderr"> | undefined;
  let racy = false;
  return {
    watch: (config: Config) => {
      // Stamps changed since shortly before discovery may hide a write in the same tick.
      const since = Date.now() - racyMs;
      return (
        place &&
        ((tree: WorkingTreeInputs) => {
          if (!tree.witness || !outsideGit(config.root)) return;
          const { witness } = tree;
          const files = tree.files.map((f) => f.file);
          // The stamps as discovery took them, before the analysis read anything; in the
          // order of provenPaths(): the migration record, the witnesses, the files.
          const stamps = [
            ...treeStamps(config.root, extraWitnesses),
            ...witness.stamps,
            ...tree.files.map((f) => f.stamp ?? "-"),
          ];
          racy = stamps.some((stamp) => isRacy(stamp, since));
          proven = {
            root: config.root,
            ...realDirs(config.root, config.file),
            files,
            witnesses: witness.paths,
            stamps,
          };
        })
      );
    },
    save(commit: string | undefined, stderr: string, output: string): void {
      // A config edited while the run read it must not file this output under its new bytes.
      if (!place || !proven || racy || commit !== undefined) return;
      if (readConfigHash(place.configFile) !== place.configHash) return;
      try {
        writeOutputMemo(place.file, { key: place.key, ...proven, stderr }, output);
      } catch (error) {
        io.stderr.write(`ssot: warning: output memo not saved: ${visible(errorCode(error))}\n`);
      }
    },
  };
}
