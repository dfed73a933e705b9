import { describe, expect, it } from "vitest";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { renderReportHtml } from "../../src/reporters/report/html/render.js";
import { loadReportTemplates } from "../../src/reporters/report/html/templates.js";
import { reportViewModel } from "../../src/reporters/report/html/view-model.js";
import { renderReportMarkdown } from "../../src/reporters/report/markdown.js";
import { expectMatchesFile } from "../helpers/expected.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

// Renderers compared with committed files in test/fixtures/report-expected/ for the fixed
// result test/fixtures/results/websocket.json. After an intended change:
//   UPDATE_EXPECTED=1 npx vitest run test/render   (then review the diff)

const result = fixtureResult();
const context = fixtureContext(result);
const set = reportDiagrams(result, context);

describe("report diagrams (Mermaid)", () => {
  it("draws before, current, target and the two trend charts for the fixture, as committed", () => {
    expect(set.diagrams.map((d) => d.name)).toEqual([
      "websocket-manager-before",
      "websocket-manager-current",
      "websocket-manager-target",
      "trend-websocket-manager-share",
      "trend-websocket-manager-paths",
    ]);
    for (const d of set.diagrams) expectMatchesFile(`${d.name}.mmd`, d.mermaid);
    expect(set.notes).toEqual({ "websocket-manager": [] });
  });

  it("caps importer groups at 8 plus one merged group, with exact counts on the edges", () => {
    const current = set.diagrams[1]?.mermaid ?? "";
    const groupNodes = current.split("\n").filter((l) => /^ {2}n\d+\("/.test(l));
    expect(groupNodes).toHaveLength(9);
    expect(groupNodes[0]).toBe('  n5("batch tests<br/>4 files")');
    expect(groupNodes[8]).toBe('  n13("6 more groups<br/>6 files")');
    expect(current).toContain('  n5 -->|"4 imports, 3 files"| n1');
    expect(current).toContain('  n1 -.->|"1 internal import"| n0');
  });

  it("uses generated node ids and escapes every label character that means something", () => {
    const flowcharts = set.diagrams.filter((d) => !d.name.startsWith("trend-"));
    expect(flowcharts).toHaveLength(3);
    const all = flowcharts.map((d) => d.mermaid).join("\n");
    const ids = [...all.matchAll(/^ {2}(\w+)[[(]/gm)].map((m) => m[1]);
    expect(ids.every((id) => /^n\d+$/.test(id ?? ""))).toBe(true);
    // The folder "<script>alert(1)</script>" is merged into "others" here; its escaping is in
    // the unit tests. Labels never hold a raw quote, angle bracket or hash besides entities.
    for (const label of all.matchAll(/"([^"]*)"/g)) {
      expect(label[1]?.replaceAll("<br/>", "")).not.toMatch(/[<>]|#(?!\d+;)/);
    }
  });

  it("omits the before diagram and the trend charts and says why when there is no history", () => {
    const none = reportDiagrams(result, fixtureContext(result, { history: false }));
    expect(none.diagrams.map((d) => d.kind)).toEqual(["current", "target"]);
    expect(none.notes["websocket-manager"]).toEqual([
      "No before diagram: no history yet (.ssot/history.jsonl) and no check baseline (.ssot/baseline.json); run ssot snapshot or ssot backfill to record the history.",
    ]);
  });
});

describe("report.md", () => {
  it("renders headline, phases and Mermaid fences, as committed", () => {
    const md = renderReportMarkdown(result, context, set);
    expectMatchesFile("report.md", md);
    expect(md).toContain(
      "**71.4%** of import statements use deprecated paths (20 of 28); **81.0%** of importing files (17 of 21).",
    );
    expect(md).toContain("Before: 95.0% of import statements (2025-06-02).");
    expect(md.match(/^```mermaid$/gm)).toHaveLength(5);
    expect(md.match(/^xychart-beta$/gm)).toHaveLength(2);
    expect(md).toContain("## WebSocket Manager SSOT \\<b>\\#1182\\</b> (`websocket-manager`)");
    // xychart text keeps "<" (Mermaid sets it as text; see xychartText): inside the chart
    // fences only, which GitHub draws as diagrams and never reads as HTML.
    const charts = /```mermaid\n---\n[^`]*?xychart-beta[^`]*?```/g;
    expect(md.match(charts)).toHaveLength(2);
    expect(md.replace(charts, "")).not.toMatch(/(?<!\\)<(b>|img|script)/);
  });
});

describe("report.html", () => {
  const model = reportViewModel(result, context, set.diagrams, set.notes);

  it("prepares a view model with formatted numbers, as committed", () => {
    expectMatchesFile("view-model.json", `${JSON.stringify(model, null, 2)}\n`);
    const c = model.consolidations[0];
    expect(c?.headline).toMatchObject({
      deprecatedShare: "71.4%",
      deprecatedStatements: "20",
      statements: "28",
      beforeShare: "95.0%",
    });
    expect(c?.edgeCount).toBe("20");
    expect(c?.filterPaths.map((p) => p.value)).toEqual(["manager", "package", "unified-manager"]);
    expect(c?.filterBatches.map((b) => b.value)).toEqual(["critical", "other", "tests"]);
    expect(c?.byOwner.map((r) => `${r.label} ${r.deprecatedStatements}/${r.statements}`)).toEqual([
      "@org/platform 9/14",
      "@org/qa 6/7",
      "@bob 2/2",
      "@alice 1/3",
      "@org/api-team 1/3",
      "(no owner) 1/1",
      "@org/tooling 1/1",
    ]);
    const nasty = c?.edges.find((e) => e.location.startsWith("scripts/<img"));
    expect(nasty?.href).toBe(
      "https://git.example.com/org/repo/blob/0123456789abcdef0123456789abcdef01234567/scripts/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.py#L1",
    );
  });

  it("renders one self-contained, escaped page, as committed", () => {
    const html = renderReportHtml(model, loadReportTemplates());
    expectMatchesFile("report.html", html);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    // Repository text shows up only as text: no tag carries a handler or a script URL.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(
      tags.filter((t) =>
        /^<(img|iframe|object|embed|foreignObject)\b|\son\w+=|javascript:/i.test(t),
      ),
    ).toEqual([]);
    expect(html).toContain("scripts/&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.py:1");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;/x.py:1");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;/,
    );
    // Only the source links and SVG namespaces are absolute URLs: nothing to fetch.
    const urls = [...html.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]);
    expect(urls.every((u) => u?.startsWith("https://git.example.com/"))).toBe(true);
    expect(html).not.toMatch(/url\((?!#)/);
  });
});
