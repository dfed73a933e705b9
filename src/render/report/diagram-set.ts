import type { AnalysisResult, ConsolidationResult } from "../../result/schema.js";
import { beforeDiagram, currentDiagram, targetDiagram } from "../mermaid/diagrams.js";
import { batchOfFile, type DiagramKind, type DiagramSpec, type ReportContext } from "./context.js";

/** Every diagram of a report, and per consolidation why one is missing. */
export interface DiagramSet {
  diagrams: DiagramSpec[];
  /** Per consolidation id: sentences saying which diagram was left out and why. */
  notes: Record<string, string[]>;
}

const maxGroups = 8;

const captions: Record<DiagramKind, string> = {
  before: "Importers per path at the oldest recorded state.",
  current: `Importers grouped by batch, else by top folder (the ${maxGroups} largest groups; the rest merged). Red dashed edges use deprecated paths, green edges the canonical one, dotted grey edges are imports between the path modules.`,
  target: "The goal — every importer on the canonical path, the deprecated modules removed.",
};

const titles: Record<DiagramKind, string> = { before: "Before", current: "Now", target: "Target" };

function beforeCaption(context: ReportContext): string {
  const b = context.before;
  if (!b) return captions.before;
  const when = [b.date, b.commit ? `commit ${b.commit.slice(0, 12)}` : undefined]
    .filter(Boolean)
    .join(", ");
  return `${captions.before} From ${b.source}${when ? ` (${when})` : ""}.`;
}

function spec(
  c: ConsolidationResult,
  index: number,
  kind: DiagramKind,
  mermaid: string,
  caption: string,
): DiagramSpec {
  return {
    consolidationId: c.id,
    kind,
    name: `${c.id}-${kind}`,
    svgId: `ssot-d${index}-${kind}`,
    title: titles[kind],
    caption,
    mermaid,
  };
}

/** The before (when an earlier state exists), current and target diagrams of every consolidation. */
export function reportDiagrams(result: AnalysisResult, context: ReportContext): DiagramSet {
  const diagrams: DiagramSpec[] = [];
  const notes: Record<string, string[]> = {};
  result.consolidations.forEach((c, i) => {
    const options = { batchOf: (file: string) => batchOfFile(context, c.id, file), maxGroups };
    const mine: string[] = [];
    const before = context.before?.consolidations.find((b) => b.id === c.id);
    if (before)
      diagrams.push(spec(c, i, "before", beforeDiagram(c, before), beforeCaption(context)));
    else if (context.before)
      mine.push(`No before diagram: ${context.before.source} holds no entry for ${c.id}.`);
    else
      mine.push(
        "No before diagram: no history yet (.ssot/history.jsonl); run ssot snapshot or ssot backfill to record one.",
      );
    diagrams.push(spec(c, i, "current", currentDiagram(c, options), captions.current));
    const target = targetDiagram(c, options);
    if (target) diagrams.push(spec(c, i, "target", target, captions.target));
    else mine.push("No target diagram: the consolidation has no canonical path.");
    notes[c.id] = mine;
  });
  return { diagrams, notes };
}
