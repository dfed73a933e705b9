/** The public library API of ssot-tracker. */
export { analyze, analyzeCommit, analyzeSource, type AnalyzeOptions } from "./analyze/index.js";
export { BlobScanStore } from "./analyze/source.js";
export { git, resolveCommit } from "./analyze/git-source.js";
export { loadConfig, validateConfig, resolveConfig, findConfigFile } from "./config/load.js";
export { configSchema } from "./config/schema.js";
export { configJsonSchema } from "./config/json-schema.js";
export type { Config, Consolidation } from "./config/types.js";
export { analysisResultSchema, resultSchemaVersion } from "./result/schema.js";
export type { AnalysisResult, ConsolidationResult, Edge, PathResult } from "./result/schema.js";
export { renderers } from "./render/index.js";
export {
  checkBaseline,
  updatedBaseline,
  deprecatedEdges,
  parseBaseline,
  serializeBaseline,
  readBaseline,
  writeBaseline,
  defaultBaselineFile,
  changedFilesSince,
  checkRenderers,
  checkFormats,
  checkFailed,
  emptyBaseline,
  baselineFileSchema,
  baselineSchemaVersion,
} from "./check/index.js";
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
export { ConfigError, InputError, SsotError } from "./util/errors.js";
export { main } from "./cli/main.js";
export { toolVersion } from "./version.js";
