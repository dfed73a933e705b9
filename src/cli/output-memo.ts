import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import path from "node:path";
import type { InertFiles, WorkingTreeInputs } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import { visible } from "../reporters/escape/terminal.js";
import { errorCode } from "../util/errors.js";
import { toolVersion } from "../version.js";
import { isRacy, racyMs } from "../workspace/analysis-memo.js";
import { findConfigFile } from "../workspace/config-file.js";
import type { GitListing } from "../workspace/git-listing.js";
import {
  extraWitnesses,
  fileStampNumbers,
  type OutputMemo,
  outputMemoFile,
  outputMemoKey,
  outsideGit,
  readOutputMemo,
  stampWidth,
  treeStamps,
  witnessPaths,
  writeOutputMemo,
} from "../workspace/output-memo-store.js";
import { readRegularFile } from "../workspace/read-file.js";
import { defaultCacheDir } from "../workspace/scan-cache.js";
import { checkTree, replayedWalk, type TreeCheck } from "../workspace/tree-check.js";
import type { Discovery } from "../workspace/working-tree.js";
import type { ConfigArgs } from "./config.js";
import { type CliIo, emitOutput, useColor } from "./io.js";
import { contentsOf, onlyInertChanges } from "./output-memo-contents.js";

/**
 * `ssot analyze`'s output replayed when nothing it depends on changed: the config file's
 * bytes and the flags (the memo's key), and the walked tree (its stamps, see
 * workspace/analysis-memo.ts; in a git work tree also git's listing and HEAD). A hit reads
 * the config's bytes, stats the tree and writes the stored output: it parses no config and
 * loads none of the pipeline. Anything else (JS/TS, `GIT_DIR` in the environment) analyses
 * as always.
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

/** What a check that missed already learnt about the tree: the run that follows reuses it. */
export interface KnownTree {
  root: string;
  /** When the check began (stamps it took may hide writes of the 2 s before: isRacy). */
  since: number;
  /** Stamps of the proven files that are regular files, as the check took them. */
  stamps: ReadonlyMap<string, string>;
  /** git's listing of `root`, taken just now (discovery needs no second `git ls-files`). */
  listing?: GitListing;
  /** The walk's discovery, when every witness of the memo's walk still holds. */
  walked?: Discovery;
}

export type MemoCheck = { replayed: true } | { replayed: false; known?: KnownTree };

const missed: MemoCheck = { replayed: false };

/** Write the memoised output when it still holds; else say what the check learnt. */
export async function replayOutputMemo(args: MemoArgs, io: CliIo): Promise<MemoCheck> {
  const place = placeOf(args, io);
  const found = place && readOutputMemo(place.file, place.key);
  if (!place || !found) return missed;
  const { memo } = found;
  try {
    const real = realDirs(memo.root, place.configFile);
    if (real.realRoot !== memo.realRoot || real.realConfigDir !== memo.realConfigDir) return missed;
    if (outsideGit(memo.root) !== !memo.git) return missed;
  } catch {
    return missed;
  }
  const since = Date.now() - racyMs;
  const paths = witnessPaths(memo.witnesses);
  try {
    // git lists the files and reads HEAD on the other core while this one stats the tree
    // (child processes are loaded only for a git tree: a walked tree's hit is the fast path).
    const git = memo.git ? await startGit(memo.root) : undefined;
    const check = await checkTree(memo.root, paths, memo.stamps, memo.files, memo.fileStamps);
    const known: KnownTree = { root: memo.root, since, stamps: check.files };
    if (memo.git && git) {
      const [listed, head] = await Promise.all([git.listing, git.head]);
      const listingHolds = listed?.hash === memo.git.listing && (head ?? null) === memo.git.commit;
      if (listingHolds && check.same) return replay(found.output, memo.stderr, args, io);
      if (listingHolds && check.witnessesHold && (await onlyInertChanges(memo.root, memo, check)))
        return replayAfterEdits(found, check, since, place.file, args, io);
      return {
        replayed: false,
        known: { ...known, ...(listed ? { listing: listed.listing() } : {}) },
      };
    }
    if (check.same) return replay(found.output, memo.stderr, args, io);
    if (check.witnessesHold && (await onlyInertChanges(memo.root, memo, check)))
      return replayAfterEdits(found, check, since, place.file, args, io);
    if (!check.witnessesHold || !memo.skipped) return { replayed: false, known };
    const from = extraWitnesses.length;
    const witness = {
      paths: memo.witnesses,
      stamps: memo.stamps.slice(from, from + memo.witnesses.length),
    };
    const walked = replayedWalk(memo.root, memo.files, memo.skipped, witness, check.files);
    return { replayed: false, known: { ...known, walked } };
  } catch {
    return missed; // a path that cannot be stat'ed now: the full run says what is wrong
  }
}

/** git's listing and HEAD of `root`, started now, each a promise. */
async function startGit(root: string) {
  const [{ gitListingAsync }, { headCommitAsync }] = await Promise.all([
    import("../workspace/git-listing.js"),
    import("../workspace/git.js"),
  ]);
  return { listing: gitListingAsync(root), head: headCommitAsync(root) };
}

/**
 * The output replayed after edits that change nothing in it; the memo takes the files'
 * new stamps (unless they are too recent to prove anything), so the next run is a plain hit.
 */
function replayAfterEdits(
  found: { memo: OutputMemo; output: string },
  check: TreeCheck,
  since: number,
  file: string,
  args: MemoArgs,
  io: CliIo,
): MemoCheck {
  const replayed = replay(found.output, found.memo.stderr, args, io);
  const stamps = [...check.changed.values()];
  if (stamps.some((stamp) => isRacy(stamp, since))) return replayed;
  const fileStamps = found.memo.fileStamps.slice();
  for (const [i, stamp] of check.changed) fileStamps.set(fileStampNumbers([stamp]), i * stampWidth);
  try {
    writeOutputMemo(file, { ...found.memo, fileStamps }, found.output);
  } catch {
    // Only an accelerator: the next run judges the same edits again.
  }
  return replayed;
}

function replay(output: string, stderr: string, args: MemoArgs, io: CliIo): MemoCheck {
  io.stderr.write(stderr);
  emitOutput(args.out, output, io);
  return { replayed: true };
}

/**
 * Records what a run needs to write its output memo: the tree as discovery found it
 * (`watch`, handed to analyze), then `save` with what the run wrote.
 */
export function outputMemoRecorder(args: MemoArgs, io: CliIo) {
  const place = placeOf(args, io);
  let proven: (Omit<OutputMemo, "key" | "stderr" | "git"> & { gitListing?: string }) | undefined;
  let racy = false;
  let inert: InertFiles | undefined;
  return {
    /** Handed to analyze: which files' contents did not matter (see InertFiles). */
    inert: (facts: InertFiles) => {
      inert = facts;
    },
    watch: (config: Config, known?: KnownTree) => {
      // Stamps changed since shortly before discovery (or the check that handed its stats
      // on) may hide a write in the same tick.
      const since = Math.min(Date.now() - racyMs, known?.since ?? Number.POSITIVE_INFINITY);
      return (
        place &&
        ((tree: WorkingTreeInputs) => {
          const { witness } = tree;
          // A walked tree is only proven outside git (see outsideGit).
          if (!witness || (witness.gitListing === undefined && !outsideGit(config.root))) return;
          const files = tree.files.map((f) => f.file);
          // The stamps as discovery took them, before the analysis read anything; in the
          // order of witnessPaths(): the migration record, the witnesses; then the files'.
          const stamps = [...treeStamps(config.root, extraWitnesses), ...witness.stamps];
          const fileStamps = tree.files.map((f) => f.stamp ?? "-");
          racy = [...stamps, ...fileStamps].some((stamp) => isRacy(stamp, since));
          proven = {
            root: config.root,
            ...realDirs(config.root, config.file),
            files,
            witnesses: witness.paths,
            stamps,
            fileStamps: fileStampNumbers(fileStamps),
            ...(witness.gitListing !== undefined ? { gitListing: witness.gitListing } : {}),
            ...(witness.gitListing === undefined ? { skipped: tree.skipped } : {}),
          };
        })
      );
    },
    save(commit: string | undefined, stderr: string, output: string): void {
      // A config edited while the run read it must not file this output under its new bytes.
      // Only a listing from git can say which commit the output names.
      if (!place || !proven || racy) return;
      const { gitListing, ...tree } = proven;
      if (gitListing === undefined && commit !== undefined) return;
      if (readConfigHash(place.configFile) !== place.configHash) return;
      const git =
        gitListing === undefined ? {} : { git: { listing: gitListing, commit: commit ?? null } };
      const contents = inert && contentsOf(tree.files, inert);
      try {
        const memo = { key: place.key, ...tree, ...git, ...(contents ? { contents } : {}), stderr };
        writeOutputMemo(place.file, memo, output);
      } catch (error) {
        io.stderr.write(`ssot: warning: output memo not saved: ${visible(errorCode(error))}\n`);
      }
    },
  };
}
