import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tempRepo } from "../helpers/temp.js";

/** Helpers for the bad-input suite: small repositories built in the test, and the built CLI. */

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = path.join(repoRoot, "bin/ssot.js");

/** A Python consolidation: pkg.canon canonical, pkg.shim deprecated. */
export const pythonConfig = `consolidations:
  - id: c
    paths:
      - { id: canon, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
`;

/** The package the config names, and one file importing the shim. */
export const pythonFiles = {
  "ssot.config.yaml": pythonConfig,
  "pkg/__init__.py": "",
  "pkg/canon.py": "class Manager: ...\n",
  "pkg/shim.py": "from pkg.canon import Manager\n",
  "app/uses.py": "from pkg.shim import Manager\n",
};

export function pythonRepo(extra: Record<string, string> = {}): string {
  return tempRepo({ ...pythonFiles, ...extra });
}

/** Git with a fixed identity and no user or system config. */
export function git(dir: string, args: string[], input?: string): string {
  return execFileSync(
    "git",
    ["-c", "user.name=Hostile", "-c", "user.email=hostile@example.com", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      ...(input !== undefined ? { input } : {}),
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_AUTHOR_DATE: "1736157600 +0000", // 2025-01-06 10:00 UTC
        GIT_COMMITTER_DATE: "1736157600 +0000",
      },
    },
  ).trim();
}

/** `git init` and commit everything there is. */
export function commitAll(dir: string, message = "init"): string {
  if (!existsSync(path.join(dir, ".git"))) git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "--allow-empty", "-m", message]);
  return git(dir, ["rev-parse", "HEAD"]);
}

export interface BuiltRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child was killed by the timeout: a hang. */
  timedOut: boolean;
}

/**
 * The built CLI in a child process (its own TMPDIR, HOME and cache), with a timeout so a
 * hang fails the test instead of stalling the suite.
 */
export function runBuilt(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): BuiltRun {
  if (!existsSync(path.join(repoRoot, "dist/bundle/main.js")))
    execFileSync("npm", ["run", "build"], { cwd: repoRoot });
  const home = mkdtempSync(path.join(os.tmpdir(), "ssot-home-"));
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: home,
      XDG_CACHE_HOME: path.join(home, "cache"),
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      ...env,
    },
  });
  return {
    code: run.status,
    stdout: run.stdout ?? "",
    stderr: run.stderr ?? "",
    timedOut: run.error !== undefined && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT",
  };
}

/** Every file below `dir`, relative, sorted (to prove nothing else was written there). */
export function listTree(dir: string): string[] {
  const out = execFileSync("find", [".", "-mindepth", "1"], { cwd: dir, encoding: "utf8" });
  return out
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.slice(2))
    .sort();
}
