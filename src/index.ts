/** The public library API of ssot-tracker. */
export { analyze, type AnalyzeOptions } from "./analyze/index.js";
export { loadConfig, validateConfig, resolveConfig, findConfigFile } from "./config/load.js";
export { configSchema } from "./config/schema.js";
export { configJsonSchema } from "./config/json-schema.js";
export type { Config, Consolidation } from "./config/types.js";
export { analysisResultSchema, resultSchemaVersion } from "./result/schema.js";
export type { AnalysisResult, ConsolidationResult, Edge, PathResult } from "./result/schema.js";
export { renderers } from "./render/index.js";
export { ConfigError, InputError, SsotError } from "./util/errors.js";
export { main } from "./cli/main.js";
export { toolVersion } from "./version.js";
