import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Git for test repositories: a fixed identity (-c user.name/email), no system or global
 * config, and fixed author/committer dates so commits are the same on every run.
 */
export function git(dir: string, args: string[], date = "2024-01-01T12:00:00Z"): string {
  const when = `${Math.floor(Date.parse(date) / 1000)} +0000`;
  return execFileSync(
    "git",
    ["-c", "user.name=Check Fixture", "-c", "user.email=check@example.com", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_DATE: when,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
      },
    },
  ).trim();
}

/** Write files (null deletes one) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(dir, file);
    if (content === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
}

/** A new repository on branch `main` in a temp folder. */
export function initRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-check-"));
  git(dir, ["init", "-q", "-b", "main"]);
  return dir;
}

/** Write files, stage everything and commit at `date`. */
export function commit(
  dir: string,
  files: Record<string, string | null>,
  message: string,
  date: string,
): void {
  writeFiles(dir, files);
  git(dir, ["add", "-A"], date);
  git(dir, ["commit", "-q", "-m", message], date);
}

/** An independent copy of a repository (working tree and .git), so tests do not share state. */
export function copyRepo(dir: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), "ssot-check-copy-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}
