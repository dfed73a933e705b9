import { spawnSync } from "node:child_process";

function gitIn(root: string, args: string[]) {
  return spawnSync("git", args, {
    cwd: root,
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "ignore"],
  });
}

/**
 * The files git sees in the working tree below `root`: tracked files plus untracked ones
 * that no ignore rule excludes (`.gitignore` at every level, also above `root`,
 * `.git/info/exclude` and the user's global excludes — git's own rules, exactly). Paths are
 * relative to `root`. Undefined when `root` is not inside a git work tree, git is missing,
 * or the enclosing repository ignores `root` itself (a folder kept out of some unrelated
 * repository, such as an installed tree under a dotfiles repository): then it is not that
 * repository's code, and the caller walks the folder instead.
 */
export function gitListing(root: string): string[] | undefined {
  const run = gitIn(root, [
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ".",
  ]);
  if (run.error || run.status !== 0) return undefined;
  const listed = [...new Set(run.stdout.toString("utf8").split("\0"))].filter((f) => f !== "");
  // Only an empty listing can mean an ignored root; the extra git call is paid only then.
  if (listed.length === 0 && gitIn(root, ["check-ignore", "-q", "--", "."]).status === 0)
    return undefined;
  // A path in a merge conflict is listed once per stage (deduplicated above).
  return listed;
}
