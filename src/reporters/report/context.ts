import type { ProgressView } from "../../history/progress-view.js";

/**
 * What the report renderers read besides the AnalysisResult: plain data gathered by the
 * CLI (batch of each file from the config's globs, CODEOWNERS, the history or the check
 * baseline, the commit for source links). Plain data so the renderers stay pure and testable.
 */

/** Per-path counts of an earlier analysis (a history line or a baseline). */
export interface BeforeSummary {
  /**
   * What it was read from: the oldest history line, or (without a history) the check
   * baseline, which lists deprecated imports only.
   */
  kind: "history" | "baseline";
  /** Where it came from, for captions, e.g. ".ssot/history.jsonl". */
  source: string;
  date?: string;
  commit?: string;
  consolidations: {
    id: string;
    /**
     * The point this consolidation's before state was read from, when it differs per
     * consolidation: its first history line with statements on its paths.
     */
    date?: string;
    commit?: string;
    /** Statements per batch then ("other": files in no batch); absent when not recorded. */
    batches?: { id: string; statements: number; deprecatedStatements: number }[];
    /** The deprecated share recorded then (history lines carry it; a baseline cannot). */
    deprecatedShare?: { statements: number | null; files: number | null };
    /** null counts: not recorded (a baseline holds no canonical imports). */
    paths: { id: string; files: number | null; statements: number | null }[];
  }[];
}

export interface ReportContext {
  /** Batch id of each importing file, per consolidation id; a file not listed is in "other". */
  batches: Record<string, Record<string, string>>;
  /** Owners of each importing file, from the repository's CODEOWNERS; absent without one. */
  owners?: { source: string; byFile: Record<string, string[]> };
  /** The oldest known state, for the "before" diagram; absent when there is none. */
  before?: BeforeSummary;
  /** The history's progress summary, for the trend section; absent without a history. */
  progress?: ProgressView;
  /** Source links: `template` with {commit}, {file} and {line}; only http(s) templates link. */
  links?: { template: string; commit: string };
  /** The analysed commit, shown in the report header; absent outside git. */
  commit?: string;
}

export type DiagramKind = "before" | "current" | "target" | "trend-share" | "trend-paths";

export const diagramKinds: readonly DiagramKind[] = [
  "before",
  "current",
  "target",
  "trend-share",
  "trend-paths",
];

/**
 * Output file name without extension: `<id>-before` etc. for the graphs, and
 * `trend-<id>-share` / `trend-<id>-paths` for the history's line charts.
 */
export function diagramName(consolidationId: string, kind: DiagramKind): string {
  if (kind === "trend-share") return `trend-${consolidationId}-share`;
  if (kind === "trend-paths") return `trend-${consolidationId}-paths`;
  return `${consolidationId}-${kind}`;
}

export const isTrendKind = (kind: DiagramKind) => kind === "trend-share" || kind === "trend-paths";

/** One diagram of the report: Mermaid text and our own SVG, from the pure renderers. */
export interface DiagramSpec {
  consolidationId: string;
  kind: DiagramKind;
  /** Output file name without extension, e.g. "websocket-manager-current" (see diagramName). */
  name: string;
  /** A unique SVG element id (arrowhead markers are referenced by it; ids differ in one page). */
  svgId: string;
  title: string;
  caption: string;
  /** The `.mmd` file and report.md's ```mermaid block. */
  mermaid: string;
  /**
   * Our own SVG, drawn in Node (no browser): a wide and a narrow drawing, the page shows one
   * by its width; `NAME.svg` is the wide one. The legend is HTML (the paths chart's).
   */
  drawn: { wide: string; narrow: string; legend: { label: string; cls: string }[] };
}

/** The diagrams as the renderers get them (all drawn: nothing is missing an SVG). */
export type RenderedDiagram = DiagramSpec;

/** The batch every file no configured batch matches is in (as in the analysis). */
export const otherBatch = "other";

export function batchOfFile(context: ReportContext, consolidationId: string, file: string): string {
  return context.batches[consolidationId]?.[file] ?? otherBatch;
}
