import dagre from "@dagrejs/dagre";
import type { Flowchart, FlowEdge, FlowNode } from "./mermaid/flowchart.js";
import { textWidth, wrapLine } from "./text-width.js";

/**
 * Where the nodes, edges and edge labels of a flowchart go, by dagre (the layout Mermaid's
 * own flowcharts use, so drawings look familiar), with box sizes from estimated text widths.
 * Pure: the same model and size give the same numbers.
 */

export interface FlowSize {
  /** "LR": importers left, what they import right (wide screens); "TB": top to bottom. */
  rankdir: "LR" | "TB";
  /** Font size of every label, in px at the drawing's natural size. */
  font: number;
  /** Node label lines wider than this (px) wrap. */
  nodeText: number;
  /** Edge label lines wider than this (px) wrap. */
  edgeText: number;
  nodesep: number;
  ranksep: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A box by its centre and size; lines as they are drawn (wrapped). */
export interface Box extends Point {
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedNode extends Box {
  node: FlowNode;
}

export interface PlacedEdge {
  edge: FlowEdge;
  /** From the importer's box to the imported one's (dagre's points, ends on the boxes). */
  points: Point[];
  label: Box;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Line height in em, and the padding inside boxes, in px. */
export const lineHeight = 1.3;
const nodePad = { x: 12, y: 8 };
const labelPad = { x: 4, y: 2 };
const margin = 8;

/** Box titles (the first line of a path module's box) are bold. */
export const isBold = (node: FlowNode, line: number) => node.shape === "box" && line === 0;

function wrapped(
  lines: readonly string[],
  max: number,
  font: number,
  bold: (i: number) => boolean,
) {
  return lines.flatMap((text, i) =>
    wrapLine(text, max, (t) => textWidth(t, font, bold(i))).map((t) => ({
      text: t,
      bold: bold(i),
    })),
  );
}

function boxSize(lines: { text: string; bold: boolean }[], font: number, pad: Point) {
  const width = Math.max(0, ...lines.map((l) => textWidth(l.text, font, l.bold)));
  return {
    width: Math.ceil(width + 2 * pad.x),
    height: Math.ceil(lines.length * font * lineHeight + 2 * pad.y),
  };
}

/** Edge label lines: "4 imports, 3 files" breaks after its comma before anything else. */
function edgeLines(label: string, size: FlowSize): string[] {
  const width = (t: string) => textWidth(t, size.font);
  if (width(label) <= size.edgeText) return [label];
  return label.split(/(?<=,) /).flatMap((part) => wrapLine(part, size.edgeText, width));
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutFlowchart(chart: Flowchart, size: FlowSize): FlowLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: size.rankdir,
    nodesep: size.nodesep,
    ranksep: size.ranksep,
    edgesep: 12,
    marginx: margin,
    marginy: margin,
  });
  const declared = new Map(chart.nodes.map((n) => [n.id, n]));
  const nodeLines = new Map<string, { text: string; bold: boolean }[]>();
  for (const n of chart.nodes) {
    const lines = wrapped(n.lines, size.nodeText, size.font, (i) => isBold(n, i));
    nodeLines.set(n.id, lines);
    g.setNode(n.id, boxSize(lines, size.font, nodePad));
  }
  // An edge to a node the model never declared has nothing to point at: left out.
  const edges = chart.edges.filter((e) => declared.has(e.from) && declared.has(e.to));
  const labels = edges.map((e) => edgeLines(e.label, size));
  edges.forEach((e, i) => {
    const lines = (labels[i] ?? []).map((text) => ({ text, bold: false }));
    g.setEdge(e.from, e.to, { ...boxSize(lines, size.font, labelPad), labelpos: "c" }, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: chart.nodes.map((node) => {
      const placed = g.node(node.id);
      return {
        node,
        x: round(placed.x ?? 0),
        y: round(placed.y ?? 0),
        width: placed.width,
        height: placed.height,
        lines: (nodeLines.get(node.id) ?? []).map((l) => l.text),
      };
    }),
    edges: edges.map((edge, i) => {
      const placed = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
      return {
        edge,
        points: (placed.points ?? []).map((p: Point) => ({ x: round(p.x), y: round(p.y) })),
        label: {
          x: round(placed.x ?? 0),
          y: round(placed.y ?? 0),
          width: placed.width ?? 0,
          height: placed.height ?? 0,
          lines: labels[i] ?? [],
        },
      };
    }),
  };
}
