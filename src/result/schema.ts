import { z } from "zod";

/**
 * AnalysisResult: the one seam between analysis and everything that reads it (renderers,
 * check, history, migrate). Versioned and deterministic: sorted arrays, posix paths, no
 * timestamps. Saved results are validated with this schema before they are read again.
 */
export const resultSchemaVersion = 1;

const status = z.enum(["met", "not-met", "unknown"]);
const role = z.enum(["canonical", "shim", "direct", "reexport"]);

export const edgeKinds = [
  "import",
  "from-import",
  "import-type",
  "export-from",
  "require",
  "dynamic-import",
] as const;

const pathResult = z.object({
  id: z.string(),
  module: z.string(),
  role,
  /** The module exists in the repository (a file, a package or a namespace package). */
  exists: z.boolean(),
  /** The file that defines it, when there is one. */
  file: z.string().optional(),
  files: z.number().int(),
  statements: z.number().int(),
  nestedStatements: z.number().int(),
  typeCheckingStatements: z.number().int(),
  stringReferences: z.number().int(),
});

const edge = z.object({
  file: z.string(),
  line: z.number().int(),
  path: z.string(),
  /** Imported names as written in the source (no aliases); empty for `import a.b`. */
  names: z.array(z.string()),
  kind: z.enum(edgeKinds),
  /** Relative-import dots (0 for absolute imports). */
  level: z.number().int(),
  nested: z.boolean(),
  typeChecking: z.boolean(),
});

const internalEdge = edge.extend({ from: z.string().describe("Path id of the importing module.") });

const stringReference = z.object({
  file: z.string(),
  line: z.number().int(),
  path: z.string(),
  value: z.string(),
});

const criterion = z.object({
  metric: z.string(),
  status,
  actual: z.number().nullable(),
  expected: z.string(),
  evidence: z.array(z.string()),
});

const consolidation = z.object({
  id: z.string(),
  title: z.string(),
  paths: z.array(pathResult),
  totals: z.object({
    statements: z.number().int(),
    deprecatedStatements: z.number().int(),
    files: z.number().int(),
    deprecatedFiles: z.number().int(),
  }),
  deprecatedShare: z.object({ statements: z.number(), files: z.number() }),
  edges: z.array(edge),
  internalEdges: z.array(internalEdge),
  stringReferences: z.array(stringReference),
  implementations: z.array(
    z.object({ name: z.string(), file: z.string(), line: z.number().int() }),
  ),
  batches: z.array(
    z.object({
      id: z.string(),
      files: z.number().int(),
      statements: z.number().int(),
      deprecatedStatements: z.number().int(),
    }),
  ),
  phases: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      gate: z.boolean(),
      status,
      criteria: z.array(criterion),
    }),
  ),
});

export const analysisResultSchema = z.object({
  schemaVersion: z.literal(resultSchemaVersion),
  tool: z.object({ name: z.literal("ssot-tracker"), version: z.string() }),
  files: z.object({
    /** Every analysed source file: Python plus JS/TS. */
    scanned: z.number().int(),
    python: z.number().int(),
    /** JS/TS files analysed; present when a consolidation names JS/TS paths. */
    javascript: z.number().int().optional(),
    skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
    parseErrors: z.array(
      z.object({ file: z.string(), line: z.number().int(), message: z.string() }),
    ),
  }),
  consolidations: z.array(consolidation),
});

export type AnalysisResult = z.infer<typeof analysisResultSchema>;
export type ConsolidationResult = AnalysisResult["consolidations"][number];
export type PathResult = z.infer<typeof pathResult>;
export type Edge = z.infer<typeof edge>;
export type InternalEdge = z.infer<typeof internalEdge>;
export type StringReference = z.infer<typeof stringReference>;
export type CriterionResult = z.infer<typeof criterion>;
export type PhaseResult = ConsolidationResult["phases"][number];
export type PhaseStatus = z.infer<typeof status>;
export type EdgeKind = (typeof edgeKinds)[number];
