import type { TrendSeries } from "../../history/progress-view.js";
import { html as escapeHtml } from "../escape/html.js";

/**
 * The progress page's charts as inline SVG, drawn here (no browser, no script): the same
 * input gives the same bytes. Colours are CSS classes, so the page's light and dark themes
 * apply. Each chart comes in two sizes, one for wide screens and one for phones: an SVG
 * scales its text with its width, so one drawing cannot keep 12 px labels at both widths.
 */

export interface ChartSize {
  /** The viewBox; the page shows the chart at about this many CSS pixels wide. */
  width: number;
  height: number;
  /** Font size of the labels, in viewBox units (about CSS pixels at the intended width). */
  font: number;
}

export const wideChart: ChartSize = { width: 900, height: 320, font: 13 };
export const narrowChart: ChartSize = { width: 360, height: 260, font: 12 };

/** Width of a YYYY-MM-DD label in em, with room between labels. */
const dateLabelEm = 6.2;
/** The right margin holds half of the newest date's label, centred on the last point. */
const margin = { top: 16, right: 44, bottom: 34, left: 48 };

const dayMs = 86_400_000;
const daysOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;
const fmt = (n: number) => String(Math.round(n * 10) / 10);

interface Frame {
  size: ChartSize;
  x0: number;
  x1: number;
  yMax: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

function frame(size: ChartSize, dates: readonly string[], extra: readonly string[], yMax: number) {
  const days = [...dates, ...extra].map(daysOf);
  const x0 = Math.min(...days);
  const x1 = Math.max(...days);
  const plot = {
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom,
  };
  return { size, x0, x1, yMax, plot } satisfies Frame;
}

function xOf(f: Frame, date: string): number {
  const span = f.x1 - f.x0;
  const t = span === 0 ? 0.5 : (daysOf(date) - f.x0) / span;
  return f.plot.left + t * (f.plot.right - f.plot.left);
}

const yOf = (f: Frame, value: number) =>
  f.plot.bottom - (value / f.yMax) * (f.plot.bottom - f.plot.top);

/**
 * Which points get a date label: as many as fit side by side without touching, evenly
 * spaced and always the last one (the newest is what readers look for).
 */
export function labelledIndexes(count: number, plotWidth: number, font: number): number[] {
  if (count === 0) return [];
  // n labels centred on points span (n - 1) gaps of at least one label width.
  const fit = Math.max(1, Math.floor(plotWidth / (dateLabelEm * font)) + 1);
  // At least 1: a single point (count - 1 = 0) must not loop forever.
  const step = fit === 1 ? count : Math.max(1, Math.ceil((count - 1) / (fit - 1)));
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) out.push(i);
  return out.reverse();
}

function xAxis(f: Frame, dates: readonly string[]): string[] {
  const { plot, size } = f;
  const out = [
    `<line class="axis" x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}"/>`,
  ];
  // The dates may fill only part of the axis (it reaches the latest due date).
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first && last && first !== last ? xOf(f, last) - xOf(f, first) : plot.right - plot.left;
  for (const i of labelledIndexes(dates.length, span, size.font)) {
    const date = dates[i] as string;
    const x = xOf(f, date);
    out.push(
      `<line class="tick" x1="${fmt(xOf(f, date))}" y1="${plot.bottom}" x2="${fmt(xOf(f, date))}" y2="${plot.bottom + 4}"/>`,
      `<text class="x-label" x="${fmt(x)}" y="${plot.bottom + size.font + 8}" text-anchor="middle">${date}</text>`,
    );
  }
  return out;
}

function yAxis(f: Frame, ticks: readonly number[], unit: string): string[] {
  const { plot, size } = f;
  return ticks.flatMap((t) => {
    const y = fmt(yOf(f, t));
    return [
      `<line class="grid" x1="${plot.left}" y1="${y}" x2="${plot.right}" y2="${y}"/>`,
      `<text class="y-label" x="${plot.left - 6}" y="${fmt(yOf(f, t) + size.font / 3)}" text-anchor="end">${t}${unit}</text>`,
    ];
  });
}

/** Polyline segments through the points, broken where a value is null. */
function segments(f: Frame, dates: readonly string[], values: readonly (number | null)[]) {
  const runs: string[][] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push(`${fmt(xOf(f, dates[i] as string))},${fmt(yOf(f, v))}`);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function line(
  f: Frame,
  dates: readonly string[],
  values: readonly (number | null)[],
  cls: string,
): string[] {
  return segments(f, dates, values).map((run) =>
    run.length === 1
      ? `<circle class="${cls} dot" cx="${run[0]?.split(",")[0]}" cy="${run[0]?.split(",")[1]}" r="3.5"/>`
      : `<polyline class="${cls}" fill="none" points="${run.join(" ")}"/>`,
  );
}

function svg(size: ChartSize, title: string, body: string[], variant: string): string {
  return [
    `<svg class="chart chart-${variant}" viewBox="0 0 ${size.width} ${size.height}" role="img" font-size="${size.font}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(title)}</title>`,
    ...body,
    "</svg>",
  ].join("\n");
}

/** A label that fits in a corner of the chart: long titles are shortened. */
const short = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The deprecated share over time (0-100 %), the phases' bounds as dashed target lines and
 * their due dates as markers (the x axis reaches the latest due date). The analysed state,
 * when newer than the history, is the last point, drawn hollow.
 */
export function shareChartSvg(series: TrendSeries, size: ChartSize, variant: string): string {
  const dues = series.targets.flatMap((t) => (t.due ? [t.due] : []));
  const f = frame(size, series.dates, dues, 100);
  const body = [...yAxis(f, [0, 25, 50, 75, 100], "%"), ...xAxis(f, series.dates)];
  series.targets.forEach((t, i) => {
    const y = fmt(yOf(f, t.maxShare * 100));
    body.push(
      `<line class="target" x1="${f.plot.left}" y1="${y}" x2="${f.plot.right}" y2="${y}"/>`,
      `<text class="target-label" x="${f.plot.right - 4}" y="${fmt(yOf(f, t.maxShare * 100) - 4 - (i % 2) * 0)}" text-anchor="end">${escapeHtml(short(t.label))} ≤ ${fmt(t.maxShare * 100)}%</text>`,
    );
    if (t.due) {
      const x = fmt(xOf(f, t.due));
      body.push(
        `<line class="due" x1="${x}" y1="${f.plot.top}" x2="${x}" y2="${f.plot.bottom}"/>`,
        `<text class="due-label" x="${fmt(xOf(f, t.due) - 4)}" y="${fmt(f.plot.top + size.font * (1 + i))}" text-anchor="end">due ${t.due}</text>`,
      );
    }
  });
  const values = series.deprecatedShare.map((s) => (s === null ? null : s * 100));
  body.push(...line(f, series.dates, values, "share"));
  const lastDate = series.dates[series.dates.length - 1];
  const lastValue = values[values.length - 1];
  if (series.analysed && lastDate && lastValue !== null && lastValue !== undefined)
    body.push(
      `<circle class="analysed" cx="${fmt(xOf(f, lastDate))}" cy="${fmt(yOf(f, lastValue))}" r="5"/>`,
    );
  return svg(size, `Deprecated share: ${series.title}`, body, variant);
}

/** A round upper bound for the y axis and its ticks. */
function countTicks(max: number): { top: number; ticks: number[] } {
  const raw = Math.max(1, max);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => raw / s <= 5) ?? magnitude;
  const top = Math.ceil(raw / step) * step;
  const ticks: number[] = [];
  for (let k = 0; k * step <= top + 1e-9; k++) ticks.push(Math.round(k * step * 100) / 100);
  return { top, ticks };
}

/** Colour classes of the paths: canonical green, deprecated warm colours, unknown grey. */
export function pathClasses(paths: TrendSeries["paths"]): string[] {
  let next = 0;
  return paths.map((p) =>
    p.deprecated === false
      ? "canonical"
      : p.deprecated === null
        ? "unlisted"
        : `deprecated-${next++ % 6}`,
  );
}

/** The paths chart's legend (HTML on the page): each path's label and colour class. */
export function pathsLegend(paths: TrendSeries["paths"]): { label: string; cls: string }[] {
  const classes = pathClasses(paths);
  return paths.map((p, i) => ({
    label: `${p.id}${p.deprecated === false ? " (canonical)" : p.deprecated ? " (deprecated)" : ""}`,
    cls: classes[i] ?? "unlisted",
  }));
}

/** Statements per path over time, one line per path (the legend is the page's). */
export function pathsChartSvg(series: TrendSeries, size: ChartSize, variant: string): string {
  const { top, ticks } = countTicks(Math.max(0, ...series.paths.flatMap((p) => p.statements)));
  const f = frame(size, series.dates, [], top);
  const body = [...yAxis(f, ticks, ""), ...xAxis(f, series.dates)];
  const classes = pathClasses(series.paths);
  series.paths.forEach((p, i) => {
    body.push(...line(f, series.dates, p.statements, `path ${classes[i]}`));
  });
  return svg(size, `Statements per path: ${series.title}`, body, variant);
}
