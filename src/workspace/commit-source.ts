import { realpathSync } from "node:fs";
import picomatch from "picomatch";
import { InputError } from "../util/errors.js";
import { git, gitLater, gitText } from "./git.js";
import { treeListing } from "./git-tree.js";
import type { AnalysisSource, SourceFile } from "./source.js";

/** The commit id of `ref`, or an InputError naming the ref. */
export function resolveCommit(cwd: string, ref: string): string {
  const id = gitText(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!id) throw new InputError(`${ref}: not a commit in the git repository at ${cwd}`);
  return id;
}

// Run in root with the pathspec ".": paths come relative to root even below the repo's top.
const listTreeArgs = (commit: string) => ["ls-tree", "-r", "-z", commit, "--", "."];

/**
 * `git ls-tree` of a commit (gitTreeSource's `listing`) in the background: backfill lists
 * the next commit on git's core while this one is analysed. Rejects as `git` throws.
 */
export const commitListingLater = (root: string, commit: string): Promise<Buffer> =>
  gitLater(root, listTreeArgs(commit));

/**
 * Parse `git cat-file --batch` output: `<id> <type> <size>\n<content>\n` per object, in
 * request order; `<id> missing` for an unknown one.
 */
function parseBatch(out: Buffer, count: number): (Uint8Array | Error)[] {
  const results: (Uint8Array | Error)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(10, at);
    const header = out.toString("utf8", at, eol);
    const size = Number(header.split(" ")[2]);
    if (header.endsWith(" missing") || Number.isNaN(size)) {
      results.push(new Error(`git object ${header.split(" ")[0]} is missing`));
      at = eol + 1;
      continue;
    }
    results.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return results;
}

const idLines = (batch: readonly SourceFile[]) => `${batch.map((f) => f.version).join("\n")}\n`;

function byFile(batch: readonly SourceFile[], raw: Buffer): Map<string, Uint8Array | Error> {
  const out = new Map<string, Uint8Array | Error>();
  parseBatch(raw, batch.length).forEach((content, i) => {
    const f = batch[i];
    if (f) out.set(f.file, content);
  });
  return out;
}

/**
 * The tree of a commit, read straight from git objects: no checkout, the working tree is
 * never touched. `version` is the blob id, so scans are shared across commits.
 * Submodules are not files of the tree; links and unsafe paths follow git-tree's rules.
 */
export function gitTreeSource(
  root: string,
  commit: string,
  wanted: (file: string) => boolean,
  exclude: readonly string[],
  listing: Buffer = git(root, listTreeArgs(commit)),
): AnalysisSource {
  const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
  const readBlobs = (ids: readonly string[]) =>
    ids.length === 0
      ? []
      : parseBatch(git(root, ["cat-file", "--batch"], `${ids.join("\n")}\n`), ids.length);
  // Our own state (.ssot/: baseline, history, migrate backups) is never analysed.
  const { files, skipped } = treeListing(
    listing,
    (file) => wanted(file) && !excluded(file) && !file.startsWith(".ssot/"),
    readBlobs,
    realpathSync.native(root),
  );
  return {
    files,
    skipped,
    fromGit: true,
    readMany(batch) {
      if (batch.length === 0) return new Map();
      return byFile(batch, git(root, ["cat-file", "--batch"], idLines(batch)));
    },
    async readManyLater(batch) {
      if (batch.length === 0) return new Map();
      return byFile(batch, await gitLater(root, ["cat-file", "--batch"], idLines(batch)));
    },
  };
}
