import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeReport } from "../../src/cli/report-write.js";
import { progressSection } from "../../src/history/progress.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { renderReportHtml } from "../../src/reporters/report/html/render.js";
import { loadReportTemplates } from "../../src/reporters/report/html/templates.js";
import { reportViewModel } from "../../src/reporters/report/html/view-model.js";
import { renderReportMarkdown } from "../../src/reporters/report/markdown.js";
import {
  fixtureContext,
  fixtureHistory,
  fixtureResult,
  websocketTargets,
} from "../helpers/report.js";
import { tempRepo } from "../helpers/temp.js";

// The report's trend section (from the history's progress view) beyond the committed
// fixture outputs: untrusted names, a history without the consolidation, stale files.

const result = fixtureResult();
const nastyPath = "<img src=x onerror=alert(1)>|*p*";
const nastyBatch = "<script>alert(2)</script>";

/** The fixture history with a path and a batch whose names are markup. */
function nastyHistory(): HistoryLine[] {
  return fixtureHistory().map((line) => ({
    ...line,
    consolidations: line.consolidations.map((c) => ({
      ...c,
      paths: [...c.paths, { id: nastyPath, files: 1, statements: 1 }],
      batches: [...(c.batches ?? []), { id: nastyBatch, statements: 1, deprecatedStatements: 1 }],
    })),
  }));
}

function render(history: HistoryLine[]) {
  const context = {
    ...fixtureContext(result),
    progress: progressSection(history, websocketTargets, { source: ".ssot/history.jsonl" }),
  };
  const set = reportDiagrams(result, context);
  const model = reportViewModel(result, context, set.diagrams, set.notes);
  return {
    set,
    model,
    md: renderReportMarkdown(result, context, set),
    html: renderReportHtml(model, loadReportTemplates()),
  };
}

describe("report trend section", () => {
  it("escapes path and batch names from the history in the tables of both formats", () => {
    const { model, md, html } = render(nastyHistory());
    const trend = model.consolidations[0]?.trend;
    expect(trend?.paths.rows.map((r) => r.head.text)).toEqual([
      "canonical",
      "manager",
      "unified-manager",
      "package",
      "legacy",
      nastyPath,
    ]);
    expect(trend?.batches.rows.at(-1)?.head.text).toBe(nastyBatch);
    expect(html).toContain(
      '<th scope="row">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;|*p*</th><td>–</td><td class="num">1</td>',
    );
    expect(html).toContain('<th scope="row">&lt;script&gt;alert(2)&lt;/script&gt;</th>');
    expect(html).not.toMatch(/<img|<script>alert/);
    expect(md).toContain("| \\<img src=x onerror=alert(1)>\\|\\*p\\* | – | 1 | 1 | ±0 | ±0 |");
    expect(md).toContain("| \\<script>alert(2)\\</script> | 1 | 1 | ±0 | ±0 |");
  });

  it("keeps xychart text as text: no entity codes, the colour frontmatter first", () => {
    const { set } = render(nastyHistory());
    const paths = set.diagrams.find((d) => d.kind === "trend-paths")?.mermaid ?? "";
    expect(paths.startsWith("---\nconfig:\n  themeVariables:\n    xyChart:\n")).toBe(true);
    // Not passed through the flowchart escaping (#60; would make xychart drop the legend entry).
    expect(paths).toContain(`  line "${nastyPath}" [1, 1, 1]`);
    expect(paths).not.toMatch(/#\d+;/);
  });

  it("shows a one-line hint instead when the history does not hold the consolidation", () => {
    const other = fixtureHistory().map((line) => ({
      ...line,
      consolidations: line.consolidations.map((c) => ({ ...c, id: "other" })),
    }));
    const { set, model, md } = render(other);
    expect(set.diagrams.map((d) => d.kind)).toEqual(["before", "current", "target"]);
    const hint =
      "No trend: .ssot/history.jsonl holds no entry for websocket-manager; ssot snapshot records one.";
    expect(model.consolidations[0]?.trend).toMatchObject({ hasTrend: false, hint, charts: [] });
    expect(md).toContain(`### Progress over time\n\n> ${hint}\n`);
  });

  it("removes trend chart files of an earlier run when the history is gone", async () => {
    const out = tempRepo({
      "trend-websocket-manager-share.mmd": "xychart-beta\n",
      "trend-websocket-manager-share.svg": "<svg>stale</svg>",
      "trend-websocket-manager-paths.svg": "<svg>stale</svg>",
    });
    writeFileSync(path.join(out, "keep.txt"), "not ours\n");
    const io = { cwd: out, stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
    await writeReport(result, fixtureContext(result, { history: false }), { outDir: out }, io);
    expect(existsSync(path.join(out, "trend-websocket-manager-share.mmd"))).toBe(false);
    expect(existsSync(path.join(out, "trend-websocket-manager-share.svg"))).toBe(false);
    expect(existsSync(path.join(out, "trend-websocket-manager-paths.svg"))).toBe(false);
    expect(existsSync(path.join(out, "keep.txt"))).toBe(true);
    expect(existsSync(path.join(out, "websocket-manager-current.mmd"))).toBe(true);
  });
});
