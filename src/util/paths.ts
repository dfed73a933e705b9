import path from "node:path";

/** Repository-relative paths are posix everywhere, so keys and reports match on every OS. */
export function toPosix(p: string): string {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

/** `abs` relative to `root`, posix; "" for the root itself. */
export function relativePosix(root: string, abs: string): string {
  return toPosix(path.relative(root, abs));
}
