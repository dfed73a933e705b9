import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { addDays } from "../../src/history/dates.js";
import { progressSection, progressTargets } from "../../src/history/progress.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { trendChart } from "../../src/reporters/progress/chart.js";
import { renderProgressHtml } from "../../src/reporters/progress/html.js";
import { renderProgressMarkdown } from "../../src/reporters/progress/markdown.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";
import { fixtureCounts, fixtureLine } from "./expected-lines.js";
import { migrationConfig } from "./git-fixture.js";

const targets = progressTargets(loadConfig(tempRepo({ "ssot.config.yaml": migrationConfig })));
const order = ["c1", "c2", "c3", "m", "c5"] as const;
const history: HistoryLine[] = order.map((name, i) =>
  fixtureLine(addDays("2025-01-06", 7 * i), null, "backfill", fixtureCounts[name]),
);

/** Compare with a committed file; `UPDATE_EXPECTED=1 npx vitest run test/history` rewrites it. */
function expectFile(text: string, name: string): void {
  const file = fixturePath(`history/progress/${name}`);
  if (process.env.UPDATE_EXPECTED === "1") writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`${file} is missing; UPDATE_EXPECTED=1 writes it`);
  expect(text, `differs from ${file} (UPDATE_EXPECTED=1 rewrites it)`).toBe(
    readFileSync(file, "utf8"),
  );
}

describe("progress view data", () => {
  it("reads the phases' deprecated-share bounds and the deprecated paths from the config", () => {
    expect(targets).toEqual([
      {
        id: "mgr",
        title: "Manager SSOT",
        deprecatedPaths: ["shim"],
        canonicalPaths: ["canonical"],
        shareThresholds: [
          { phase: "half", title: "half", max: 0.5 },
          { phase: "done", title: "done", max: 0 },
        ],
        phases: [
          { id: "half", title: "half" },
          { id: "done", title: "done" },
        ],
      },
    ]);
  });

  it("compares the last point with the previous and the first, fits the velocity, projects dates", () => {
    const [c] = progressSection(history, targets, {
      source: "h.jsonl",
      today: "2025-02-03",
    }).consolidations;
    expect(c?.dates).toEqual({ last: "2025-02-03", previous: "2025-01-27", first: "2025-01-06" });
    expect(c?.deprecatedStatements).toEqual({ last: 3, previous: 2, first: 5 });
    expect(c?.deprecatedShare).toEqual({ last: 0.5, previous: 0.4, first: 1 });
    expect(c?.statements).toEqual({ last: 6, previous: 5, first: 5 });
    // 5, 3, 3, 2, 3 over five weeks: least squares slope -0.5 a week.
    expect(c?.velocity?.perWeek).toBeCloseTo(0.5, 9);
    expect(c?.velocity).toMatchObject({ points: 5, from: "2025-01-06", to: "2025-02-03" });
    expect(c?.targets).toEqual([
      {
        phase: "half",
        title: "half",
        maxShare: 0.5,
        statements: 3,
        toMove: 0,
        projection: { status: "reached" },
        dueStatus: "reached",
      },
      {
        phase: "done",
        title: "done",
        maxShare: 0,
        statements: 0,
        toMove: 3,
        projection: { status: "projected", date: "2025-03-17", days: 42 },
        dueStatus: "no-due",
      },
      {
        maxShare: 0,
        statements: 0,
        toMove: 3,
        projection: { status: "projected", date: "2025-03-17", days: 42 },
        dueStatus: "no-due",
      },
    ]);
    expect(c?.paths).toEqual([
      {
        id: "canonical",
        deprecated: false,
        files: { last: 3, previous: 3, first: 0 },
        statements: { last: 3, previous: 3, first: 0 },
      },
      {
        id: "shim",
        deprecated: true,
        files: { last: 3, previous: 2, first: 5 },
        statements: { last: 3, previous: 2, first: 5 },
      },
    ]);
    expect(c?.batches[1]).toEqual({
      id: "other",
      statements: { last: 5, previous: 4, first: 4 },
      deprecatedStatements: { last: 2, previous: 1, first: 4 },
    });
    expect(c?.phases[0]).toEqual({
      id: "half",
      title: "half",
      status: { last: "met", previous: "met", first: "not-met" },
    });
  });

  it("a regression over the whole window is not converging", () => {
    const rising = [fixtureCounts.m, fixtureCounts.c2, fixtureCounts.c1].map((k, i) =>
      fixtureLine(addDays("2025-01-06", 7 * i), null, "snapshot", k),
    );
    const [c] = progressSection(rising, targets).consolidations;
    expect(c?.velocity?.perWeek).toBeCloseTo(-1.5, 9);
    expect(c?.targets.map((t) => t.projection.status)).toEqual([
      "not-converging",
      "not-converging",
      "not-converging",
    ]);
  });

  it("one point: no comparison, no velocity", () => {
    const [c] = progressSection(history.slice(0, 1), targets).consolidations;
    expect(c?.dates).toEqual({ last: "2025-01-06", previous: null, first: null });
    expect(c?.velocity).toBeNull();
    expect(c?.targets.map((t) => t.projection.status)).toEqual(["unknown", "unknown", "unknown"]);
  });
});

describe("progress renderers", () => {
  const view = progressSection(history, targets, {
    source: ".ssot/history.jsonl",
    toolVersion: "9.9.9",
    today: "2025-02-03",
  });

  it("draws the deprecated share and the statements per path as Mermaid xychart-beta", () => {
    const [c] = view.consolidations;
    if (!c) throw new Error("no consolidation");
    const palette = (colours: string) => [
      "---",
      "config:",
      "  themeVariables:",
      "    xyChart:",
      `      plotColorPalette: "${colours}"`,
      "---",
    ];
    expect(trendChart(c.chart, "share")).toBe(
      [
        ...palette("#c62828"),
        "xychart-beta",
        '  title "Deprecated share: Manager SSOT"',
        '  x-axis ["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03"]',
        '  y-axis "deprecated share (%)" 0 --> 100',
        '  line "deprecated share" [100, 60, 60, 40, 50]',
        "",
      ].join("\n"),
    );
    // Green for the canonical path, red for the deprecated one.
    expect(trendChart(c.chart, "paths")).toBe(
      [
        ...palette("#2e7d32, #c62828"),
        "xychart-beta",
        '  title "Statements per path: Manager SSOT"',
        '  x-axis ["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03"]',
        '  y-axis "statements" 0 --> 5',
        '  line "canonical" [0, 2, 2, 3, 3]',
        '  line "shim" [5, 3, 3, 2, 3]',
        "",
      ].join("\n"),
    );
  });

  it("renders Markdown and a self-contained HTML page (committed expected files)", () => {
    const md = renderProgressMarkdown(view);
    expect(md).toContain("| done | 0.0% | 0 | 3 | 2025-03-17 (in 6 weeks) | – | – |");
    expect(md).toContain("| half | 50.0% | 3 | 0 | reached | – | reached |");
    expect(md).toContain(
      "Velocity: the deprecated share falls 12.0 pp per week; deprecated statements fall by 0.5 per week (least squares over the last 5 points, 2025-01-06 to 2025-02-03).",
    );
    expect(md).toContain(
      "- half: met.\n- done: not met: 3 statements to move to reach 0.0%; projected 2025-03-17 (in 6 weeks).",
    );
    expectFile(md, "expected.md");
    const html = renderProgressHtml(view);
    // No script, no network, no Mermaid source: the charts are inline SVG.
    expect(html).not.toMatch(/<script|xychart|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<title>Deprecated share: Manager SSOT</title>");
    expect(html).toContain(
      "default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:",
    );
    expectFile(html, "expected.html");
  });

  it("escapes names from the history file in Markdown, HTML and Mermaid", () => {
    const hostile = structuredClone(history);
    const last = hostile.at(-1)?.consolidations[0];
    if (!last) throw new Error("no line");
    last.paths[1] = { id: 'x|<img src=a onerror=alert(1)>"`', files: 1, statements: 1 };
    const v = progressSection(hostile, [
      { ...(targets[0] as (typeof targets)[0]), title: "A `b` | <i>c</i>\n# d" },
    ]);
    const md = renderProgressMarkdown(v);
    expect(md).toContain("## A \\`b\\` \\| \\<i>c\\</i> \\# d (mgr)");
    expect(md).toContain('| x\\|\\<img src=a onerror=alert(1)>"\\` | – |');
    expect(md).toContain(`  line "x|<img src=a onerror=alert(1)>''" [0, 0, 0, 0, 1]`);
    const html = renderProgressHtml(v);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<i>");
    expect(html).toContain("x|&lt;img src&#x3D;a onerror&#x3D;alert(1)&gt;&quot;&#x60;");
  });
});
