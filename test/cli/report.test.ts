import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
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
    });
    const md = readFileSync(path.join(out, "report.md"), "utf8");
    expect(md).toContain(
      "**75.0%** of import statements use deprecated paths (12 of 16); **87.5%** of importing files (7 of 8).",
    );
    expect(md).toContain(
      "> No before diagram: no history yet (.ssot/history.jsonl); run ssot snapshot or ssot backfill to record one.",
    );
    const html = readFileSync(path.join(out, "report.html"), "utf8");
    expect(html).toContain('<span class="value">75.0%</span>');
    expect(html.match(/<pre class="mermaid-source">/g)).toHaveLength(2);
    expect(html).not.toContain("No SVG:"); // --no-svg is a choice, not a problem to report
  });

  it("writes the .mmd files and says in one line how to get SVGs when there is no browser", async () => {
    const out = tempRepo({
      "websocket-manager-current.svg": "<svg>stale</svg>",
      "websocket-manager-before.mmd": "flowchart LR\n",
    });
    const run = await runCli(["report", "--out", out, "--no-cache"], example, {
      SSOT_CHROMIUM: "/nowhere/chromium",
    });
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      "ssot: no SVG diagrams: SSOT_CHROMIUM=/nowhere/chromium does not exist; the .mmd files are written; to get SVGs: apt-get install chromium, or set SSOT_CHROMIUM=/path/to/chromium",
    );
    // Files of an earlier run that this one did not draw are gone, never left to mislead.
    expect(files(out).filter((f) => f.endsWith(".svg") || f.includes("before"))).toEqual([]);
    expect(readFileSync(path.join(out, "report.html"), "utf8")).toContain(
      "No SVG: no browser to draw it",
    );
  });

  it("writes to out/ in the working directory by default", async () => {
    const dir = exampleCopy();
    const run = await runCli(["report", "--no-cache", "--no-svg"], dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, "out/report.html"))).toBe(true);
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
        `wrote ${out}/report.html, report.md, result.json and 3 diagrams (.mmd, 3 .svg)\n`,
      );
      expect(files(out).filter((f) => f.endsWith(".svg"))).toEqual([
        "websocket-manager-before.svg",
        "websocket-manager-current.svg",
        "websocket-manager-target.svg",
      ]);
      const html = readFileSync(path.join(out, "report.html"), "utf8");
      expect(html.match(/<div class="svg"><svg /g)).toHaveLength(3);
      expect(html).toContain(
        '<a href="https://git.example.com/org/repo/blob/HEAD/tests/test_websocket_manager.py#L',
      );
      expect(html).toContain("Owners from .github/CODEOWNERS");
      expect(html).toContain('<span class="value">95.0%</span>');
      expect(readdirSync(dir)).not.toContain("out"); // nothing written into the analysed repository
    });
  },
);
