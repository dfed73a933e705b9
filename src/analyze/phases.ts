import type { Consolidation, CriterionConfig } from "../config/types.js";
import type { CriterionResult, PhaseResult, PhaseStatus } from "../result/schema.js";
import type { Measured } from "./measure.js";
import { round } from "./measure.js";
import type { PythonScan } from "./python/scan-types.js";
import { deprecationWarningsOf } from "./warnings.js";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Facts the criteria need beyond the measured counts; gathered by the orchestrator. */
export interface PhaseFacts {
  /** The scan of a path's module file, when it exists. */
  scanOfPath: (pathId: string) => PythonScan | undefined;
  /** Warning categories that mean deprecation here: the built-in ones and their subclasses. */
  deprecationCategories: () => ReadonlySet<string>;
  /** Mentions of deprecated modules in documentation files, per criterion `docs` globs. */
  docMentions: (
    docs: readonly string[] | undefined,
  ) => { file: string; line: number; module: string }[];
  /** The last `ssot migrate --write` run, when one was recorded. */
  lastMigration?: { planned: number; applied: number };
}

type Value = {
  actual: number | null;
  evidence: string[];
  unknownReason?: CriterionResult["unknownReason"];
};

const unknown = (reason: NonNullable<Value["unknownReason"]>, evidence: string[]): Value => ({
  actual: null,
  evidence,
  unknownReason: reason,
});

/** The path ids each metric reads: a missing one makes the criterion unknown. */
function pathsRead(criterion: CriterionConfig, m: Measured): string[] {
  const all = m.paths.map((p) => p.id);
  const deprecated = m.paths.filter((p) => p.deprecated).map((p) => p.id);
  switch (criterion.metric) {
    case "deprecated-share":
    case "migration-blockers":
      return all;
    case "deprecated-statements":
      return criterion.paths ?? deprecated;
    case "deprecation-warnings":
    case "deprecated-modules-present":
      return removable(m).map((p) => p.id);
    case "canonical-defines":
      return m.paths.filter((p) => p.role === "canonical").map((p) => p.id);
    case "deprecated-doc-mentions":
    case "batch-deprecated-statements":
      return deprecated;
    case "implementations":
    case "migration-success-rate":
      return [];
  }
}

/** Unknown when a path the criterion reads is missing: a typo must never pass. */
function missingData(criterion: CriterionConfig, m: Measured): Value | undefined {
  const read = new Set(pathsRead(criterion, m));
  const missing = m.paths.filter((p) => p.missing && read.has(p.id));
  if (missing.length === 0) return undefined;
  return unknown(
    "missing-module",
    missing.map((p) => {
      const hint = p.missing?.suggestion ? ` (did you mean \`${p.missing.suggestion}\`?)` : "";
      return `path ${p.id}: module \`${p.module}\` is not in the repository and no import reaches it${hint}; fix the config, or mark the path \`removed: true\` if it was deleted on purpose`;
    }),
  );
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
      if (m.deprecatedShare.statements === null)
        return unknown("not-started", [
          "not started: no import statement reaches any of the paths yet",
        ]);
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
        return { actual: 1, evidence: ["every deprecated module was removed"] };
      const evidence: string[] = [];
      let warning = 0;
      for (const p of present) {
        const calls = deprecationWarningsOf(facts.scanOfPath(p.id), facts.deprecationCategories());
        const ok = calls.filter(
          (w) =>
            !criterion.mentionsCanonical ||
            (canonical !== undefined && w.message.includes(canonical.module)),
        );
        if (ok.length > 0) warning++;
        evidence.push(
          ok[0]
            ? `${p.file}:${ok[0].line} warns${ok[0].inGetattr ? " (in module __getattr__)" : ""}`
            : `${p.file}: no module-level DeprecationWarning${calls.length > 0 ? " naming the canonical module" : ""}`,
        );
      }
      return { actual: round(warning / present.length), evidence };
    }
    case "canonical-defines": {
      const scan = canonical ? facts.scanOfPath(canonical.id) : undefined;
      if (!scan)
        return unknown("no-data", [
          `canonical module ${canonical?.module} has no file in the repository to read`,
        ]);
      const bound = new Set([...scan.moduleNames, ...scan.dunderAll]);
      const missing = criterion.names.filter((n) => !bound.has(n));
      return {
        actual: round((criterion.names.length - missing.length) / criterion.names.length),
        evidence: [
          missing.length === 0
            ? `${canonical?.file} binds ${criterion.names.join(", ")}`
            : `${canonical?.file} does not bind ${missing.join(", ")}`,
          ...blockerEvidence(m),
        ],
      };
    }
    case "implementations": {
      if (!c.implementation)
        return unknown("no-data", ["no `implementation` configured for this consolidation"]);
      const scope = m.problems.find((p) => p.kind === "empty-implementation-scope");
      if (scope) return unknown("no-match", [scope.message]);
      if (m.implementations.length === 0)
        return unknown("no-match", [
          `no class matches implementation.classPattern ${JSON.stringify(c.implementation.classPattern)}: check the pattern (an implementation of the consolidated thing must exist somewhere)`,
        ]);
      return {
        actual: m.implementations.length,
        evidence: m.implementations.map((i) => `${i.name} at ${i.file}:${i.line}`),
      };
    }
    case "deprecated-modules-present": {
      const present = removable(m).filter((p) => p.exists);
      return {
        actual: present.length,
        evidence: [
          ...present.map(
            (p) =>
              `${p.module} (${p.file ?? "namespace package"})${p.removed ? " is marked removed but still exists" : ""}`,
          ),
          ...removable(m)
            .filter((p) => p.removed && !p.exists)
            .map((p) => `${p.module} removed`),
        ],
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
      if (!run) return unknown("no-data", ["no `ssot migrate --write` run recorded yet"]);
      const rate = run.planned === 0 ? 1 : round(run.applied / run.planned);
      return {
        actual: rate,
        evidence: [`${run.applied} of ${run.planned} planned edits applied in the last run`],
      };
    }
    case "migration-blockers":
      return { actual: m.blockers.length, evidence: blockerEvidence(m) };
    case "batch-deprecated-statements": {
      const empty = m.problems.find(
        (p) => p.kind === "empty-batch" && p.subject === criterion.batch,
      );
      if (empty) return unknown("no-match", [empty.message]);
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

/** "blocked: the canonical module does not define X": the plan's Phase 1 work. */
function blockerEvidence(m: Measured): string[] {
  return m.blockers.map(
    (b) =>
      `blocked: the canonical module does not define ${b.name} (${plural(b.statements, "deprecated statement")} in ${plural(b.files, "file")} import it)`,
  );
}

/** Phase status: met when every criterion is met, not-met when one is not, else unknown. */
export function evaluatePhases(
  consolidation: Consolidation,
  measured: Measured,
  facts: PhaseFacts,
): PhaseResult[] {
  return consolidation.phases.map((phase) => {
    const criteria: CriterionResult[] = phase.criteria.map((criterion) => {
      const { actual, evidence, unknownReason } =
        missingData(criterion, measured) ?? value(criterion, measured, consolidation, facts);
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
