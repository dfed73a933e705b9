/**
 * The view model of the progress summary: plain data prepared from the history (by
 * `progressSection` in src/history/progress.ts) and formatted by the pure renderers here.
 * Renderers read only this, never the history file or the config.
 */

/** A value this point, at the previous point and at the first point (null: not measured then). */
export interface Compared<T = number> {
  last: T;
  previous: T | null;
  first: T | null;
}

export type Projection =
  | { status: "reached" }
  | { status: "projected"; date: string; days: number }
  | { status: "not-converging" }
  | { status: "unknown" };

export interface TargetView {
  /** The phase whose `deprecated-share` bound this is; absent for "zero deprecated statements". */
  phase?: string;
  /** The share to reach (0 for zero). */
  maxShare: number;
  /** Deprecated statements at most, at the last point's total. */
  statements: number;
  projection: Projection;
}

export interface VelocityView {
  /** Deprecated statements removed per week (negative: they grow). */
  perWeek: number;
  /** Points the least-squares fit used, and their dates. */
  points: number;
  from: string;
  to: string;
}

/** Series for the trend chart, oldest first. */
export interface TrendSeries {
  title: string;
  dates: string[];
  /** Deprecated share of statements, 0..1; null where nothing was measured yet. */
  deprecatedShare: (number | null)[];
  /** deprecated: from the config's roles, null when the config does not list the path. */
  paths: { id: string; deprecated: boolean | null; statements: number[] }[];
}

export interface ConsolidationProgress {
  id: string;
  title: string;
  /** History points holding this consolidation. */
  points: number;
  dates: Compared<string>;
  /** null: not started (no statement reached the paths). */
  deprecatedShare: Compared<number | null>;
  deprecatedStatements: Compared;
  statements: Compared;
  velocity: VelocityView | null;
  /** Points the velocity is fitted over, at most. */
  velocityWindow: number;
  targets: TargetView[];
  /** Paths and batches of the last point. */
  paths: {
    id: string;
    /** From the config's roles; null for a path the config does not list (any more). */
    deprecated: boolean | null;
    files: Compared;
    statements: Compared;
  }[];
  batches: { id: string; statements: Compared; deprecatedStatements: Compared }[];
  phases: { id: string; status: Compared<string> }[];
  chart: TrendSeries;
}

export interface ProgressView {
  /** The ssot-tracker version that wrote this summary. */
  toolVersion: string;
  /** The history file, as given (for the reader's orientation). */
  source: string;
  points: number;
  consolidations: ConsolidationProgress[];
}
