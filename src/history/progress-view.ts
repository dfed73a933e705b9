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

/** How a target stands against its due date (`due:` of the phase in the config). */
export type DueStatus = "reached" | "on-track" | "late" | "overdue" | "unknown" | "no-due";

export interface TargetView {
  /** The phase whose `deprecated-share` bound this is; absent for "zero deprecated statements". */
  phase?: string;
  /** The phase's title from the config (its id when it has none). */
  title?: string;
  /** The share to reach (0 for zero). */
  maxShare: number;
  /** Deprecated statements at most, at the last point's total. */
  statements: number;
  /** Deprecated statements still to move to reach the bound (0 when reached). */
  toMove: number;
  projection: Projection;
  /** The phase's `due` date, YYYY-MM-DD. */
  due?: string;
  /**
   * reached; on-track (projected on or before due); late (projected after due, or not
   * converging); overdue (due has passed and the bound is not reached); unknown (no
   * velocity to project with); no-due (the phase has no `due`).
   */
  dueStatus: DueStatus;
}

export interface VelocityView {
  /** Decrease per week of the measure (negative: it grows). */
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
  /** The last point is the analysed state, newer than the history (drawn apart). */
  analysed: boolean;
  /** The share bounds to draw as target lines, with the phases' due dates. */
  targets: { label: string; maxShare: number; due?: string }[];
  /** deprecated: from the config's roles, null when the config does not list the path. */
  paths: { id: string; deprecated: boolean | null; statements: number[] }[];
}

/** The analysed state when it is newer than the history's last point ("show both"). */
export interface AnalysedPoint {
  date: string;
  commit: string | null;
  /** The history's own last point, which the analysed state follows. */
  historyEnd: {
    date: string;
    commit: string | null;
    deprecatedShare: number | null;
    deprecatedStatements: number;
  };
}

/** A phase status at a point where nothing existed yet. */
export const notStartedStatus = "not started";

export interface ConsolidationProgress {
  id: string;
  title: string;
  /** The date due dates are judged on (YYYY-MM-DD). */
  today: string;
  /** History points holding this consolidation (the analysed state not counted). */
  points: number;
  /**
   * Leading points where no statement reached any path ("not started"): never counted as
   * 0%, never the "first" point of a comparison, never a phase "met".
   */
  notStarted: { points: number; from: string; to: string } | null;
  /** Set when the last point is the analysed state, which the history does not hold yet. */
  analysed: AnalysedPoint | null;
  /** last: the newest point; first: the first point where the consolidation existed. */
  dates: Compared<string>;
  /** null: not started (no statement reached the paths). */
  deprecatedShare: Compared<number | null>;
  deprecatedStatements: Compared;
  statements: Compared;
  /** Of deprecated statements (statements per week). */
  velocity: VelocityView | null;
  /** Of the deprecated share, in percentage points per week. */
  shareVelocity: VelocityView | null;
  /** Of all statements on the paths (negative: the code base grows). */
  statementsVelocity: VelocityView | null;
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
  /** Statuses; "not started" at a point where nothing existed. */
  phases: { id: string; title: string; due?: string; status: Compared<string> }[];
  chart: TrendSeries;
}

export interface ProgressView {
  /** The ssot-tracker version that wrote this summary. */
  toolVersion: string;
  /** The history file, as given (for the reader's orientation). */
  source: string;
  points: number;
  /** The date due dates are judged on (YYYY-MM-DD). */
  today: string;
  consolidations: ConsolidationProgress[];
}
