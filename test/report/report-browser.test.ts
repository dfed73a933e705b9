import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReport } from "../../src/cli/report-write.js";
import { browserSuite, chromiumArgs, chromiumPath, hasChromium } from "../helpers/chromium.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";
import { tempRepo } from "../helpers/temp.js";

// The generated report.html opened in real headless Chromium, as an architect would open it.
// Screenshots land in out/test-screenshots/ (git-ignored) for a look by eye.
const screenshots = fileURLToPath(new URL("../../out/test-screenshots/", import.meta.url));

/** An element's computed fill, read in the page (this package compiles without the DOM's types). */
const fillOf = (e: unknown) =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(e)
    .fill;

describe.skipIf(!hasChromium)(browserSuite("report.html in headless Chromium"), () => {
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    const result = fixtureResult();
    const outDir = tempRepo({});
    let stderr = "";
    const io = {
      cwd: outDir,
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
    };
    await writeReport(result, fixtureContext(result), { outDir }, io);
    // Before, now, target, and the history's two trend charts (the fixture history has 3 points).
    expect(stderr).toBe(
      "wrote ./report.html, report.md, result.json and 5 diagrams (.mmd, 5 .svg)\n",
    );
    expect(readdirSync(outDir).filter((f) => f.startsWith("trend-"))).toEqual([
      "trend-websocket-manager-paths.mmd",
      "trend-websocket-manager-paths.svg",
      "trend-websocket-manager-share.mmd",
      "trend-websocket-manager-share.svg",
    ]);
    reportUrl = pathToFileURL(path.join(outDir, "report.html")).href;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 120_000); // a browser start on a loaded machine: not a timing goal
  afterAll(async () => browser?.close());

  it("shows the headline, diagrams and filters, offline, without errors or requests", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => problems.push(`dialog: ${d.message()}`)); // an alert() would mean injected script ran
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(reportUrl);

    await expect(page.locator("[data-testid=deprecated-share] .value").textContent()).resolves.toBe(
      "71.4%",
    );
    await expect(
      page.locator("[data-testid=deprecated-files-share] .value").textContent(),
    ).resolves.toBe("81.0%");
    await expect(page.locator("[data-testid=before-share] .value").textContent()).resolves.toBe(
      "95.0%",
    );
    await expect(page.locator("[data-testid=phase] > h4 > .badge.not-met").count()).resolves.toBe(
      3,
    );
    // Before, now and target: our own SVG, a wide and a narrow each, the wide one shown here.
    await expect(page.locator("figure .svg > svg").count()).resolves.toBe(6);
    await expect(
      page.locator("figure .svg > svg.graph-wide").filter({ visible: true }).count(),
    ).resolves.toBe(3);
    // Colours come from the page's palette (CSS beats the standalone file's attributes).
    await expect(
      page
        .locator("#c0 figure .svg > svg.graph-wide .node.canonical .shape")
        .first()
        .evaluate(fillOf),
    ).resolves.toBe("rgb(218, 251, 225)");
    await expect(page.locator("figure .chart > svg").count()).resolves.toBe(4); // trend: wide + narrow
    await expect(
      page.getByText("scripts/<img src=x onerror=alert(1)>.py:1", { exact: true }).count(),
    ).resolves.toBe(1);

    const rows = page.locator("[data-edges] tbody tr");
    const visible = () =>
      rows.evaluateAll(
        (trs) => trs.filter((tr) => !(tr as unknown as { hidden: boolean }).hidden).length,
      );
    const shown = page.locator("[data-shown]");
    await expect(visible()).resolves.toBe(20);
    await page.selectOption("select[data-filter=path]", "manager");
    await expect(visible()).resolves.toBe(13);
    await page.selectOption("select[data-filter=batch]", "tests");
    await expect(visible()).resolves.toBe(4);
    await expect(shown.textContent()).resolves.toBe("4 of 4 matching");
    await page.fill("input[data-filter-text]", "UNIT/");
    await expect(visible()).resolves.toBe(1);
    await expect(rows.filter({ visible: true }).locator("td.location").textContent()).resolves.toBe(
      "tests/unit/test_notifier.py:1",
    );
    await page.fill("input[data-filter-text]", "");
    await page.selectOption("select[data-filter=path]", "");
    await page.selectOption("select[data-filter=batch]", "");
    await expect(visible()).resolves.toBe(20);

    // The trend section: the history's numbers, and both charts drawn by the progress page's
    // own SVG renderer (no Mermaid): one share line, one line per path (green canonical
    // first, then the deprecated colours), and the legend as HTML.
    const trend = page.locator("[data-trend]");
    await expect(trend.locator("[data-testid=velocity]").textContent()).resolves.toBe(
      "Velocity: the deprecated share falls 11.8 pp per week; deprecated statements fall by 8.0 per week (least squares over the last 3 points, 2025-06-02 to 2025-06-16).",
    );
    await expect(
      trend.locator("tr", { hasText: "phase-2" }).first().locator("td").nth(3).textContent(),
    ).resolves.toBe("2025-07-23 (in about 5 weeks)");
    const shareFigure = trend.locator("figure[data-diagram=trend-websocket-manager-share]");
    const pathsFigure = trend.locator("figure[data-diagram=trend-websocket-manager-paths]");
    const share = shareFigure.locator(".chart > svg.chart-wide");
    const paths = pathsFigure.locator(".chart > svg.chart-wide");
    await expect(shareFigure.locator(".chart > svg.chart-narrow").isVisible()).resolves.toBe(false);
    await expect(share.locator("polyline.share").count()).resolves.toBe(1);
    const lines = await paths
      .locator("polyline.path")
      .evaluateAll((ps) => ps.map((p) => p.getAttribute("class")));
    expect(lines).toEqual([
      "path canonical",
      "path deprecated-0",
      "path deprecated-1",
      "path deprecated-2",
      "path deprecated-3",
    ]);
    await expect(pathsFigure.locator("ul.legend li").allTextContents()).resolves.toEqual([
      "canonical (canonical)",
      "manager (deprecated)",
      "unified-manager (deprecated)",
      "package (deprecated)",
      "legacy (deprecated)",
    ]);
    await expect(share.locator("title").textContent()).resolves.toBe(
      "Deprecated share: WebSocket Manager SSOT <b>#1182</b>",
    );
    const box = await paths.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300); // drawn, not collapsed to nothing

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "report-light.png"), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.evaluate("getComputedStyle(document.body).backgroundColor")).resolves.toBe(
      "rgb(13, 17, 23)",
    );
    // The flowcharts follow: the canonical box takes the dark palette's green.
    await expect(
      page
        .locator("#c0 figure .svg > svg.graph-wide .node.canonical .shape")
        .first()
        .evaluate(fillOf),
    ).resolves.toBe("rgb(18, 38, 30)");
    await page.screenshot({ path: path.join(screenshots, "report-dark.png") });
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expect(page.locator("[data-filters]").isVisible()).resolves.toBe(false);
    await expect(page.evaluate("getComputedStyle(document.body).backgroundColor")).resolves.toBe(
      "rgb(255, 255, 255)",
    );

    expect(problems).toEqual([]);
    expect(requests).toEqual([reportUrl]);
  });

  it("fits a phone: long file paths in the evidence wrap, the page never scrolls sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(reportUrl);
    // The narrow drawings are shown instead of the wide ones.
    const graphs = page.locator("figure .svg > svg");
    await expect(graphs.filter({ visible: true }).count()).resolves.toBe(3);
    await expect(page.locator("svg.graph-narrow").filter({ visible: true }).count()).resolves.toBe(
      3,
    );
    const evidence = await page.locator(".phase li").allTextContents();
    expect(evidence.some((t) => t.includes("netra_backend/app/websocket_core/"))).toBe(true);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBe(390);
    await page.close();
  });
});
