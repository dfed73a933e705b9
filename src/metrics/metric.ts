import type { z } from "zod";
import type { ConsolidationResult, CriterionResult } from "../result/schema.js";
import { plural } from "../util/words.js";

/** What a consolidation measured, before its phases are judged. */
export type Measured = Omit<ConsolidationResult, "phases">;

/** Facts a metric may need beyond the measured counts; the analysis gathers them. */
export interface MetricFacts {
  /** The deprecation warnings in a path's module file (empty when it has none or no file). */
  deprecationWarnings(pathId: string): { line: number; message: string; inGetattr: boolean }[];
  /** The names a path's module binds at module level; undefined when it has no file to read. */
  namesBoundBy(pathId: string): ReadonlySet<string> | undefined;
  /** Mentions of deprecated modules in documentation files, for the given globs. */
  docMentions(
    docs: readonly string[] | undefined,
  ): { file: string; line: number; module: string }[];
  /** The consolidation's `implementation.classPattern`, when one is configured. */
  implementationPattern?: string;
  /** The last `ssot migrate --write` run, when one was recorded. */
  lastMigration?: { planned: number; applied: number };
}

/** A metric's reading: a number with its evidence, or unknown with the reason. */
export interface MetricValue {
  actual: number | null;
  evidence: string[];
  unknownReason?: CriterionResult["unknownReason"];
}

export type Language = "python" | "javascript";

/**
 * One phase metric, declared in one module: its config schema (`metric`, `min`/`max` and its
 * own keys), the languages it can measure, the path ids it reads (a missing one makes it
 * unknown), how it evaluates, and the description the report shows.
 */
export interface Metric<Schema extends z.ZodObject = z.ZodObject> {
  id: z.infer<Schema>["metric"];
  description: string;
  languages: readonly Language[];
  schema: Schema;
  reads(criterion: z.infer<Schema>, m: Measured): string[];
  evaluate(criterion: z.infer<Schema>, m: Measured, facts: MetricFacts): MetricValue;
}

/** Typed declaration helper: infers the criterion type from the schema. */
export function defineMetric<Schema extends z.ZodObject>(metric: Metric<Schema>): Metric<Schema> {
  return metric;
}

export const unknown = (
  reason: NonNullable<MetricValue["unknownReason"]>,
  evidence: string[],
): MetricValue => ({ actual: null, evidence, unknownReason: reason });

/**
 * Module-level metrics look at shims and direct modules only: a re-exporting package is
 * also the parent of the canonical module, so it can neither warn at import time nor be
 * deleted without breaking the canonical path.
 */
export const removable = (m: Measured) =>
  m.paths.filter((p) => p.role === "shim" || p.role === "direct");

export const deprecatedIds = (m: Measured) => m.paths.filter((p) => p.deprecated).map((p) => p.id);

/** "blocked: the canonical module does not define X": the plan's Phase 1 work. */
export function blockerEvidence(m: Measured): string[] {
  return m.blockers.map(
    (b) =>
      `blocked: the canonical module does not define ${b.name} (${plural(b.statements, "deprecated statement")} in ${plural(b.files, "file")} import it)`,
  );
}
