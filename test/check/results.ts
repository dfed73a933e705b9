import type {
  AnalysisResult,
  ConsolidationResult,
  Edge,
  PhaseResult,
} from "../../src/result/schema.js";

/** `[file, line, path, names?, kind?]` — a compact edge for hand-written results. */
export type EdgeSpec = [string, number, string, string[]?, Edge["kind"]?];

const paths: ConsolidationResult["paths"] = [
  { id: "canonical", module: "pkg.canon", role: "canonical" },
  { id: "shim", module: "pkg.shim", role: "shim" },
  { id: "impl", module: "pkg.impl", role: "direct" },
  { id: "package", module: "pkg", role: "reexport" },
].map((p) => ({
  ...(p as Pick<ConsolidationResult["paths"][number], "id" | "module" | "role">),
  exists: true,
  deprecated: p.role !== "canonical",
  files: 0,
  statements: 0,
  nestedStatements: 0,
  typeCheckingStatements: 0,
  stringReferences: 0,
  unrelatedStatements: 0,
  allowedStatements: 0,
}));

export function edge([file, line, path, names = [], kind]: EdgeSpec): Edge {
  return {
    file,
    line,
    path,
    names,
    kind: kind ?? (names.length === 0 ? "import" : "from-import"),
    level: 0,
    nested: false,
    typeChecking: false,
    batch: "other",
  };
}

/** A consolidation "mgr" with paths canonical (pkg.canon), shim, impl (direct), package (reexport). */
export function consolidation(
  edges: EdgeSpec[],
  phases: PhaseResult[] = [],
  id = "mgr",
): ConsolidationResult {
  return {
    id,
    title: "Manager SSOT",
    paths,
    symbols: {},
    totals: {
      statements: 0,
      deprecatedStatements: 0,
      files: 0,
      deprecatedFiles: 0,
      unrelatedStatements: 0,
      allowedStatements: 0,
    },
    deprecatedShare: { statements: 0, files: 0 },
    edges: edges.map(edge),
    unrelatedImports: [],
    allowedEdges: [],
    blockers: [],
    problems: [],
    internalEdges: [],
    stringReferences: [],
    implementations: [],
    batches: [],
    phases,
  };
}

export function result(...consolidations: ConsolidationResult[]): AnalysisResult {
  return {
    schemaVersion: 2,
    tool: { name: "ssot-tracker", version: "0.0.0-test" },
    source: { root: ".", configHash: "0".repeat(64) },
    files: { scanned: 0, python: 0, skipped: [], parseErrors: [] },
    consolidations,
  };
}

export function gate(id: string, status: PhaseResult["status"]): PhaseResult {
  const criterion = {
    metric: status === "unknown" ? "migration-success-rate" : "deprecated-share",
    status,
    actual: status === "unknown" ? null : status === "met" ? 0 : 0.75,
    expected: status === "unknown" ? ">= 0.95" : "<= 0.1",
    evidence: [],
  };
  return { id, title: `Phase ${id}`, gate: true, status, criteria: [criterion] };
}
