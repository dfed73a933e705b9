import picomatch from "picomatch";
import { classPattern } from "../config/class-pattern.js";
import type { Consolidation } from "../config/types.js";
import type { ConsolidationResult, Edge, PathResult } from "../result/schema.js";
import type { Classified } from "./classify.js";

export const otherBatch = "other";

/** Where a configured path's module lives: a Python module index or the JS/TS file set. */
export interface PathLocator {
  /** The file that defines the module, when there is one. */
  fileOf(module: string): string | undefined;
  /** The module exists (a file, a package or a namespace package). */
  exists(module: string): boolean;
}

/** The class declarations of one file, for `implementation`. */
export interface FileClasses {
  file: string;
  classes: readonly { name: string; line: number }[];
}

/** A matcher for include/exclude globs; an empty include matches everything. */
export function globFilter(include?: readonly string[], exclude?: readonly string[]) {
  const inc = include && include.length > 0 ? picomatch([...include], { dot: true }) : () => true;
  const exc = exclude && exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
  return (file: string) => inc(file) && !exc(file);
}

/** The batch of each file: the first batch whose globs match, else "other". */
export function batchAssigner(consolidation: Consolidation): (file: string) => string {
  const matchers = consolidation.batches.map((b) => ({
    id: b.id,
    match: globFilter(b.include, b.exclude),
  }));
  const memo = new Map<string, string>();
  return (file) => {
    let id = memo.get(file);
    if (id === undefined) {
      id = matchers.find((m) => m.match(file))?.id ?? otherBatch;
      memo.set(file, id);
    }
    return id;
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole));
/** Four decimals: enough for any threshold, and stable across platforms. */
export const round = (n: number) => Math.round(n * 10_000) / 10_000;

function pathStats(
  consolidation: Consolidation,
  classified: Classified,
  paths: PathLocator,
): PathResult[] {
  return consolidation.paths.map((p) => {
    const mine = classified.edges.filter((e) => e.path === p.id);
    const file = paths.fileOf(p.module);
    return {
      id: p.id,
      module: p.module,
      role: p.role,
      exists: paths.exists(p.module),
      ...(file ? { file } : {}),
      files: new Set(mine.map((e) => e.file)).size,
      statements: mine.length,
      nestedStatements: mine.filter((e) => e.nested).length,
      typeCheckingStatements: mine.filter((e) => e.typeChecking).length,
      stringReferences: classified.stringReferences.filter((r) => r.path === p.id).length,
    };
  });
}

function batchStats(
  consolidation: Consolidation,
  edges: readonly Edge[],
  deprecated: ReadonlySet<string>,
) {
  const batchOf = batchAssigner(consolidation);
  const ids = [...consolidation.batches.map((b) => b.id), otherBatch];
  const stats = new Map(
    ids.map((id) => [id, { id, files: new Set<string>(), statements: 0, deprecatedStatements: 0 }]),
  );
  for (const edge of edges) {
    const s = stats.get(batchOf(edge.file));
    if (!s) continue;
    s.files.add(edge.file);
    s.statements++;
    if (deprecated.has(edge.path)) s.deprecatedStatements++;
  }
  return ids.map((id) => {
    const s = stats.get(id);
    return {
      id,
      files: s?.files.size ?? 0,
      statements: s?.statements ?? 0,
      deprecatedStatements: s?.deprecatedStatements ?? 0,
    };
  });
}

function implementations(consolidation: Consolidation, files: readonly FileClasses[]) {
  const spec = consolidation.implementation;
  if (!spec) return [];
  const pattern = classPattern(spec.classPattern);
  const inScope = globFilter(spec.include, spec.exclude);
  const found: { name: string; file: string; line: number }[] = [];
  for (const f of files) {
    if (!inScope(f.file)) continue;
    for (const c of f.classes)
      if (pattern.test(c.name)) found.push({ name: c.name, file: f.file, line: c.line });
  }
  return found;
}

export type Measured = Omit<ConsolidationResult, "phases">;

/** Counts, shares and breakdowns from the classified edges. Pure. */
export function measure(
  consolidation: Consolidation,
  classified: Classified,
  classes: readonly FileClasses[],
  paths: PathLocator,
): Measured {
  const deprecated = new Set(
    consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.id),
  );
  const { edges } = classified;
  const deprecatedEdges = edges.filter((e) => deprecated.has(e.path));
  const allFiles = new Set(edges.map((e) => e.file)).size;
  const deprecatedFiles = new Set(deprecatedEdges.map((e) => e.file)).size;
  return {
    id: consolidation.id,
    title: consolidation.title,
    paths: pathStats(consolidation, classified, paths),
    totals: {
      statements: edges.length,
      deprecatedStatements: deprecatedEdges.length,
      files: allFiles,
      deprecatedFiles,
    },
    deprecatedShare: {
      statements: ratio(deprecatedEdges.length, edges.length),
      files: ratio(deprecatedFiles, allFiles),
    },
    edges,
    internalEdges: classified.internalEdges,
    stringReferences: classified.stringReferences,
    implementations: implementations(consolidation, classes),
    batches: batchStats(consolidation, edges, deprecated),
  };
}
