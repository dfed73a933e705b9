import type { Config } from "../config/types.js";
import { toolVersion } from "../version.js";
import { todayUtc } from "./dates.js";
import type {
  Compared,
  ConsolidationProgress,
  DueStatus,
  ProgressView,
  Projection,
  TargetView,
} from "./progress-view.js";
import { notStartedStatus } from "./progress-view.js";
import type { ConsolidationLine, HistoryLine } from "./schema.js";
import { projectDate, type Velocity, velocity, velocityWindow } from "./trend.js";

/** What progress needs from the config: titles, which paths are deprecated, the phases' bounds and due dates. */
export interface ProgressTargets {
  id: string;
  title: string;
  deprecatedPaths: string[];
  canonicalPaths: string[];
  /** Per phase with a `deprecated-share` criterion: its (tightest) `max`. */
  shareThresholds: { phase: string; title?: string; max: number; due?: string }[];
  /** Every phase: its title (the id when it has none) and `due` date. */
  phases?: { id: string; title: string; due?: string }[];
}

export function progressTargets(config: Config): ProgressTargets[] {
  return config.consolidations.map((c) => ({
    id: c.id,
    title: c.title,
    deprecatedPaths: c.paths.filter((p) => p.role !== "canonical").map((p) => p.id),
    canonicalPaths: c.paths.filter((p) => p.role === "canonical").map((p) => p.id),
    shareThresholds: c.phases.flatMap((phase) => {
      const maxes = phase.criteria.flatMap((k) =>
        k.metric === "deprecated-share" && k.max !== undefined ? [k.max] : [],
      );
      if (maxes.length === 0) return [];
      const title = phase.title ?? phase.id;
      return [
        {
          phase: phase.id,
          title,
          max: Math.min(...maxes),
          ...(phase.due ? { due: phase.due } : {}),
        },
      ];
    }),
    phases: c.phases.map((phase) => ({
      id: phase.id,
      title: phase.title ?? phase.id,
      ...(phase.due ? { due: phase.due } : {}),
    })),
  }));
}

interface Point {
  date: string;
  commit: string | null;
  line: ConsolidationLine;
}

const totalStatements = (c: ConsolidationLine) => c.paths.reduce((n, p) => n + p.statements, 0);

/** Nothing reached any path yet: the modules or their importers did not exist. */
const started = (p: Point) => p.line.deprecatedShare.statements !== null;

/**
 * Deprecated statements of a point. Every statement is in exactly one batch ("other"
 * included), so the batch sums are exact and need no config; lines without batches fall
 * back to the config's deprecated paths.
 */
function deprecatedStatements(
  c: ConsolidationLine,
  deprecatedPaths: readonly string[] | undefined,
): number {
  if (c.batches) return c.batches.reduce((n, b) => n + b.deprecatedStatements, 0);
  if (deprecatedPaths)
    return c.paths
      .filter((p) => deprecatedPaths.includes(p.id))
      .reduce((n, p) => n + p.statements, 0);
  return Math.round((c.deprecatedShare.statements ?? 0) * totalStatements(c));
}

function compare<T>(points: readonly Point[], of: (p: Point) => T | undefined): Compared<T> {
  const last = points[points.length - 1];
  const previous = points.length > 1 ? points[points.length - 2] : undefined;
  const first = points.length > 1 ? points[0] : undefined;
  return {
    last: of(last as Point) as T,
    previous: previous ? (of(previous) ?? null) : null,
    first: first ? (of(first) ?? null) : null,
  };
}

/** On track when the projection lands on or before `due`; reached needs no date. */
export function dueStatus(
  projection: Projection,
  due: string | undefined,
  today: string,
): DueStatus {
  if (projection.status === "reached") return "reached";
  if (!due) return "no-due";
  if (due < today) return "overdue";
  if (projection.status === "projected") return projection.date <= due ? "on-track" : "late";
  if (projection.status === "not-converging") return "late";
  return "unknown";
}

interface Fits {
  statements: Velocity | undefined;
  share: Velocity | undefined;
  total: Velocity | undefined;
}

function fits(points: readonly Point[], deprecated: (p: Point) => number, window: number): Fits {
  const series = (of: (p: Point) => number) =>
    velocity(
      points.map((p) => ({ date: p.date, value: of(p) })),
      window,
    );
  return {
    statements: series(deprecated),
    share: series((p) => (p.line.deprecatedShare.statements ?? 0) * 100),
    total: series((p) => totalStatements(p.line)),
  };
}

/**
 * Splits the points at the first one where the consolidation existed: the leading "not
 * started" points are reported apart and never compared with (no 0 -> 100 spike).
 */
function splitNotStarted(all: readonly Point[]): { points: Point[]; leading: Point[] } {
  const first = all.findIndex(started);
  if (first < 0) return { points: all.slice(-1), leading: all.slice(0, -1) };
  return { points: all.slice(first), leading: all.slice(0, first) };
}

function consolidationProgress(
  all: Point[],
  targets: ProgressTargets | undefined,
  window: number,
  today: string,
  analysed: boolean,
): ConsolidationProgress {
  const { points, leading } = splitNotStarted(all);
  const last = points[points.length - 1] as Point;
  const deprecated = (p: Point) => deprecatedStatements(p.line, targets?.deprecatedPaths);
  const rates = fits(points, deprecated, window);
  const total = totalStatements(last.line);
  const current = deprecated(last);
  const share = last.line.deprecatedShare.statements;
  const target = (
    maxShare: number,
    phase?: { phase: string; title?: string; due?: string },
  ): TargetView => {
    const allowed = Math.floor(maxShare * total + 1e-9);
    const reached = share !== null && share <= maxShare + 1e-12;
    // Share bounds are projected on the share's trend, which a growing code base moves
    // too. Zero is zero statements, whatever the code base does: the statements' trend.
    const projection: Projection = reached
      ? { status: "reached" }
      : maxShare > 0
        ? projectDate(last.date, (share ?? 0) * 100, maxShare * 100, rates.share)
        : projectDate(last.date, current, allowed, rates.statements);
    return {
      ...(phase ? { phase: phase.phase, title: phase.title ?? phase.phase } : {}),
      maxShare,
      statements: allowed,
      toMove: reached ? 0 : Math.max(0, current - allowed),
      projection,
      ...(phase?.due ? { due: phase.due } : {}),
      dueStatus: dueStatus(projection, phase?.due, today),
    };
  };
  const isDeprecated = (id: string) =>
    targets?.deprecatedPaths.includes(id)
      ? true
      : targets?.canonicalPaths.includes(id)
        ? false
        : null;
  const phaseStatus = (p: Point, id: string) =>
    started(p) ? p.line.phases.find((x) => x.id === id)?.status : notStartedStatus;
  const historyEnd = analysed ? all[all.length - 2] : undefined;
  return {
    id: last.line.id,
    title: targets?.title ?? last.line.id,
    today,
    points: analysed ? all.length - 1 : all.length,
    notStarted:
      leading.length > 0
        ? {
            points: leading.length,
            from: (leading[0] as Point).date,
            to: (leading[leading.length - 1] as Point).date,
          }
        : null,
    analysed:
      analysed && historyEnd
        ? {
            date: last.date,
            commit: last.commit,
            historyEnd: {
              date: historyEnd.date,
              commit: historyEnd.commit,
              deprecatedShare: historyEnd.line.deprecatedShare.statements,
              deprecatedStatements: deprecated(historyEnd),
            },
          }
        : null,
    dates: compare(points, (p) => p.date),
    deprecatedShare: compare(points, (p) => p.line.deprecatedShare.statements),
    deprecatedStatements: compare(points, deprecated),
    statements: compare(points, (p) => totalStatements(p.line)),
    velocity: rates.statements ?? null,
    shareVelocity: rates.share ?? null,
    statementsVelocity: rates.total ?? null,
    velocityWindow: window,
    targets: [...(targets?.shareThresholds ?? []).map((t) => target(t.max, t)), target(0)],
    paths: last.line.paths.map((path) => ({
      id: path.id,
      deprecated: isDeprecated(path.id),
      files: compare(points, (p) => p.line.paths.find((x) => x.id === path.id)?.files),
      statements: compare(points, (p) => p.line.paths.find((x) => x.id === path.id)?.statements),
    })),
    batches: (last.line.batches ?? []).map((batch) => ({
      id: batch.id,
      statements: compare(
        points,
        (p) => p.line.batches?.find((x) => x.id === batch.id)?.statements,
      ),
      deprecatedStatements: compare(
        points,
        (p) => p.line.batches?.find((x) => x.id === batch.id)?.deprecatedStatements,
      ),
    })),
    phases: last.line.phases.map((phase) => {
      const planned = targets?.phases?.find((x) => x.id === phase.id);
      return {
        id: phase.id,
        title: planned?.title ?? phase.id,
        ...(planned?.due ? { due: planned.due } : {}),
        status: compare(points, (p) => phaseStatus(p, phase.id)),
      };
    }),
    chart: {
      title: targets?.title ?? last.line.id,
      dates: points.map((p) => p.date),
      deprecatedShare: points.map((p) => p.line.deprecatedShare.statements),
      analysed,
      targets: (targets?.shareThresholds ?? []).map((t) => ({
        label: t.title ?? t.phase,
        maxShare: t.max,
        ...(t.due ? { due: t.due } : {}),
      })),
      paths: last.line.paths.map((path) => ({
        id: path.id,
        deprecated: isDeprecated(path.id),
        statements: points.map((p) => p.line.paths.find((x) => x.id === path.id)?.statements ?? 0),
      })),
    },
  };
}

/** The same state: the same commit, or (a commit unknown) the same counts. */
function sameState(a: Point, b: Point): boolean {
  if (a.commit && b.commit) return a.commit === b.commit;
  return JSON.stringify(a.line) === JSON.stringify(b.line);
}

export interface ProgressOptions {
  source?: string;
  window?: number;
  toolVersion?: string;
  /** The date due dates are judged on (default: today, UTC). */
  today?: string;
  /**
   * The analysed state (a history line of the analysis, dated): when the history does not
   * end at it, it is added as the last point, and the view says where the history ended.
   */
  current?: HistoryLine;
}

/**
 * The progress view of a history (oldest first): per consolidation of the last point (the
 * analysed state when given), this point against the previous and the first point where the
 * consolidation existed, the velocities (least squares over the last `window` points),
 * what is left to each phase's bound, and projected dates against the phases' due dates.
 */
export function progressSection(
  lines: readonly HistoryLine[],
  targets: readonly ProgressTargets[],
  options: ProgressOptions = {},
): ProgressView {
  const window = options.window ?? velocityWindow;
  const today = options.today ?? todayUtc();
  const current = options.current;
  const newest = current ?? lines[lines.length - 1];
  const pointsOf = (id: string): Point[] =>
    lines.flatMap((line) => {
      const found = line.consolidations.find((x) => x.id === id);
      return found ? [{ date: line.date, commit: line.commit, line: found }] : [];
    });
  const consolidations = (newest?.consolidations ?? []).map((c) => {
    const points = pointsOf(c.id);
    let analysed = false;
    if (current) {
      const now: Point = { date: current.date, commit: current.commit, line: c };
      const end = points[points.length - 1];
      if (!end || !sameState(end, now)) {
        points.push(now);
        analysed = end !== undefined;
      }
    }
    return consolidationProgress(
      points,
      targets.find((t) => t.id === c.id),
      window,
      today,
      analysed,
    );
  });
  return {
    toolVersion: options.toolVersion ?? toolVersion,
    source: options.source ?? "",
    points: lines.length,
    today,
    consolidations,
  };
}
