import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's folder: the nearest one above this module that holds a package.json. That is
 * one level above src/ and dist/, and two above the CLI's bundle in dist/bundle/.
 */
export const packageDir: string = nearestPackageDir(path.dirname(fileURLToPath(import.meta.url)));

/** The package version, read once from package.json. */
export const toolVersion: string = (
  JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }
).version;

function nearestPackageDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
