import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  addDays,
  daysBetween,
  todayUtc
} from "./chunk-TKBIOGD2.js";
import {
  notStartedStatus
} from "./chunk-YOAXWKHQ.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";

// dist/history/trend.js
var velocityWindow = 6;
function leastSquares(points) {
  const n = points.length;
  if (n < 2)
    return void 0;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0)
    return void 0;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
function velocity(series, window = velocityWindow) {
  const recent = series.slice(-window);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last)
    return void 0;
  const fit = leastSquares(recent.map((p) => ({ x: daysBetween(first.date, p.date), y: p.value })));
  if (!fit)
    return void 0;
  const perWeek = Math.abs(fit.slope * 7) < 1e-9 ? 0 : -fit.slope * 7;
  return { perWeek, points: recent.length, from: first.date, to: last.date };
}
function projectDate(date, current, target, rate) {
  if (current <= target)
    return { status: "reached" };
  if (!rate)
    return { status: "unknown" };
  if (rate.perWeek <= 0)
    return { status: "not-converging" };
  const days = Math.ceil((current - target) * 7 / rate.perWeek - 1e-9);
  return { status: "projected", date: addDays(date, days), days };
}

// dist/history/progress.js
function progressTargets(config) {
  return config.consolidations.map((c) => ({
    id: c.id,
    title: c.title,
    deprecatedPaths: c.paths.filter((p) => p.role !== "canonical").map((p) => p.id),
    canonicalPaths: c.paths.filter((p) => p.role === "canonical").map((p) => p.id),
    shareThresholds: c.phases.flatMap((phase) => {
      const maxes = phase.criteria.flatMap((k) => k.metric === "deprecated-share" && k.max !== void 0 ? [k.max] : []);
      if (maxes.length === 0)
        return [];
      const title = phase.title ?? phase.id;
      return [
        {
          phase: phase.id,
          title,
          max: Math.min(...maxes),
          ...phase.due ? { due: phase.due } : {}
        }
      ];
    }),
    phases: c.phases.map((phase) => ({
      id: phase.id,
      title: phase.title ?? phase.id,
      ...phase.due ? { due: phase.due } : {}
    }))
  }));
}
var totalStatements = (c) => c.paths.reduce((n, p) => n + p.statements, 0);
var started = (p) => p.line.deprecatedShare.statements !== null;
function deprecatedStatements(c, deprecatedPaths) {
  if (c.batches)
    return c.batches.reduce((n, b) => n + b.deprecatedStatements, 0);
  if (deprecatedPaths)
    return c.paths.filter((p) => deprecatedPaths.includes(p.id)).reduce((n, p) => n + p.statements, 0);
  return Math.round((c.deprecatedShare.statements ?? 0) * totalStatements(c));
}
function compare(points, of) {
  const last = points[points.length - 1];
  const previous = points.length > 1 ? points[points.length - 2] : void 0;
  const first = points.length > 1 ? points[0] : void 0;
  return {
    last: of(last),
    previous: previous ? of(previous) ?? null : null,
    first: first ? of(first) ?? null : null
  };
}
function dueStatus(projection, due, today) {
  if (projection.status === "reached")
    return "reached";
  if (!due)
    return "no-due";
  if (due < today)
    return "overdue";
  if (projection.status === "projected")
    return projection.date <= due ? "on-track" : "late";
  if (projection.status === "not-converging")
    return "late";
  return "unknown";
}
function fits(points, deprecated, window) {
  const series = (of) => velocity(points.map((p) => ({ date: p.date, value: of(p) })), window);
  return {
    statements: series(deprecated),
    share: series((p) => (p.line.deprecatedShare.statements ?? 0) * 100),
    total: series((p) => totalStatements(p.line))
  };
}
function splitNotStarted(all) {
  const first = all.findIndex(started);
  if (first < 0)
    return { points: all.slice(-1), leading: all.slice(0, -1) };
  return { points: all.slice(first), leading: all.slice(0, first) };
}
function consolidationProgress(all, targets, window, today, analysed) {
  const { points, leading } = splitNotStarted(all);
  const last = points[points.length - 1];
  const deprecated = (p) => deprecatedStatements(p.line, targets?.deprecatedPaths);
  const rates = fits(points, deprecated, window);
  const total = totalStatements(last.line);
  const current = deprecated(last);
  const share = last.line.deprecatedShare.statements;
  const target = (maxShare, phase) => {
    const allowed = Math.floor(maxShare * total + 1e-9);
    const reached = share !== null && share <= maxShare + 1e-12;
    const projection = reached ? { status: "reached" } : maxShare > 0 ? projectDate(last.date, (share ?? 0) * 100, maxShare * 100, rates.share) : projectDate(last.date, current, allowed, rates.statements);
    return {
      ...phase ? { phase: phase.phase, title: phase.title ?? phase.phase } : {},
      maxShare,
      statements: allowed,
      toMove: reached ? 0 : Math.max(0, current - allowed),
      projection,
      ...phase?.due ? { due: phase.due } : {},
      dueStatus: dueStatus(projection, phase?.due, today)
    };
  };
  const isDeprecated = (id) => targets?.deprecatedPaths.includes(id) ? true : targets?.canonicalPaths.includes(id) ? false : null;
  const phaseStatus = (p, id) => started(p) ? p.line.phases.find((x) => x.id === id)?.status : notStartedStatus;
  const historyEnd = analysed ? all[all.length - 2] : void 0;
  return {
    id: last.line.id,
    title: targets?.title ?? last.line.id,
    today,
    points: analysed ? all.length - 1 : all.length,
    notStarted: leading.length > 0 ? {
      points: leading.length,
      from: leading[0].date,
      to: leading[leading.length - 1].date
    } : null,
    analysed: analysed && historyEnd ? {
      date: last.date,
      commit: last.commit,
      historyEnd: {
        date: historyEnd.date,
        commit: historyEnd.commit,
        deprecatedShare: historyEnd.line.deprecatedShare.statements,
        deprecatedStatements: deprecated(historyEnd)
      }
    } : null,
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
      statements: compare(points, (p) => p.line.paths.find((x) => x.id === path.id)?.statements)
    })),
    batches: (last.line.batches ?? []).map((batch) => ({
      id: batch.id,
      statements: compare(points, (p) => p.line.batches?.find((x) => x.id === batch.id)?.statements),
      deprecatedStatements: compare(points, (p) => p.line.batches?.find((x) => x.id === batch.id)?.deprecatedStatements)
    })),
    phases: last.line.phases.map((phase) => {
      const planned = targets?.phases?.find((x) => x.id === phase.id);
      return {
        id: phase.id,
        title: planned?.title ?? phase.id,
        ...planned?.due ? { due: planned.due } : {},
        status: compare(points, (p) => phaseStatus(p, phase.id))
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
        ...t.due ? { due: t.due } : {}
      })),
      paths: last.line.paths.map((path) => ({
        id: path.id,
        deprecated: isDeprecated(path.id),
        statements: points.map((p) => p.line.paths.find((x) => x.id === path.id)?.statements ?? 0)
      }))
    }
  };
}
function sameState(a, b) {
  if (a.commit && b.commit)
    return a.commit === b.commit;
  return JSON.stringify(a.line) === JSON.stringify(b.line);
}
function progressSection(lines, targets, options = {}) {
  const window = options.window ?? velocityWindow;
  const today = options.today ?? todayUtc();
  const current = options.current;
  const newest = current ?? lines[lines.length - 1];
  const pointsOf = (id) => lines.flatMap((line) => {
    const found = line.consolidations.find((x) => x.id === id);
    return found ? [{ date: line.date, commit: line.commit, line: found }] : [];
  });
  const consolidations = (newest?.consolidations ?? []).map((c) => {
    const points = pointsOf(c.id);
    let analysed = false;
    if (current) {
      const now = { date: current.date, commit: current.commit, line: c };
      const end = points[points.length - 1];
      if (!end || !sameState(end, now)) {
        points.push(now);
        analysed = end !== void 0;
      }
    }
    return consolidationProgress(points, targets.find((t) => t.id === c.id), window, today, analysed);
  });
  return {
    toolVersion: options.toolVersion ?? toolVersion,
    source: options.source ?? "",
    points: lines.length,
    today,
    consolidations
  };
}

export {
  progressTargets,
  progressSection
};
