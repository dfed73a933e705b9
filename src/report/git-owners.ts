import { gitText } from "../workspace/git.js";

/**
 * Owners from git history, for repositories without CODEOWNERS: the author with the most
 * commits touching a file among the last `recentCommits` commits of the analysed commit
 * (ties: the most recent one). Read with plain `git log`; nothing of the repository runs.
 */
export const recentCommits = 1000;

export const gitOwnersSource = `git history (the most frequent author of each file in the last ${recentCommits} commits)`;

/** Parse `git log --format=%x00%an --name-only` output: file -> commit count per author, newest first. */
export function authorsByFile(log: string): Map<string, Map<string, number>> {
  const byFile = new Map<string, Map<string, number>>();
  for (const commit of log.split("\0").slice(1)) {
    const [author = "", ...files] = commit.split("\n");
    for (const file of files) {
      if (file === "") continue;
      const authors = byFile.get(file) ?? new Map<string, number>();
      authors.set(author, (authors.get(author) ?? 0) + 1);
      byFile.set(file, authors);
    }
  }
  return byFile;
}

/** The author with the most commits; on a tie the first seen (the log is newest first). */
export function mostFrequent(authors: Map<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [author, n] of authors) {
    if (n > most) {
      best = author;
      most = n;
    }
  }
  return best;
}

/**
 * The most frequent recent author of each of `files` (paths relative to `root`), or
 * undefined when `root` is not in a git repository with that commit.
 */
export function gitOwners(
  root: string,
  commit: string,
  files: Iterable<string>,
): Record<string, string[]> | undefined {
  const log = gitText(root, [
    "log",
    "-n",
    String(recentCommits),
    "--no-merges",
    "--no-renames",
    "--relative",
    "--format=%x00%an",
    "--name-only",
    commit,
    "--",
  ]);
  if (log === undefined) return undefined;
  const authors = authorsByFile(log);
  const byFile: Record<string, string[]> = {};
  for (const file of files) {
    const author = authors.get(file);
    const best = author ? mostFrequent(author) : undefined;
    byFile[file] = best ? [best] : [];
  }
  return byFile;
}
