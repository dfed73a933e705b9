import picomatch from "picomatch";
import { classPattern } from "../../config/class-pattern.js";
import type { Consolidation } from "../../config/types.js";
import type {
  ConsolidationResult,
  Edge,
  EdgeFix,
  PathResult,
  ResultProblem,
} from "../../result/schema.js";
import { round } from "../../util/round.js";
import { blockersOf } from "../classify/advice.js";
import { splitAllowed } from "../classify/allow.js";
import type { Classified, FoundEdge } from "../classify/python.js";
import { type MissingPath, missingPaths, missingProblems } from "./missing.js";

export const otherBatch = "other";

/** Where a configured path's module lives: a Python module index or the JS/TS file set. */
export interface PathLocator {
  /** The file that defines the module, when there is one. */
  fileOf(module: string): string | undefined;
  /** The module exists (a file, a package or a namespace package). */
  exists(module: string): boolean;
  /** Every module name that exists: where "did you mean" looks. */
  candidates(): Iterable<string>;
}

/** What measuring reads besides the classified edges. */
export interface MeasureInput {
  classified: Classified;
  /** Class declarations per file, for `implementation`. */
  classes: readonly FileClasses[];
  paths: PathLocator;
  /** The analysed source files of the consolidation's language (batch and scope globs). */
  sourceFiles: readonly string[];
  /** What a deprecated edge should import instead (Python provenance), when known. */
  advise?: (edge: FoundEdge, module: string) => EdgeFix | undefined;
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

/** null when nothing is measured yet: "not started", never 0%. */
const ratio = (part: number, whole: number) => (whole === 0 ? null : round(part / whole));
/** Four decimals: enough for any threshold, and stable across platforms. */

function pathStats(
  consolidation: Consolidation,
  m: Pick<Measured, "edges" | "unrelatedImports" | "allowedEdges" | "stringReferences">,
  paths: PathLocator,
  missing: readonly MissingPath[],
): PathResult[] {
  return consolidation.paths.map((p) => {
    const mine = m.edges.filter((e) => e.path === p.id);
    const file = paths.fileOf(p.module);
    const lost = missing.find((x) => x.id === p.id);
    return {
      id: p.id,
      module: p.module,
      role: p.role,
      exists: paths.exists(p.module),
      ...(file ? { file } : {}),
      deprecated: p.role !== "canonical",
      ...(p.removed ? { removed: true } : {}),
      ...(lost ? { missing: lost.suggestion ? { suggestion: lost.suggestion } : {} } : {}),
      files: new Set(mine.map((e) => e.file)).size,
      statements: mine.length,
      nestedStatements: mine.filter((e) => e.nested).length,
      typeCheckingStatements: mine.filter((e) => e.typeChecking).length,
      stringReferences: m.stringReferences.filter((r) => r.path === p.id).length,
      unrelatedStatements: m.unrelatedImports.filter((u) => u.path === p.id).length,
      allowedStatements: m.allowedEdges.filter((a) => a.path === p.id).length,
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

/** An edge with its keys in the schema's order, so a result read back serialises the same. */
function edgeOf(e: FoundEdge, batch: string, fix?: EdgeFix): Edge {
  return {
    file: e.file,
    line: e.line,
    path: e.path,
    names: e.names,
    kind: e.kind,
    level: e.level,
    nested: e.nested,
    typeChecking: e.typeChecking,
    batch,
    ...(e.provenance ? { provenance: e.provenance } : {}),
    ...(fix ? { fix } : {}),
  };
}

/**
 * Whether some file matches the globs, remembered per file list: 100 consolidations with the
 * same `tests` batch ask it of the same files once, not 100 times.
 */
const anyMatchMemo = new WeakMap<readonly string[], Map<string, boolean>>();
function anyMatches(
  files: readonly string[],
  include?: readonly string[],
  exclude?: readonly string[],
): boolean {
  let memo = anyMatchMemo.get(files);
  if (!memo) {
    memo = new Map();
    anyMatchMemo.set(files, memo);
  }
  const key = JSON.stringify([include ?? [], exclude ?? []]);
  let found = memo.get(key);
  if (found === undefined) {
    const match = globFilter(include, exclude);
    found = files.some((f) => match(f));
    memo.set(key, found);
  }
  return found;
}

/** Batches whose globs match none of the analysed files: almost always a typo. */
function batchProblems(consolidation: Consolidation, files: readonly string[]): ResultProblem[] {
  return consolidation.batches.flatMap((b): ResultProblem[] => {
    if (anyMatches(files, b.include, b.exclude)) return [];
    return [
      {
        kind: "empty-batch",
        subject: b.id,
        message: `${consolidation.id}: batch ${b.id} matches no analysed file (include ${JSON.stringify(b.include)}): check its globs`,
      },
    ];
  });
}

function implementationProblems(c: Consolidation, files: readonly string[]): ResultProblem[] {
  const spec = c.implementation;
  if (!spec?.include) return [];
  if (anyMatches(files, spec.include, spec.exclude)) return [];
  return [
    {
      kind: "empty-implementation-scope",
      subject: "implementation",
      message: `${c.id}: implementation.include ${JSON.stringify(spec.include)} matches no analysed file: check its globs`,
    },
  ];
}

/** Counts, shares and breakdowns from the classified edges. Pure. */
export function measure(consolidation: Consolidation, input: MeasureInput): Measured {
  const { classified, paths } = input;
  const deprecated = new Set(
    consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.id),
  );
  const moduleOf = new Map(consolidation.paths.map((p) => [p.id, p.module]));
  const batchOf = batchAssigner(consolidation);
  const split = splitAllowed(consolidation, classified.edges, classified.pragmas);
  const edges: Edge[] = split.counted.map((e) => {
    const module = moduleOf.get(e.path);
    const fix =
      deprecated.has(e.path) && module !== undefined ? input.advise?.(e, module) : undefined;
    return edgeOf(e, batchOf(e.file), fix);
  });
  const allowedEdges = split.allowed.map((e) => ({
    ...edgeOf(e, batchOf(e.file)),
    reason: e.reason,
    by: e.by,
  }));
  const unrelatedImports = classified.unrelated.map((u) => ({ ...u, batch: batchOf(u.file) }));
  const internalEdges = classified.internalEdges.map((e) => ({
    ...edgeOf(e, batchOf(e.file)),
    from: e.from,
  }));
  const reached = new Set(
    [...edges, ...allowedEdges, ...unrelatedImports, ...internalEdges].map((e) => e.path),
  );
  const missing = missingPaths(
    consolidation,
    (module) => paths.exists(module),
    reached,
    () => paths.candidates(),
  );
  const deprecatedEdges = edges.filter((e) => deprecated.has(e.path));
  const allFiles = new Set(edges.map((e) => e.file)).size;
  const deprecatedFiles = new Set(deprecatedEdges.map((e) => e.file)).size;
  const stringReferences = classified.stringReferences;
  return {
    id: consolidation.id,
    title: consolidation.title,
    paths: pathStats(
      consolidation,
      { edges, unrelatedImports, allowedEdges, stringReferences },
      paths,
      missing,
    ),
    symbols: consolidation.symbols,
    totals: {
      statements: edges.length,
      deprecatedStatements: deprecatedEdges.length,
      files: allFiles,
      deprecatedFiles,
      unrelatedStatements: unrelatedImports.length,
      allowedStatements: allowedEdges.length,
    },
    deprecatedShare: {
      statements: ratio(deprecatedEdges.length, edges.length),
      files: ratio(deprecatedFiles, allFiles),
    },
    edges,
    unrelatedImports,
    allowedEdges,
    blockers: blockersOf(deprecatedEdges),
    problems: [
      ...missingProblems(consolidation.id, missing),
      ...split.problems,
      ...batchProblems(consolidation, input.sourceFiles),
      ...implementationProblems(consolidation, input.sourceFiles),
    ],
    internalEdges,
    stringReferences,
    implementations: implementations(consolidation, input.classes),
    batches: batchStats(consolidation, edges, deprecated),
  };
}
