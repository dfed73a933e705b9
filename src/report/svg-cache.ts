import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { readRegularText } from "../workspace/read-file.js";
import { writeFileSafely } from "../workspace/safe-write.js";

/**
 * Drawn SVGs keyed by what decides their bytes: the Mermaid text, the SVG id, the Mermaid
 * config, the pinned Mermaid version and the browser binary. A warm report draws only the
 * diagrams whose text changed. Content-addressed, so an entry is never stale; only the
 * entries the last run used are kept, so the file does not grow. It lives next to the scan
 * cache (never in the analysed repository). Cached SVGs are as untrusted as fresh ones: the
 * report sanitises every SVG, wherever it came from.
 */

/** Bump when what is stored changes meaning (e.g. another post-processing of the SVG). */
export const svgCacheFormat = 1;

interface SvgCacheFile {
  format: number;
  svgs: Record<string, string>;
}

const mermaidVersion: string = (
  createRequire(import.meta.url)("mermaid/package.json") as { version: string }
).version;

/** The browser binary as part of the key: an upgraded Chromium may measure text otherwise. */
export function browserIdentity(executablePath: string): string {
  try {
    const st = statSync(executablePath);
    return `${executablePath}:${st.size}:${st.mtimeMs}`;
  } catch {
    return executablePath; // it will fail to start; nothing is cached then anyway
  }
}

export interface SvgKeyParts {
  browser: string;
  mermaidConfig: unknown;
  svgId: string;
  mermaid: string;
}

export function svgCacheKey(parts: SvgKeyParts): string {
  const text = JSON.stringify([
    svgCacheFormat,
    mermaidVersion,
    parts.browser,
    parts.mermaidConfig,
    parts.svgId,
    parts.mermaid,
  ]);
  return createHash("sha256").update(text).digest("hex");
}

export class SvgCache {
  private readonly used = new Map<string, string>();
  private added = 0;

  private constructor(
    readonly file: string,
    private readonly svgs: Map<string, string>,
  ) {}

  /** The cache of `root` in `cacheDir`; a missing, corrupt or other-format file starts empty. */
  static open(cacheDir: string, root: string): SvgCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `svgs-${key}.json`);
    let svgs = new Map<string, string>();
    try {
      const data = JSON.parse(readRegularText(file, { what: "the SVG cache" }) ?? "") as
        | SvgCacheFile
        | undefined;
      if (data?.format === svgCacheFormat && data.svgs && typeof data.svgs === "object")
        svgs = new Map(Object.entries(data.svgs).filter(([, v]) => typeof v === "string"));
    } catch {
      // No cache yet, or unusable: it only saves time, so start empty.
    }
    return new SvgCache(file, svgs);
  }

  /** How many SVGs the file held when opened. */
  get size(): number {
    return this.svgs.size;
  }

  get(key: string): string | undefined {
    const svg = this.svgs.get(key);
    if (svg !== undefined) this.used.set(key, svg);
    return svg;
  }

  set(key: string, svg: string): void {
    this.used.set(key, svg);
    this.added++;
  }

  /** Keep what this run used; write only when that changes the file. */
  save(): void {
    if (this.added === 0 && this.used.size === this.svgs.size) return;
    const svgs: Record<string, string> = {};
    for (const key of [...this.used.keys()].sort()) svgs[key] = this.used.get(key) as string;
    const data: SvgCacheFile = { format: svgCacheFormat, svgs };
    writeFileSafely(this.file, JSON.stringify(data));
  }
}
