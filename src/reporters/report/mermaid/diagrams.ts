import type { ConsolidationResult, PathResult } from "../../../result/schema.js";
import { count, plural } from "../../../util/words.js";
import { isDeprecated, roleLabels } from "../format.js";
import { type ImporterGroup, importerGroups } from "../groups.js";
import { Flowchart, type NodeStyle } from "./flowchart.js";

export interface DiagramOptions {
  /** Batch id of an importing file ("other" when no configured batch matches). */
  batchOf: (file: string) => string;
  /** Importer groups drawn before the rest is merged into one (default 8). */
  maxGroups?: number;
}

export function groupLabel(g: ImporterGroup): string {
  if (g.kind === "others") return `${count(g.members)} more groups`;
  if (g.kind === "batch") return `batch ${g.name}`;
  return g.name;
}

/** "manager: deprecated shim"; just the role when the id is the role ("canonical"). */
export function pathTitle(p: Pick<PathResult, "id" | "role">): string {
  return p.id === p.role ? roleLabels[p.role] : `${p.id}: ${roleLabels[p.role]}`;
}

export function pathStyle(p: Pick<PathResult, "role" | "exists">): NodeStyle {
  if (!p.exists) return "missing";
  return isDeprecated(p) ? "deprecated" : "canonical";
}

function pathLines(p: PathResult, counts: { files: number; statements: number }): string[] {
  return [
    `${pathTitle(p)}${p.exists ? "" : " (missing)"}`,
    p.module,
    `${plural(counts.statements, "import")} in ${plural(counts.files, "file")}`,
  ];
}

const edgeLabel = (n: { files: number; statements: number }) =>
  `${plural(n.statements, "import")}, ${plural(n.files, "file")}`;

function addGroups(chart: Flowchart, groups: readonly ImporterGroup[]): void {
  groups.forEach((g, i) => {
    chart.node(`group:${i}`, "group", "round", groupLabel(g), plural(g.files, "file"));
  });
}

/** Internal edges (between the path modules themselves) aggregated per (from, to). */
function internalCounts(
  c: ConsolidationResult,
): Map<string, { from: string; to: string; n: number }> {
  const byPair = new Map<string, { from: string; to: string; n: number }>();
  for (const e of c.internalEdges) {
    const key = JSON.stringify([e.from, e.path]);
    const pair = byPair.get(key) ?? { from: e.from, to: e.path, n: 0 };
    pair.n++;
    byPair.set(key, pair);
  }
  return byPair;
}

/**
 * Today's graph, as issue #1182's plan draws it: the path modules, the edges between them,
 * and the importers grouped (by batch, else by top folder) with counts on the edges.
 */
export function currentDiagram(c: ConsolidationResult, options: DiagramOptions): Flowchart {
  const chart = new Flowchart();
  for (const p of c.paths) chart.node(`path:${p.id}`, pathStyle(p), "box", ...pathLines(p, p));
  const groups = importerGroups(c.edges, options.batchOf, options.maxGroups);
  addGroups(chart, groups);
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  groups.forEach((g, i) => {
    for (const p of c.paths) {
      const n = g.byPath.get(p.id);
      if (n)
        chart.edge(
          `group:${i}`,
          `path:${p.id}`,
          deprecated.has(p.id) ? "deprecated" : "canonical",
          edgeLabel(n),
        );
    }
  });
  for (const { from, to, n } of internalCounts(c).values()) {
    chart.edge(`path:${from}`, `path:${to}`, "internal", `${plural(n, "internal import")}`);
  }
  return chart;
}

/** "compat 80, legacy 40": the deprecated paths a group's imports move away from. */
function movesFrom(g: ImporterGroup, deprecated: readonly PathResult[]): string {
  return deprecated
    .flatMap((p) => {
      const n = g.byPath.get(p.id);
      return n ? [`${p.id} ${count(n.statements)}`] : [];
    })
    .join(", ");
}

/**
 * The goal as a change, not the totals again: the deprecated modules removed, each with the
 * imports that move off it, and the importer groups that still have imports to rewrite
 * (groups already on the canonical path are counted in one node). Names the canonical module
 * must define first (blockers) are on the canonical node.
 */
export function targetDiagram(
  c: ConsolidationResult,
  options: DiagramOptions,
): Flowchart | undefined {
  const canonical = c.paths.find((p) => p.role === "canonical");
  if (!canonical) return undefined;
  const deprecated = c.paths.filter(isDeprecated);
  const deprecatedEdges = c.edges.filter((e) => e.path !== canonical.id);
  const lines = [pathTitle(canonical), canonical.module];
  lines.push(
    `${plural(canonical.statements + deprecatedEdges.length, "import")} after the move (${count(canonical.statements)} now)`,
  );
  const blocked = c.blockers.map((b) => b.name);
  if (blocked.length > 0) {
    const shown = blocked.slice(0, 3).join(", ");
    lines.push(
      `must define first: ${shown}${blocked.length > 3 ? ` and ${blocked.length - 3} more` : ""}`,
    );
  }
  const chart = new Flowchart();
  chart.node(`path:${canonical.id}`, "canonical", "box", ...lines);
  for (const p of deprecated) {
    const n = c.edges.filter((e) => e.path === p.id).length;
    chart.node(`path:${p.id}`, "missing", "box", `${p.id}: removed`, p.module);
    if (n > 0)
      chart.edge(`path:${p.id}`, `path:${canonical.id}`, "internal", `${plural(n, "import")} move`);
  }
  const moving = importerGroups(deprecatedEdges, options.batchOf, options.maxGroups);
  moving.forEach((g, i) => {
    chart.node(
      `group:${i}`,
      "group",
      "round",
      groupLabel(g),
      `${plural(g.files, "file")} to change`,
    );
    chart.edge(
      `group:${i}`,
      `path:${canonical.id}`,
      "canonical",
      `rewrite ${movesFrom(g, deprecated)}`,
    );
  });
  const changing = new Set(deprecatedEdges.map((e) => e.file));
  const settled = new Set(c.edges.filter((e) => !changing.has(e.file)).map((e) => e.file));
  if (settled.size > 0) {
    chart.node(
      "settled",
      "group",
      "round",
      `${plural(settled.size, "file")} already on ${canonical.id}`,
    );
    chart.edge("settled", `path:${canonical.id}`, "internal", "no change");
  }
  return chart;
}
