import { execFileSync, spawnSync } from "node:child_process";
import picomatch from "picomatch";
import { InputError } from "../util/errors.js";
import type { AnalysisSource, SourceFile } from "./source.js";

const maxBuffer = 1 << 30;

/** Run git in `cwd` without a shell; a failure is an InputError naming the command. */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  const run = spawnSync("git", args, { cwd, input, maxBuffer, stdio: ["pipe", "pipe", "pipe"] });
  if (run.error) throw new InputError(`git ${args[0]}: ${run.error.message}`, { cause: run.error });
  if (run.status !== 0) {
    throw new InputError(
      `git ${args.join(" ")} failed in ${cwd}: ${run.stderr.toString().trim() || `exit ${run.status}`}`,
    );
  }
  return run.stdout;
}

/** The commit id of `ref`, or an InputError naming the ref. */
export function resolveCommit(cwd: string, ref: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd,
      encoding: "utf8",
    }).trim();
  } catch {
    throw new InputError(`${ref}: not a commit in the git repository at ${cwd}`);
  }
}

/** HEAD's commit id when `cwd` is inside a git work tree with a commit, else undefined. */
export function headCommit(cwd: string): string | undefined {
  const run = spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const id = run.status === 0 ? run.stdout.trim() : "";
  return /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

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

/**
 * The tree of a commit, read straight from git objects: no checkout, the working tree is
 * never touched. `version` is the blob id, so scans are shared across commits.
 * Symbolic links and submodules are not files of the tree and are skipped.
 */
export function gitTreeSource(
  root: string,
  commit: string,
  wanted: (file: string) => boolean,
  exclude: readonly string[],
): AnalysisSource {
  const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
  // Run in root with the pathspec ".": paths come relative to root even below the repo's top.
  const listing = git(root, ["ls-tree", "-r", "-z", commit, "--", "."]).toString("utf8");
  const files: SourceFile[] = [];
  for (const record of listing.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("\t");
    const [mode, type, id] = record.slice(0, tab).split(" ");
    const file = record.slice(tab + 1);
    if (type !== "blob" || mode === "120000" || !id) continue;
    // Our own state (.ssot/: baseline, history, migrate backups) is never analysed.
    if (!wanted(file) || excluded(file) || file.startsWith(".ssot/")) continue;
    files.push({ file, version: id });
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    files,
    skipped: [],
    readMany(batch) {
      const out = new Map<string, Uint8Array | Error>();
      if (batch.length === 0) return out;
      const raw = git(root, ["cat-file", "--batch"], `${batch.map((f) => f.version).join("\n")}\n`);
      parseBatch(raw, batch.length).forEach((content, i) => {
        const f = batch[i];
        if (f) out.set(f.file, content);
      });
      return out;
    },
  };
}
