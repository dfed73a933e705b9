import { allPathModules } from "../analyze/classify.js";
import { discoverWorkingTree } from "../analyze/discover.js";
import { batchAssigner } from "../analyze/measure.js";
import { buildModuleIndex, type ModuleIndex } from "../analyze/python/modules.js";
import { consolidationLanguage } from "../config/language.js";
import type { Config, Consolidation } from "../config/types.js";
import type {
  AnalysisResult,
  ConsolidationResult,
  Edge,
  StringReference,
} from "../result/schema.js";
import { canonicalFacts } from "./canonical.js";
import { type JsTarget, planJavaScript } from "./js-plan.js";
import {
  codeView,
  type Loaded,
  loader,
  type PlanOptions,
  selectConsolidations,
} from "./plan-inputs.js";
import type { FilePlan, OwnedEdit } from "./planner.js";
import { type FileFacts, planImports, planStrings, type Target } from "./python-plan.js";
import type { MigrationItem, MigrationPlan, PlannedFile, SkippedItem } from "./types.js";
import type { CodeView } from "./uses.js";

export type { PlanOptions } from "./plan-inputs.js";

/** What one consolidation migrates, per file: its edges and (with --strings) string references. */
interface Work {
  consolidation: string;
  python?: { target: Target; moduleOfPath: Map<string, string> };
  javascript?: JsTarget;
  edges: Map<string, Edge[]>;
  strings: Map<string, StringReference[]>;
}

const rewritableKinds: Record<"python" | "javascript", ReadonlySet<string>> = {
  python: new Set(["import", "from-import"]),
  javascript: new Set(["import", "import-type", "export-from", "require", "dynamic-import"]),
};

/** Our own state folder (backups of earlier runs included) is never rewritten. */
const isOwnState = (file: string) => file.startsWith(".ssot/");

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Inputs {
  options: PlanOptions;
  index: ModuleIndex;
  load: (file: string) => Loaded | Error;
  skipped: SkippedItem[];
}

function pythonTarget(
  c: Consolidation,
  inputs: Inputs,
  deprecated: Consolidation["paths"],
): Work["python"] {
  const canonical = c.paths.find((p) => p.role === "canonical")?.module ?? "";
  const file = inputs.index.files.get(canonical);
  const loaded = file === undefined ? undefined : inputs.load(file);
  const scan = loaded === undefined || loaded instanceof Error ? undefined : loaded.python();
  return {
    target: {
      consolidation: c.id,
      canonical: canonicalFacts(canonical, inputs.index, scan),
      symbols: c.symbols,
      deprecated: new Map(deprecated.map((p) => [p.module, p.id])),
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

function workOf(c: Consolidation, r: ConsolidationResult, inputs: Inputs): Work {
  const { options } = inputs;
  const language = consolidationLanguage(c);
  const deprecated = c.paths.filter(
    (p) => p.role !== "canonical" && (options.path === undefined || p.id === options.path),
  );
  const ids = new Set(deprecated.map((p) => p.id));
  const batchOf = batchAssigner(c);
  const inScope = (file: string, pathId: string) =>
    ids.has(pathId) &&
    !isOwnState(file) &&
    (options.batch === undefined || batchOf(file) === options.batch);
  const work: Work = {
    consolidation: c.id,
    ...(language === "python"
      ? { python: pythonTarget(c, inputs, deprecated) }
      : { javascript: javascriptTarget(c, r, inputs, deprecated) }),
    edges: new Map(),
    strings: new Map(),
  };
  const ownLanguage = (file: string) => (language === "python") === file.endsWith(".py");
  for (const e of r.edges) {
    if (!inScope(e.file, e.path)) continue;
    if (ownLanguage(e.file) && rewritableKinds[language].has(e.kind)) push(work.edges, e.file, e);
    else
      inputs.skipped.push({
        file: e.file,
        line: e.line,
        path: e.path,
        reason: `${e.kind} edges are not rewritten`,
      });
  }
  if (options.strings) {
    for (const s of r.stringReferences)
      if (inScope(s.file, s.path) && ownLanguage(s.file)) push(work.strings, s.file, s);
  }
  return work;
}

/**
 * Edits that overlap cannot both apply: the items owning the later one are refused and
 * all their edits dropped (a half-applied item could change meaning). Identical edits
 * (one attribute use serving two statements) are merged.
 */
function resolveOverlaps(edits: OwnedEdit[], items: MigrationItem[]): OwnedEdit[] {
  let current = edits;
  for (;;) {
    const sorted = [...current].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: OwnedEdit[] = [];
    const losers = new Set<number>();
    for (const e of sorted) {
      const last = merged[merged.length - 1];
      if (
        last &&
        last.start === e.start &&
        last.end === e.end &&
        last.replacement === e.replacement
      ) {
        last.owners = [...new Set([...last.owners, ...e.owners])];
      } else if (last && e.start < last.end) {
        for (const o of e.owners) losers.add(o);
      } else merged.push({ ...e });
    }
    if (losers.size === 0) return merged;
    for (const o of losers) {
      const it = items[o];
      if (it && it.refused === undefined) it.refused = "overlaps another rewrite in this file";
    }
    current = merged.filter((e) => !e.owners.some((o) => losers.has(o)));
  }
}

/** Appends a file plan's items and edits, re-indexing the owners. */
function absorb(plan: FilePlan, items: MigrationItem[], edits: OwnedEdit[]): void {
  const offset = items.length;
  items.push(...plan.items);
  for (const e of plan.edits) edits.push({ ...e, owners: e.owners.map((o) => o + offset) });
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
  const items: MigrationItem[] = [];
  const edits: OwnedEdit[] = [];
  let view: CodeView | undefined;
  for (const w of works) {
    const edges = w.edges.get(file) ?? [];
    const refs = w.strings.get(file) ?? [];
    if (broken !== undefined || loaded instanceof Error) {
      const refused = { consolidation: w.consolidation, file, refused: broken ?? "" };
      for (const e of edges) items.push({ ...refused, line: e.line, path: e.path, kind: e.kind });
      for (const s of refs) items.push({ ...refused, line: s.line, path: s.path, kind: "string" });
      continue;
    }
    if (w.javascript) {
      if (edges.length + refs.length > 0)
        absorb(planJavaScript(file, loaded.text, w.javascript, edges, refs), items, edits);
      continue;
    }
    if (!w.python) continue;
    const facts: FileFacts = {
      file,
      text: loaded.text,
      scan: loaded.python(),
      importer: inputs.index.moduleOf.get(file),
      index: inputs.index,
      pathModules,
      view: () => {
        view ??= codeView(loaded.text, loaded.python());
        return view;
      },
    };
    if (edges.length > 0) absorb(planImports(facts, w.python.target, edges), items, edits);
    if (refs.length > 0)
      absorb(planStrings(facts, w.python.target, refs, w.python.moduleOfPath), items, edits);
  }
  const kept = resolveOverlaps(edits, items);
  const owners = new Set(kept.flatMap((e) => e.owners));
  for (const [k, it] of items.entries()) {
    if (it.refused === undefined && !owners.has(k)) it.refused = "no rewrite was found for it";
  }
  return { loaded, items, edits: kept, owners };
}

/**
 * Turns the analysis' deprecated edges into edits, as data: every affected file is read
 * again so each edit has exact offsets (Python files are re-scanned). Writes nothing.
 */
export function planMigration(
  config: Config,
  result: AnalysisResult,
  options: PlanOptions = {},
): MigrationPlan {
  const selected = selectConsolidations(config, result, options);
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: (n) => n.endsWith(".py"),
  });
  const inputs: Inputs = {
    options,
    index: buildModuleIndex(
      discovery.files.map((f) => f.file),
      config.python.sourceRoots,
    ),
    load: loader(config.root),
    skipped: [],
  };
  const pathModules = allPathModules(config.consolidations);
  const works = selected.map(({ c, r }) => workOf(c, r, inputs));
  const files = [...new Set(works.flatMap((w) => [...w.edges.keys(), ...w.strings.keys()]))].sort();

  const items: MigrationItem[] = [];
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const { loaded, items: fileItems, edits, owners } = planFile(file, works, inputs, pathModules);
    const offset = items.length;
    items.push(...fileItems);
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
      items: fileItems.flatMap((it, k) =>
        it.refused === undefined && owners.has(k) ? [offset + k] : [],
      ),
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
