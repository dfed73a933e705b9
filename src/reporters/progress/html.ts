import type { ConsolidationProgress, ProgressView } from "../../history/progress-view.js";
import { notStartedStatus } from "../../history/progress-view.js";
import { count, percent } from "../../util/words.js";
import { renderPage } from "../report/html/page.js";
import {
  defaultTemplatesDir,
  loadPartials,
  pageCss,
  readTemplate,
} from "../report/html/templates.js";
import { htmlTable } from "./format.js";
import { phaseStatusLines, progressBlocks, progressIntro } from "./markdown.js";
import { narrowChart, pathsChartSvg, pathsLegend, shareChartSvg, wideChart } from "./svg.js";

/** The progress page's template sources (package files, not user input). */
export interface ProgressTemplates {
  page: string;
  partials: Record<string, string>;
  css: string;
}

export function loadProgressTemplates(dir: string = defaultTemplatesDir): ProgressTemplates {
  return {
    page: readTemplate(dir, "progress.hbs"),
    partials: loadPartials(dir),
    css: pageCss(dir, "progress.css"),
  };
}

/** The class of a phase's status line: met, late/overdue, open/not started, or plain. */
function statusClass(c: ConsolidationProgress, index: number): string {
  const phase = c.phases[index];
  if (!phase) return "";
  if (phase.status.last === "met") return "met";
  if (phase.status.last === notStartedStatus) return "not-started";
  const bound = c.targets.find((t) => t.phase === phase.id);
  if (bound && (bound.dueStatus === "late" || bound.dueStatus === "overdue"))
    return bound.dueStatus;
  if (!bound && phase.due && phase.due < c.today) return "overdue";
  return bound?.dueStatus === "on-track" ? "on-track" : "open";
}

function consolidationModel(c: ConsolidationProgress, index: number) {
  const b = progressBlocks(c);
  const status = phaseStatusLines(c).map((text, i) => ({ text, cls: statusClass(c, i) }));
  return {
    anchor: `c${index + 1}`,
    title: b.title,
    id: b.id,
    share: percent(c.deprecatedShare.last),
    deprecatedStatements: count(c.deprecatedStatements.last),
    statements: count(c.statements.last),
    date: c.analysed ? `${c.dates.last} (analysed state)` : c.dates.last,
    status,
    notes: b.notes,
    velocity: b.velocity,
    charts: [
      {
        caption: "Deprecated share of statements, with each phase's bound and due date",
        wide: shareChartSvg(c.chart, wideChart, "wide"),
        narrow: shareChartSvg(c.chart, narrowChart, "narrow"),
        hasLegend: false,
        legend: [],
      },
      {
        caption: "Statements per path",
        wide: pathsChartSvg(c.chart, wideChart, "wide"),
        narrow: pathsChartSvg(c.chart, narrowChart, "narrow"),
        hasLegend: true,
        legend: pathsLegend(c.chart.paths),
      },
    ],
    targets: htmlTable(b.targets),
    overview: htmlTable(b.overview),
    paths: htmlTable(b.paths),
    hasBatches: c.batches.length > 0,
    batches: htmlTable(b.batches),
    hasPhases: c.phases.length > 0,
    phases: htmlTable(b.phases),
  };
}

/**
 * The stakeholder page: one status line per phase, the headline numbers, the charts as
 * inline SVG (no script, no Mermaid source), the tables. Rendered like report.html: strict
 * Handlebars, and a Content-Security-Policy that allows no script and no network at all.
 * Tables and charts are HTML built here with every text escaped; the template escapes the rest.
 */
export function renderProgressHtml(
  view: ProgressView,
  templates: ProgressTemplates = loadProgressTemplates(),
): string {
  return renderPage(templates, {
    toolVersion: view.toolVersion,
    intro: progressIntro(view, (t) => t),
    consolidations: view.consolidations.map(consolidationModel),
  });
}
