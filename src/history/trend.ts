import { addDays, daysBetween } from "./dates.js";
import type { Projection, VelocityView } from "./progress-view.js";

/** How many of the most recent points the velocity is fitted over: about six weeks of weekly snapshots. */
export const velocityWindow = 6;

export interface DatedValue {
  date: string;
  value: number;
}

export interface FittedLine {
  slope: number;
  intercept: number;
}

/** Ordinary least squares y = intercept + slope·x; undefined with fewer than two distinct x. */
export function leastSquares(points: readonly { x: number; y: number }[]): FittedLine | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** Decrease per week of the fitted line (positive: going down, as a migration should). */
export type Velocity = VelocityView;

/**
 * The decrease per week of `series` (oldest first), fitted by least squares over its last
 * `window` points, with x in days. Undefined with fewer than two dates to fit.
 */
export function velocity(
  series: readonly DatedValue[],
  window: number = velocityWindow,
): Velocity | undefined {
  const recent = series.slice(-window);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last) return undefined;
  const fit = leastSquares(recent.map((p) => ({ x: daysBetween(first.date, p.date), y: p.value })));
  if (!fit) return undefined;
  // Slopes that are zero up to rounding noise count as flat, not as a tiny positive rate.
  const perWeek = Math.abs(fit.slope * 7) < 1e-9 ? 0 : -fit.slope * 7;
  return { perWeek, points: recent.length, from: first.date, to: last.date };
}

/**
 * When `current` (measured on `date`) falls to `target` at the fitted rate: reached already,
 * a date (rounded up to a whole day), "not-converging" when the trend is flat or rising,
 * "unknown" without a velocity.
 */
export function projectDate(
  date: string,
  current: number,
  target: number,
  rate: Velocity | undefined,
): Projection {
  if (current <= target) return { status: "reached" };
  if (!rate) return { status: "unknown" };
  if (rate.perWeek <= 0) return { status: "not-converging" };
  // Subtract a hair before rounding up so 56.000000001 days (float noise) is 56, not 57.
  const days = Math.ceil(((current - target) * 7) / rate.perWeek - 1e-9);
  return { status: "projected", date: addDays(date, days), days };
}
