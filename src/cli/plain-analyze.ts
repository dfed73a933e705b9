import type { AnalyzeArgs } from "./commands/analyze.js";

/**
 * `ssot analyze` with only plain flags, read without yargs: loading yargs (and its
 * terminal-width helpers) is a good part of a run whose result comes from the memo. Any
 * other form (help, `--flag=value`, a repeated or unknown flag, a value that looks like a
 * flag, `--shard`) gives undefined, and yargs parses it as always.
 */
const valued = new Set(["--config", "--format", "--out", "--cache-dir"]);
const formats = new Set(["text", "json"]);

export function plainAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | undefined {
  if (argv[0] !== "analyze") return undefined;
  const seen = new Map<string, string | boolean>();
  for (let i = 1; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (seen.has(flag)) return undefined;
    if (valued.has(flag)) {
      const value = argv[++i];
      if (value === undefined || value === "" || value.startsWith("-")) return undefined;
      seen.set(flag, value);
    } else if (flag === "--allow-outside-root" || flag === "--no-cache" || flag === "--cache") {
      seen.set(flag, true);
    } else return undefined;
  }
  if (seen.has("--cache") && seen.has("--no-cache")) return undefined;
  const format = (seen.get("--format") as string | undefined) ?? "text";
  if (!formats.has(format)) return undefined;
  const text = (flag: string) => seen.get(flag) as string | undefined;
  const config = text("--config");
  const out = text("--out");
  const cacheDir = text("--cache-dir");
  return {
    ...(config ? { config } : {}),
    allowOutsideRoot: seen.has("--allow-outside-root") ? true : undefined,
    format: format as AnalyzeArgs["format"],
    ...(out ? { out } : {}),
    cache: !seen.has("--no-cache"),
    ...(cacheDir ? { cacheDir } : {}),
  };
}
