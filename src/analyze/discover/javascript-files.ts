import { consolidationLanguage, javascriptExtensions } from "../../config/language.js";
import type { Consolidation } from "../../config/types.js";

/** `x.d.ts`, `x.d.mts`, `x.d.cts` and TypeScript 5's `x.d.css.ts`: declarations, not sources. */
const declarationFile = /\.d\.([^./]+\.)?[mc]?ts$/;
/** tsconfig / jsconfig files (`tsconfig.app.json` too) and package manifests: resolution reads them. */
const resolutionConfig = /(^|\/)((ts|js)config([.-][^/]*)?\.json|package\.json)$/;

const inNodeModules = (file: string) =>
  file.startsWith("node_modules/") || file.includes("/node_modules/");

/** A JS/TS source file we analyse (declaration files and installed packages are not). */
export function isJavaScriptSource(file: string): boolean {
  return (
    javascriptExtensions.some((ext) => file.endsWith(ext)) &&
    !declarationFile.test(file) &&
    !inNodeModules(file)
  );
}

/** A file that module resolution reads (needed when a git commit is written out to cruise). */
export function isResolutionConfig(file: string): boolean {
  return resolutionConfig.test(file) && !inNodeModules(file);
}

/** JS/TS is analysed only when some consolidation names JS/TS paths. */
export function usesJavaScript(consolidations: readonly Consolidation[]): boolean {
  return consolidations.some((c) => consolidationLanguage(c) === "javascript");
}
