/**
 * Paths from a git commit's tree are untrusted: `git mktree` accepts an entry named `..`
 * (git fsck only warns, and a clone succeeds when that commit is not the tip), so a tree
 * can hold `../../x.js`. Such a path must never be joined onto a folder we write into.
 */

/** Why a repository-relative path from a git tree is unsafe to use, or undefined when it is fine. */
export function unsafeTreePath(file: string): string | undefined {
  // The common case, decided without splitting: no segment can be empty or start with ".".
  if (isPlainPath(file)) return undefined;
  if (file === "") return "an empty path";
  if (file.startsWith("/")) return "an absolute path";
  if (file.includes("\\")) return "a backslash in the path";
  for (const part of file.split("/")) {
    if (part === "") return "an empty path segment";
    if (part === "." || part === "..") return `a "${part}" path segment`;
    // Case-insensitive, as git itself refuses `.GIT` on checkout.
    if (part.toLowerCase() === ".git") return 'a ".git" path segment';
  }
  return undefined;
}

const isPlainPath = (file: string) =>
  file !== "" &&
  file[0] !== "/" &&
  file[0] !== "." &&
  !file.endsWith("/") &&
  !file.includes("/.") &&
  !file.includes("//") &&
  !file.includes("\\");
