import { spawnSync } from "node:child_process";

/**
 * The files git sees in the working tree below `root`: tracked files plus untracked ones
 * that no ignore rule excludes (`.gitignore` at every level, also above `root`,
 * `.git/info/exclude` and the user's global excludes — git's own rules, exactly). Paths are
 * relative to `root`. Undefined when `root` is not inside a git work tree or git is missing.
 */
export function gitListing(root: string): string[] | undefined {
  const run = spawnSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
    {
      cwd: root,
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  if (run.error || run.status !== 0) return undefined;
  // A path in a merge conflict is listed once per stage.
  return [...new Set(run.stdout.toString("utf8").split("\0"))].filter((f) => f !== "");
}
