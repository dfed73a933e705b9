import { readFileSync } from "node:fs";
import type { Config } from "../config/types.js";
import { type AnalysisResult, resultSchemaVersion } from "../result/schema.js";
import { toolVersion } from "../version.js";
import { defaultCacheDir, ScanCache } from "./cache.js";
import { allPathModules, classifyPython, type ScannedPythonFile } from "./classify.js";
import { discoverWorkingTree } from "./discover.js";
import { type DocMention, findMentions } from "./docs.js";
import { readLastMigration } from "./last-migration.js";
import { globFilter, measure } from "./measure.js";
import { evaluatePhases } from "./phases.js";
import { buildModuleIndex } from "./python/modules.js";
import { type ScanProgress, scanPythonFiles } from "./python/scan-files.js";

export interface AnalyzeOptions {
  /** Reuse and update the on-disk scan cache (default true). */
  cache?: boolean;
  cacheDir?: string;
  onProgress?: (event: { stage: "discover" | "scan" | "classify" } & Partial<ScanProgress>) => void;
}

const defaultDocs = ["**/*.md"];

function wantsDocs(config: Config): string[][] {
  return config.consolidations.flatMap((c) =>
    c.phases.flatMap((p) =>
      p.criteria.flatMap((k) => (k.metric === "deprecated-doc-mentions" ? [k.docs ?? defaultDocs] : [])),
    ),
  );
}

/**
 * The whole analysis of a working tree: discover -> scan -> resolve -> classify ->
 * measure -> phases. Only this function touches the file system; the stages are pure.
 */
export function analyze(config: Config, options: AnalyzeOptions = {}): AnalysisResult {
  const { onProgress } = options;
  onProgress?.({ stage: "discover" });
  const docGlobs = wantsDocs(config);
  const isDoc = docGlobs.length > 0 ? globFilter(docGlobs.flat()) : undefined;
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: isDoc ? () => true : (name) => name.endsWith(".py"),
  });
  const pyFiles = discovery.files.filter((f) => f.file.endsWith(".py"));

  const cache =
    options.cache === false ? undefined : ScanCache.open(options.cacheDir ?? defaultCacheDir(), config.root, toolVersion);
  const scanned = scanPythonFiles(pyFiles, cache, (p) => onProgress?.({ stage: "scan", ...p }));
  cache?.save(new Set(pyFiles.map((f) => f.file)));

  onProgress?.({ stage: "classify" });
  const files: ScannedPythonFile[] = [...scanned.scans].map(([file, scan]) => ({ file, scan }));
  const index = buildModuleIndex(
    files.map((f) => f.file),
    config.python.sourceRoots,
  );
  const pathModules = allPathModules(config.consolidations);
  const lastMigration = readLastMigration(config.root);
  const docTexts = isDoc ? readDocs(discovery.files.filter((f) => !f.file.endsWith(".py") && isDoc(f.file))) : [];

  const consolidations = config.consolidations.map((c) => {
    const classified = classifyPython(c, files, index, pathModules);
    const measured = measure(c, classified, files, index);
    const deprecatedModules = c.paths.filter((p) => p.role !== "canonical").map((p) => p.module);
    const phases = evaluatePhases(c, measured, {
      scanOfPath: (id) => {
        const file = measured.paths.find((p) => p.id === id)?.file;
        return file ? scanned.scans.get(file) : undefined;
      },
      docMentions: (docs) => docMentions(docTexts, docs ?? defaultDocs, deprecatedModules, index),
      ...(lastMigration ? { lastMigration } : {}),
    });
    return { ...measured, phases };
  });

  const parseErrors = files
    .flatMap(({ file, scan }) => scan.errors.map((e) => ({ file, line: e.line, message: e.message })))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    schemaVersion: resultSchemaVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    files: {
      scanned: files.length,
      python: files.length,
      skipped: [...discovery.skipped, ...scanned.skipped].sort((a, b) => (a.file < b.file ? -1 : 1)),
      parseErrors,
    },
    consolidations,
  };
}

function readDocs(files: { file: string; abs: string }[]): { file: string; text: string }[] {
  return files.flatMap((f) => {
    try {
      return [{ file: f.file, text: readFileSync(f.abs, "utf8") }];
    } catch {
      return []; // an unreadable document cannot mention anything we could report
    }
  });
}

function docMentions(
  docs: { file: string; text: string }[],
  globs: readonly string[],
  modules: readonly string[],
  index: ReturnType<typeof buildModuleIndex>,
): DocMention[] {
  const inScope = globFilter(globs);
  return docs.filter((d) => inScope(d.file)).flatMap((d) => findMentions(d.file, d.text, modules, index));
}
