import type { ConsolidationResult } from "../../../result/schema.js";
import { count, plural } from "../../../util/words.js";
import type { BeforeSummary } from "../context.js";
import { pathStyle, pathTitle } from "./diagrams.js";
import { Flowchart } from "./flowchart.js";

/** One consolidation's earlier state (a history line or the baseline). */
export type BeforeState = Pick<BeforeSummary["consolidations"][number], "paths" | "batches">;

type Batch = NonNullable<BeforeState["batches"]>[number];

/** The batch history lines use for files in no configured batch. */
const noBatch = "other";

/** Batches drawn before the rest is merged into one node, as in "now". */
const maxBatches = 8;

function batchLabel(id: string): string {
  return id === noBatch ? "files in no batch" : `batch ${id}`;
}

/** The largest batches (by statements, then id), the rest merged; "other" never merged away. */
function boundedBatches(batches: readonly Batch[], max: number): Batch[] {
  const used = batches.filter((b) => b.statements > 0);
  if (used.length <= max) return used;
  const sorted = [...used].sort((a, b) => b.statements - a.statements || (a.id < b.id ? -1 : 1));
  const kept = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const merged: Batch = {
    id: `${count(rest.length)} more batches`,
    statements: rest.reduce((n, b) => n + b.statements, 0),
    deprecatedStatements: rest.reduce((n, b) => n + b.deprecatedStatements, 0),
  };
  return [...kept, merged];
}

/**
 * The earlier state as a graph like "now": the path modules with their counts then, and the
 * importers grouped by batch (history lines record statements per batch), each connected to
 * the canonical path and to the deprecated paths with the statements it sent there. A line
 * records a batch's deprecated statements, not their split between deprecated paths, so with
 * several deprecated paths a batch's deprecated edge goes to one "deprecated paths" node,
 * which shows each path's total. Without batches (a baseline, or an older line) each path gets
 * one importer node. Paths no longer configured are drawn as missing; unrecorded counts (the
 * canonical path, in a baseline) say so.
 */
export function beforeDiagram(c: ConsolidationResult, before: BeforeState): Flowchart {
  const chart = new Flowchart();
  const current = new Map(c.paths.map((p) => [p.id, p]));
  const isCanonical = (id: string) => current.get(id)?.role === "canonical";
  const canonical = before.paths.filter((b) => isCanonical(b.id));
  const deprecated = before.paths.filter((b) => !isCanonical(b.id) && (b.statements ?? 0) > 0);
  const batches = boundedBatches(before.batches ?? [], maxBatches);
  const [onlyCanonical] = canonical;
  const byBatch = batches.length > 0 && canonical.length === 1 && onlyCanonical?.statements != null;
  for (const b of before.paths) {
    const p = current.get(b.id);
    const lines = p ? [pathTitle(p), p.module] : [`${b.id}: no longer configured`];
    // Per batch, the path's own total is on its node; per path, its importer node says it.
    if (b.statements === null || b.files === null) lines.push("importers not recorded");
    else if (byBatch) lines.push(`${plural(b.statements, "import")} in ${plural(b.files, "file")}`);
    chart.node(
      `path:${b.id}`,
      p ? pathStyle({ role: p.role, exists: true }) : "missing",
      "box",
      ...lines,
    );
  }
  if (byBatch && onlyCanonical) {
    drawBatches(chart, batches, onlyCanonical.id, deprecated);
  } else {
    for (const b of before.paths) {
      if (b.statements === null || b.files === null || b.statements === 0) continue;
      chart.node(`importers:${b.id}`, "group", "round", plural(b.files, "file"));
      const style = isCanonical(b.id) ? "canonical" : "deprecated";
      chart.edge(`importers:${b.id}`, `path:${b.id}`, style, plural(b.statements, "import"));
    }
  }
  return chart;
}

function drawBatches(
  chart: Flowchart,
  batches: readonly Batch[],
  canonicalId: string,
  deprecated: BeforeState["paths"],
): void {
  let deprecatedTarget = deprecated.length === 1 ? `path:${deprecated[0]?.id}` : undefined;
  if (deprecated.length > 1) {
    deprecatedTarget = "deprecated-paths";
    const total = batches.reduce((n, b) => n + b.deprecatedStatements, 0);
    chart.node(
      deprecatedTarget,
      "deprecated",
      "round",
      "deprecated paths",
      plural(total, "import"),
    );
    for (const d of deprecated)
      chart.edge(
        deprecatedTarget,
        `path:${d.id}`,
        "deprecated",
        plural(d.statements ?? 0, "import"),
      );
  }
  batches.forEach((b, i) => {
    const key = `batch:${i}`;
    chart.node(key, "group", "round", batchLabel(b.id), plural(b.statements, "import"));
    const onCanonical = b.statements - b.deprecatedStatements;
    if (onCanonical > 0)
      chart.edge(key, `path:${canonicalId}`, "canonical", plural(onCanonical, "import"));
    if (b.deprecatedStatements > 0 && deprecatedTarget)
      chart.edge(key, deprecatedTarget, "deprecated", plural(b.deprecatedStatements, "import"));
  });
}
