import type { Table } from "../../progress/format.js";
import { progressBlocks } from "../../progress/markdown.js";
import { isTrendKind, type RenderedDiagram, type ReportContext } from "../context.js";
import { trendHint, trendIntro, trendOf } from "../trend.js";
import type { CellView, DiagramView, TableView, TrendView } from "./view-model-types.js";

/** A progress table as the template reads it; texts stay plain ({{ }} escapes them). */
export function tableView(table: Table): TableView {
  const cell = (text: string, i: number): CellView => ({ text, numeric: table.numeric.has(i) });
  return {
    headers: table.headers.map(cell),
    rows: table.rows.map((row) => ({
      head: cell(row[0] ?? "", 0),
      cells: row.slice(1).map((text, i) => cell(text, i + 1)),
    })),
  };
}

const emptyTable: TableView = { headers: [], rows: [] };

/** The trend section of one consolidation: from the history's progress, or the hint to start one. */
export function trendView(
  consolidationId: string,
  context: ReportContext,
  diagrams: readonly RenderedDiagram[],
  diagramView: (d: RenderedDiagram) => DiagramView,
): TrendView {
  const trend = trendOf(context, consolidationId);
  if (!trend || !context.progress) {
    return {
      hasTrend: false,
      hint: trendHint(context, consolidationId),
      intro: "",
      velocity: "",
      overview: emptyTable,
      targets: emptyTable,
      paths: emptyTable,
      hasBatches: false,
      batches: emptyTable,
      hasPhases: false,
      phases: emptyTable,
      charts: [],
    };
  }
  const b = progressBlocks(trend);
  return {
    hasTrend: true,
    hint: "",
    intro: [trendIntro(context.progress.source, trend), ...b.notes].join(" "),
    velocity: b.velocity,
    overview: tableView(b.overview),
    targets: tableView(b.targets),
    paths: tableView(b.paths),
    hasBatches: trend.batches.length > 0,
    batches: tableView(b.batches),
    hasPhases: trend.phases.length > 0,
    phases: tableView(b.phases),
    charts: diagrams
      .filter((d) => d.consolidationId === consolidationId && isTrendKind(d.kind))
      .map(diagramView),
  };
}
