import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { classPattern } from "../../config/class-pattern.js";
import { consolidationLanguage, javascriptExtensions } from "../../config/language.js";
import type { Config, Consolidation } from "../../config/types.js";
import { type Resolutions, resolveImports } from "../../languages/javascript/cruise.js";
import {
  classNameCandidates,
  type JavaScriptLocations,
  locateImports,
} from "../../languages/javascript/locations.js";
import { ConfigError, errorCode, InputError } from "../../util/errors.js";
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
    return existsSync(fallback) ? fallback : undefined;
  }
  const file = path.resolve(dir, configured);
  if (existsSync(file)) return file;
  if (dir !== config.root)
    throw new InputError(`javascript.tsConfig: ${configured} is not in the analysed commit`);
  throw new ConfigError(
    `${config.file}: javascript.tsConfig: ${configured} does not exist under the repository root ${config.root}`,
  );
}

interface SourceItem {
  file: string;
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
    for (const { file } of source.files.filter((f) => isJavaScriptSource(f.file))) {
      try {
        accessSync(absPath(file), constants.R_OK);
        items.push({ file, abs: absPath(file) });
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
  const items: SourceItem[] = [...contents]
    .filter(([file]) => isJavaScriptSource(file))
    .map(([file, bytes]) => ({ file, bytes }));
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
    mayDeclare: (file: string, text: string) => {
      const names = classNameCandidates(text);
      return wanted.some((w) => w.inScope(file) && names.some((name) => w.pattern.test(name)));
    },
  };
}

const nothing: JavaScriptLocations = { imports: [], mocks: [], classes: [] };

/**
 * Resolve the imports of every JS/TS file of the tree with one dependency-cruiser run, then
 * locate those that can count. A working tree is cruised where it is; a git commit's JS/TS
 * files (with its tsconfig and package.json files) are written to a temporary folder first.
 */
export async function analyzeJavaScript(
  config: Config,
  source: AnalysisSource,
): Promise<JavaScriptAnalysis> {
  const { items, skipped, contents } = readSources(source);
  const names = items.map((i) => i.file);
  const written = contents && names.length > 0 ? materialise(contents, config.root) : undefined;
  let resolutions: Resolutions;
  try {
    const dir = written?.dir ?? config.root;
    const tsConfig = names.length > 0 ? tsConfigIn(dir, config) : undefined;
    resolutions = await resolveImports({ dir, files: names, ...(tsConfig ? { tsConfig } : {}) });
  } finally {
    written?.dispose();
  }
  const relevant = relevance(config.consolidations, javascriptPaths(new Set(names)));
  const decoder = new TextDecoder("utf-8");
  const files: LocatedFile[] = [];
  for (const { file, abs, bytes } of items) {
    const reaches = relevant.reachesPath(resolutions.get(file));
    if (!reaches && !relevant.wantsClasses(file)) {
      files.push({ file, ...nothing });
      continue;
    }
    let text: string;
    try {
      text = bytes ? decoder.decode(bytes) : readFileSync(abs ?? "", "utf8");
    } catch (error) {
      skipped.push({ file, reason: `cannot read: ${errorCode(error)}` });
      continue;
    }
    const located = reaches || relevant.mayDeclare(file, text) ? locateImports(text) : nothing;
    files.push({ file, ...located });
  }
  return {
    files,
    resolutions,
    paths: javascriptPaths(new Set(files.map((f) => f.file))),
    skipped,
  };
}
