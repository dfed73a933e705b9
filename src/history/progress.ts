import type { Config } from "../config/types.js";
import type {
  Compared,
  ConsolidationProgress,
  ProgressView,
  TargetView,
} from "../render/progress-view.js";
import { toolVersion } from "../version.js";
import type { ConsolidationLine, HistoryLine } from "./schema.js";
import { projectDate, velocity, velocityWindow } from "./trend.js";

/** What progress needs from the config: titles, which paths are deprecated, the phases' share bounds. */
export interface ProgressTargets {
  id: string;
  title: string;
  deprecatedPaths: string[];
  canonicalPaths: string[];
  /** Per phase with a `deprecated-share` criterion: its (tightest) `max`. */
  shareThresholds: { phase: string; max: number }[];
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
      return maxes.length > 0 ? [{ phase: phase.id, max: Math.min(...maxes) }] : [];
    }),
  }));
}

interface Point {
  date: string;
  line: ConsolidationLine;
}

const totalStatements = (c: ConsolidationLine) => c.paths.reduce((n, p) => n + p.statements, 0);

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

function consolidationProgress(
  points: Point[],
  targets: ProgressTargets | undefined,
  window: number,
): ConsolidationProgress {
  const last = points[points.length - 1] as Point;
  const deprecated = (p: Point) => deprecatedStatements(p.line, targets?.deprecatedPaths);
  const rate = velocity(
    points.map((p) => ({ date: p.date, value: deprecated(p) })),
    window,
  );
  const total = totalStatements(last.line);
  const current = deprecated(last);
  const target = (maxShare: number, phase?: string): TargetView => {
    const allowed = Math.floor(maxShare * total + 1e-9);
    const projection =
      last.line.deprecatedShare.statements !== null &&
      last.line.deprecatedShare.statements <= maxShare
        ? { status: "reached" as const }
        : projectDate(last.date, current, allowed, rate);
    return { ...(phase ? { phase } : {}), maxShare, statements: allowed, projection };
  };
  const isDeprecated = (id: string) =>
    targets?.deprecatedPaths.includes(id)
      ? true
      : targets?.canonicalPaths.includes(id)
        ? false
        : null;
  return {
    id: last.line.id,
    title: targets?.title ?? last.line.id,
    points: points.length,
    dates: compare(points, (p) => p.date),
    deprecatedShare: compare(points, (p) => p.line.deprecatedShare.statements),
    deprecatedStatements: compare(points, deprecated),
    statements: compare(points, (p) => totalStatements(p.line)),
    velocity: rate ?? null,
    velocityWindow: window,
    targets: [...(targets?.shareThresholds ?? []).map((t) => target(t.max, t.phase)), target(0)],
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
    phases: last.line.phases.map((phase) => ({
      id: phase.id,
      status: compare(points, (p) => p.line.phases.find((x) => x.id === phase.id)?.status),
    })),
    chart: {
      title: targets?.title ?? last.line.id,
      dates: points.map((p) => p.date),
      deprecatedShare: points.map((p) => p.line.deprecatedShare.statements),
      paths: last.line.paths.map((path) => ({
        id: path.id,
        deprecated: isDeprecated(path.id),
        statements: points.map((p) => p.line.paths.find((x) => x.id === path.id)?.statements ?? 0),
      })),
    },
  };
}

/**
 * The progress view of a history (oldest first): per consolidation of the last point, this
 * point against the previous and the first one, the velocity (least squares over the last
 * `window` points) and projected dates for each phase's share bound and for zero.
 */
export function progressSection(
  lines: readonly HistoryLine[],
  targets: readonly ProgressTargets[],
  options: { source?: string; window?: number; toolVersion?: string } = {},
): ProgressView {
  const window = options.window ?? velocityWindow;
  const last = lines[lines.length - 1];
  const consolidations = (last?.consolidations ?? []).map((c) => {
    const points = lines.flatMap((line) => {
      const found = line.consolidations.find((x) => x.id === c.id);
      return found ? [{ date: line.date, line: found }] : [];
    });
    return consolidationProgress(
      points,
      targets.find((t) => t.id === c.id),
      window,
    );
  });
  return {
    toolVersion: options.toolVersion ?? toolVersion,
    source: options.source ?? "",
    points: lines.length,
    consolidations,
  };
}
