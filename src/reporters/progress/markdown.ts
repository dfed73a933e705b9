import type {
  Compared,
  ConsolidationProgress,
  DueStatus,
  ProgressView,
  Projection,
  TargetView,
  VelocityView,
} from "../../history/progress-view.js";
import { notStartedStatus } from "../../history/progress-view.js";
import { count, percent } from "../../util/words.js";
import { mdText } from "../escape/markdown.js";
import { trendChart } from "./chart.js";
import { dash, delta, markdownTable, shareDelta, type Table } from "./format.js";

/** The tables and sentences of one consolidation, as plain text: each format escapes them. */
export interface ProgressBlocks {
  /** The consolidation's title and id (from the config or the history file: escape them). */
  title: string;
  id: string;
  /** One line per phase, in the plan's words. */
  status: string[];
  /** Where the history ends and which points were not started: said before the numbers. */
  notes: string[];
  velocity: string;
  overview: Table;
  targets: Table;
  paths: Table;
  batches: Table;
  phases: Table;
  charts: string[];
}

const num = (n: number | null) => (n === null ? dash : count(n));

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

const fitText = (v: VelocityView) =>
  `least squares over the last ${v.points} points, ${v.from} to ${v.to}`;

/** "falls 1.5 pp per week", "rises …", "is flat": the share's direction, named. */
function shareMove(v: VelocityView): string {
  const pp = Math.abs(v.perWeek).toFixed(1);
  if (pp === "0.0") return "is flat";
  return v.perWeek > 0 ? `falls ${pp} pp per week` : `rises ${pp} pp per week`;
}

function statementsMove(v: VelocityView): string {
  const n = Math.abs(v.perWeek).toFixed(1);
  if (n === "0.0") return "are flat";
  return v.perWeek > 0 ? `fall by ${n} per week` : `grow by ${n} per week`;
}

/**
 * The velocities in one paragraph, the direction named honestly: a share that falls while
 * deprecated statements grow means the code base grew, not that imports moved.
 */
export function velocityText(c: ConsolidationProgress): string {
  const share = c.shareVelocity;
  const v = c.velocity;
  if (!share || !v) return "Velocity: unknown (needs points on two different dates).";
  const parts = [
    `Velocity: the deprecated share ${shareMove(share)}; deprecated statements ${statementsMove(v)}`,
  ];
  const total = c.statementsVelocity;
  const shareFalls = share.perWeek > 0 && share.perWeek.toFixed(1) !== "0.0";
  const grows = v.perWeek < 0 && v.perWeek.toFixed(1) !== "-0.0";
  if (shareFalls && grows && total)
    parts.push(
      `: the share falls because the code base grew (statements on all paths ${statementsMove(total).replace("are flat", "flat")}), not because imports moved`,
    );
  else if (!shareFalls && v.perWeek > 0 && total && total.perWeek > 0)
    parts.push(": statements are removed, but the code base shrinks as fast");
  return `${parts.join("")} (${fitText(v)}).`;
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

export const dueWords: Record<DueStatus, string> = {
  reached: "reached",
  "on-track": "on track",
  late: "late",
  overdue: "overdue",
  unknown: "unknown",
  "no-due": dash,
};

function targets(c: ConsolidationProgress): Table {
  return {
    headers: [
      "target",
      "deprecated share at most",
      "deprecated statements at most",
      "to move",
      "projected",
      "due",
      "on track?",
    ],
    numeric: new Set([1, 2, 3]),
    rows: c.targets.map((t: TargetView) => [
      t.phase
        ? t.title && t.title !== t.phase
          ? `${t.phase}: ${t.title}`
          : t.phase
        : "zero deprecated statements",
      percent(t.maxShare),
      count(t.statements),
      count(t.toMove),
      projectionText(t.projection),
      t.due ?? dash,
      dueWords[t.dueStatus],
    ]),
  };
}

/**
 * One line per phase, in the plan's words: "Phase 1: not met: 120 statements to move to
 * reach 10.0%; projected 2026-03-02, due 2026-02-28: late."
 */
export function phaseStatusLines(c: ConsolidationProgress): string[] {
  return c.phases.map((p) => {
    const head = `${p.title}${p.title !== p.id ? ` (${p.id})` : ""}`;
    const status = p.status.last;
    if (status === "met") return `${head}: met.`;
    if (status === notStartedStatus) return `${head}: not started (nothing reaches the paths yet).`;
    const bound = c.targets.find((t) => t.phase === p.id);
    const words = status === "not-met" ? "not met" : status;
    const due = p.due ? `, due ${p.due}` : "";
    if (!bound) return `${head}: ${words}${due}${p.due ? `: ${dueOnly(p.due, c)}` : ""}.`;
    const move = `${plural(bound.toMove, "statement")} to move to reach ${percent(bound.maxShare)}`;
    const when = projectionText(bound.projection);
    const verdict = bound.due ? `: ${dueWords[bound.dueStatus]}` : "";
    return `${head}: ${words}: ${move}; projected ${when}${due}${verdict}.`;
  });
}

/** A phase with a due date but no share bound to project: overdue or open. */
function dueOnly(due: string, c: ConsolidationProgress): string {
  return due < c.today ? "overdue" : "open";
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * When the history ends before the analysed state: says so, and gives both numbers.
 * Undefined when the last point is the history's own.
 */
export function analysedText(c: ConsolidationProgress): string | undefined {
  const a = c.analysed;
  if (!a) return undefined;
  const at = (date: string, commit: string | null) =>
    commit ? `${date}, commit ${commit.slice(0, 12)}` : date;
  return `The history ends on ${at(a.historyEnd.date, a.historyEnd.commit)}: ${percent(a.historyEnd.deprecatedShare)} deprecated (${a.historyEnd.deprecatedStatements} statements). The analysed state (${at(a.date, a.commit)}) is the last point, "now": ${percent(c.deprecatedShare.last)} deprecated (${c.deprecatedStatements.last} statements). Run ssot snapshot to record it.`;
}

/** The leading points where nothing existed yet, when there are some. */
export function notStartedText(c: ConsolidationProgress): string | undefined {
  const n = c.notStarted;
  if (!n) return undefined;
  const span = n.from === n.to ? `on ${n.from}` : `from ${n.from} to ${n.to}`;
  const first = c.dates.first ?? c.dates.last;
  return `Not started ${span} (${plural(n.points, "point")}: no statement reached the paths): comparisons start at ${first}, the first point where the consolidation existed.`;
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
    status: phaseStatusLines(c),
    notes: [analysedText(c), notStartedText(c)].filter((t): t is string => t !== undefined),
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
export function progressIntro(view: ProgressView, escapeName: (text: string) => string): string {
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
  const out: string[] = [];
  if (b.status.length > 0) out.push("", ...b.status.map((line) => `- ${mdText(line)}`));
  for (const note of b.notes) out.push("", `> ${mdText(note)}`);
  out.push("", markdownTable(b.overview), "", mdText(b.velocity));
  out.push("", markdownTable(b.targets), "", `${level} Paths`, "", markdownTable(b.paths));
  if (c.batches.length > 0) out.push("", `${level} Batches`, "", markdownTable(b.batches));
  if (c.phases.length > 0) out.push("", `${level} Phases`, "", markdownTable(b.phases));
  out.push("", `${level} Trend`);
  // Safe inside a fence: xychartText replaces backticks, so no label can close it.
  for (const chart of b.charts) out.push("", "```mermaid", chart.trimEnd(), "```");
  return out;
}

export function renderProgressMarkdown(view: ProgressView): string {
  const out = ["# Migration progress", "", progressIntro(view, mdText)];
  for (const c of view.consolidations) {
    out.push("", `## ${mdText(c.title)} (${mdText(c.id)})`, ...progressMarkdownLines(c, "###"));
  }
  return `${out.join("\n")}\n`;
}
