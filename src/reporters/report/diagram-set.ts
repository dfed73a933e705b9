import type { ConsolidationProgress } from "../../history/progress-view.js";
import type { AnalysisResult, ConsolidationResult } from "../../result/schema.js";
import { trendChart } from "../progress/chart.js";
import {
  narrowChart,
  pathsChartSvg,
  pathsLegend,
  shareChartSvg,
  wideChart,
} from "../progress/svg.js";
import {
  batchOfFile,
  type DiagramKind,
  type DiagramSpec,
  diagramName,
  type ReportContext,
} from "./context.js";
import { flowchartSvg } from "./flowchart-svg.js";
import { beforeDiagram } from "./mermaid/before-diagram.js";
import { currentDiagram, targetDiagram } from "./mermaid/diagrams.js";
import type { Flowchart } from "./mermaid/flowchart.js";
import { trendOf } from "./trend.js";

/** Every diagram of a report, and per consolidation why one is missing. */
export interface DiagramSet {
  diagrams: DiagramSpec[];
  /** Per consolidation id: sentences saying which diagram was left out and why. */
  notes: Record<string, string[]>;
}

const maxGroups = 8;

const captions: Record<DiagramKind, string> = {
  before: "Importers per path at the first recorded point where this consolidation had imports.",
  current: `Importers grouped by batch, else by folder, split at the depth that separates them (at most ${maxGroups} groups; the rest merged). Red dashed edges use deprecated paths, green edges the canonical one, dotted grey edges are imports between the path modules.`,
  target:
    "What changes: the deprecated modules go (grey), their imports move to the canonical module, and these importer groups have imports to rewrite; files already on the canonical path are one node.",
  "trend-share": "Deprecated share of import statements (%) at each history point.",
  "trend-paths":
    "Import statements per path at each history point: green the canonical path, red and other warm colours the deprecated ones, grey a path the config no longer lists.",
};

const titles: Record<DiagramKind, string> = {
  before: "Before",
  current: "Now",
  target: "Target",
  "trend-share": "Deprecated share over time",
  "trend-paths": "Statements per path over time",
};

type ConsolidationBefore = NonNullable<ReportContext["before"]>["consolidations"][number];

/** "2026-05-11, commit 0123456789ab": the point a consolidation's before state is from. */
function beforePoint(b: NonNullable<ReportContext["before"]>, mine: ConsolidationBefore): string {
  const date = mine.date ?? b.date;
  const commit = mine.date ? mine.commit : b.commit;
  return [date, commit ? `commit ${commit.slice(0, 12)}` : undefined].filter(Boolean).join(", ");
}

function beforeTitle(context: ReportContext, mine: ConsolidationBefore): string {
  const b = context.before;
  if (!b) return titles.before;
  if (b.kind === "baseline") return `${titles.before} (the check baseline)`;
  const when = beforePoint(b, mine);
  return when ? `${titles.before} (${when})` : titles.before;
}

function beforeCaption(context: ReportContext, mine: ConsolidationBefore): string {
  const b = context.before;
  if (!b) return captions.before;
  const when = beforePoint(b, mine);
  if (b.kind === "baseline")
    return `Deprecated importers per path in the check baseline ${b.source}${when ? ` (${when})` : ""}: the deprecated imports accepted when it was last updated (there is no history yet). A baseline records deprecated imports only, so the canonical path's importers are not known for this state.`;
  const what = mine.batches?.length
    ? "Importers by batch at the first recorded point where this consolidation had imports, with the statements each batch sent to the canonical and to the deprecated paths then (a history line does not split a batch's deprecated statements between the deprecated paths)."
    : captions.before;
  return `${what} From ${b.source}${when ? ` (${when})` : ""}.`;
}

type Drawn = DiagramSpec["drawn"];

function spec(
  c: ConsolidationResult,
  index: number,
  kind: DiagramKind,
  mermaid: string,
  caption: string,
  drawn: (svgId: string) => Drawn,
): DiagramSpec {
  const svgId = `ssot-d${index}-${kind}`;
  return {
    consolidationId: c.id,
    kind,
    name: diagramName(c.id, kind),
    svgId,
    title: titles[kind],
    caption,
    mermaid,
    drawn: drawn(svgId),
  };
}

/** A graph of the model (built once): its Mermaid text and our SVG, wide and narrow. */
function graphSpec(
  c: ConsolidationResult,
  index: number,
  kind: DiagramKind,
  chart: Flowchart,
  caption: string,
  title = titles[kind],
): DiagramSpec {
  const svgTitle = `${title}: ${c.title}`;
  const draw = (id: string): Drawn => ({
    wide: flowchartSvg(chart, "wide", { id, title: svgTitle }),
    narrow: flowchartSvg(chart, "narrow", { id, title: svgTitle }),
    legend: [],
  });
  return { ...spec(c, index, kind, chart.toString(), caption, draw), title };
}

const drawTrend = { share: shareChartSvg, paths: pathsChartSvg };

/**
 * The history's two line charts of a consolidation, drawn by the progress page's own SVG
 * renderer (no browser needed); the Mermaid source stays as the `.mmd` artifact.
 */
function trendDiagrams(
  c: ConsolidationResult,
  index: number,
  trend: ConsolidationProgress,
): DiagramSpec[] {
  return (["share", "paths"] as const).map((chart) => {
    const kind = `trend-${chart}` as const;
    const draw = drawTrend[chart];
    return spec(c, index, kind, trendChart(trend.chart, chart), captions[kind], () => ({
      wide: draw(trend.chart, wideChart, "wide"),
      narrow: draw(trend.chart, narrowChart, "narrow"),
      legend: chart === "paths" ? pathsLegend(trend.chart.paths) : [],
    }));
  });
}

/**
 * The before (when an earlier state exists), current and target diagrams of every
 * consolidation, and its trend charts when the history holds it. Notes say what is missing
 * from the graphs and why; the trend section says so itself (trendHint).
 */
export function reportDiagrams(result: AnalysisResult, context: ReportContext): DiagramSet {
  const diagrams: DiagramSpec[] = [];
  const notes: Record<string, string[]> = {};
  result.consolidations.forEach((c, i) => {
    const options = { batchOf: (file: string) => batchOfFile(context, c.id, file), maxGroups };
    const mine: string[] = [];
    const before = context.before?.consolidations.find((b) => b.id === c.id);
    if (before)
      diagrams.push(
        graphSpec(
          c,
          i,
          "before",
          beforeDiagram(c, before),
          beforeCaption(context, before),
          beforeTitle(context, before),
        ),
      );
    else if (context.before)
      mine.push(`No before diagram: ${context.before.source} holds no entry for ${c.id}.`);
    else
      mine.push(
        "No before diagram: no history yet (.ssot/history.jsonl) and no check baseline (.ssot/baseline.json); run ssot snapshot or ssot backfill to record the history.",
      );
    diagrams.push(graphSpec(c, i, "current", currentDiagram(c, options), captions.current));
    const target = targetDiagram(c, options);
    if (target) diagrams.push(graphSpec(c, i, "target", target, captions.target));
    else mine.push("No target diagram: the consolidation has no canonical path.");
    const trend = trendOf(context, c.id);
    if (trend) diagrams.push(...trendDiagrams(c, i, trend));
    notes[c.id] = mine;
  });
  return { diagrams, notes };
}
