import { mdText } from "./markdown/escape.js";
import { trendChart } from "./progress-chart.js";
import {
  dash,
  delta,
  escapeHtml,
  htmlTable,
  markdownTable,
  percent,
  shareDelta,
  type Table,
} from "./progress-format.js";
import type {
  Compared,
  ConsolidationProgress,
  ProgressView,
  Projection,
  TargetView,
} from "./progress-view.js";

/** The tables and sentences of one consolidation, as plain text: each format escapes them. */
export interface ProgressBlocks {
  /** The consolidation's title and id (from the config or the history file: escape them). */
  title: string;
  id: string;
  velocity: string;
  overview: Table;
  targets: Table;
  paths: Table;
  batches: Table;
  phases: Table;
  charts: string[];
}

const num = (n: number | null) => (n === null ? dash : String(n));

/** Column titles: the last point's date, then the changes since the previous and the first point. */
function columns(c: ConsolidationProgress): {
  now: string;
  sincePrevious: string;
  sinceFirst: string;
} {
  const { last, previous, first } = c.dates;
  return {
    now: `now (${last})`,
    sincePrevious: `change since ${previous ?? "previous"}`,
    sinceFirst: first ? `change since ${first} (first)` : "change since first",
  };
}

function overview(c: ConsolidationProgress): Table {
  const col = columns(c);
  const counts = (label: string, v: Compared) => [
    label,
    num(v.last),
    delta(v.last, v.previous),
    delta(v.last, v.first),
  ];
  const s = c.deprecatedShare;
  return {
    headers: ["measure", col.now, col.sincePrevious, col.sinceFirst],
    numeric: new Set([1, 2, 3]),
    rows: [
      [
        "deprecated share of statements",
        percent(s.last),
        shareDelta(s.last, s.previous),
        shareDelta(s.last, s.first),
      ],
      counts("deprecated statements", c.deprecatedStatements),
      counts("statements on all paths", c.statements),
    ],
  };
}

export function velocityText(c: ConsolidationProgress): string {
  const v = c.velocity;
  if (!v) return "Velocity: unknown (needs points on two different dates).";
  const fit = `least squares over the last ${v.points} points, ${v.from} to ${v.to}`;
  if (v.perWeek > 0)
    return `Velocity: ${v.perWeek.toFixed(1)} deprecated statements removed per week (${fit}).`;
  if (v.perWeek < 0)
    return `Velocity: deprecated statements grow by ${(-v.perWeek).toFixed(1)} per week (${fit}).`;
  return `Velocity: flat, no deprecated statements removed (${fit}).`;
}

function inDays(days: number): string {
  if (days < 14) return `${days} day${days === 1 ? "" : "s"}`;
  return days % 7 === 0 ? `${days / 7} weeks` : `about ${Math.round(days / 7)} weeks`;
}

export function projectionText(p: Projection): string {
  switch (p.status) {
    case "reached":
      return "reached";
    case "projected":
      return `${p.date} (in ${inDays(p.days)})`;
    case "not-converging":
      return "not converging";
    case "unknown":
      return "unknown (needs more history)";
  }
}

function targets(c: ConsolidationProgress): Table {
  return {
    headers: ["target", "deprecated share at most", "deprecated statements at most", "projected"],
    numeric: new Set([1, 2]),
    rows: c.targets.map((t: TargetView) => [
      t.phase ?? "zero deprecated statements",
      percent(t.maxShare),
      String(t.statements),
      projectionText(t.projection),
    ]),
  };
}

const roleText = (deprecated: boolean | null) =>
  deprecated === null ? dash : deprecated ? "deprecated" : "canonical";

function paths(c: ConsolidationProgress): Table {
  const col = columns(c);
  return {
    headers: ["path", "role", "files", "statements", col.sincePrevious, col.sinceFirst],
    numeric: new Set([2, 3, 4, 5]),
    rows: c.paths.map((p) => [
      p.id,
      roleText(p.deprecated),
      num(p.files.last),
      num(p.statements.last),
      delta(p.statements.last, p.statements.previous),
      delta(p.statements.last, p.statements.first),
    ]),
  };
}

function batches(c: ConsolidationProgress): Table {
  const col = columns(c);
  return {
    headers: [
      "batch",
      "statements",
      "deprecated",
      `deprecated: ${col.sincePrevious}`,
      `deprecated: ${col.sinceFirst}`,
    ],
    numeric: new Set([1, 2, 3, 4]),
    rows: c.batches.map((b) => [
      b.id,
      num(b.statements.last),
      num(b.deprecatedStatements.last),
      delta(b.deprecatedStatements.last, b.deprecatedStatements.previous),
      delta(b.deprecatedStatements.last, b.deprecatedStatements.first),
    ]),
  };
}

function phases(c: ConsolidationProgress): Table {
  const { last, previous, first } = c.dates;
  return {
    headers: [
      "phase",
      `now (${last})`,
      previous ?? "previous",
      first ? `${first} (first)` : "first",
    ],
    numeric: new Set(),
    rows: c.phases.map((p) => [
      p.id,
      p.status.last,
      p.status.previous ?? dash,
      p.status.first ?? dash,
    ]),
  };
}

/** Everything shown for one consolidation; the report can place these blocks itself. */
export function progressBlocks(c: ConsolidationProgress): ProgressBlocks {
  return {
    title: c.title,
    id: c.id,
    velocity: velocityText(c),
    overview: overview(c),
    targets: targets(c),
    paths: paths(c),
    batches: batches(c),
    phases: phases(c),
    charts: [trendChart(c.chart, "share"), trendChart(c.chart, "paths")],
  };
}

/**
 * "ssot-tracker 0.1.0 · 5 history points in FILE, 2025-01-06 to 2025-02-03."; `escapeName` is
 * applied to the version and the file name.
 */
function intro(view: ProgressView, escapeName: (text: string) => string): string {
  const first = view.consolidations[0]?.dates;
  const span = !first
    ? ""
    : first.first
      ? `, ${first.first} to ${first.last}`
      : `, on ${first.last}`;
  const points = `${view.points} history point${view.points === 1 ? "" : "s"}`;
  const where = view.source ? escapeName(view.source) : "the history";
  return `ssot-tracker ${escapeName(view.toolVersion)} · ${points} in ${where}${span}.`;
}

/**
 * One consolidation's tables, velocity and charts as Markdown lines (each block preceded by
 * a blank line), with sub-headings of `level` ("###" here; the report nests them deeper).
 */
export function progressMarkdownLines(c: ConsolidationProgress, level: string): string[] {
  const b = progressBlocks(c);
  const out = ["", markdownTable(b.overview), "", b.velocity];
  out.push("", markdownTable(b.targets), "", `${level} Paths`, "", markdownTable(b.paths));
  if (c.batches.length > 0) out.push("", `${level} Batches`, "", markdownTable(b.batches));
  if (c.phases.length > 0) out.push("", `${level} Phases`, "", markdownTable(b.phases));
  out.push("", `${level} Trend`);
  // Safe inside a fence: xychartText replaces backticks, so no label can close it.
  for (const chart of b.charts) out.push("", "```mermaid", chart.trimEnd(), "```");
  return out;
}

export function renderProgressMarkdown(view: ProgressView): string {
  const out = ["# Migration progress", "", intro(view, mdText)];
  for (const c of view.consolidations) {
    out.push("", `## ${mdText(c.title)} (${mdText(c.id)})`, ...progressMarkdownLines(c, "###"));
  }
  return `${out.join("\n")}\n`;
}

const css = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328}
table{border-collapse:collapse;margin:.75rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
th{background:#f6f8fa}.num{text-align:right;font-variant-numeric:tabular-nums}
pre.mermaid{background:#f6f8fa;padding:.75rem;overflow:auto}`;

/** A small self-contained page (no script, no CDN): the tables, and each chart's Mermaid source. */
export function renderProgressHtml(view: ProgressView): string {
  const body = [`<h1>Migration progress</h1>`, `<p>${intro(view, escapeHtml)}</p>`];
  for (const c of view.consolidations) {
    const b = progressBlocks(c);
    body.push(
      `<h2>${escapeHtml(b.title)} (${escapeHtml(b.id)})</h2>`,
      htmlTable(b.overview),
      `<p>${escapeHtml(b.velocity)}</p>`,
    );
    body.push(htmlTable(b.targets), "<h3>Paths</h3>", htmlTable(b.paths));
    if (c.batches.length > 0) body.push("<h3>Batches</h3>", htmlTable(b.batches));
    if (c.phases.length > 0) body.push("<h3>Phases</h3>", htmlTable(b.phases));
    body.push("<h3>Trend (Mermaid source)</h3>");
    for (const chart of b.charts) body.push(`<pre class="mermaid">${escapeHtml(chart)}</pre>`);
  }
  return [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="ssot-tracker ${escapeHtml(view.toolVersion)}">`,
    "<title>Migration progress</title>",
    `<style>${css}</style></head>`,
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
