import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHistory } from "../../src/history/store.js";
import { analysisResultSchema } from "../../src/result/schema.js";
import { browserSuite, chromiumArgs, chromiumPath, hasChromium } from "../helpers/chromium.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";
import { scaleHistory, writeScaleRepo } from "./scale-repo.js";

// report.html of a generated repository at the scale the tool is for: 3,001 importers of
// lib0 in folders four levels deep, 9 consolidations and a 30-point weekly history, opened
// in real Chromium at a laptop's and a phone's width. SSOT_SCREENSHOTS=docs writes the
// README's screenshots (docs/report-1280.png, docs/report-390.png) from this run.
const screenshots =
  process.env.SSOT_SCREENSHOTS ??
  fileURLToPath(new URL("../../out/test-screenshots/", import.meta.url));

/** Numbers of the generated repository, counted by the analysis (see scale-repo.ts). */
const lib0 = { share: "44.9%", deprecated: "1,348", statements: "3,001" };

describe.skipIf(!hasChromium)(browserSuite("report.html of thousands of importers"), () => {
  let browser: Browser;
  let reportUrl: string;
  let stderr = "";

  beforeAll(async () => {
    const repo = tempRepo({});
    writeScaleRepo(repo, { files: 3000, consolidations: 9 });
    const analysed = await runCli(
      ["analyze", "--no-cache", "--format", "json", "--out", "result.json"],
      repo,
    );
    expect(analysed.code).toBe(0);
    const result = analysisResultSchema.parse(
      JSON.parse(readFileSync(path.join(repo, "result.json"), "utf8")),
    );
    mkdirSync(path.join(repo, ".ssot"));
    writeFileSync(
      path.join(repo, ".ssot/history.jsonl"),
      formatHistory(scaleHistory(result, 30, "2026-11-30")),
    );
    const report = await runCli(["report", "--no-cache", "--out", "out"], repo, {
      PATH: process.env.PATH ?? "",
    });
    stderr = report.stderr;
    expect(report.code).toBe(0);
    reportUrl = pathToFileURL(path.join(repo, "out/report.html")).href;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 600_000); // 3,000 files and 45 diagrams on a loaded machine; not a timing goal
  afterAll(async () => browser?.close());

  it("draws every diagram as our own SVG, no browser: 9 consolidations, 5 diagrams each", () => {
    // lib8 joined the config later: its before is its own first point, not the oldest one.
    expect(stderr).toBe(
      "wrote out/report.html, report.md, result.json and 45 diagrams (.mmd, 45 .svg)\n",
    );
  });

  async function open(width: number): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => problems.push(`dialog: ${d.message()}`));
    await page.goto(reportUrl);
    return { page, problems };
  }

  /**
   * Heights of every non-empty text box of the SVG diagrams, as laid out in the page: each
   * line of a flowchart label (a <tspan>), each label of a trend chart (a <text>).
   */
  // Strings, not functions: this package compiles without the DOM's types.
  const labelHeights = (page: Page) =>
    page.evaluate(
      `Array.from(document.querySelectorAll("figure .svg svg tspan, figure .chart svg text"))
        .filter((t) => t.textContent.trim() !== "" && t.getClientRects().length > 0)
        .map((t) => t.getBoundingClientRect().height)`,
    ) as Promise<number[]>;

  for (const width of [1280, 390]) {
    it(`reads at ${width} px: no sideways scrolling, labels of 12 px, no Mermaid source`, async () => {
      const { page, problems } = await open(width);
      const scroll = (await page.evaluate(
        "({ page: document.documentElement.scrollWidth, view: window.innerWidth })",
      )) as { page: number; view: number };
      expect(scroll.page).toBeLessThanOrEqual(scroll.view);

      const heights = await labelHeights(page);
      // 27 graphs and 18 visible trend charts: 1,057 label lines at 1280 px and 1,383 at
      // 390 px (the narrow drawings wrap more), the smallest 16 and 13 px tall.
      expect(heights.length).toBeGreaterThan(1000);
      const readable = heights.filter((h) => h >= 12).length;
      expect(readable / heights.length).toBeGreaterThanOrEqual(0.9);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);

      // 27 graphs and 18 trend charts, a wide and a narrow drawing each; one of them shown.
      await expect(page.locator("figure .svg > svg").count()).resolves.toBe(54);
      await expect(
        page.locator("figure .svg > svg").filter({ visible: true }).count(),
      ).resolves.toBe(27);
      const shown = width < 600 ? "narrow" : "wide";
      await expect(
        page.locator(`figure .svg > svg.graph-${shown}`).filter({ visible: true }).count(),
      ).resolves.toBe(27);
      await expect(page.locator("figure .chart > svg").count()).resolves.toBe(36);
      await expect(page.locator("pre.mermaid-source").count()).resolves.toBe(0);
      const text = (await page.evaluate("document.body.innerText")) as string;
      expect(text).not.toMatch(/flowchart LR|xychart-beta|classDef|linkStyle/);

      // The headline, the summary table and the trend section say the same "now".
      const c0 = page.locator("#c0");
      await expect(c0.locator("[data-testid=deprecated-share] .value").textContent()).resolves.toBe(
        lib0.share,
      );
      const summary = page.locator("[data-testid=summary-row]").first();
      await expect(summary.locator("td").nth(1).textContent()).resolves.toBe(lib0.share);
      await expect(summary.locator("td").nth(2).textContent()).resolves.toBe(
        `${lib0.deprecated} of ${lib0.statements}`,
      );
      const overview = c0.locator("[data-trend] table.progress").first();
      const shareRow = overview.locator("tr", { hasText: "deprecated share of statements" });
      await expect(shareRow.locator("td").first().textContent()).resolves.toBe(lib0.share);
      const countRow = overview.locator("tr", { hasText: /^deprecated statements/ });
      // The same number; the trend table writes it without a thousands separator.
      const trendCount = await countRow.locator("td").first().textContent();
      expect(trendCount?.replaceAll(",", "")).toBe(lib0.deprecated.replaceAll(",", ""));
      for (let i = 0; i < 9; i++) {
        const section = page.locator(`#c${i}`);
        const headline = await section
          .locator("[data-testid=deprecated-share] .value")
          .textContent();
        const trendNow = await section
          .locator("[data-trend] table.progress")
          .first()
          .locator("tr", { hasText: "deprecated share of statements" })
          .locator("td")
          .first()
          .textContent();
        expect(trendNow).toBe(headline);
      }

      // Long tables show a page of rows, not thousands.
      const rows = c0.locator("[data-edges] tbody tr");
      await expect(rows.count()).resolves.toBe(1348);
      await expect(rows.filter({ visible: true }).count()).resolves.toBe(50);

      mkdirSync(screenshots, { recursive: true });
      // From the first consolidation's heading: headline, paths, phases and the first diagrams.
      const top = (await c0.boundingBox())?.y ?? 0;
      await page.screenshot({
        path: path.join(screenshots, `report-${width}.png`),
        fullPage: true,
        clip: { x: 0, y: top - 16, width, height: 2400 },
      });
      expect(problems).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it("keeps filters and sorting in the URL, and ranks files to migrate next", async () => {
    const { page, problems } = await open(1280);
    const c0 = page.locator("#c0");
    await c0.locator("select[data-filter=path]").selectOption("legacy");
    await c0.locator("input[data-filter-text]").fill("tests/");
    const shown = c0.locator("[data-shown]");
    const legacyTests = await shown.textContent();
    expect(legacyTests).toMatch(/^\d+ of \d+ matching$/);
    const url = page.url();
    expect(new URL(url).hash).toBe("#c0.path=legacy&c0.file=tests%2F");

    // The same link opens the same view.
    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await again.goto(url);
    await expect(again.locator("#c0 select[data-filter=path]").inputValue()).resolves.toBe(
      "legacy",
    );
    await expect(again.locator("#c0 [data-shown]").textContent()).resolves.toBe(legacyTests);

    // Sorting by "blocked" (twice: descending) puts the blocked files first, and is kept too.
    const migrate = c0.locator("#c0-migrate-table");
    await expect(
      migrate.locator("tbody tr").first().locator("td").nth(1).textContent(),
    ).resolves.toBe("1");
    const blocked = migrate.locator("thead th").nth(2).locator("button");
    await blocked.click();
    await blocked.click();
    await expect(
      migrate.locator("tbody tr").first().locator("td").nth(2).textContent(),
    ).resolves.toBe("1");
    await expect(
      migrate.locator("tbody tr").first().locator("td").nth(3).textContent(),
    ).resolves.toBe("old_helper_0");
    expect(new URL(page.url()).hash).toContain("c0-migrate-table.sort=2-");
    expect(problems).toEqual([]);
    await again.close();
    await page.close();
  }, 120_000);
});
