import type { Consolidation, CriterionConfig } from "../../config/types.js";
import {
  evaluateMetric,
  type Measured,
  type MetricFacts,
  type MetricValue,
  pathsRead,
} from "../../metrics/index.js";
import type { CriterionResult, PhaseResult, PhaseStatus } from "../../result/schema.js";

/** Unknown when a path the criterion reads is missing: a typo must never pass. */
function missingData(criterion: CriterionConfig, m: Measured): MetricValue | undefined {
  const read = new Set(pathsRead(criterion, m));
  const missing = m.paths.filter((p) => p.missing && read.has(p.id));
  if (missing.length === 0) return undefined;
  return {
    actual: null,
    unknownReason: "missing-module",
    evidence: missing.map((p) => {
      const hint = p.missing?.suggestion ? ` (did you mean \`${p.missing.suggestion}\`?)` : "";
      return `path ${p.id}: module \`${p.module}\` is not in the repository and no import reaches it${hint}; fix the config, or mark the path \`removed: true\` if it was deleted on purpose`;
    }),
  };
}

function expectedText(c: CriterionConfig): string {
  const parts: string[] = [];
  if (c.min !== undefined) parts.push(`>= ${c.min}`);
  if (c.max !== undefined) parts.push(`<= ${c.max}`);
  return parts.join(" and ");
}

function statusOf(c: CriterionConfig, actual: number | null): PhaseStatus {
  if (actual === null) return "unknown";
  if (c.min !== undefined && actual < c.min) return "not-met";
  if (c.max !== undefined && actual > c.max) return "not-met";
  return "met";
}

/** Phase status: met when every criterion is met, not-met when one is not, else unknown. */
export function evaluatePhases(
  consolidation: Consolidation,
  measured: Measured,
  facts: MetricFacts,
): PhaseResult[] {
  return consolidation.phases.map((phase) => {
    const criteria: CriterionResult[] = phase.criteria.map((criterion) => {
      const { actual, evidence, unknownReason } =
        missingData(criterion, measured) ?? evaluateMetric(criterion, measured, facts);
      return {
        metric: criterion.metric,
        status: statusOf(criterion, actual),
        actual,
        expected: expectedText(criterion),
        evidence,
        ...(unknownReason ? { unknownReason } : {}),
      };
    });
    const status: PhaseStatus = criteria.some((k) => k.status === "not-met")
      ? "not-met"
      : criteria.every((k) => k.status === "met")
        ? "met"
        : "unknown";
    return {
      id: phase.id,
      title: phase.title ?? phase.id,
      gate: phase.gate !== undefined && phase.gate !== false,
      status,
      criteria,
    };
  });
}
