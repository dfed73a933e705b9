import { allPathModules } from "../analyze/classify/python.js";
import type { PythonFacts } from "../analyze/index.js";
import { batchAssigner } from "../analyze/measure/measure.js";
import { buildModuleIndex, type ModuleIndex } from "../analyze/resolve/python-modules.js";
import { consolidationLanguage } from "../config/language.js";
import type { Config, Consolidation } from "../config/types.js";
import type {
  AnalysisResult,
  ConsolidationResult,
  Edge,
  StringReference,
} from "../result/schema.js";
import { isOwnState } from "../workspace/layout.js";
import { discoverWorkingTree } from "../workspace/working-tree.js";
import { canonicalFacts } from "./canonical.js";
import { codeView } from "./code-view.js";
import { type FileFacts, loadedModules } from "./file-context.js";
import type { JsTarget } from "./js-plan.js";
import { type FileWork, planJavaScriptFile, planPythonFile } from "./plan-file.js";
import { type Loaded, loader, type PlanOptions, selectConsolidations } from "./plan-inputs.js";
import type { MigrationItem, MigrationPlan, PlannedFile, SkippedItem } from "./types.js";
import type { CodeView } from "./uses.js";

export type { PlanOptions } from "./plan-inputs.js";

/** What one consolidation migrates, per file: its edges and (with --strings) string references. */
interface Work {
  consolidation: string;
  batchOf: (file: string) => string;
  python?: FileWork["python"];
  javascript?: JsTarget;
  edges: Map<string, Edge[]>;
  strings: Map<string, StringReference[]>;
}

const rewritableKinds: Record<"python" | "javascript", ReadonlySet<string>> = {
  python: new Set(["import", "from-import"]),
  javascript: new Set(["import", "import-type", "export-from", "require", "dynamic-import"]),
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Inputs {
  options: PlanOptions;
  index: ModuleIndex;
  provenance: PythonFacts["provenance"] | undefined;
  load: (file: string) => Loaded | Error;
  skipped: SkippedItem[];
  /** Files of the configured path modules (any consolidation): never rewritten. */
  pathFiles: Map<string, string>;
  importsOf: FileFacts["importsOf"];
}

function pythonTarget(
  c: Consolidation,
  inputs: Inputs,
  deprecated: Consolidation["paths"],
  batchOf: (file: string) => string,
): FileWork["python"] {
  const canonical = c.paths.find((p) => p.role === "canonical")?.module ?? "";
  const file = inputs.index.files.get(canonical);
  const loaded = file === undefined ? undefined : inputs.load(file);
  const scan = loaded === undefined || loaded instanceof Error ? undefined : loaded.python();
  return {
    target: {
      consolidation: c.id,
      canonical: canonicalFacts(c, inputs.index, scan, inputs.provenance),
      symbols: c.symbols,
      factories: c.factories ?? {},
      deprecated: new Map(deprecated.map((p) => [p.module, p.id])),
      batchOf,
    },
    moduleOfPath: new Map(deprecated.map((p) => [p.id, p.module])),
  };
}

function javascriptTarget(
  c: Consolidation,
  r: ConsolidationResult,
  inputs: Inputs,
  deprecated: Consolidation["paths"],
): JsTarget {
  const fileOf = (id: string) => r.paths.find((p) => p.id === id)?.file;
  const canonicalId = c.paths.find((p) => p.role === "canonical")?.id ?? "";
  return {
    consolidation: c.id,
    canonicalFile: fileOf(canonicalId),
    fileOfPath: new Map(
      deprecated.flatMap((p) =>
        fileOf(p.id) === undefined ? [] : [[p.id, fileOf(p.id) as string]],
      ),
    ),
    symbols: c.symbols,
    exportsOf: (file) => {
      const loaded = inputs.load(file);
      return loaded instanceof Error ? `${file}: ${loaded.message}` : loaded.exports();
    },
  };
}

/**
 * Edges migrate never rewrites: any import inside a path module itself, and a package's
 * keep-alive import of a deprecated submodule of its own (`from . import base` in
 * `pkg/__init__.py`, which keeps `pkg.base` importable and its warning alive).
 */
function untouchable(e: Edge, module: string | undefined, inputs: Inputs): string | undefined {
  const own = inputs.pathFiles.get(e.file);
  if (own !== undefined) return `inside the path module ${own}: path modules are never rewritten`;
  const info = inputs.index.moduleOf.get(e.file);
  if (
    module !== undefined &&
    info !== undefined &&
    info.module === info.package &&
    /(^|\/)__init__\.py$/.test(e.file) &&
    module.startsWith(`${info.module}.`) &&
    !module.slice(info.module.length + 1).includes(".")
  ) {
    return `keep-alive: ${e.file} imports its own deprecated submodule ${module}, which keeps it importable`;
  }
  return undefined;
}

function workOf(c: Consolidation, r: ConsolidationResult, inputs: Inputs): Work {
  const { options } = inputs;
  const language = consolidationLanguage(c);
  const deprecated = c.paths.filter(
    (p) => p.role !== "canonical" && (options.path === undefined || p.id === options.path),
  );
  const moduleOf = new Map(deprecated.map((p) => [p.id, p.module]));
  const batchOf = batchAssigner(c);
  const inScope = (file: string, pathId: string) =>
    moduleOf.has(pathId) &&
    !isOwnState(file) && // our own state (earlier runs' backups included) is never rewritten
    (options.batch === undefined || batchOf(file) === options.batch);
  const work: Work = {
    consolidation: c.id,
    batchOf,
    ...(language === "python"
      ? { python: pythonTarget(c, inputs, deprecated, batchOf) }
      : { javascript: javascriptTarget(c, r, inputs, deprecated) }),
    edges: new Map(),
    strings: new Map(),
  };
  const ownLanguage = (file: string) => (language === "python") === file.endsWith(".py");
  const skip = (e: { file: string; line: number; path: string }, reason: string) =>
    inputs.skipped.push({ file: e.file, line: e.line, path: e.path, reason });
  for (const e of r.edges) {
    if (!inScope(e.file, e.path)) continue;
    if (!ownLanguage(e.file) || !rewritableKinds[language].has(e.kind)) {
      skip(e, `${e.kind} edges are not rewritten`);
      continue;
    }
    const why = language === "python" ? untouchable(e, moduleOf.get(e.path), inputs) : undefined;
    if (why !== undefined) skip(e, why);
    else push(work.edges, e.file, e);
  }
  if (options.strings) {
    for (const s of r.stringReferences)
      if (inScope(s.file, s.path) && ownLanguage(s.file) && !inputs.pathFiles.has(s.file))
        push(work.strings, s.file, s);
  }
  return work;
}

/** The modules a module's own file loads at module level (with their packages). */
function importsOfModule(index: ModuleIndex, load: Inputs["load"]): FileFacts["importsOf"] {
  const memo = new Map<string, ReadonlySet<string> | undefined>();
  return (module: string) => {
    if (memo.has(module)) return memo.get(module);
    const file = index.files.get(module);
    const loaded = file === undefined ? undefined : load(file);
    let out: Set<string> | undefined;
    if (file !== undefined && loaded !== undefined && !(loaded instanceof Error)) {
      out = new Set();
      const add = (m: string) => {
        for (let x = m; x !== "" && !out?.has(x); x = x.slice(0, Math.max(0, x.lastIndexOf("."))))
          out?.add(x);
      };
      const scan = loaded.python();
      for (const s of scan.imports)
        if (!s.nested) loadedModules(s, index.moduleOf.get(file), index, add);
    }
    memo.set(module, out);
    return out;
  };
}

/** One file, every consolidation: its items, and its edits without overlaps. */
function planFile(
  file: string,
  works: readonly Work[],
  inputs: Inputs,
  pathModules: ReadonlySet<string>,
) {
  const loaded = inputs.load(file);
  const broken = loaded instanceof Error ? loaded.message : loaded.syntaxError();
  const mine: FileWork[] = works.flatMap((w) => {
    const edges = w.edges.get(file) ?? [];
    const strings = w.strings.get(file) ?? [];
    if (edges.length + strings.length === 0) return [];
    return [
      {
        consolidation: w.consolidation,
        batch: w.batchOf(file),
        ...(w.python ? { python: w.python } : {}),
        ...(w.javascript ? { javascript: w.javascript } : {}),
        edges,
        strings,
      },
    ];
  });
  if (broken !== undefined || loaded instanceof Error) {
    const items: MigrationItem[] = mine.flatMap((w) => {
      const refused = {
        consolidation: w.consolidation,
        file,
        batch: w.batch,
        refused: broken ?? "",
      };
      return [
        ...w.edges.map((e) => ({ ...refused, line: e.line, path: e.path, kind: e.kind })),
        ...w.strings.map((s) => ({
          ...refused,
          line: s.line,
          path: s.path,
          kind: "string" as const,
        })),
      ];
    });
    return { loaded, items, edits: [] };
  }
  if (!file.endsWith(".py")) return { loaded, ...planJavaScriptFile(file, loaded, mine) };
  let view: CodeView | undefined;
  const facts: FileFacts = {
    file,
    text: loaded.text,
    scan: loaded.python(),
    importer: inputs.index.moduleOf.get(file),
    index: inputs.index,
    pathModules,
    strings: inputs.options.strings === true,
    importsOf: inputs.importsOf,
    view: () => {
      view ??= codeView(loaded.text, loaded.python());
      return view;
    },
  };
  return { loaded, ...planPythonFile(facts, mine) };
}

/** Only for a result without its analysis' facts: the tree's modules, discovered again. */
function discoveredIndex(config: Config): ModuleIndex {
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: (n) => n.endsWith(".py"),
  });
  return buildModuleIndex(
    discovery.files.map((f) => f.file),
    config.python.sourceRoots,
  );
}

/**
 * Turns the analysis' deprecated edges into edits, as data: every affected file is read
 * again so each edit has exact offsets (Python files are re-scanned). Writes nothing.
 * `python`: the module index and provenance the analysis made `result` from (analyze's
 * `onPythonFacts`); names then follow the result's per-edge `fix`. Without them the tree
 * is discovered again and a name is rewritten only to a canonical module that binds it.
 */
export function planMigration(
  config: Config,
  result: AnalysisResult,
  options: PlanOptions = {},
  python?: PythonFacts,
): MigrationPlan {
  const selected = selectConsolidations(config, result, options);
  const index = python?.index ?? discoveredIndex(config);
  const pathFiles = new Map<string, string>();
  for (const c of config.consolidations) {
    for (const p of c.paths) {
      const file = index.files.get(p.module);
      if (file !== undefined && !pathFiles.has(file)) pathFiles.set(file, p.module);
    }
  }
  const load = loader(config.root);
  const inputs: Inputs = {
    options,
    index,
    provenance: python?.provenance,
    load,
    skipped: [],
    pathFiles,
    importsOf: importsOfModule(index, load),
  };
  const pathModules = allPathModules(config.consolidations);
  const works = selected.map(({ c, r }) => workOf(c, r, inputs));
  const files = [...new Set(works.flatMap((w) => [...w.edges.keys(), ...w.strings.keys()]))].sort();

  const items: MigrationItem[] = [];
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const plannedFile = planFile(file, works, inputs, pathModules);
    const { loaded, edits } = plannedFile;
    const owners = new Set(edits.flatMap((e) => e.owners));
    const mine: number[] = [];
    plannedFile.items.forEach((it, k) => {
      // Items another consolidation's names made: listed as skipped, never counted.
      if (it.skipped !== undefined) {
        inputs.skipped.push({ file, line: it.line, path: it.path, reason: it.skipped });
        return;
      }
      if (it.refused === undefined && owners.has(k)) mine.push(items.length);
      items.push(it);
    });
    if (edits.length === 0 || loaded instanceof Error) continue;
    planned.push({
      file,
      abs: loaded.abs,
      hash: loaded.hash,
      text: loaded.text,
      bom: loaded.bom,
      edits: edits.map(({ start, end, replacement, reason }) => ({
        file,
        start,
        end,
        replacement,
        reason,
      })),
      items: mine,
      names: {
        added: [...new Set(edits.flatMap((e) => e.adds ?? []))].sort(),
        removed: [...new Set(edits.flatMap((e) => e.removes ?? []))].sort(),
        ...(file.endsWith(".py") ? { before: loaded.python().moduleNames } : {}),
      },
    });
  }
  return { root: config.root, items, files: planned, skipped: inputs.skipped.sort(byPlace) };
}

const byPlace = (a: SkippedItem, b: SkippedItem) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
