import path from "node:path";
import { classPattern } from "../../config/class-pattern.js";
import { consolidationLanguage, javascriptExtensions } from "../../config/language.js";
import type { Config, Consolidation } from "../../config/types.js";
import { type Resolutions, resolveImports } from "../../languages/javascript/cruise.js";
import type { JavaScriptLocations } from "../../languages/javascript/locations.js";
import { ConfigError, errorCode, InputError } from "../../util/errors.js";
import { toolVersion } from "../../version.js";
import { installedPackagesStamp } from "../../workspace/analysis-memo.js";
import { assertReadable, pathExists, readBytes } from "../../workspace/files.js";
import {
  contentHash,
  type JavaScriptFacts,
  type JavaScriptFactsCache,
  javascriptEnvironment,
} from "../../workspace/javascript-facts.js";
import { materialise } from "../../workspace/materialise.js";
import type { AnalysisSource, SkippedFile } from "../../workspace/source.js";
import { isJavaScriptSource, isResolutionConfig } from "../discover/javascript-files.js";
import { globFilter, type PathLocator } from "../measure/measure.js";

export interface LocatedFile extends JavaScriptLocations {
  file: string;
}

/** Everything JS/TS classification needs, from one analysis of the tree. */
export interface JavaScriptAnalysis {
  /**
   * Every readable JS/TS source, sorted by path. Only files that can count are located:
   * one with an import that resolves to a path's file, or one that may declare a class an
   * `implementation` looks for; the others have nothing located.
   */
  files: LocatedFile[];
  resolutions: Resolutions;
  /** Configured JS/TS paths -> their files. */
  paths: PathLocator;
  skipped: SkippedFile[];
}

/**
 * A JS/TS path names a file (`src/ws/manager.ts`); a folder path (`src/ws`) or one without
 * extension names what an import of it resolves to, as for an import.
 */
export function javascriptPaths(files: ReadonlySet<string>): PathLocator {
  const fileOf = (module: string) => {
    const m = module.replace(/^\.\//, "").replace(/\/+$/, "");
    if (files.has(m)) return m;
    for (const candidate of [
      ...javascriptExtensions.map((ext) => `${m}${ext}`),
      ...javascriptExtensions.map((ext) => `${m}/index${ext}`),
    ]) {
      if (files.has(candidate)) return candidate;
    }
    return undefined;
  };
  return { fileOf, exists: (module) => fileOf(module) !== undefined, candidates: () => files };
}

/** The configured tsconfig, else `tsconfig.json` at the root when there is one. */
function tsConfigIn(dir: string, config: Config): string | undefined {
  const configured = config.javascript.tsConfig;
  if (configured === undefined) {
    const fallback = path.join(dir, "tsconfig.json");
    return pathExists(fallback) ? fallback : undefined;
  }
  const file = path.resolve(dir, configured);
  if (pathExists(file)) return file;
  if (dir !== config.root)
    throw new InputError(`javascript.tsConfig: ${configured} is not in the analysed commit`);
  throw new ConfigError(
    `${config.file}: javascript.tsConfig: ${configured} does not exist under the repository root ${config.root}`,
  );
}

interface SourceItem {
  file: string;
  version: string;
  /** Read where it is (working tree)… */
  abs?: string;
  /** …or its content (a git blob). */
  bytes?: Uint8Array;
}

/**
 * The JS/TS sources to analyse. A working tree's are only checked for readability here (few
 * are read at all); a commit's are read, with the files resolution reads, to be written out
 * for the cruise.
 */
function readSources(source: AnalysisSource) {
  const skipped: SkippedFile[] = [];
  const unreadable = (file: string, why: string) =>
    skipped.push({ file, reason: `cannot read: ${why}` });
  const absPath = source.absPath;
  if (absPath) {
    const items: SourceItem[] = [];
    for (const { file, version } of source.files.filter((f) => isJavaScriptSource(f.file))) {
      try {
        assertReadable(absPath(file));
        items.push({ file, version, abs: absPath(file) });
      } catch (error) {
        unreadable(file, errorCode(error));
      }
    }
    return { items, skipped, contents: undefined };
  }
  const wanted = source.files.filter(
    (f) => isJavaScriptSource(f.file) || isResolutionConfig(f.file),
  );
  const read = source.readMany(wanted);
  const contents = new Map<string, Uint8Array>();
  for (const { file } of wanted) {
    const bytes = read.get(file);
    if (bytes instanceof Uint8Array) contents.set(file, bytes);
    else if (isJavaScriptSource(file)) unreadable(file, bytes ? errorCode(bytes) : "not found");
  }
  const versions = new Map(wanted.map((f) => [f.file, f.version]));
  const items: SourceItem[] = [...contents]
    .filter(([file]) => isJavaScriptSource(file))
    .map(([file, bytes]) => ({ file, version: versions.get(file) ?? "", bytes }));
  return { items, skipped, contents };
}

/** Which files can count for the JS/TS consolidations, so only those are read and located. */
function relevance(consolidations: readonly Consolidation[], paths: PathLocator) {
  const js = consolidations.filter((c) => consolidationLanguage(c) === "javascript");
  const pathFiles = new Set(js.flatMap((c) => c.paths.map((p) => paths.fileOf(p.module) ?? "")));
  const wanted = js.flatMap(({ implementation: spec }) =>
    spec
      ? [
          {
            pattern: classPattern(spec.classPattern),
            inScope: globFilter(spec.include, spec.exclude),
          },
        ]
      : [],
  );
  return {
    reachesPath: (resolved: ReadonlyMap<string, string> | undefined) =>
      resolved !== undefined && [...resolved.values()].some((file) => pathFiles.has(file)),
    wantsClasses: (file: string) => wanted.some((w) => w.inScope(file)),
    /** A cheap text test first: only a file naming such a class is located for it. */
    mayDeclare: (file: string, names: readonly string[]) =>
      wanted.some((w) => w.inScope(file) && names.some((name) => w.pattern.test(name))),
  };
}

const nothing: JavaScriptLocations = { imports: [], mocks: [], classes: [] };

/** Where the facts of unchanged files are kept between runs (working trees only). */
export interface FactsStore {
  /** The cache for this environment (see javascriptEnvironment). */
  open(env: string): JavaScriptFactsCache;
}

/** A source's bytes: a blob's, else read from disk (throws when it cannot be read). */
const bytesOf = (item: SourceItem): Uint8Array => item.bytes ?? readBytes(item.abs ?? "");

/** What a file's resolutions depend on besides its own content (see facts-cache.ts). */
function environmentOf(
  config: Config,
  source: AnalysisSource,
  sources: readonly string[],
  tsConfig: string | undefined,
): string {
  const configs = source.files.filter((f) => isResolutionConfig(f.file));
  const read = source.readMany(configs);
  return javascriptEnvironment({
    tool: toolVersion,
    settings: config.javascript,
    tsConfig: tsConfig === undefined ? undefined : path.relative(config.root, tsConfig),
    sources,
    configs: configs.map(({ file }) => {
      const bytes = read.get(file);
      return [file, bytes instanceof Uint8Array ? contentHash(bytes) : "unreadable"] as const;
    }),
    packages: installedPackagesStamp(config.root),
  });
}

/**
 * Resolve the imports of every JS/TS file of the tree with one dependency-cruiser run, then
 * locate those that can count. A working tree is cruised where it is; a git commit's JS/TS
 * files (with its tsconfig and package.json files) are written to a temporary folder first.
 * With a facts store, only the files whose content changed are cruised and located again.
 */
export async function analyzeJavaScript(
  config: Config,
  source: AnalysisSource,
  store?: FactsStore,
): Promise<JavaScriptAnalysis> {
  const { items, skipped, contents } = readSources(source);
  const names = items.map((i) => i.file);
  const written = contents && names.length > 0 ? materialise(contents, config.root) : undefined;
  const known = new Map<string, JavaScriptFacts>();
  let cache: JavaScriptFactsCache | undefined;
  let resolutions: Resolutions;
  try {
    const dir = written?.dir ?? config.root;
    const tsConfig = names.length > 0 ? tsConfigIn(dir, config) : undefined;
    if (store && !written && names.length > 0)
      cache = store.open(environmentOf(config, source, names, tsConfig));
    const toCruise: SourceItem[] = [];
    for (const item of items) {
      const hit = cache?.get(item.file, item.version, () => readOrUndefined(item));
      if (hit) known.set(item.file, hit);
      else toCruise.push(item);
    }
    // Hashed before the cruise: an edit meanwhile makes the entry stale, never wrong.
    const hashes = cache ? toCruise.map((item) => readOrUndefined(item)) : [];
    resolutions = await resolveImports({
      dir,
      files: toCruise.map((i) => i.file),
      ...(tsConfig ? { tsConfig } : {}),
      // The other files' resolutions are known: resolve these files' imports, follow none.
      ...(known.size > 0 ? { maxDepth: 1 } : {}),
    });
    toCruise.forEach((item, i) => {
      const bytes = hashes[i];
      const resolved = resolutions.get(item.file);
      if (bytes)
        cache?.set(item.file, item.version, contentHash(bytes), {
          resolved: resolved ? [...resolved] : null,
        });
    });
  } finally {
    written?.dispose();
  }
  for (const [file, facts] of known) {
    if (facts.resolved) resolutions.set(file, new Map(facts.resolved));
  }
  const files = await locate(config, items, resolutions, known, skipped, cache);
  return {
    files,
    resolutions,
    paths: javascriptPaths(new Set(files.map((f) => f.file))),
    skipped,
  };
}

function readOrUndefined(item: SourceItem): Uint8Array | undefined {
  try {
    return bytesOf(item);
  } catch {
    return undefined;
  }
}

/**
 * Locate the statements of the files that can count (TypeScript's scanner is loaded only
 * when some file's statements are not cached).
 */
async function locate(
  config: Config,
  items: readonly SourceItem[],
  resolutions: Resolutions,
  known: ReadonlyMap<string, JavaScriptFacts>,
  skipped: SkippedFile[],
  cache: JavaScriptFactsCache | undefined,
): Promise<LocatedFile[]> {
  const relevant = relevance(
    config.consolidations,
    javascriptPaths(new Set(items.map((i) => i.file))),
  );
  const decoder = new TextDecoder("utf-8");
  let locations: typeof import("../../languages/javascript/locations.js") | undefined;
  const files: LocatedFile[] = [];
  for (const item of items) {
    const { file } = item;
    const reaches = relevant.reachesPath(resolutions.get(file));
    if (!reaches && !relevant.wantsClasses(file)) {
      files.push({ file, ...nothing });
      continue;
    }
    const hit = known.get(file);
    let text: string | undefined;
    const read = () => (text ??= decoder.decode(bytesOf(item)));
    try {
      let wanted = reaches;
      if (!wanted) {
        let candidates = hit?.candidates;
        if (candidates === undefined) {
          locations ??= await import("../../languages/javascript/locations.js");
          candidates = locations.classNameCandidates(read());
          cache?.add(file, { candidates });
        }
        wanted = relevant.mayDeclare(file, candidates);
      }
      let located = nothing;
      if (wanted) {
        located = hit?.located ?? nothing;
        if (hit?.located === undefined) {
          locations ??= await import("../../languages/javascript/locations.js");
          located = locations.locateImports(read());
          cache?.add(file, { located });
        }
      }
      files.push({ file, ...located });
    } catch (error) {
      skipped.push({ file, reason: `cannot read: ${errorCode(error)}` });
    }
  }
  return files;
}
