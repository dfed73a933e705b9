import { realpathSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../util/errors.js";
import { gitText } from "./git.js";

/**
 * A config comes with the repository, so its `root` is untrusted too: `root: /` or
 * `root: ../victim` would make snapshot, `check --update-baseline` and migrate write into
 * another tree. The root must be at or below the config file's folder, or below the git
 * top level of that folder (a config in `tools/` may name the repository as its root).
 * Leaving needs `--allow-outside-root` (the `allowOutsideRoot` option of `loadConfig`).
 */

const inside = (parent: string, child: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

function gitTopLevel(dir: string): string | undefined {
  const top = gitText(dir, ["rev-parse", "--show-toplevel"])?.trim() ?? "";
  return top === "" ? undefined : top;
}

const real = (p: string) => {
  try {
    return realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
};

/** Throws a ConfigError when `root` (already resolved) leaves the config's folder and repository. */
export function checkRootInside(configFile: string, root: string, given: string): void {
  const dir = real(path.dirname(configFile));
  const rootReal = real(root);
  if (inside(dir, rootReal)) return;
  const top = gitTopLevel(dir);
  if (top !== undefined && inside(real(top), rootReal)) return;
  throw new ConfigError(
    `${configFile}: root: "${given}" resolves to ${rootReal}, outside the config's folder ${dir}${top ? ` and its git repository ${real(top)}` : ""}; ` +
      "keep root at or below them, or pass --allow-outside-root if this is deliberate",
  );
}
