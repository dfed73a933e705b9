import { z } from "zod";

/**
 * AnalysisResult: the one seam between analysis and everything that reads it (renderers,
 * check, history, migrate). Versioned and deterministic: sorted arrays, posix paths, no
 * timestamps. Saved results are validated with this schema before they are read again.
 */
export const resultSchemaVersion = 2;

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
  /** Every role but `canonical` is deprecated. */
  deprecated: z.boolean(),
  /** Marked `removed: true` in the config: its absence is the goal, not a typo. */
  removed: z.boolean().optional(),
  /**
   * No file defines the module and no statement reaches it: almost always a typo. Criteria
   * that depend on the path are `unknown` while it is missing.
   */
  missing: z.object({ suggestion: z.string().optional() }).optional(),
  files: z.number().int(),
  statements: z.number().int(),
  nestedStatements: z.number().int(),
  typeCheckingStatements: z.number().int(),
  stringReferences: z.number().int(),
  /** Statements on a `reexport` path that import only names unrelated to the consolidation. */
  unrelatedStatements: z.number().int(),
  /** Deprecated statements allowed on purpose (`# ssot: allow`, config `allow`). */
  allowedStatements: z.number().int(),
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
  /** The batch of the importing file (first matching batch, else "other"). */
  batch: z.string(),
  /**
   * On a `reexport` path: the imported names that made the statement count, each with the
   * path module it comes from (absent for `import P` and `from P import *`).
   */
  provenance: z.array(z.object({ name: z.string(), origin: z.string() })).optional(),
  /** On a deprecated path: what to import instead, found by provenance. */
  fix: z
    .object({
      /** Imports to write, each naming only what its module binds. */
      imports: z.array(
        z.object({
          module: z.string(),
          names: z.array(z.object({ name: z.string(), alias: z.string().optional() })),
        }),
      ),
      /** Names no non-deprecated module binds: "blocked: the canonical module does not define X". */
      blocked: z.array(z.string()),
    })
    .optional(),
});

const internalEdge = edge.extend({ from: z.string().describe("Path id of the importing module.") });

const unrelatedImport = z.object({
  file: z.string(),
  line: z.number().int(),
  path: z.string(),
  names: z.array(z.string()),
  batch: z.string(),
});

const allowedEdge = edge.extend({
  reason: z.string(),
  /** Where the permission comes from: a `# ssot: allow` comment or a config `allow` entry. */
  by: z.enum(["pragma", "config"]),
});

const problem = z.object({
  kind: z.enum(["missing-module", "unused-allow", "empty-batch", "empty-implementation-scope"]),
  /** Path id, batch id or `allow[i]`, the config item at fault. */
  subject: z.string(),
  message: z.string(),
});

const blocker = z.object({
  name: z.string(),
  /** Deprecated statements that import it. */
  statements: z.number().int(),
  files: z.number().int(),
});

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
  /**
   * Why the status is `unknown`: `missing-module` (a configured module is not in the
   * repository: fix the config), `not-started` (nothing to measure yet), `no-data` (the data
   * does not exist yet, e.g. no migrate run).
   */
  unknownReason: z.enum(["missing-module", "not-started", "no-data", "no-match"]).optional(),
});

const consolidation = z.object({
  id: z.string(),
  title: z.string(),
  paths: z.array(pathResult),
  /** Deprecated name -> canonical name (the config's `symbols`). */
  symbols: z.record(z.string(), z.string()),
  totals: z.object({
    statements: z.number().int(),
    deprecatedStatements: z.number().int(),
    files: z.number().int(),
    deprecatedFiles: z.number().int(),
    unrelatedStatements: z.number().int(),
    allowedStatements: z.number().int(),
  }),
  /** Deprecated / all; null when no statement reaches any path yet ("not started", not 0%). */
  deprecatedShare: z.object({ statements: z.number().nullable(), files: z.number().nullable() }),
  edges: z.array(edge),
  /** Statements on `reexport` paths whose names are all unrelated: not counted. */
  unrelatedImports: z.array(unrelatedImport),
  /** Deprecated statements allowed on purpose: not counted, never failing `check`. */
  allowedEdges: z.array(allowedEdge),
  /** Names deprecated statements import that no non-deprecated module binds. */
  blockers: z.array(blocker),
  /** Configuration items the repository contradicts (a typo, an unused allow entry). */
  problems: z.array(problem),
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
  /** What was analysed: deterministic, so equal inputs give equal results. */
  source: z.object({
    /** The analysed root, relative to the config file's folder (posix). */
    root: z.string(),
    /** The analysed commit (backfill), or HEAD of the working tree's repository. */
    commit: z.string().optional(),
    /** sha256 of the validated configuration (which consolidations, paths and rules). */
    configHash: z.string(),
  }),
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
  /**
   * Present in an organisation-wide result (`ssot merge --fleet`): each repository's own
   * figures; the consolidations above are summed over them, files named `repository/file`.
   */
  fleet: z
    .object({
      repositories: z.array(
        z.object({
          name: z.string(),
          commit: z.string().optional(),
          configHash: z.string(),
          consolidations: z.array(
            z.object({
              id: z.string(),
              totals: consolidation.shape.totals,
              deprecatedShare: consolidation.shape.deprecatedShare,
              paths: z.array(
                z.object({
                  id: z.string(),
                  role,
                  files: z.number().int(),
                  statements: z.number().int(),
                }),
              ),
            }),
          ),
        }),
      ),
    })
    .optional(),
});

export type AnalysisResult = z.infer<typeof analysisResultSchema>;
export type ConsolidationResult = AnalysisResult["consolidations"][number];
export type PathResult = z.infer<typeof pathResult>;
export type Edge = z.infer<typeof edge>;
export type InternalEdge = z.infer<typeof internalEdge>;
export type StringReference = z.infer<typeof stringReference>;
export type UnrelatedImport = z.infer<typeof unrelatedImport>;
export type ResultProblem = z.infer<typeof problem>;
export type Blocker = z.infer<typeof blocker>;
export type EdgeFix = NonNullable<Edge["fix"]>;
export type CriterionResult = z.infer<typeof criterion>;
export type PhaseResult = ConsolidationResult["phases"][number];
export type PhaseStatus = z.infer<typeof status>;
export type EdgeKind = (typeof edgeKinds)[number];
