import { createHash } from "node:crypto";
import { escapedName, isUtf8Name, splitNul } from "../util/file-name.js";
import { runGit, runGitAsync } from "./git.js";

export interface GitListing {
  /** Paths relative to root. */
  files: string[];
  /** Paths that are not UTF-8, with their other bytes shown as `\xNN`. */
  undecodable: string[];
  /** sha256 of git's listing as it printed it: the same hash, the same files by git's rules. */
  hash: string;
}

/** Tracked files and untracked ones no ignore rule excludes (git's own rules, exactly). */
const listingArgs = ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."];

const hashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * gitListing in the background (see runGitAsync), for the output memo's check: its hash
 * says whether the files are the same; only a miss splits it into names, for discovery.
 */
export async function gitListingAsync(
  root: string,
): Promise<{ hash: string; listing: () => GitListing } | undefined> {
  const run = await runGitAsync(root, listingArgs);
  // Empty: maybe an ignored root, which gitListing tells apart; the memo just misses.
  if (run.error || run.status !== 0 || run.stdout.length === 0) return undefined;
  const hash = hashOf(run.stdout);
  return { hash, listing: () => listingOf(run.stdout, hash) };
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
  const run = runGit(root, listingArgs);
  if (run.error || run.status !== 0) return undefined;
  const listing = listingOf(run.stdout);
  // Only an empty listing can mean an ignored root; the extra git call is paid only then.
  if (
    listing.files.length === 0 &&
    listing.undecodable.length === 0 &&
    runGit(root, ["check-ignore", "-q", "--", "."]).status === 0
  )
    return undefined;
  return listing;
}

function listingOf(stdout: Buffer, hash = hashOf(stdout)): GitListing {
  const undecodable: string[] = [];
  // One native check of the whole listing; names are split as bytes only when it fails.
  const names = isUtf8Name(stdout)
    ? stdout.toString("utf8").split("\0")
    : splitNul(stdout).flatMap((bytes) => {
        if (isUtf8Name(bytes)) return [bytes.toString("utf8")];
        undecodable.push(escapedName(bytes));
        return [];
      });
  const files = [...new Set(names)].filter((f) => f !== "");
  // A path in a merge conflict is listed once per stage (deduplicated above).
  return { files, undecodable: [...new Set(undecodable)], hash };
}
