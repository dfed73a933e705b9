import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  Flowchart,
  batchOfFile,
  currentDiagram,
  diagramKinds,
  diagramName,
  narrowChart,
  pathStyle,
  pathTitle,
  pathsChartSvg,
  pathsLegend,
  reporter,
  shareChartSvg,
  targetDiagram,
  trendChart,
  trendOf,
  wideChart,
  xml
} from "./chunk-VJTLTIY7.js";
import "./chunk-YOAXWKHQ.js";
import "./chunk-JD74CQL3.js";
import "./chunk-NPKQCN5C.js";
import {
  count,
  plural
} from "./chunk-VHJDUMJJ.js";
import "./chunk-3X7W323C.js";
import "./chunk-CXEH4STO.js";
import {
  ensureFolder,
  writeFileSafely
} from "./chunk-GVSHMJPT.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/report-write.js
import { lstatSync, rmSync } from "node:fs";
import path from "node:path";

// dist/reporters/report/flowchart-layout.js
import dagre from "@dagrejs/dagre";

// dist/reporters/report/text-width.js
var ascii = [
  0.32,
  0.4,
  0.46,
  0.84,
  0.64,
  0.95,
  0.78,
  0.27,
  0.39,
  0.39,
  0.5,
  0.84,
  0.32,
  0.36,
  0.32,
  0.34,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.64,
  0.34,
  0.34,
  0.84,
  0.84,
  0.84,
  0.53,
  1,
  0.68,
  0.69,
  0.7,
  0.77,
  0.63,
  0.58,
  0.77,
  0.75,
  0.29,
  0.29,
  0.66,
  0.56,
  0.86,
  0.75,
  0.79,
  0.6,
  0.79,
  0.69,
  0.63,
  0.61,
  0.73,
  0.68,
  0.99,
  0.69,
  0.61,
  0.69,
  0.39,
  0.34,
  0.39,
  0.84,
  0.5,
  0.5,
  0.61,
  0.63,
  0.55,
  0.63,
  0.62,
  0.35,
  0.63,
  0.63,
  0.28,
  0.28,
  0.58,
  0.28,
  0.97,
  0.63,
  0.61,
  0.63,
  0.63,
  0.41,
  0.52,
  0.39,
  0.63,
  0.59,
  0.82,
  0.59,
  0.59,
  0.52,
  0.64,
  0.34,
  0.64,
  0.84
];
var boldFactor = 1.1;
function charEm(ch) {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127)
    return ascii[code - 32] ?? 0.7;
  return code >= 11904 ? 1 : 0.75;
}
function textWidth(text, font, bold = false) {
  let em = 0;
  for (const ch of text)
    em += charEm(ch);
  return em * font * (bold ? boldFactor : 1);
}
var strong = /[^./, ]*(?:[./, ]+|$)/g;
var weak = /[^_-]*(?:[_-]+|$)/g;
function hardBreak(piece, max, width) {
  const out = [];
  let line = "";
  for (const ch of piece) {
    if (line !== "" && width(line + ch) > max) {
      out.push(line);
      line = "";
    }
    line += ch;
  }
  return line === "" ? out : [...out, line];
}
function fill(pieces, max, width, split) {
  const out = [];
  let line = "";
  for (const piece of pieces) {
    if (piece === "")
      continue;
    if (line !== "" && width(line + piece.trimEnd()) > max) {
      out.push(line.trimEnd());
      line = "";
    }
    if (width(piece.trimEnd()) > max) {
      const broken = split(piece);
      out.push(...broken.slice(0, -1));
      line = broken[broken.length - 1] ?? "";
    } else
      line += piece;
  }
  if (line.trim() !== "")
    out.push(line.trimEnd());
  return out;
}
function wrapLine(text, max, width) {
  if (width(text) <= max)
    return [text];
  const byChars = (piece) => hardBreak(piece, max, width);
  const byWeak = (piece) => fill(piece.match(weak) ?? [], max, width, byChars);
  return fill(text.match(strong) ?? [], max, width, byWeak);
}

// dist/reporters/report/flowchart-layout.js
var lineHeight = 1.3;
var nodePad = { x: 12, y: 8 };
var labelPad = { x: 4, y: 2 };
var margin = 8;
var isBold = (node, line) => node.shape === "box" && line === 0;
function wrapped(lines, max, font, bold) {
  return lines.flatMap((text, i) => wrapLine(text, max, (t) => textWidth(t, font, bold(i))).map((t) => ({
    text: t,
    bold: bold(i)
  })));
}
function boxSize(lines, font, pad) {
  const width = Math.max(0, ...lines.map((l) => textWidth(l.text, font, l.bold)));
  return {
    width: Math.ceil(width + 2 * pad.x),
    height: Math.ceil(lines.length * font * lineHeight + 2 * pad.y)
  };
}
function edgeLines(label, size) {
  const width = (t) => textWidth(t, size.font);
  if (width(label) <= size.edgeText)
    return [label];
  return label.split(/(?<=,) /).flatMap((part) => wrapLine(part, size.edgeText, width));
}
var round = (n) => Math.round(n * 10) / 10;
function layoutFlowchart(chart, size) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: size.rankdir,
    nodesep: size.nodesep,
    ranksep: size.ranksep,
    edgesep: 12,
    marginx: margin,
    marginy: margin
  });
  const declared = new Map(chart.nodes.map((n) => [n.id, n]));
  const nodeLines = /* @__PURE__ */ new Map();
  for (const n of chart.nodes) {
    const lines = wrapped(n.lines, size.nodeText, size.font, (i) => isBold(n, i));
    nodeLines.set(n.id, lines);
    g.setNode(n.id, boxSize(lines, size.font, nodePad));
  }
  const edges2 = chart.edges.filter((e) => declared.has(e.from) && declared.has(e.to));
  const labels = edges2.map((e) => edgeLines(e.label, size));
  edges2.forEach((e, i) => {
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
        lines: (nodeLines.get(node.id) ?? []).map((l) => l.text)
      };
    }),
    edges: edges2.map((edge, i) => {
      const placed = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
      return {
        edge,
        points: (placed.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
        label: {
          x: round(placed.x ?? 0),
          y: round(placed.y ?? 0),
          width: placed.width ?? 0,
          height: placed.height ?? 0,
          lines: labels[i] ?? []
        }
      };
    })
  };
}

// dist/reporters/report/flowchart-svg.js
var flowSizes = {
  wide: { rankdir: "LR", font: 14, nodeText: 330, edgeText: 150, nodesep: 16, ranksep: 48 },
  narrow: { rankdir: "LR", font: 13, nodeText: 120, edgeText: 76, nodesep: 8, ranksep: 28 }
};
var minFont = 12;
var fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
var nodeColours = {
  canonical: { fill: "#e6f4ea", stroke: "#1e7b34", text: "#0d3318" },
  deprecated: { fill: "#fdecea", stroke: "#b3261e", text: "#4a0f0b" },
  missing: { fill: "#f4f4f4", stroke: "#8a8a8a", text: "#555555", dash: "4 3" },
  group: { fill: "#eef1f6", stroke: "#52606d", text: "#1f2933" }
};
var edgeColours = {
  canonical: { stroke: "#1e7b34", width: 2 },
  deprecated: { stroke: "#b3261e", width: 2, dash: "6 4" },
  internal: { stroke: "#8a8a8a", width: 1.5, dash: "2 3" }
};
var fmt = (n) => String(Math.round(n * 10) / 10);
function basisPath(points) {
  const [first, ...rest] = points;
  if (!first)
    return "";
  if (rest.length === 0)
    return `M${fmt(first.x)},${fmt(first.y)}`;
  const out = [`M${fmt(first.x)},${fmt(first.y)}`];
  const [second] = rest;
  if (rest.length === 1 && second)
    return `${out[0]}L${fmt(second.x)},${fmt(second.y)}`;
  let p0 = first;
  let p1 = second;
  const bezier = (p) => `C${fmt((2 * p0.x + p1.x) / 3)},${fmt((2 * p0.y + p1.y) / 3)} ${fmt((p0.x + 2 * p1.x) / 3)},${fmt((p0.y + 2 * p1.y) / 3)} ${fmt((p0.x + 4 * p1.x + p.x) / 6)},${fmt((p0.y + 4 * p1.y + p.y) / 6)}`;
  out.push(`L${fmt((5 * p0.x + p1.x) / 6)},${fmt((5 * p0.y + p1.y) / 6)}`);
  for (const p of rest.slice(1)) {
    out.push(bezier(p));
    p0 = p1;
    p1 = p;
  }
  out.push(bezier(p1), `L${fmt(p1.x)},${fmt(p1.y)}`);
  return out.join("");
}
function textLines(box, font, bold, fill2) {
  const step = font * lineHeight;
  const top = box.y - box.lines.length * step / 2;
  const spans = box.lines.map((line, i) => {
    const y = top + i * step + (step - font) / 2 + font * 0.8;
    const weight = bold(i) ? ' font-weight="600"' : "";
    return `<tspan x="${fmt(box.x)}" y="${fmt(y)}"${weight}>${xml(line)}</tspan>`;
  });
  return `<text text-anchor="middle" fill="${fill2}">${spans.join("")}</text>`;
}
var dash = (d) => d ? ` stroke-dasharray="${d}"` : "";
function markers(prefix) {
  const defs = Object.keys(edgeColours).map((style) => {
    const c = edgeColours[style];
    return `<marker id="${prefix}-${style}" class="arrow ${style}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="${style === "internal" ? 8 : 10}" markerHeight="${style === "internal" ? 8 : 10}" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${c.stroke}"/></marker>`;
  });
  return `<defs>${defs.join("")}</defs>`;
}
function edges(layout, prefix, font) {
  const paths = layout.edges.map(({ edge, points }) => {
    const c = edgeColours[edge.style];
    return `<path class="edge ${edge.style}" d="${basisPath(points)}" fill="none" stroke="${c.stroke}" stroke-width="${c.width}"${dash(c.dash)} marker-end="url(#${prefix}-${edge.style})"/>`;
  });
  const labels = layout.edges.map(({ edge, label }) => {
    const rect = `<rect x="${fmt(label.x - label.width / 2)}" y="${fmt(label.y - label.height / 2)}" width="${label.width}" height="${label.height}" rx="3" fill="#ffffff" fill-opacity="0.9"/>`;
    return `<g class="edge-label ${edge.style}">${rect}${textLines(label, font, () => false, "#1f2328")}</g>`;
  });
  return [...paths, ...labels];
}
function nodes(layout, font) {
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
function flowchartSvg(chart, variant, options) {
  const size = flowSizes[variant];
  const layout = layoutFlowchart(chart, size);
  const prefix = `${options.id}-${variant}`;
  const minWidth = Math.ceil(layout.width * minFont / size.font);
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
    ""
  ].join("\n");
}

// dist/reporters/report/mermaid/before-diagram.js
var noBatch = "other";
var maxBatches = 8;
function batchLabel(id) {
  return id === noBatch ? "files in no batch" : `batch ${id}`;
}
function boundedBatches(batches, max) {
  const used = batches.filter((b) => b.statements > 0);
  if (used.length <= max)
    return used;
  const sorted = [...used].sort((a, b) => b.statements - a.statements || (a.id < b.id ? -1 : 1));
  const kept = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const merged = {
    id: `${count(rest.length)} more batches`,
    statements: rest.reduce((n, b) => n + b.statements, 0),
    deprecatedStatements: rest.reduce((n, b) => n + b.deprecatedStatements, 0)
  };
  return [...kept, merged];
}
function beforeDiagram(c, before) {
  const chart = new Flowchart();
  const current = new Map(c.paths.map((p) => [p.id, p]));
  const isCanonical = (id) => current.get(id)?.role === "canonical";
  const canonical = before.paths.filter((b) => isCanonical(b.id));
  const deprecated = before.paths.filter((b) => !isCanonical(b.id) && (b.statements ?? 0) > 0);
  const batches = boundedBatches(before.batches ?? [], maxBatches);
  const [onlyCanonical] = canonical;
  const byBatch = batches.length > 0 && canonical.length === 1 && onlyCanonical?.statements != null;
  for (const b of before.paths) {
    const p = current.get(b.id);
    const lines = p ? [pathTitle(p), p.module] : [`${b.id}: no longer configured`];
    if (b.statements === null || b.files === null)
      lines.push("importers not recorded");
    else if (byBatch)
      lines.push(`${plural(b.statements, "import")} in ${plural(b.files, "file")}`);
    chart.node(`path:${b.id}`, p ? pathStyle({ role: p.role, exists: true }) : "missing", "box", ...lines);
  }
  if (byBatch && onlyCanonical) {
    drawBatches(chart, batches, onlyCanonical.id, deprecated);
  } else {
    for (const b of before.paths) {
      if (b.statements === null || b.files === null || b.statements === 0)
        continue;
      chart.node(`importers:${b.id}`, "group", "round", plural(b.files, "file"));
      const style = isCanonical(b.id) ? "canonical" : "deprecated";
      chart.edge(`importers:${b.id}`, `path:${b.id}`, style, plural(b.statements, "import"));
    }
  }
  return chart;
}
function drawBatches(chart, batches, canonicalId, deprecated) {
  let deprecatedTarget = deprecated.length === 1 ? `path:${deprecated[0]?.id}` : void 0;
  if (deprecated.length > 1) {
    deprecatedTarget = "deprecated-paths";
    const total = batches.reduce((n, b) => n + b.deprecatedStatements, 0);
    chart.node(deprecatedTarget, "deprecated", "round", "deprecated paths", plural(total, "import"));
    for (const d of deprecated)
      chart.edge(deprecatedTarget, `path:${d.id}`, "deprecated", plural(d.statements ?? 0, "import"));
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

// dist/reporters/report/diagram-set.js
var maxGroups = 8;
var captions = {
  before: "Importers per path at the first recorded point where this consolidation had imports.",
  current: `Importers grouped by batch, else by folder, split at the depth that separates them (at most ${maxGroups} groups; the rest merged). Red dashed edges use deprecated paths, green edges the canonical one, dotted grey edges are imports between the path modules.`,
  target: "What changes: the deprecated modules go (grey), their imports move to the canonical module, and these importer groups have imports to rewrite; files already on the canonical path are one node.",
  "trend-share": "Deprecated share of import statements (%) at each history point.",
  "trend-paths": "Import statements per path at each history point: green the canonical path, red and other warm colours the deprecated ones, grey a path the config no longer lists."
};
var titles = {
  before: "Before",
  current: "Now",
  target: "Target",
  "trend-share": "Deprecated share over time",
  "trend-paths": "Statements per path over time"
};
function beforePoint(b, mine) {
  const date = mine.date ?? b.date;
  const commit = mine.date ? mine.commit : b.commit;
  return [date, commit ? `commit ${commit.slice(0, 12)}` : void 0].filter(Boolean).join(", ");
}
function beforeTitle(context, mine) {
  const b = context.before;
  if (!b)
    return titles.before;
  if (b.kind === "baseline")
    return `${titles.before} (the check baseline)`;
  const when = beforePoint(b, mine);
  return when ? `${titles.before} (${when})` : titles.before;
}
function beforeCaption(context, mine) {
  const b = context.before;
  if (!b)
    return captions.before;
  const when = beforePoint(b, mine);
  if (b.kind === "baseline")
    return `Deprecated importers per path in the check baseline ${b.source}${when ? ` (${when})` : ""}: the deprecated imports accepted when it was last updated (there is no history yet). A baseline records deprecated imports only, so the canonical path's importers are not known for this state.`;
  const what = mine.batches?.length ? "Importers by batch at the first recorded point where this consolidation had imports, with the statements each batch sent to the canonical and to the deprecated paths then (a history line does not split a batch's deprecated statements between the deprecated paths)." : captions.before;
  return `${what} From ${b.source}${when ? ` (${when})` : ""}.`;
}
function spec(c, index, kind, mermaid, caption, drawn) {
  const svgId = `ssot-d${index}-${kind}`;
  return {
    consolidationId: c.id,
    kind,
    name: diagramName(c.id, kind),
    svgId,
    title: titles[kind],
    caption,
    mermaid,
    drawn: drawn(svgId)
  };
}
function graphSpec(c, index, kind, chart, caption, title = titles[kind]) {
  const svgTitle = `${title}: ${c.title}`;
  const draw = (id) => ({
    wide: flowchartSvg(chart, "wide", { id, title: svgTitle }),
    narrow: flowchartSvg(chart, "narrow", { id, title: svgTitle }),
    legend: []
  });
  return { ...spec(c, index, kind, chart.toString(), caption, draw), title };
}
var drawTrend = { share: shareChartSvg, paths: pathsChartSvg };
function trendDiagrams(c, index, trend) {
  return ["share", "paths"].map((chart) => {
    const kind = `trend-${chart}`;
    const draw = drawTrend[chart];
    return spec(c, index, kind, trendChart(trend.chart, chart), captions[kind], () => ({
      wide: draw(trend.chart, wideChart, "wide"),
      narrow: draw(trend.chart, narrowChart, "narrow"),
      legend: chart === "paths" ? pathsLegend(trend.chart.paths) : []
    }));
  });
}
function reportDiagrams(result, context) {
  const diagrams = [];
  const notes = {};
  result.consolidations.forEach((c, i) => {
    const options = { batchOf: (file) => batchOfFile(context, c.id, file), maxGroups };
    const mine = [];
    const before = context.before?.consolidations.find((b) => b.id === c.id);
    if (before)
      diagrams.push(graphSpec(c, i, "before", beforeDiagram(c, before), beforeCaption(context, before), beforeTitle(context, before)));
    else if (context.before)
      mine.push(`No before diagram: ${context.before.source} holds no entry for ${c.id}.`);
    else
      mine.push("No before diagram: no history yet (.ssot/history.jsonl) and no check baseline (.ssot/baseline.json); run ssot snapshot or ssot backfill to record the history.");
    diagrams.push(graphSpec(c, i, "current", currentDiagram(c, options), captions.current));
    const target = targetDiagram(c, options);
    if (target)
      diagrams.push(graphSpec(c, i, "target", target, captions.target));
    else
      mine.push("No target diagram: the consolidation has no canonical path.");
    const trend = trendOf(context, c.id);
    if (trend)
      diagrams.push(...trendDiagrams(c, i, trend));
    notes[c.id] = mine;
  });
  return { diagrams, notes };
}

// dist/report/build.js
async function buildReport(result, context, options = {}) {
  const set = reportDiagrams(result, context);
  const { diagrams } = set;
  const input = { result, context, set, diagrams };
  const files = /* @__PURE__ */ new Map();
  const stale = [];
  const svg = options.svg ?? true;
  for (const d of diagrams) {
    files.set(`${d.name}.mmd`, d.mermaid);
    if (svg)
      files.set(`${d.name}.svg`, d.drawn.wide);
    else
      stale.push(`${d.name}.svg`);
  }
  const drawn = new Set(diagrams.map((d) => d.name));
  for (const c of result.consolidations) {
    for (const kind of diagramKinds) {
      const name = diagramName(c.id, kind);
      if (!drawn.has(name))
        stale.push(`${name}.mmd`, `${name}.svg`);
    }
  }
  files.set("result.json", reporter("analyze", "json")(result));
  files.set("report.md", reporter("report", "markdown")(input));
  files.set("report.html", reporter("report", "html")(input));
  return { files, stale, diagrams, svgFiles: svg ? diagrams.length : 0 };
}

// dist/cli/report-write.js
async function writeReport(result, context, options, io) {
  const build = await buildReport(result, context, { svg: options.svg ?? true });
  ensureFolder(options.outDir, io.cwd);
  for (const [name, contents] of build.files)
    writeFileSafely(path.join(options.outDir, name), contents, { base: options.outDir });
  for (const name of build.stale) {
    const file = path.join(options.outDir, name);
    if (lstatSync(file, { throwIfNoEntry: false }))
      rmSync(file);
  }
  const relative = path.relative(io.cwd, options.outDir);
  const shown = relative === "" ? "." : relative.startsWith("..") ? options.outDir : relative;
  const { diagrams, svgFiles } = build;
  io.stderr.write(`wrote ${shown}/report.html, report.md, result.json and ${diagrams.length} diagrams (.mmd${svgFiles > 0 ? `, ${svgFiles} .svg` : ""})
`);
  return 0;
}
export {
  writeReport
};
