import type {
  AllowConfig,
  BatchConfig,
  ConsolidationConfig,
  CriterionConfig,
  PathConfig,
  PhaseConfig,
} from "./schema.js";

/** A consolidation with its defaults filled in. */
export interface Consolidation {
  id: string;
  title: string;
  paths: PathConfig[];
  symbols: Record<string, string>;
  /** Deprecated class -> canonical factory (`ssot migrate` rewrites the call sites). */
  factories?: Record<string, string>;
  implementation?: NonNullable<ConsolidationConfig["implementation"]>;
  batches: BatchConfig[];
  allow: AllowConfig[];
  phases: PhaseConfig[];
}

/** The validated configuration with absolute paths and defaults: what the library runs on. */
export interface Config {
  /** Absolute path of the config file (for messages). */
  file: string;
  /** Absolute repository root. */
  root: string;
  exclude: string[];
  python: { sourceRoots: string[] };
  javascript: { tsConfig?: string };
  report: { linkTemplate?: string };
  consolidations: Consolidation[];
}

export type { AllowConfig, BatchConfig, CriterionConfig, PathConfig, PhaseConfig };
