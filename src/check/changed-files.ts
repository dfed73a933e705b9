import { InputError } from "../util/errors.js";
import { git as runGit } from "../workspace/git.js";

/** git's output in `cwd`; an error names what was asked, then the runner's own words. */
function git(cwd: string, args: readonly string[], what: string): string {
  try {
    return runGit(cwd, args).toString("utf8");
  } catch (error) {
    throw new InputError(`${what}: ${(error as Error).message}`, { cause: error });
  }
}

const nulSeparated = (text: string) => text.split("\0").filter((f) => f !== "");

/**
 * Files changed since the merge base of `ref` and HEAD: committed, staged and unstaged
 * changes (`git diff --name-only <base>`, both sides of renames) plus untracked files that
 * are not ignored. Paths are relative to `root` (which may be a subfolder of the
 * repository), posix, sorted.
 */
export function changedFilesSince(root: string, ref: string): string[] {
  const flag = `--changed-since ${ref}`;
  if (ref === "" || ref.startsWith("-")) {
    throw new InputError(
      `${flag}: not a git revision (a branch, tag or commit such as origin/main)`,
    );
  }
  const inside = git(
    root,
    ["rev-parse", "--is-inside-work-tree"],
    `${flag}: ${root} is not inside a git work tree`,
  );
  if (inside.trim() !== "true")
    throw new InputError(`${flag}: ${root} is not inside a git work tree`);
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], flag);
  } catch (error) {
    throw new InputError(`${flag}: "${ref}" is not a commit known in ${root} (fetch it first?)`, {
      cause: error,
    });
  }
  // A shallow clone (CI's default checkout) often lacks the merge base: say how to get it.
  const shallow =
    git(root, ["rev-parse", "--is-shallow-repository"], flag).trim() === "true"
      ? " (the repository is a shallow clone: `git fetch --unshallow`, or check out with `fetch-depth: 0`)"
      : "";
  const base = git(
    root,
    ["merge-base", ref, "HEAD"],
    `${flag}: no common ancestor of ${ref} and HEAD${shallow}`,
  ).trim();
  const changed = git(
    root,
    [
      "diff",
      "--name-only",
      "--no-ext-diff",
      "--no-textconv",
      "--no-renames",
      "--relative",
      "-z",
      base,
      "--",
    ],
    flag,
  );
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z"], flag);
  return [...new Set([...nulSeparated(changed), ...nulSeparated(untracked)])].sort();
}
