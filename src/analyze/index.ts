import { createHash } from "node:crypto";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { consolidationLanguage } from "../config/language.js";
import type { Config } from "../config/types.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { type AnalysisResult, resultSchemaVersion } from "../result/schema.js";
import { errorCode } from "../util/errors.js";
import { toPosix } from "../util/paths.js";
import { toolVersion } from "../version.js";
import {
  installedPackagesStamp,
  memoFile,
  memoKey,
  readMemo,
  writeMemo,
} from "../workspace/analysis-memo.js";
import { gitTreeSource, resolveCommit } from "../workspace/commit-source.js";
import { headCommit } from "../workspace/git.js";
import type { GitListing } from "../workspace/git-listing.js";
import { JavaScriptFactsCache } from "../workspace/javascript-facts.js";
import { readLastMigration } from "../workspace/migration-record.js";
import { defaultCacheDir, ScanCache } from "../workspace/scan-cache.js";
import {
  type AnalysisSource,
  absPathIn,
  readFromDisk,
  type ScanStore,
  type SkippedFile,
  type SourceFile,
} from "../workspace/source.js";
import {
  type DiscoveredFile,
  type Discovery,
  discoverWorkingTree,
  type Witness,
} from "../workspace/working-tree.js";
import { fixOf } from "./classify/advice.js";
import { type DocMention, findMentions } from "./classify/docs.js";
import { classifyJavaScript } from "./classify/javascript.js";
import { allPathModules, classifyPython, type ScannedPythonFile } from "./classify/python.js";
import { classifyAllPython } from "./classify/python-all.js";
import {
  isJavaScriptSource,
  isResolutionConfig,
  usesJavaScript,
} from "./discover/javascript-files.js";
import { globFilter, measure, type PathLocator } from "./measure/measure.js";
import { boundNames, deprecationCategories, deprecationWarningsOf } from "./measure/warnings.js";
import { evaluatePhases } from "./phases/evaluate.js";
import type { FactsStore, JavaScriptAnalysis } from "./resolve/javascript.js";
import { buildModuleIndex, type ModuleIndex } from "./resolve/python-modules.js";
import { Provenance } from "./resolve/python-provenance.js";
import { scanWasRead } from "./scan/lazy-scan.js";
import { insidePath, prefilterOf } from "./scan/prefilter.js";
import { type ScanProgress, scanPythonFiles } from "./scan/python.js";
import { startReadThread } from "./scan/read-thread.js";

export type ProgressEvent = { stage: "discover" | "scan" | "classify" } & Partial<ScanProgress>;

export interface AnalyzeOptions {
  /** Reuse and update the on-disk scan cache (default true). */
  cache?: boolean;
  cacheDir?: string;
  /** Scanning threads (default: cores - 1 for large scans, none on 2 cores; 0: none). */
  workers?: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Problems that do not stop the analysis (an unwritable cache). */
  onWarning?: (message: string) => void;
  /** Scan in full only the Python files that can matter (default true; see prefilter.ts). */
  prefilter?: boolean;
  /** Receives the Python module index and provenance the result was made from (for migrate). */
  onPythonFacts?: (facts: PythonFacts) => void;
  /** Told what discovery found, before any file is read (the CLI's output memo). */
  onWorkingTree?: (tree: WorkingTreeInputs) => void;
  /** What the caller has just learnt about `config.root`'s tree (see KnownTree). */
  known?: KnownWorkingTree;
  /** Told which files' content could not matter, after an analysis (see InertFiles). */
  onInertFiles?: (facts: InertFiles) => void;
}

/**
 * What an analysis learnt about which contents matter: a file the prefilter let go whose
 * scan nothing read (and with no `class` in it, when anything asked for classes)
 * contributed nothing to the result; so does any other content of it that the prefilter
 * (same needles) lets go (without `class`, when `classes`). The others (`scanned`: read in
 * full) matter by their content.
 */
export interface InertFiles {
  needles: readonly string[];
  /** Something asked for classes: a `class` in a let-go file would then count. */
  classes: boolean;
  inert: ReadonlySet<string>;
  scanned: readonly string[];
  /** The scan the analysis used of a `scanned` file: the same scan, the same contribution. */
  scanOf: (file: string) => PythonScan | undefined;
}

/**
 * Discovery's work done by the caller moments before (the CLI's output memo check): a
 * whole walk's discovery proven unchanged, or git's listing, and the files' stamps.
 */
export interface KnownWorkingTree {
  walked?: Discovery;
  listing?: GitListing;
  stamps?: ReadonlyMap<string, string>;
}

/**
 * The working tree an analysis reads: its files and, when the walk can prove them
 * unchanged later, its witnesses (see Discovery). No witness for JS/TS, whose resolution
 * also reads installed packages.
 */
export interface WorkingTreeInputs {
  files: readonly DiscoveredFile[];
  /** What discovery skipped (links out of the root, unreadable folders, odd names). */
  skipped: readonly SkippedFile[];
  witness?: Witness | undefined;
}

/** What the analysis knows about the tree's Python modules beyond the result. */
export interface PythonFacts {
  index: ModuleIndex;
  provenance: Provenance;
}

export interface AnalyzeSourceOptions {
  /** Where scans of unchanged content are reused from (and stored to). */
  store?: ScanStore;
  /** Scanning threads (default: cores - 1 for large scans, none on 2 cores; 0: none). */
  workers?: number;
  /** The last migration record, for `migration-success-rate`. */
  lastMigration?: { planned: number; applied: number };
  /** The commit analysed, when known (recorded in the result's `source`). */
  commit?: string;
  onProgress?: (event: ProgressEvent) => void;
  onPythonFacts?: (facts: PythonFacts) => void;
  /** Scan in full only the Python files that can matter (default true; see prefilter.ts). */
  prefilter?: boolean;
  /** Where JS/TS resolutions of unchanged files are reused from (working trees). */
  javascriptFacts?: FactsStore;
  onInertFiles?: (facts: InertFiles) => void;
  /** A reading thread started early (see startReadThread), handed to the scan. */
  startedReadThread?: Worker;
}

const defaultDocs = ["**/*.md"];

/** Documentation globs of every `deprecated-doc-mentions` criterion (empty: none wanted). */
export function docGlobsOf(config: Config): string[] {
  return config.consolidations.flatMap((c) =>
    c.phases.flatMap((p) =>
      p.criteria.flatMap((k) =>
        k.metric === "deprecated-doc-mentions" ? (k.docs ?? defaultDocs) : [],
      ),
    ),
  );
}

/**
 * The files analysis wants from a tree: Python sources, when a consolidation names Python
 * modules; JS/TS sources and the tsconfig and
 * package.json files resolution reads, when a consolidation names JS/TS paths; documents
 * when a criterion asks.
 */
export function wantedFile(config: Config): (file: string) => boolean {
  const globs = docGlobsOf(config);
  const isDoc = globs.length > 0 ? globFilter(globs) : undefined;
  const js = usesJavaScript(config.consolidations);
  // A JS/TS-only configuration reads no Python file (nor a Python-only one any JS/TS file).
  const py = pythonWanted(config);
  return (file) =>
    (py && file.endsWith(".py")) ||
    (js && (isJavaScriptSource(file) || isResolutionConfig(file))) ||
    isDoc?.(file) === true;
}

/** Whether the analysis reads Python files (not for a JS/TS-only configuration). */
function pythonWanted(config: Config): boolean {
  return (
    !usesJavaScript(config.consolidations) ||
    config.consolidations.some((c) => consolidationLanguage(c) === "python")
  );
}

/** Analyse the working tree at `config.root`, with the on-disk scan cache unless disabled. */
export async function analyze(
  config: Config,
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  // With no scan cache every file will be read: the reading thread starts during discovery.
  const early =
    options.cache === false && pythonWanted(config) ? startReadThread(options.workers) : undefined;
  try {
    return await analyzeTree(config, options, early);
  } finally {
    await early?.terminate(); // ended already when the scan took it
  }
}

async function analyzeTree(
  config: Config,
  options: AnalyzeOptions,
  early: Worker | undefined,
): Promise<AnalysisResult> {
  options.onProgress?.({ stage: "discover" });
  const wanted = wantedFile(config);
  const { known } = options;
  const discovery =
    known?.walked ??
    discoverWorkingTree({
      root: config.root,
      exclude: config.exclude,
      // Documents are matched by path, so accept every name when documents are wanted.
      accept: docGlobsOf(config).length > 0 ? () => true : wanted,
      ...(options.onWorkingTree ? { witness: true } : {}),
      ...(known?.listing ? { listing: known.listing } : {}),
      ...(known?.stamps ? { stamps: known.stamps } : {}),
    });
  const files = discovery.files.filter((f) => wanted(f.file));
  options.onWorkingTree?.({
    files,
    skipped: discovery.skipped,
    ...(usesJavaScript(config.consolidations) ? {} : { witness: discovery.witness }),
  });
  const source: AnalysisSource = {
    files,
    skipped: discovery.skipped,
    readMany: readFromDisk(absPathIn(config.root)),
    absPath: absPathIn(config.root),
  };
  const lastMigration = readLastMigration(config.root);
  const commit = headCommit(config.root);
  const cacheDir = options.cache === false ? undefined : (options.cacheDir ?? defaultCacheDir());
  // A caller that needs the module facts behind the result (migrate) gets a real analysis.
  const memo =
    cacheDir === undefined || options.onPythonFacts
      ? undefined
      : memoOf(cacheDir, config, files, discovery);
  const memoised = memo && readMemo(memo.file, memo.key(commit, lastMigration));
  if (memoised) return memoised;
  const cache =
    cacheDir === undefined ? undefined : ScanCache.open(cacheDir, config.root, toolVersion);
  let jsCache: JavaScriptFactsCache | undefined;
  const javascriptFacts: FactsStore | undefined =
    cacheDir === undefined
      ? undefined
      : {
          open: (env) =>
            (jsCache = JavaScriptFactsCache.open(cacheDir, config.root, toolVersion, env)),
        };
  const result = await analyzeSource(config, source, {
    ...(commit ? { commit } : {}),
    ...(cache ? { store: cache } : {}),
    ...(lastMigration ? { lastMigration } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onPythonFacts ? { onPythonFacts: options.onPythonFacts } : {}),
    ...(options.prefilter !== undefined ? { prefilter: options.prefilter } : {}),
    ...(javascriptFacts ? { javascriptFacts } : {}),
    ...(options.onInertFiles ? { onInertFiles: options.onInertFiles } : {}),
    ...(early ? { startedReadThread: early } : {}),
  });
  try {
    cache?.save(new Set(files.filter((f) => f.file.endsWith(".py")).map((f) => f.file)));
  } catch (error) {
    // The cache only saves time: an unwritable cache folder must not fail the analysis.
    options.onWarning?.(`scan cache not saved: ${errorCode(error)} (${cache?.file})`);
  }
  try {
    jsCache?.save(new Set(files.map((f) => f.file)));
  } catch (error) {
    options.onWarning?.(`JS/TS cache not saved: ${errorCode(error)} (${jsCache?.file})`);
  }
  if (memo) {
    try {
      writeMemo(memo.file, memo.key(commit, lastMigration), result);
    } catch (error) {
      options.onWarning?.(`result memo not saved: ${errorCode(error)} (${memo.file})`);
    }
  }
  return result;
}

/** Where the whole-result memo of this tree lives and its key (see memo.ts). */
function memoOf(
  cacheDir: string,
  config: Config,
  files: readonly SourceFile[],
  discovery: { skipped: SkippedFile[] },
) {
  return {
    file: memoFile(cacheDir, config.root),
    key: (commit?: string, lastMigration?: { planned: number; applied: number }) =>
      memoKey({
        tool: toolVersion,
        configHash: configHash(config),
        configFile: config.file,
        root: config.root,
        files,
        skipped: discovery.skipped,
        commit,
        lastMigration,
        extra: usesJavaScript(config.consolidations)
          ? installedPackagesStamp(config.root)
          : undefined,
      }),
  };
}

/**
 * Analyse the tree of a git commit straight from git objects (no checkout). Pass one
 * `BlobScanStore` to consecutive calls so unchanged blobs are scanned once.
 */
export async function analyzeCommit(
  config: Config,
  commit: string,
  options: AnalyzeSourceOptions = {},
): Promise<AnalysisResult> {
  return analyzeCommitTree(config, { id: resolveCommit(config.root, commit) }, options);
}

/**
 * analyzeCommit of a commit id the caller has already resolved (backfill, from `git log`),
 * optionally with its `git ls-tree` output already read (commitListingLater).
 */
export async function analyzeCommitTree(
  config: Config,
  tree: { id: string; listing?: Buffer | undefined },
  options: AnalyzeSourceOptions = {},
): Promise<AnalysisResult> {
  const { id, listing } = tree;
  const source = gitTreeSource(config.root, id, wantedFile(config), config.exclude, listing);
  return analyzeSource(config, source, { ...options, commit: id });
}

/**
 * The whole analysis of one tree (working tree or git commit): scan -> resolve ->
 * classify -> measure -> phases. Reads only through `source`; the stages are pure.
 */
export async function analyzeSource(
  config: Config,
  source: AnalysisSource,
  options: AnalyzeSourceOptions = {},
): Promise<AnalysisResult> {
  const { onProgress } = options;
  const pyFiles = source.files.filter((f) => f.file.endsWith(".py"));
  const pathModules = allPathModules(config.consolidations);
  // Sources whose files can be read again when a filtered one is asked for (working trees,
  // git objects); a commit's store keeps the verdicts by blob, so each blob is judged once.
  const prefilter =
    options.prefilter !== false && (source.absPath || source.fromGit)
      ? pythonPrefilter(config, pyFiles)
      : undefined;
  // Started together: the Python scanning threads and the JS/TS analysis overlap where they can.
  const [scanned, js] = await Promise.all([
    scanPythonFiles(pyFiles, source, {
      store: options.store,
      workers: options.workers,
      onProgress: (p) => onProgress?.({ stage: "scan", ...p }),
      ...(prefilter && { prefilter: prefilter.prefilter, full: prefilter.full }),
      ...(options.startedReadThread ? { startedReadThread: options.startedReadThread } : {}),
    }),
    usesJavaScript(config.consolidations)
      ? analyzeJavaScript(config, source, options.javascriptFacts)
      : undefined,
  ]);

  onProgress?.({ stage: "classify" });
  const files: ScannedPythonFile[] = [...scanned.scans].map(([file, scan]) => ({ file, scan }));
  // Files the prefilter let go cannot reach a path: classifying them would only scan them.
  const candidates = files.filter((f) => !scanned.filtered.has(f.file));
  // Whether anything asked for classes (an implementation pattern, deprecation warnings).
  let classesAsked = false;
  const classesOf = (file: string, scan: PythonScan) => {
    classesAsked = true;
    return scanned.filtered.get(file)?.hasClass === false ? [] : scan.classes;
  };
  // The prefilter's index when every Python file was scanned (same files, same order).
  const index =
    prefilter && files.length === pyFiles.length
      ? prefilter.index
      : buildModuleIndex(
          files.map((f) => f.file),
          config.python.sourceRoots,
        );
  const pythonPaths: PathLocator = {
    fileOf: (module) => index.files.get(module),
    exists: (module) => index.exists.has(module),
    candidates: () => index.exists,
  };
  const provenance = new Provenance(index, (file) => scanned.scans.get(file));
  const python = { index, pathModules, provenance };
  options.onPythonFacts?.({ index, provenance });
  const pythonFiles = files.map((f) => f.file);
  // A getter: cached scans parse their class lists only when an implementation pattern asks.
  const pythonClasses = files.map(({ file, scan }) => ({
    file,
    get classes() {
      return classesOf(file, scan);
    },
  }));
  const docs = readDocs(source, config);
  let categories: ReadonlySet<string> | undefined;
  const categoriesOnce = () => {
    categories ??= deprecationCategories(files.flatMap(({ file, scan }) => classesOf(file, scan)));
    return categories;
  };

  // Resolve once, classify all: one pass over the statements serves every Python consolidation.
  // Only the candidates: reading a filtered file's imports would scan it after all.
  const classifiedPython = classifyAllPython(
    config.consolidations.filter((c) => !(js && consolidationLanguage(c) === "javascript")),
    candidates,
    python,
  );
  const consolidations = config.consolidations.map((c) => {
    const measured =
      js && consolidationLanguage(c) === "javascript"
        ? measure(c, {
            classified: classifyJavaScript(c, js),
            classes: js.files,
            paths: js.paths,
            sourceFiles: js.files.map((f) => f.file),
          })
        : measure(c, {
            classified: classifiedPython.get(c) ?? classifyPython(c, candidates, python),
            classes: pythonClasses,
            paths: pythonPaths,
            sourceFiles: pythonFiles,
            advise: (edge, module) => fixOf(edge, module, c, provenance),
          });
    const deprecatedModules = c.paths.filter((p) => p.role !== "canonical").map((p) => p.module);
    const scanOfPath = (id: string) => {
      const file = measured.paths.find((p) => p.id === id)?.file;
      return file ? scanned.scans.get(file) : undefined;
    };
    const phases = evaluatePhases(c, measured, {
      deprecationWarnings: (id) => deprecationWarningsOf(scanOfPath(id), categoriesOnce()),
      namesBoundBy: (id) => boundNames(scanOfPath(id)),
      docMentions: (globs) => docMentions(docs, globs ?? defaultDocs, deprecatedModules, index),
      ...(c.implementation ? { implementationPattern: c.implementation.classPattern } : {}),
      ...(options.lastMigration ? { lastMigration: options.lastMigration } : {}),
    });
    return { ...measured, phases };
  });

  if (prefilter && options.onInertFiles) {
    const inert = new Set<string>();
    for (const [file, verdict] of scanned.filtered)
      if (!(classesAsked && verdict.hasClass) && !scanWasRead(scanned.scans.get(file)))
        inert.add(file);
    options.onInertFiles({
      needles: prefilter.prefilter.needles,
      classes: classesAsked,
      inert,
      scanned: candidates.map((f) => f.file),
      scanOf: (file) => scanned.scans.get(file),
    });
  }
  // A file the prefilter let go is not checked for parse errors (that needs its full scan).
  const parseErrors = candidates
    .flatMap(({ file, scan }) =>
      scan.errors.map((e) => ({ file, line: e.line, message: e.message })),
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    schemaVersion: resultSchemaVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    source: {
      root: toPosix(path.relative(path.dirname(config.file), config.root)) || ".",
      ...(options.commit ? { commit: options.commit } : {}),
      configHash: configHash(config),
    },
    files: {
      scanned: files.length + (js?.files.length ?? 0),
      python: files.length,
      ...(js ? { javascript: js.files.length } : {}),
      skipped: [...source.skipped, ...scanned.skipped, ...(js?.skipped ?? [])].sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
      ),
      parseErrors,
    },
    consolidations,
  };
}

/**
 * The prefilter of the configured Python paths, and the files it must scan in full: those
 * inside a path module's package (relative imports there reach it without naming it).
 */
function pythonPrefilter(config: Config, pyFiles: readonly SourceFile[]) {
  const modules = config.consolidations
    .filter((c) => consolidationLanguage(c) === "python")
    .flatMap((c) => c.paths.map((p) => p.module));
  if (modules.length === 0) return undefined;
  const index = buildModuleIndex(
    pyFiles.map((f) => f.file),
    config.python.sourceRoots,
  );
  return {
    prefilter: prefilterOf(modules),
    full: (file: string) => insidePath(index.moduleOf.get(file)?.module, modules),
    index,
  };
}

/** sha256 of what the analysis reads from the config (not where the file lives). */
export function configHash(config: Config): string {
  const { file: _file, root: _root, ...rules } = config;
  return createHash("sha256").update(JSON.stringify(rules)).digest("hex");
}

/** JS/TS analysis loads TypeScript and dependency-cruiser: only when a consolidation needs it. */
async function analyzeJavaScript(
  config: Config,
  source: AnalysisSource,
  store: FactsStore | undefined,
): Promise<JavaScriptAnalysis> {
  const javascript = await import("./resolve/javascript.js");
  return javascript.analyzeJavaScript(config, source, store);
}

function readDocs(source: AnalysisSource, config: Config): { file: string; text: string }[] {
  const globs = docGlobsOf(config);
  if (globs.length === 0) return [];
  const isDoc = globFilter(globs);
  const docFiles = source.files.filter((f) => !f.file.endsWith(".py") && isDoc(f.file));
  if (docFiles.length === 0) return [];
  const decoder = new TextDecoder("utf-8");
  const out: { file: string; text: string }[] = [];
  for (const [file, bytes] of source.readMany(docFiles)) {
    // An unreadable document cannot mention anything we could report.
    if (!(bytes instanceof Error)) out.push({ file, text: decoder.decode(bytes) });
  }
  return out;
}

function docMentions(
  docs: { file: string; text: string }[],
  globs: readonly string[],
  modules: readonly string[],
  index: ModuleIndex,
): DocMention[] {
  const inScope = globFilter(globs);
  return docs
    .filter((d) => inScope(d.file))
    .flatMap((d) => findMentions(d.file, d.text, modules, index));
}
