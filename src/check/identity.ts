import type { AnalysisResult, Edge, EdgeFix, EdgeKind, PathResult } from "../result/schema.js";

/**
 * What makes a deprecated edge "the same" across commits: never its line, so moving an
 * import inside its file does not make it new. Identical imports of one file (same path,
 * same names) are told apart by their occurrence: 0, 1, 2, … in file order.
 */
export interface EdgeIdentity {
  consolidation: string;
  /** Importing file, repository-relative posix. */
  file: string;
  /** Path id of the consolidation. */
  path: string;
  /** Imported names, sorted (empty for `import a.b`). */
  names: string[];
  occurrence: number;
}

/** A deprecated edge of the current code, with what the outputs show about it. */
export interface DeprecatedEdge extends EdgeIdentity {
  line: number;
  kind: EdgeKind;
  role: PathResult["role"];
  /** The deprecated module the statement reaches. */
  module: string;
  /** The statement as it reads in absolute form, e.g. `from a.manager import Manager`. */
  statement: string;
  /** What to write instead, e.g. `from a.websocket_manager import Manager`. */
  suggestion?: string;
  /** The batch of the importing file (the config's batches; "other" when none matches). */
  batch: string;
  /** Names the canonical module lacks, which block the rewrite (from the analysis's fix). */
  blocked: string[];
}

/** Deprecated name -> canonical name, per consolidation id (the config's `symbols`). */
export type SymbolMaps = Readonly<Record<string, Readonly<Record<string, string>>>>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One string per identity; equal identities give equal keys. */
export function identityKey(id: EdgeIdentity): string {
  return JSON.stringify([id.consolidation, id.file, id.path, id.names, id.occurrence]);
}

/** The order of baseline entries: consolidation, file, path, names, occurrence. */
export function compareIdentities(a: EdgeIdentity, b: EdgeIdentity): number {
  return (
    cmp(a.consolidation, b.consolidation) ||
    cmp(a.file, b.file) ||
    cmp(a.path, b.path) ||
    cmp(a.names.join("\n"), b.names.join("\n")) ||
    a.occurrence - b.occurrence
  );
}

/** Just the identity fields, in a fixed key order (what the baseline stores). */
export function identityOf(id: EdgeIdentity): EdgeIdentity {
  return {
    consolidation: id.consolidation,
    file: id.file,
    path: id.path,
    names: id.names,
    occurrence: id.occurrence,
  };
}

/**
 * `from P import n` that reached the submodule `P.n` (names `[n]`, module ending in `.n`),
 * unless `n` is a configured symbol: then it imported a name from `P.n` itself.
 */
function importsSubmodule(
  edge: Edge,
  module: string,
  symbols: Readonly<Record<string, string>>,
): boolean {
  const [only] = edge.names;
  return (
    edge.names.length === 1 &&
    only !== undefined &&
    module.endsWith(`.${only}`) &&
    !(only in symbols)
  );
}

function parentAndLeaf(module: string): [string, string] {
  const dot = module.lastIndexOf(".");
  return dot < 0 ? ["", module] : [module.slice(0, dot), module.slice(dot + 1)];
}

function statementText(edge: Edge, module: string, submodule: boolean): string {
  if (edge.kind === "import") return `import ${module}`;
  if (edge.kind !== "from-import") return `import of ${module}`;
  if (submodule) return `from ${parentAndLeaf(module)[0]} import ${edge.names.join(", ")}`;
  return `from ${module} import ${edge.names.join(", ")}`;
}

/** The analysis's provenance-checked advice: each import names only what its module binds. */
function fixText(fix: EdgeFix): string {
  const imports = fix.imports.map(
    (i) =>
      `from ${i.module} import ${i.names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name)).join(", ")}`,
  );
  const blocked = fix.blocked.map((n) => `blocked: the canonical module does not define ${n}`);
  return [...imports, ...blocked].join("; ");
}

function suggestionText(
  edge: Edge,
  canonical: string,
  submodule: boolean,
  symbols: Readonly<Record<string, string>>,
): string {
  if (edge.fix) return fixText(edge.fix);
  if (edge.kind === "import") return `import ${canonical}`;
  if (edge.kind !== "from-import") return `import from ${canonical}`;
  if (submodule) {
    const [parent, leaf] = parentAndLeaf(canonical);
    const alias = edge.names[0] !== leaf ? ` as ${edge.names[0]}` : "";
    return parent === "" ? `import ${canonical}${alias}` : `from ${parent} import ${leaf}${alias}`;
  }
  return `from ${canonical} import ${edge.names.map((n) => symbols[n] ?? n).join(", ")}`;
}

/**
 * Every deprecated edge (role !== "canonical") of the result with its identity, in file
 * order. Pure: reads only the result and the symbol maps.
 */
export function deprecatedEdges(
  result: AnalysisResult,
  symbolMaps: SymbolMaps = {},
): DeprecatedEdge[] {
  const out: DeprecatedEdge[] = [];
  for (const c of result.consolidations) {
    const paths = new Map(c.paths.map((p) => [p.id, p]));
    const canonical = c.paths.find((p) => p.role === "canonical")?.module;
    const symbols = symbolMaps[c.id] ?? c.symbols;
    const seen = new Map<string, number>();
    // Sorted again (stable) so hand-made results count occurrences in file order too.
    const edges = [...c.edges].sort(
      (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.path, b.path),
    );
    for (const edge of edges) {
      const path = paths.get(edge.path);
      if (!path || path.role === "canonical") continue;
      const names = [...edge.names].sort(cmp);
      const groupKey = JSON.stringify([edge.file, edge.path, names]);
      const occurrence = seen.get(groupKey) ?? 0;
      seen.set(groupKey, occurrence + 1);
      const submodule = importsSubmodule(edge, path.module, symbols);
      out.push({
        consolidation: c.id,
        file: edge.file,
        path: edge.path,
        names,
        occurrence,
        line: edge.line,
        kind: edge.kind,
        role: path.role,
        module: path.module,
        statement: statementText(edge, path.module, submodule),
        batch: edge.batch,
        blocked: edge.fix?.blocked ?? [],
        ...(canonical ? { suggestion: suggestionText(edge, canonical, submodule, symbols) } : {}),
      });
    }
  }
  return out;
}
