import { xml } from "../escape/xml.js";
import {
  type Box,
  type FlowLayout,
  type FlowSize,
  isBold,
  layoutFlowchart,
  lineHeight,
  type Point,
} from "./flowchart-layout.js";
import type { EdgeStyle, Flowchart, NodeStyle } from "./mermaid/flowchart.js";

/**
 * A flowchart model (mermaid/flowchart.ts) as our own SVG, drawn in Node (no browser): the
 * same model gives the same bytes. Two sizes, as the trend charts: wide (for screens) and
 * narrow (wrapped, smaller, for phones); the page shows one by its width.
 * Colours are presentation attributes, so a standalone .svg file looks right on its own; the
 * page's CSS (classes, base.css variables) overrides them, so dark mode applies. Every label
 * is repository text: escaped for XML, never markup.
 */

export type FlowVariant = "wide" | "narrow";

/**
 * Both left to right: importers stacked, not side by side. Top to bottom puts every importer
 * group and every edge label of a rank in one row: on the scale test's repository that was
 * 850-1,120 px wide against 440-670 px left to right with the same wrapping. The narrow one
 * wraps module paths and counts into short lines and uses a smaller font and gaps.
 */
export const flowSizes: Record<FlowVariant, FlowSize> = {
  wide: { rankdir: "LR", font: 14, nodeText: 330, edgeText: 150, nodesep: 16, ranksep: 48 },
  narrow: { rankdir: "LR", font: 13, nodeText: 120, edgeText: 76, nodesep: 8, ranksep: 28 },
};

/** The smallest font a drawing may be scaled to (CSS min-width), in px. */
const minFont = 12;

const fontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const nodeColours: Record<
  NodeStyle,
  { fill: string; stroke: string; text: string; dash?: string }
> = {
  canonical: { fill: "#e6f4ea", stroke: "#1e7b34", text: "#0d3318" },
  deprecated: { fill: "#fdecea", stroke: "#b3261e", text: "#4a0f0b" },
  missing: { fill: "#f4f4f4", stroke: "#8a8a8a", text: "#555555", dash: "4 3" },
  group: { fill: "#eef1f6", stroke: "#52606d", text: "#1f2933" },
};

/** Deprecated edges dashed and internal ones dotted, so they read in greyscale print too. */
const edgeColours: Record<EdgeStyle, { stroke: string; width: number; dash?: string }> = {
  canonical: { stroke: "#1e7b34", width: 2 },
  deprecated: { stroke: "#b3261e", width: 2, dash: "6 4" },
  internal: { stroke: "#8a8a8a", width: 1.5, dash: "2 3" },
};

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** d3's curveBasis through the points (what Mermaid draws its edges with). */
export function basisPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  if (rest.length === 0) return `M${fmt(first.x)},${fmt(first.y)}`;
  const out = [`M${fmt(first.x)},${fmt(first.y)}`];
  const [second] = rest;
  if (rest.length === 1 && second) return `${out[0]}L${fmt(second.x)},${fmt(second.y)}`;
  let p0 = first;
  let p1 = second as Point;
  const bezier = (p: Point) =>
    `C${fmt((2 * p0.x + p1.x) / 3)},${fmt((2 * p0.y + p1.y) / 3)} ${fmt((p0.x + 2 * p1.x) / 3)},${fmt((p0.y + 2 * p1.y) / 3)} ${fmt((p0.x + 4 * p1.x + p.x) / 6)},${fmt((p0.y + 4 * p1.y + p.y) / 6)}`;
  out.push(`L${fmt((5 * p0.x + p1.x) / 6)},${fmt((5 * p0.y + p1.y) / 6)}`);
  for (const p of rest.slice(1)) {
    out.push(bezier(p));
    p0 = p1;
    p1 = p;
  }
  out.push(bezier(p1), `L${fmt(p1.x)},${fmt(p1.y)}`);
  return out.join("");
}

/** Centred lines of text in a box, one <tspan> per line, baselines a line height apart. */
function textLines(box: Box, font: number, bold: (i: number) => boolean, fill: string): string {
  const step = font * lineHeight;
  const top = box.y - (box.lines.length * step) / 2;
  const spans = box.lines.map((line, i) => {
    // The baseline sits about 0.8 em below the top of its line box.
    const y = top + i * step + (step - font) / 2 + font * 0.8;
    const weight = bold(i) ? ' font-weight="600"' : "";
    return `<tspan x="${fmt(box.x)}" y="${fmt(y)}"${weight}>${xml(line)}</tspan>`;
  });
  return `<text text-anchor="middle" fill="${fill}">${spans.join("")}</text>`;
}

const dash = (d: string | undefined) => (d ? ` stroke-dasharray="${d}"` : "");

function markers(prefix: string): string {
  const defs = (Object.keys(edgeColours) as EdgeStyle[]).map((style) => {
    const c = edgeColours[style];
    return `<marker id="${prefix}-${style}" class="arrow ${style}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="${style === "internal" ? 8 : 10}" markerHeight="${style === "internal" ? 8 : 10}" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${c.stroke}"/></marker>`;
  });
  return `<defs>${defs.join("")}</defs>`;
}

function edges(layout: FlowLayout, prefix: string, font: number): string[] {
  const paths = layout.edges.map(({ edge, points }) => {
    const c = edgeColours[edge.style];
    return `<path class="edge ${edge.style}" d="${basisPath(points)}" fill="none" stroke="${c.stroke}" stroke-width="${c.width}"${dash(c.dash)} marker-end="url(#${prefix}-${edge.style})"/>`;
  });
  // Labels after every edge: no line is drawn across a label's background.
  const labels = layout.edges.map(({ edge, label }) => {
    const rect = `<rect x="${fmt(label.x - label.width / 2)}" y="${fmt(label.y - label.height / 2)}" width="${label.width}" height="${label.height}" rx="3" fill="#ffffff" fill-opacity="0.9"/>`;
    return `<g class="edge-label ${edge.style}">${rect}${textLines(label, font, () => false, "#1f2328")}</g>`;
  });
  return [...paths, ...labels];
}

function nodes(layout: FlowLayout, font: number): string[] {
  return layout.nodes.map((placed) => {
    const { node } = placed;
    const c = nodeColours[node.style];
    const width = node.style === "canonical" ? 2 : 1.5;
    const rx = node.shape === "round" ? 12 : 4;
    const rect = `<rect class="shape" x="${fmt(placed.x - placed.width / 2)}" y="${fmt(placed.y - placed.height / 2)}" width="${placed.width}" height="${placed.height}" rx="${rx}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${width}"${dash(c.dash)}/>`;
    const text = textLines(placed, font, (i) => isBold(node, i), c.text);
    return `<g class="node ${node.style} ${node.shape}" data-id="${node.id}">${rect}${text}</g>`;
  });
}

/**
 * The SVG of a flowchart. `id` is unique in the page (arrowhead markers are referenced by
 * it); the drawing has its natural size (width/height in px) and, on the page, may shrink
 * to fit its frame down to 12 px labels (the inline min-width), then scrolls in the frame.
 */
export function flowchartSvg(
  chart: Flowchart,
  variant: FlowVariant,
  options: { id: string; title: string },
): string {
  const size = flowSizes[variant];
  const layout = layoutFlowchart(chart, size);
  const prefix = `${options.id}-${variant}`;
  const minWidth = Math.ceil((layout.width * minFont) / size.font);
  return [
    `<svg class="graph graph-${variant}" id="${xml(prefix)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" style="max-width:${layout.width}px;min-width:${minWidth}px" role="img" font-size="${size.font}" font-family="${fontFamily}">`,
    `<title>${xml(options.title)}</title>`,
    markers(xml(prefix)),
    `<g class="edges">`,
    ...edges(layout, xml(prefix), size.font),
    "</g>",
    `<g class="nodes">`,
    ...nodes(layout, size.font),
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}
