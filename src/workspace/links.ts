import { realpathSync } from "node:fs";
import path from "node:path";
import { errorCode } from "../util/errors.js";

/**
 * One rule for symbolic links, in the working tree and in git commits alike: a link is
 * never followed out of the root. A link to a file inside the root is analysed at the
 * link's path (Python imports it there); a link to a folder is not walked (inside the root
 * its files are analysed where they really are); links that lead outside the root, dangle
 * or loop are listed as skipped with one of these reasons.
 */
export const linkReasons = {
  outsideFile: "symbolic link to a file outside the root: not followed",
  outsideFolder: "symbolic link to a folder outside the root: not followed",
  broken: "broken symbolic link",
} as const;

/** `real` is `rootReal` or below it. */
export function isInside(rootReal: string, real: string): boolean {
  return real === rootReal || real.startsWith(`${rootReal}${path.sep}`);
}

/** The real path of a link, or the reason it cannot be used (broken, a loop, unreadable). */
export function resolveLink(abs: string): { real: string } | { reason: string } {
  try {
    return { real: realpathSync.native(abs) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      reason:
        code === "ENOENT" || code === "ELOOP"
          ? linkReasons.broken
          : `cannot resolve: ${errorCode(error)}`,
    };
  }
}
