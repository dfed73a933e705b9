/**
 * Which language a configured path belongs to. A Python path is a dotted module
 * (`pkg.manager`); a JS/TS path is a repository-relative file (`src/ws/manager.ts`): it has
 * a JS/TS extension or a "/".
 */
export type Language = "python" | "javascript";

export const javascriptExtensions = [
  ".ts",
  ".tsx",
  ".js",
  ".jsx",
  ".mjs",
  ".cjs",
  ".mts",
  ".cts",
] as const;

export function pathLanguage(module: string): Language {
  return module.includes("/") || javascriptExtensions.some((ext) => module.endsWith(ext))
    ? "javascript"
    : "python";
}

/** The language of a consolidation: that of its paths (config validation forbids mixing). */
export function consolidationLanguage(c: { paths: readonly { module: string }[] }): Language {
  return c.paths.some((p) => pathLanguage(p.module) === "javascript") ? "javascript" : "python";
}
