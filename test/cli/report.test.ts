import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { todayUtc } from "../../src/history/dates.js";
import { analysisResultSchema } from "../../src/result/schema.js";
import { browserSuite, hasChromium } from "../helpers/chromium.js";
import { runCli } from "../helpers/cli.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));
const files = (dir: string) => readdirSync(dir).sort();

/** A copy of the example (tests never write into examples/), with extra files. */
function exampleCopy(extra: Record<string, string> = {}): string {
  const dir = tempRepo({});
  cpSync(example, dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("ssot report", () => {
  it("writes report.html, report.md, result.json and the .mmd diagrams with --no-svg", async () => {
    const out = tempRepo({});
    const run = await runCli(["report", "--out", out, "--no-cache", "--no-svg"], example);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `wrote ${out}/report.html, report.md, result.json and 2 diagrams (.mmd)\n`,
    );
    expect(files(out)).toEqual([
      "report.html",
      "report.md",
      "result.json",
      "websocket-manager-current.mmd",
      "websocket-manager-target.mmd",
    ]);
    const result = analysisResultSchema.parse(
      JSON.parse(readFileSync(path.join(out, "result.json"), "utf8")),
    );
    expect(result.consolidations[0]?.totals).toEqual({
      statements: 16,
      deprecatedStatements: 12,
      files: 8,
      deprecatedFiles: 7,
      unrelatedStatements: 0,
      allowedStatements: 0,
    });
    const md = readFileSync(path.join(out, "report.md"), "utf8");
    expect(md).toContain(
      "**75.0%** of import statements use deprecated paths (12 of 16); **87.5%** of importing files (7 of 8).",
    );
    expect(md).toContain(
      "> No before diagram: no history yet (.ssot/history.jsonl) and no check baseline (.ssot/baseline.json); run ssot snapshot or ssot backfill to record the history.",
    );
    const hint =
      "No trend yet: no history (.ssot/history.jsonl); run ssot snapshot weekly, or ssot backfill --since YYYY-MM-DD to record the past from git.";
    expect(md).toContain(`### Progress over time\n\n> ${hint}\n`);
    expect(md).not.toContain("xychart-beta");
    const html = readFileSync(path.join(out, "report.html"), "utf8");
    expect(html).toContain(`<p class="note" data-testid="trend-hint">${hint}</p>`);
    expect(html).toContain('<span class="value">75.0%</span>');
    // --no-svg writes no .svg files; the page still shows the drawings (no browser needed).
    expect(html.match(/<div class="svg"><svg class="graph graph-wide"/g)).toHaveLength(2);
    expect(html).not.toContain("mermaid-source");
  });

  it("draws every diagram as .svg without any browser, and removes what an earlier run left", async () => {
    const out = tempRepo({
      "websocket-manager-current.svg": "<svg>stale</svg>",
      "websocket-manager-before.mmd": "flowchart LR\n",
    });
    const run = await runCli(["report", "--out", out, "--no-cache"], example, {
      PATH: "/nowhere",
      SSOT_CHROMIUM: "/nowhere/chromium",
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `wrote ${out}/report.html, report.md, result.json and 2 diagrams (.mmd, 2 .svg)\n`,
    );
    // Files of an earlier run that this one did not draw are gone, never left to mislead.
    expect(files(out).filter((f) => f.endsWith(".svg") || f.includes("before"))).toEqual([
      "websocket-manager-current.svg",
      "websocket-manager-target.svg",
    ]);
    expect(readFileSync(path.join(out, "websocket-manager-current.svg"), "utf8")).toMatch(
      /^<svg class="graph graph-wide" id="ssot-d0-current-wide" xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  });

  it("writes to out/ in the working directory by default", async () => {
    const dir = exampleCopy();
    const run = await runCli(["report", "--no-cache", "--no-svg"], dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, "out/report.html"))).toBe(true);
  });

  it("draws the before diagram from the check baseline when there is no history", async () => {
    const dir = exampleCopy();
    const check = await runCli(["check", "--update-baseline", "--no-cache"], dir);
    expect(check.code).toBe(1); // the example's phase-2 gate is not met; the baseline is written
    const out = tempRepo({});
    const run = await runCli(["report", "--out", out, "--no-cache", "--no-svg"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `wrote ${out}/report.html, report.md, result.json and 3 diagrams (.mmd)\n`,
    );
    // 12 baseline entries: manager 8 statements in 4 files, unified-manager 3 in 2, package 1 in 1.
    const before = readFileSync(path.join(out, "websocket-manager-before.mmd"), "utf8");
    expect(before).toContain(
      '  n0["canonical<br/>netra_backend.app.websocket_core.websocket_manager<br/>importers not recorded"]',
    );
    expect(before.match(/ -->\|"[^"]*"\| n\d+/g)).toEqual([
      ' -->|"8 imports"| n1',
      ' -->|"3 imports"| n2',
      ' -->|"1 import"| n3',
    ]);
    expect(before).toContain('  n4("4 files")\n  n5("2 files")\n  n6("1 file")\n');
    const md = readFileSync(path.join(out, "report.md"), "utf8");
    expect(md).toContain(
      "Deprecated importers per path in the check baseline .ssot/baseline.json: the deprecated imports accepted when it was last updated (there is no history yet). A baseline records deprecated imports only, so the canonical path's importers are not known for this state.",
    );
    expect(md).not.toContain("Before: "); // a baseline has no deprecated share to show
    expect(md).not.toContain("No before diagram");
  });

  it("prefers the oldest history line to the baseline, and adds the trend section", async () => {
    const history = readFileSync(fixturePath("results/websocket.history.jsonl"), "utf8");
    const dir = exampleCopy({
      ".ssot/history.jsonl": history,
      ".ssot/baseline.json": '{"schemaVersion":1,"entries":[]}\n',
    });
    const out = tempRepo({});
    const run = await runCli(["report", "--out", out, "--no-cache", "--no-svg"], dir);
    expect(run.code).toBe(0);
    expect(files(out).filter((f) => f.endsWith(".mmd"))).toEqual([
      "trend-websocket-manager-paths.mmd",
      "trend-websocket-manager-share.mmd",
      "websocket-manager-before.mmd",
      "websocket-manager-current.mmd",
      "websocket-manager-target.mmd",
    ]);
    const md = readFileSync(path.join(out, "report.md"), "utf8");
    expect(md).toContain("From .ssot/history.jsonl (2025-06-02, commit a1b2c3d4e5f6).");
    expect(md).toContain("3 history points in .ssot/history.jsonl, 2025-06-02 to 2025-06-16.");
    // The history ends before the analysed state (the example is not that commit): the
    // trend says so, and its "now" is the headline's 75.0% (12 of 16), not the history's 71.4%.
    expect(md).toContain(
      `> The history ends on 2025-06-16, commit 0123456789ab: 71.4% deprecated (20 statements). The analysed state (${todayUtc()}) is the last point, "now": 75.0% deprecated (12 statements).`,
    );
    expect(md).toContain("(12 of 16)");
    expect(md).toContain(`| deprecated share of statements | 75.0% | +3.6 pp | -20.0 pp |`);
    expect(md.match(/^xychart-beta$/gm)).toHaveLength(2);
  });

  it("exits 2 naming the file of a corrupt baseline when there is no history", async () => {
    const dir = exampleCopy({ ".ssot/baseline.json": "{not json\n" });
    const run = await runCli(["report", "--no-cache", "--no-svg", "--out", tempRepo({})], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ssot: .*\.ssot\/baseline\.json: the baseline is not valid JSON/);
  });

  it("exits 2 naming the file and line of a corrupt history", async () => {
    const dir = exampleCopy({ ".ssot/history.jsonl": "{not json\n" });
    const run = await runCli(["report", "--no-cache", "--no-svg", "--out", tempRepo({})], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ssot: .*\.ssot\/history\.jsonl:1: not JSON: /);
  });
});

describe.skipIf(!hasChromium)(
  browserSuite("ssot report with SVGs, CODEOWNERS, history and links"),
  () => {
    it("draws before, now and target as SVG and inlines them, with owners and source links", async () => {
      const history = readFileSync(fixturePath("results/websocket.history.jsonl"), "utf8");
      const config = readFileSync(path.join(example, "ssot.config.yaml"), "utf8").replace(
        "consolidations:",
        'report:\n  linkTemplate: "https://git.example.com/org/repo/blob/{commit}/{file}#L{line}"\nconsolidations:',
      );
      const dir = exampleCopy({
        ".github/CODEOWNERS": "* @org/platform\n/tests/ @org/qa\n",
        ".ssot/history.jsonl": history,
        "ssot.config.yaml": config,
      });
      const out = tempRepo({});
      const run = await runCli(["report", "--out", out, "--no-cache"], dir);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        `wrote ${out}/report.html, report.md, result.json and 5 diagrams (.mmd, 5 .svg)\n`,
      );
      expect(files(out).filter((f) => f.endsWith(".svg"))).toEqual([
        "trend-websocket-manager-paths.svg",
        "trend-websocket-manager-share.svg",
        "websocket-manager-before.svg",
        "websocket-manager-current.svg",
        "websocket-manager-target.svg",
      ]);
      const html = readFileSync(path.join(out, "report.html"), "utf8");
      expect(html.match(/<div class="svg"><svg /g)).toHaveLength(3); // the Mermaid graphs
      // The trend charts: our own SVG, a wide and a narrow each, no Mermaid xychart.
      expect(html.match(/<svg class="chart chart-(?:wide|narrow)"/g)).toHaveLength(4);
      expect(html).not.toContain('aria-roledescription="xychart"');
      expect(html).toContain(
        '<a href="https://git.example.com/org/repo/blob/HEAD/tests/test_websocket_manager.py#L',
      );
      expect(html).toContain("Owners from .github/CODEOWNERS");
      expect(html).toContain('<span class="value">95.0%</span>');
      expect(readdirSync(dir)).not.toContain("out"); // nothing written into the analysed repository
    });
  },
);
