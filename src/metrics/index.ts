import { z } from "zod";
import batchDeprecatedStatements from "./batch-deprecated-statements.js";
import canonicalDefines from "./canonical-defines.js";
import deprecatedDocMentions from "./deprecated-doc-mentions.js";
import deprecatedModulesPresent from "./deprecated-modules-present.js";
import deprecatedShare from "./deprecated-share.js";
import deprecatedStatements from "./deprecated-statements.js";
import deprecationWarnings from "./deprecation-warnings.js";
import implementations from "./implementations.js";
import type { Language, Measured, Metric, MetricFacts, MetricValue } from "./metric.js";
import migrationBlockers from "./migration-blockers.js";
import migrationSuccessRate from "./migration-success-rate.js";

/**
 * The phase metrics. Each is declared in its own module (schema, languages, paths read,
 * evaluation, description); the config's criterion union, the list of metric ids and the
 * report's descriptions come from here. A new metric: its module, and its line in both lists.
 */
const registry = [
  deprecatedShare,
  deprecatedStatements,
  deprecationWarnings,
  canonicalDefines,
  implementations,
  deprecatedModulesPresent,
  deprecatedDocMentions,
  migrationSuccessRate,
  migrationBlockers,
  batchDeprecatedStatements,
] as const;

/** The `criteria` entry of a phase: one of the metrics' schemas, told apart by `metric`. */
export const criterionSchema = z.discriminatedUnion("metric", [
  deprecatedShare.schema,
  deprecatedStatements.schema,
  deprecationWarnings.schema,
  canonicalDefines.schema,
  implementations.schema,
  deprecatedModulesPresent.schema,
  deprecatedDocMentions.schema,
  migrationSuccessRate.schema,
  migrationBlockers.schema,
  batchDeprecatedStatements.schema,
]);

export type CriterionConfig = z.infer<typeof criterionSchema>;
export type MetricId = CriterionConfig["metric"];

export const metricIds: readonly MetricId[] = registry.map((m) => m.id as MetricId);

export const metricDescriptions: Readonly<Record<string, string>> = Object.fromEntries(
  registry.map((m) => [m.id, m.description]),
);

/** Metrics that cannot be measured for a consolidation of this language. */
export const metricsNotFor = (language: Language): readonly string[] =>
  registry.filter((m) => !m.languages.includes(language)).map((m) => m.id);

const byId = new Map<string, Metric>(registry.map((m) => [m.id, m as unknown as Metric]));

function metricOf(criterion: CriterionConfig): Metric {
  const metric = byId.get(criterion.metric);
  if (!metric) throw new Error(`unknown metric ${criterion.metric}`); // the schema admits none
  return metric;
}

/** The path ids a criterion reads: a missing one makes it unknown. */
export const pathsRead = (criterion: CriterionConfig, m: Measured): string[] =>
  metricOf(criterion).reads(criterion, m);

export const evaluateMetric = (
  criterion: CriterionConfig,
  m: Measured,
  facts: MetricFacts,
): MetricValue => metricOf(criterion).evaluate(criterion, m, facts);

export type { Language, Measured, MetricFacts, MetricValue } from "./metric.js";
