import type { PhaseStatus } from "../../../result/schema.js";
import type { FleetView } from "../fleet.js";
import type { Headline } from "../headline.js";
import type { NotCounted } from "../not-counted.js";
import type { BreakdownRow } from "./breakdowns.js";
import type { FolderNode, GroupBar, MigrateRow, StringReferenceRow } from "./drilldown.js";

/**
 * The HTML report's view model: every value formatted, every choice a prepared boolean, so
 * the templates hold no logic beyond {{#each}} and {{#if}}. Strings from the analysed
 * repository stay plain text here; the templates escape them with {{ }}. Only `svg` (ours,
 * sanitized) is inserted raw.
 */
export interface ReportViewModel {
  toolVersion: string;
  hasCommit: boolean;
  commit: string;
  /** "41 Python files scanned · 1 parse error · 1 skipped" */
  scanSummary: string;
  hasParseErrors: boolean;
  parseErrors: { location: string; message: string }[];
  hasMoreParseErrors: boolean;
  moreParseErrors: string;
  /** The table across consolidations, shown when the config has more than one. */
  hasSummary: boolean;
  summary: SummaryRow[];
  consolidations: ConsolidationView[];
  /** Present for a fleet result (`ssot merge --fleet`). */
  fleet?: FleetView;
}

/** One consolidation in the summary table. */
export interface SummaryRow {
  anchor: string;
  title: string;
  id: string;
  share: string;
  /** The share as a number for sorting (-1: not started). */
  shareSort: number;
  deprecatedStatements: string;
  deprecatedSort: number;
  phases: { id: string; statusClass: PhaseStatus; statusLabel: string }[];
  /** "↓", "↑", "→" or "–" against the history's previous point, with words for screen readers. */
  trendArrow: string;
  trendClass: string;
  trendText: string;
}

export interface ConsolidationView {
  notCounted: NotCounted;
  id: string;
  title: string;
  anchor: string;
  headline: Headline & { hasBefore: boolean; beforeShare: string; beforeWhen: string };
  paths: PathView[];
  hasPhases: boolean;
  phases: PhaseView[];
  diagrams: DiagramView[];
  hasDiagramNotes: boolean;
  diagramNotes: string[];
  trend: TrendView;
  byBatch: BreakdownRow[];
  hasBatches: boolean;
  byFolder: BreakdownRow[];
  hasOwners: boolean;
  ownersSource: string;
  byOwner: BreakdownRow[];
  hasEdges: boolean;
  edgeCount: string;
  edges: EdgeView[];
  groupBars: GroupBar[];
  hasGroupBars: boolean;
  folderTree: FolderNode[];
  migrate: MigrateRow[];
  hasMigrate: boolean;
  migrateCount: string;
  migrateMore: string;
  stringRefs: StringReferenceRow[];
  hasStringRefs: boolean;
  stringRefCount: string;
  stringRefsMore: string;
  filterPaths: { value: string; label: string }[];
  filterBatches: { value: string; label: string }[];
}

export interface PathView {
  id: string;
  roleLabel: string;
  module: string;
  isCanonical: boolean;
  missing: boolean;
  files: string;
  statements: string;
  nested: string;
  typeChecking: string;
  stringReferences: string;
  share: string;
  barWidth: number;
}

export interface PhaseView {
  id: string;
  title: string;
  hasTitle: boolean;
  gate: boolean;
  statusClass: PhaseStatus;
  statusLabel: string;
  criteria: CriterionView[];
}

export interface CriterionView {
  metric: string;
  description: string;
  actual: string;
  expected: string;
  statusClass: PhaseStatus;
  statusLabel: string;
  hasEvidence: boolean;
  evidence: string[];
  hasMoreEvidence: boolean;
  moreEvidence: string;
}

export interface DiagramView {
  /**
   * A flowchart (before, now, target: shown at its natural size, scrolling in its frame when
   * wider) rather than a trend chart (scaled to the frame). Both are our own SVG, wide and
   * narrow; the CSS shows one by the page's width.
   */
  graph: boolean;
  wide: string;
  narrow: string;
  hasLegend: boolean;
  legend: { label: string; cls: string }[];
  name: string;
  title: string;
  caption: string;
}

export interface EdgeView {
  location: string;
  hasHref: boolean;
  href: string;
  path: string;
  batch: string;
  names: string;
  kind: string;
  hasFlags: boolean;
  flags: string;
  owners: string;
}

/** The history's progress for one consolidation: tables, velocity and the two line charts. */
export interface TrendView {
  /** False without a history entry for this consolidation: only `hint` is shown. */
  hasTrend: boolean;
  hint: string;
  /** "3 history points in .ssot/history.jsonl, 2025-06-02 to 2025-06-16." */
  intro: string;
  velocity: string;
  overview: TableView;
  targets: TableView;
  paths: TableView;
  hasBatches: boolean;
  batches: TableView;
  hasPhases: boolean;
  phases: TableView;
  charts: DiagramView[];
}

/** A plain table: the first cell of a row is its header (a name from the config or history). */
export interface TableView {
  headers: CellView[];
  rows: { head: CellView; cells: CellView[] }[];
}

export interface CellView {
  text: string;
  numeric: boolean;
}
