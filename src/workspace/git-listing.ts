import { escapedName, isUtf8Name, splitNul } from "../util/file-name.js";
import { runGit } from "./git.js";

export interface GitListing {
  /** Paths relative to root. */
  files: string[];
  /** Paths that are not UTF-8, with their other bytes shown as `\xNN`. */
  undecodable: string[];
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
export function gitListing(root: string): GitListing | undefined {
  const run = runGit(root, [
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ".",
  ]);
  if (run.error || run.status !== 0) return undefined;
  const undecodable: string[] = [];
  // One native check of the whole listing; names are split as bytes only when it fails.
  const names = isUtf8Name(run.stdout)
    ? run.stdout.toString("utf8").split("\0")
    : splitNul(run.stdout).flatMap((bytes) => {
        if (isUtf8Name(bytes)) return [bytes.toString("utf8")];
        undecodable.push(escapedName(bytes));
        return [];
      });
  const files = [...new Set(names)].filter((f) => f !== "");
  // Only an empty listing can mean an ignored root; the extra git call is paid only then.
  if (
    files.length === 0 &&
    undecodable.length === 0 &&
    runGit(root, ["check-ignore", "-q", "--", "."]).status === 0
  )
    return undefined;
  // A path in a merge conflict is listed once per stage (deduplicated above).
  return { files, undecodable: [...new Set(undecodable)] };
}
