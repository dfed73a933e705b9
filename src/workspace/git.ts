import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { InputError } from "../util/errors.js";

/**
 * The one way ssot runs git. The analysed repository is hostile input, and so is its
 * `.git/config`: `core.fsmonitor` there names a program that `git ls-files` or `git diff`
 * would run, and `log.showSignature` makes `git log` run `gpg.program` on signed commits.
 * These settings switch off what a read-only command could be made to run or write
 * (optional locks would refresh the repository's index file).
 */
const guard = [
  ...["core.fsmonitor=false", "core.hooksPath=/dev/null", "log.showSignature=false"],
  ...["gpg.program=false", "gpg.ssh.program=false", "gpg.x509.program=false"],
].flatMap((setting) => ["-c", setting]);
const environment = {
  ...process.env,
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
};
const maxBuffer = 1 << 30;

interface GitRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  error?: Error;
}

/** Run `git args` in `cwd` without a shell; never throws. */
export function runGit(cwd: string, args: readonly string[], input?: string | Buffer): GitRun {
  const run = spawnSync("git", [...guard, ...args], {
    cwd,
    input,
    env: environment,
    maxBuffer,
    stdio: ["pipe", "pipe", "pipe"],
  });
  return {
    status: run.status,
    stdout: run.stdout ?? Buffer.alloc(0),
    stderr: run.stderr?.toString("utf8").trim() ?? "",
    error: run.error,
  };
}

/**
 * `runGit` in the background: git works on another core while the caller goes on (the
 * output memo stats the tree meanwhile). Never rejects.
 */
export function runGitAsync(cwd: string, args: readonly string[]): Promise<GitRun> {
  return spawnGit(cwd, args, "ignore", "pipe");
}

/** git as a child, never rejecting: stdout is collected when it is a pipe. */
function spawnGit(
  cwd: string,
  args: readonly string[],
  stdin: "ignore" | number,
  stdout: "pipe" | number,
): Promise<GitRun> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const child = spawn("git", [...guard, ...args], {
      cwd,
      env: environment,
      stdio: [stdin, stdout, "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) =>
      resolve({ status: null, stdout: Buffer.alloc(0), stderr: "", error }),
    );
    child.on("close", (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8").trim(),
      }),
    );
  });
}

/**
 * `git(cwd, args, input)` in the background, for large outputs read while this thread works
 * (the blobs of the next chunk while this one's are scanned). Input (if any) and output go
 * through files of a private temporary folder, not pipes: a busy event loop would leave git
 * waiting on a full pipe. Rejects as `git` throws.
 */
export async function gitLater(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-git-"));
  try {
    const inFile = path.join(dir, "in");
    const outFile = path.join(dir, "out");
    if (input !== undefined) writeFileSync(inFile, input, { mode: 0o600 });
    const stdin = input === undefined ? "ignore" : openSync(inFile, "r");
    const stdout = openSync(outFile, "wx", 0o600);
    const run = await spawnGit(cwd, args, stdin, stdout).finally(() => {
      if (stdin !== "ignore") closeSync(stdin);
      closeSync(stdout);
    });
    // Read and removed on libuv's threads: tens of MB of blobs per call, ~60 ms of reading
    // and ~10 ms of unlinking that would otherwise stall this thread's scanning.
    return checked(cwd, args, { ...run, stdout: run.error ? run.stdout : await readFile(outFile) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** git's output, or an InputError naming the command and git's first line of complaint. */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  return checked(cwd, args, runGit(cwd, args, input));
}

function checked(cwd: string, args: readonly string[], run: GitRun): Buffer {
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new InputError(
      missing ? "git is not installed or not on PATH" : `git ${args[0]}: ${run.error.message}`,
      { cause: run.error },
    );
  }
  if (run.status !== 0) {
    const detail = run.stderr.split("\n")[0] || `exit ${run.status}`;
    throw new InputError(`git ${args.join(" ")} failed in ${cwd}: ${detail}`);
  }
  return run.stdout;
}

/** git's output as text, or undefined when git is missing or the command fails. */
export function gitText(cwd: string, args: readonly string[]): string | undefined {
  const run = runGit(cwd, args);
  return run.error || run.status !== 0 ? undefined : run.stdout.toString("utf8");
}

const headArgs = ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"];

function commitOf(run: GitRun): string | undefined {
  const id = run.error || run.status !== 0 ? "" : run.stdout.toString("utf8").trim();
  return /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

/** HEAD's commit id when `cwd` is inside a git work tree with a commit, else undefined. */
export function headCommit(cwd: string): string | undefined {
  return commitOf(runGit(cwd, headArgs));
}

/** headCommit in the background (see runGitAsync). */
export async function headCommitAsync(cwd: string): Promise<string | undefined> {
  return commitOf(await runGitAsync(cwd, headArgs));
}
