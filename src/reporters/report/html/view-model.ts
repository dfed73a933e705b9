import type {
  AnalysisResult,
  ConsolidationResult,
  CriterionResult,
  Edge,
  PhaseResult,
  PhaseStatus,
} from "../../../result/schema.js";
import { sourceLink } from "../../../util/source-link.js";
import { count, percent, plural } from "../../../util/words.js";
import {
  batchOfFile,
  isTrendKind,
  otherBatch,
  type RenderedDiagram,
  type ReportContext,
} from "../context.js";
import type { DiagramSet } from "../diagram-set.js";
import { fleetOf } from "../fleet.js";
import {
  actualText,
  isDeprecated,
  metricDescriptions,
  roleLabels,
  scannedFiles,
} from "../format.js";
import { headlineOf } from "../headline.js";
import { notCountedOf } from "../not-counted.js";
import { byBatch, byFolder, byOwner } from "./breakdowns.js";
import { brokenByRemoval, folderTree, groupBars, migrateNext } from "./drilldown.js";
import { summaryRows } from "./summary.js";
import { trendView } from "./trend-view.js";
import type {
  ConsolidationView,
  CriterionView,
  DiagramView,
  EdgeView,
  PathView,
  PhaseView,
  ReportViewModel,
} from "./view-model-types.js";

const statusLabels: Record<PhaseStatus, string> = {
  met: "met",
  "not-met": "not met",
  unknown: "unknown",
};
const maxEvidence = 20;
const maxParseErrors = 50;

function criterionView(k: CriterionResult): CriterionView {
  const evidence = k.evidence.slice(0, maxEvidence);
  return {
    metric: k.metric,
    description: metricDescriptions[k.metric] ?? "",
    actual: actualText(k.actual),
    expected: k.expected,
    statusClass: k.status,
    statusLabel: statusLabels[k.status],
    hasEvidence: evidence.length > 0,
    evidence,
    hasMoreEvidence: k.evidence.length > maxEvidence,
    moreEvidence: `and ${count(k.evidence.length - maxEvidence)} more`,
  };
}

function phaseView(p: PhaseResult): PhaseView {
  return {
    id: p.id,
    title: p.title,
    hasTitle: p.title !== p.id,
    gate: p.gate,
    statusClass: p.status,
    statusLabel: statusLabels[p.status],
    criteria: p.criteria.map(criterionView),
  };
}

function pathViews(c: ConsolidationResult): PathView[] {
  return c.paths.map((p) => {
    const share = c.totals.statements === 0 ? 0 : p.statements / c.totals.statements;
    return {
      id: p.id,
      roleLabel: roleLabels[p.role],
      module: p.module,
      isCanonical: !isDeprecated(p),
      missing: !p.exists,
      files: count(p.files),
      statements: count(p.statements),
      nested: count(p.nestedStatements),
      typeChecking: count(p.typeCheckingStatements),
      stringReferences: count(p.stringReferences),
      share: percent(share),
      barWidth: Math.round(share * 1000) / 10,
    };
  });
}

function edgeFlags(e: Edge): string {
  const flags = [
    e.nested ? "nested" : "",
    e.typeChecking ? "TYPE_CHECKING" : "",
    e.level > 0 ? "relative" : "",
  ];
  return flags.filter(Boolean).join(", ");
}

function edgeViews(c: ConsolidationResult, context: ReportContext): EdgeView[] {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  return c.edges
    .filter((e) => deprecated.has(e.path))
    .map((e) => {
      const href = sourceLink(context.links, e.file, e.line);
      const flags = edgeFlags(e);
      return {
        location: `${e.file}:${e.line}`,
        hasHref: href !== undefined,
        href: href ?? "",
        path: e.path,
        batch: batchOfFile(context, c.id, e.file),
        names: e.names.join(", "),
        kind: e.kind,
        hasFlags: flags !== "",
        flags,
        owners: (context.owners?.byFile[e.file] ?? []).join(" "),
      };
    });
}

function diagramView(d: RenderedDiagram): DiagramView {
  return {
    graph: !isTrendKind(d.kind),
    wide: d.drawn.wide,
    narrow: d.drawn.narrow,
    hasLegend: d.drawn.legend.length > 0,
    legend: d.drawn.legend,
    name: d.name,
    title: d.title,
    caption: d.caption,
  };
}

const options = (values: readonly string[]) =>
  [...new Set(values)].sort().map((v) => ({ value: v, label: v }));

function consolidationView(
  c: ConsolidationResult,
  index: number,
  context: ReportContext,
  diagrams: readonly RenderedDiagram[],
  notes: readonly string[],
): ConsolidationView {
  const headline = headlineOf(c, context.before);
  const edges = edgeViews(c, context);
  const owners = context.owners;
  const batchOf = (file: string) => batchOfFile(context, c.id, file);
  const bars = groupBars(c, batchOf);
  const migrate = migrateNext(c, context, batchOf);
  const refs = brokenByRemoval(c);
  const more = (shown: number, total: number, what: string) =>
    total > shown
      ? `The first ${count(shown)} of ${count(total)} ${what}; all are in result.json.`
      : "";
  return {
    id: c.id,
    title: c.title,
    anchor: `c${index}`,
    headline: {
      ...headline,
      hasBefore: headline.before !== undefined,
      beforeShare: headline.before?.share ?? "",
      beforeWhen: headline.before?.when ?? "",
    },
    paths: pathViews(c),
    notCounted: notCountedOf(c),
    hasPhases: c.phases.length > 0,
    phases: c.phases.map(phaseView),
    diagrams: diagrams
      .filter((d) => d.consolidationId === c.id && !isTrendKind(d.kind))
      .map(diagramView),
    hasDiagramNotes: notes.length > 0,
    diagramNotes: [...notes],
    trend: trendView(c.id, context, diagrams, diagramView),
    byBatch: byBatch(c),
    hasBatches: c.batches.some((b) => b.id !== otherBatch),
    byFolder: byFolder(c),
    hasOwners: owners !== undefined,
    ownersSource: owners?.source ?? "",
    byOwner: owners ? byOwner(c, owners) : [],
    hasEdges: edges.length > 0,
    edgeCount: count(edges.length),
    edges,
    groupBars: bars,
    hasGroupBars: bars.length > 0,
    folderTree: folderTree(c),
    migrate: migrate.rows,
    hasMigrate: migrate.rows.length > 0,
    migrateCount: count(migrate.total),
    migrateMore: more(migrate.rows.length, migrate.total, "files"),
    stringRefs: refs.rows,
    hasStringRefs: refs.rows.length > 0,
    stringRefCount: count(refs.total),
    stringRefsMore: more(refs.rows.length, refs.total, "string references"),
    filterPaths: options(edges.map((e) => e.path)),
    filterBatches: options(edges.map((e) => e.batch)),
  };
}

/** Build the view model from the result, the gathered context and the rendered diagrams. */
export function reportViewModel(
  result: AnalysisResult,
  context: ReportContext,
  diagrams: readonly RenderedDiagram[],
  notes: DiagramSet["notes"],
): ReportViewModel {
  const f = result.files;
  return {
    toolVersion: result.tool.version,
    hasCommit: context.commit !== undefined,
    commit: context.commit?.slice(0, 12) ?? "",
    scanSummary: [
      `${scannedFiles(f)} scanned`,
      plural(f.parseErrors.length, "parse error"),
      `${count(f.skipped.length)} skipped`,
    ].join(" · "),
    hasParseErrors: f.parseErrors.length > 0,
    parseErrors: f.parseErrors
      .slice(0, maxParseErrors)
      .map((e) => ({ location: `${e.file}:${e.line}`, message: e.message })),
    hasMoreParseErrors: f.parseErrors.length > maxParseErrors,
    moreParseErrors: `and ${count(f.parseErrors.length - maxParseErrors)} more in result.json`,
    hasSummary: result.consolidations.length > 1,
    summary: summaryRows(result, context),
    consolidations: result.consolidations.map((c, i) =>
      consolidationView(c, i, context, diagrams, notes[c.id] ?? []),
    ),
    ...fleetField(result),
  };
}

/** A fleet result's organisation-wide tables (templates/partials/fleet.hbs). */
function fleetField(result: AnalysisResult): Pick<ReportViewModel, "fleet"> {
  const fleet = fleetOf(result);
  return fleet ? { fleet } : {};
}
