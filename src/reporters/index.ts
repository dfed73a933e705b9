import type { CheckReport } from "../check/report.js";
import type { ProgressView } from "../history/progress-view.js";
import type { AnalysisResult } from "../result/schema.js";
import { analyzeReporters } from "./analyze/index.js";
import { renderCheckGithub } from "./check/github.js";
import { renderCheckJunit } from "./check/junit.js";
import { renderCheckMarkdown } from "./check/markdown.js";
import { renderCheckSarif } from "./check/sarif.js";
import { renderCheckText } from "./check/text.js";
import { renderProgressHtml } from "./progress/html.js";
import { renderProgressMarkdown } from "./progress/markdown.js";
import type { RenderedDiagram, ReportContext } from "./report/context.js";
import type { DiagramSet } from "./report/diagram-set.js";
import { renderReportHtml } from "./report/html/render.js";
import { loadReportTemplates } from "./report/html/templates.js";
import { reportViewModel } from "./report/html/view-model.js";
import { renderReportMarkdown } from "./report/markdown.js";
import { formatsIn, pickReporter } from "./table.js";

/** What `report` renders from: the result, its context and the diagrams (with SVGs when drawn). */
export interface ReportInput {
  result: AnalysisResult;
  context: ReportContext;
  set: DiagramSet;
  diagrams: RenderedDiagram[];
}

/**
 * Every output of ssot-tracker, by command and format: pure functions from what the command
 * computed to text. The CLI's `--format` choices, its error for an unknown format and the
 * hostile-input test (test/reporters/) all read this one table. A command that needs only
 * its own reporters takes them from their folder (reporters/analyze/index.ts) and table.ts.
 */
const registry = {
  analyze: analyzeReporters,
  check: {
    text: (report: CheckReport) => renderCheckText(report),
    github: (report: CheckReport) => renderCheckGithub(report),
    sarif: (report: CheckReport) => renderCheckSarif(report),
    junit: (report: CheckReport) => renderCheckJunit(report),
    markdown: (report: CheckReport) => renderCheckMarkdown(report),
  },
  progress: {
    markdown: (view: ProgressView) => renderProgressMarkdown(view),
    html: (view: ProgressView) => renderProgressHtml(view),
  },
  report: {
    html: (r: ReportInput) =>
      renderReportHtml(
        reportViewModel(r.result, r.context, r.diagrams, r.set.notes),
        loadReportTemplates(),
      ),
    markdown: (r: ReportInput) => renderReportMarkdown(r.result, r.context, r.set),
  },
} as const;

type Registry = typeof registry;
export type ReportCommand = keyof Registry;
export type FormatOf<C extends ReportCommand> = keyof Registry[C] & string;
export type ReporterOf<C extends ReportCommand, F extends FormatOf<C>> = Registry[C][F];

export type AnalyzeFormat = FormatOf<"analyze">;
export type CheckFormat = FormatOf<"check">;
export type ProgressFormat = FormatOf<"progress">;

export const reportCommands = Object.keys(registry) as ReportCommand[];

/** The formats of a command, in the order `--help` lists them (the first is the default). */
export function formatsOf<C extends ReportCommand>(command: C): FormatOf<C>[] {
  return formatsIn(registry[command]) as FormatOf<C>[];
}

/** The reporter of `command` for `format`; an unknown format is an input error listing the known ones. */
export function reporter<C extends ReportCommand, F extends FormatOf<C>>(
  command: C,
  format: F,
): ReporterOf<C, F>;
export function reporter<C extends ReportCommand>(
  command: C,
  format: string,
): ReporterOf<C, FormatOf<C>>;
export function reporter<C extends ReportCommand>(
  command: C,
  format: string,
): ReporterOf<C, FormatOf<C>> {
  return pickReporter(command, registry[command], format) as ReporterOf<C, FormatOf<C>>;
}
