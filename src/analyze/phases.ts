import type { Consolidation, CriterionConfig } from "../config/types.js";
import type { CriterionResult, PhaseResult, PhaseStatus } from "../result/schema.js";
import type { Measured } from "./measure.js";
import { round } from "./measure.js";
import { deprecationCalls } from "./python/deprecations.js";
import type { PythonScan } from "./python/scan-types.js";

/** Facts the criteria need beyond the measured counts; gathered by the orchestrator. */
export interface PhaseFacts {
  /** The scan of a path's module file, when it exists. */
  scanOfPath: (pathId: string) => PythonScan | undefined;
  /** Mentions of deprecated modules in documentation files, per criterion `docs` globs. */
  docMentions: (
    docs: readonly string[] | undefined,
  ) => { file: string; line: number; module: string }[];
  /** The last `ssot migrate --write` run, when one was recorded. */
  lastMigration?: { planned: number; applied: number };
}

type Value = { actual: number | null; evidence: string[] };

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

/**
 * Module-level criteria look at shims and direct modules only: a re-exporting package is
 * also the parent of the canonical module, so it can neither warn at import time nor be
 * deleted without breaking the canonical path.
 */
const removable = (m: Measured) => m.paths.filter((p) => p.role === "shim" || p.role === "direct");

function value(
  criterion: CriterionConfig,
  m: Measured,
  c: Consolidation,
  facts: PhaseFacts,
): Value {
  const canonical = m.paths.find((p) => p.role === "canonical");
  switch (criterion.metric) {
    case "deprecated-share":
      return {
        actual: m.deprecatedShare.statements,
        evidence: [
          `${m.totals.deprecatedStatements} of ${m.totals.statements} statements on deprecated paths`,
        ],
      };
    case "deprecated-statements": {
      const ids = criterion.paths ?? m.paths.filter((p) => p.role !== "canonical").map((p) => p.id);
      const paths = m.paths.filter((p) => ids.includes(p.id));
      return {
        actual: paths.reduce((n, p) => n + p.statements, 0),
        evidence: paths.map((p) => `${p.id}: ${p.statements} statements in ${p.files} files`),
      };
    }
    case "deprecation-warnings": {
      const present = removable(m).filter((p) => p.file !== undefined);
      if (present.length === 0)
        return { actual: 1, evidence: ["no deprecated module exists any more"] };
      const evidence: string[] = [];
      let warning = 0;
      for (const p of present) {
        const scan = facts.scanOfPath(p.id);
        const calls = scan ? deprecationCalls(scan) : [];
        const ok = calls.filter(
          (w) =>
            !criterion.mentionsCanonical ||
            (canonical !== undefined && w.message.includes(canonical.module)),
        );
        if (ok.length > 0) warning++;
        evidence.push(
          ok[0]
            ? `${p.file}:${ok[0].line} warns`
            : `${p.file}: no module-level DeprecationWarning${calls.length > 0 ? " naming the canonical module" : ""}`,
        );
      }
      return { actual: round(warning / present.length), evidence };
    }
    case "canonical-defines": {
      const scan = canonical ? facts.scanOfPath(canonical.id) : undefined;
      if (!scan)
        return { actual: 0, evidence: [`canonical module ${canonical?.module} has no file`] };
      const bound = new Set([...scan.moduleNames, ...scan.dunderAll]);
      const missing = criterion.names.filter((n) => !bound.has(n));
      return {
        actual: round((criterion.names.length - missing.length) / criterion.names.length),
        evidence:
          missing.length === 0
            ? [`${canonical?.file} binds ${criterion.names.join(", ")}`]
            : [`${canonical?.file} does not bind ${missing.join(", ")}`],
      };
    }
    case "implementations":
      if (!c.implementation)
        return {
          actual: null,
          evidence: ["no `implementation` configured for this consolidation"],
        };
      return {
        actual: m.implementations.length,
        evidence: m.implementations.map((i) => `${i.name} at ${i.file}:${i.line}`),
      };
    case "deprecated-modules-present": {
      const present = removable(m).filter((p) => p.exists);
      return {
        actual: present.length,
        evidence: present.map((p) => `${p.module} (${p.file ?? "namespace package"})`),
      };
    }
    case "deprecated-doc-mentions": {
      const mentions = facts.docMentions(criterion.docs);
      return {
        actual: mentions.length,
        evidence: mentions.slice(0, 20).map((x) => `${x.file}:${x.line} mentions ${x.module}`),
      };
    }
    case "migration-success-rate": {
      const run = facts.lastMigration;
      if (!run) return { actual: null, evidence: ["no `ssot migrate --write` run recorded yet"] };
      const rate = run.planned === 0 ? 1 : round(run.applied / run.planned);
      return {
        actual: rate,
        evidence: [`${run.applied} of ${run.planned} planned edits applied in the last run`],
      };
    }
    case "batch-deprecated-statements": {
      const batch = m.batches.find((b) => b.id === criterion.batch);
      return {
        actual: batch?.deprecatedStatements ?? 0,
        evidence: [
          `batch ${criterion.batch}: ${batch?.deprecatedStatements ?? 0} deprecated of ${batch?.statements ?? 0} statements`,
        ],
      };
    }
  }
}

/** Phase status: met when every criterion is met, not-met when one is not, else unknown. */
export function evaluatePhases(
  consolidation: Consolidation,
  measured: Measured,
  facts: PhaseFacts,
): PhaseResult[] {
  return consolidation.phases.map((phase) => {
    const criteria: CriterionResult[] = phase.criteria.map((criterion) => {
      const { actual, evidence } = value(criterion, measured, consolidation, facts);
      return {
        metric: criterion.metric,
        status: statusOf(criterion, actual),
        actual,
        expected: expectedText(criterion),
        evidence,
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
      gate: phase.gate ?? false,
      status,
      criteria,
    };
  });
}
