import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { visible } from "../../src/reporters/escape/terminal.js";
import { otherBatch } from "../../src/reporters/report/context.js";
import { flowchartSvg } from "../../src/reporters/report/flowchart-svg.js";
import { currentDiagram, targetDiagram } from "../../src/reporters/report/mermaid/diagrams.js";
import { Flowchart } from "../../src/reporters/report/mermaid/flowchart.js";
import { textWidth, wrapLine } from "../../src/reporters/report/text-width.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

const result = fixtureResult();
const context = fixtureContext(result);
const c = result.consolidations[0];
if (!c) throw new Error("the fixture has one consolidation");
const batchOf = (file: string) => context.batches[c.id]?.[file] ?? otherBatch;
const current = currentDiagram(c, { batchOf });
const target = targetDiagram(c, { batchOf });

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const num = (tag: string, name: string) =>
  Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
const rectOf = (tag: string): Rect => ({
  x: num(tag, "x"),
  y: num(tag, "y"),
  width: num(tag, "width"),
  height: num(tag, "height"),
});
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawing's node boxes, edge paths, edge labels (box and text) and viewBox. */
function parts(svg: string) {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const text = (g: string) =>
    [...g.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
  const nodes = [...svg.matchAll(/<g class="node [^"]*"[^>]*>(.*?)<\/g>/g)].map((m) => ({
    rect: rectOf(/<rect [^>]*>/.exec(m[1] ?? "")?.[0] ?? ""),
    text: text(m[1] ?? ""),
  }));
  const labels = [...svg.matchAll(/<g class="edge-label [^"]*">(.*?)<\/g>/g)].map((m) => ({
    rect: rectOf(/<rect [^>]*>/.exec(m[1] ?? "")?.[0] ?? ""),
    text: text(m[1] ?? ""),
  }));
  return {
    width: Number(box?.[1]),
    height: Number(box?.[2]),
    nodes,
    edges: svg.match(/<path class="edge /g) ?? [],
    labels,
  };
}

describe("flowcharts as our own SVG", () => {
  for (const variant of ["wide", "narrow"] as const) {
    it(`${variant}: the fixture's "now" has its 14 nodes, 22 edges and their labels, apart and inside`, () => {
      const svg = flowchartSvg(current, variant, { id: "t", title: "Now" });
      expect(XMLValidator.validate(svg)).toBe(true);
      const p = parts(svg);
      expect(p.nodes).toHaveLength(14);
      expect(p.edges).toHaveLength(22);
      expect(p.labels).toHaveLength(22);
      // Label texts in the model's order (a wrapped label reads the same, its lines joined).
      expect(p.labels.map((l) => l.text)).toEqual(current.edges.map((e) => e.label));
      expect(p.labels.slice(-3).map((l) => l.text)).toEqual([
        "1 internal import",
        "1 internal import",
        "2 internal imports",
      ]);
      // Node lines as in the model, the module path wrapped after its dots.
      expect(p.nodes[0]?.text).toBe(
        variant === "wide"
          ? "canonical netra_backend.app.websocket_core. websocket_manager 8 imports in 8 files"
          : "canonical netra_backend. app. websocket_core. websocket_ manager 8 imports in 8 files",
      );
      for (const [i, a] of p.nodes.entries())
        for (const b of p.nodes.slice(i + 1)) expect(overlap(a.rect, b.rect)).toBe(false);
      for (const { rect } of [...p.labels, ...p.nodes]) {
        expect(rect.x).toBeGreaterThanOrEqual(0);
        expect(rect.y).toBeGreaterThanOrEqual(0);
        expect(rect.x + rect.width).toBeLessThanOrEqual(p.width);
        expect(rect.y + rect.height).toBeLessThanOrEqual(p.height);
      }
      // Edge labels never sit on a node box.
      for (const l of p.labels)
        for (const n of p.nodes) expect(overlap(l.rect, n.rect)).toBe(false);
    });
  }

  it("sizes: the wide one at 14 px, left to right; the narrow one at 13 px and narrower", () => {
    const wide = flowchartSvg(current, "wide", { id: "t", title: "Now" });
    const narrow = flowchartSvg(current, "narrow", { id: "t", title: "Now" });
    expect(wide).toMatch(/^<svg class="graph graph-wide" id="t-wide" [^>]*font-size="14"/);
    expect(narrow).toMatch(/^<svg class="graph graph-narrow" id="t-narrow" [^>]*font-size="13"/);
    expect(parts(narrow).width).toBeLessThan(parts(wide).width * 0.75);
    // The page may shrink a drawing to 12 px labels, no further (its min-width).
    const w = parts(wide).width;
    expect(wide).toContain(`style="max-width:${w}px;min-width:${Math.ceil((w * 12) / 14)}px"`);
  });

  it("draws the target's 15 nodes and 13 edges, deprecated modules as removed (dashed boxes)", () => {
    if (!target) throw new Error("the fixture has a canonical path");
    const svg = flowchartSvg(target, "wide", { id: "t", title: "Target" });
    const p = parts(svg);
    expect(p.nodes).toHaveLength(15);
    expect(p.edges).toHaveLength(13);
    expect(svg.match(/<g class="node missing box"/g)).toHaveLength(4);
    expect(svg.match(/<path class="edge internal"[^>]*stroke-dasharray="2 3"/g)).toHaveLength(4);
    expect(svg.match(/<path class="edge canonical"/g)).toHaveLength(9);
  });

  it("styles edges so they read in greyscale: deprecated dashed, each with its arrowhead", () => {
    const svg = flowchartSvg(current, "wide", { id: "x", title: "Now" });
    const deprecated = svg.match(/<path class="edge deprecated"[^>]*>/g) ?? [];
    expect(deprecated).toHaveLength(14);
    for (const e of deprecated) {
      expect(e).toContain('stroke-dasharray="6 4"');
      expect(e).toContain('marker-end="url(#x-wide-deprecated)"');
    }
    expect(svg).toContain('<marker id="x-wide-deprecated" class="arrow deprecated"');
  });

  it("escapes repository text and gives the same bytes for the same model", () => {
    const chart = new Flowchart();
    chart.node("a", "group", "round", "<img src=x onerror=alert(1)>/", "\u001b[2J & \u202e");
    chart.node("b", "deprecated", "box", "old: deprecated shim", 'pkg."]]>');
    chart.edge("a", "b", "deprecated", "1 import, 1 file</text>");
    const svg = flowchartSvg(chart, "wide", { id: "h", title: "<b>title</b>" });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;/");
    expect(svg).toContain("\\x1b[2J &amp; \\u202e");
    expect(svg).toContain("pkg.&quot;]]&gt;");
    expect(svg).toContain("1 file&lt;/text&gt;");
    expect(svg).toContain("<title>&lt;b&gt;title&lt;/b&gt;</title>");
    // Escaping again (keeping line breaks) changes nothing: no raw control or bidi character.
    expect(visible(svg, "\n")).toBe(svg);
    expect(flowchartSvg(chart, "wide", { id: "h", title: "<b>title</b>" })).toBe(svg);
    expect(flowchartSvg(current, "narrow", { id: "t", title: "Now" })).toBe(
      flowchartSvg(currentDiagram(c, { batchOf }), "narrow", { id: "t", title: "Now" }),
    );
  });

  it("keeps the Mermaid text of the model byte for byte (the .mmd files)", () => {
    const chart = new Flowchart();
    chart.node("a", "group", "round", "tests/", "2 files");
    chart.node("b", "canonical", "box", "canonical", "pkg.api");
    chart.edge("a", "b", "canonical", "2 imports, 2 files");
    chart.edge("b", "a", "internal", "1 internal import");
    expect(chart.toString()).toBe(
      [
        "flowchart LR",
        '  n0("tests/<br/>2 files")',
        '  n1["canonical<br/>pkg.api"]',
        '  n0 -->|"2 imports, 2 files"| n1',
        '  n1 -.->|"1 internal import"| n0',
        "  classDef group fill:#eef1f6,stroke:#52606d,color:#1f2933",
        "  class n0 group",
        "  classDef canonical fill:#e6f4ea,stroke:#1e7b34,stroke-width:2px,color:#0d3318",
        "  class n1 canonical",
        "  linkStyle 0 stroke:#1e7b34,stroke-width:2px",
        "  linkStyle 1 stroke:#8a8a8a,stroke-width:1px",
        "",
      ].join("\n"),
    );
  });
});

describe("label text", () => {
  const at13 = (t: string) => textWidth(t, 13);
  it("wraps module paths after a dot, folders after a slash, and breaks a long word by characters", () => {
    expect(wrapLine("netra_backend.app.websocket_core.websocket_manager", 200, at13)).toEqual([
      "netra_backend.app.",
      "websocket_core.",
      "websocket_manager",
    ]);
    expect(wrapLine("services/workers/billing/", 120, at13)).toEqual([
      "services/workers/",
      "billing/",
    ]);
    // An underscore only where the part between dots is too long for a line.
    expect(wrapLine("core.websocket_manager", 100, at13)).toEqual([
      "core.",
      "websocket_",
      "manager",
    ]);
    const long = wrapLine("abcdefghijklmnopqrstuvwxyz", 60, at13);
    expect(long).toEqual(["abcdefg", "hijklmno", "pqrstuv", "wxyz"]);
    expect(long.every((l) => at13(l) <= 60)).toBe(true);
    expect(wrapLine("short", 60, at13)).toEqual(["short"]);
  });
  it("estimates widths from DejaVu Sans' advances (14 px: 'canonical' is 4.75 em)", () => {
    expect(textWidth("canonical", 14)).toBeCloseTo(66.5);
    expect(textWidth("canonical", 14, true)).toBeCloseTo(textWidth("canonical", 14) * 1.1);
  });
});
