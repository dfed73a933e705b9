/** The public library API of ssot-tracker. */

export { type AnalyzeOptions, analyze, analyzeCommit, analyzeSource } from "./analyze/index.js";
export type {
  Baseline,
  BaselineEntry,
  BaselineUpdate,
  CheckFormat,
  CheckOptions,
  CheckOutcome,
  CheckReport,
  DeprecatedEdge,
  EdgeIdentity,
  GateOutcome,
} from "./check/index.js";
export {
  baselineFileSchema,
  baselineSchemaVersion,
  changedFilesSince,
  checkBaseline,
  checkFailed,
  checkFormats,
  checkRenderers,
  defaultBaselineFile,
  deprecatedEdges,
  emptyBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  updatedBaseline,
  writeBaseline,
} from "./check/index.js";
export { configJsonSchema } from "./config/json-schema.js";
export { loadConfig, resolveConfig, validateConfig } from "./config/load.js";
export { configSchema } from "./config/schema.js";
export type { Config, Consolidation } from "./config/types.js";
export * from "./history/index.js";
export type {
  Edit,
  MigrateOptions,
  MigrateRun,
  MigrationItem,
  MigrationOutcome,
  MigrationPlan,
  PlanOptions,
  Refusal,
  RestoreOutcome,
} from "./migrate/index.js";
export {
  applyEdits,
  applyPlan,
  formatMigrationJson,
  formatMigrationText,
  migrate,
  migrationDiff,
  planMigration,
  readMigrationRecord,
  recordMigration,
  restoreMigration,
} from "./migrate/index.js";
export { renderers } from "./render/index.js";
export { renderProgressMarkdown } from "./render/progress.js";
export { trendChart } from "./render/progress-chart.js";
export { renderProgressHtml } from "./render/progress-html.js";
export type { ProgressView } from "./render/progress-view.js";
export type { AnalysisResult, ConsolidationResult, Edge, PathResult } from "./result/schema.js";
export { analysisResultSchema, resultSchemaVersion } from "./result/schema.js";
export { ConfigError, InputError, SsotError } from "./util/errors.js";
export { toolVersion } from "./version.js";
export { resolveCommit } from "./workspace/commit-source.js";
export { findConfigFile } from "./workspace/config-file.js";
export { git } from "./workspace/git.js";
export { BlobScanStore } from "./workspace/source.js";
