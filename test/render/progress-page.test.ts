import { writeFileSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/history/dates.js";
import { type ProgressTargets, progressSection } from "../../src/history/progress.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { renderProgressHtml } from "../../src/reporters/progress/html.js";
import { renderProgressMarkdown } from "../../src/reporters/progress/markdown.js";
import { browserSuite, chromiumArgs, chromiumPath, hasChromium } from "../helpers/chromium.js";
import { tempRepo } from "../helpers/temp.js";

/**
 * 52 weekly points of a large migration: an empty first point (the modules did not exist),
 * then 3,000 deprecated statements moving to the canonical module while the code base grows.
 */
function history(): HistoryLine[] {
  return Array.from({ length: 52 }, (_, i) => {
    const started = i > 0;
    const legacy = started ? Math.max(0, 1800 - 30 * i) : 0;
    const shim = started ? Math.max(0, 1200 - 12 * i) : 0;
    const canonical = started ? 400 + 70 * i : 0;
    const total = legacy + shim + canonical;
    const share = total === 0 ? null : Math.round(((legacy + shim) / total) * 10_000) / 10_000;
    return {
      schemaVersion: 1,
      date: addDays("2025-01-06", 7 * i),
      commit: null,
      source: "backfill",
      consolidations: [
        {
          id: "websocket-manager",
          deprecatedShare: { statements: share, files: share },
          paths: [
            { id: "canonical", files: canonical, statements: canonical },
            { id: "legacy-manager", files: legacy, statements: legacy },
            { id: "unified-shim", files: shim, statements: shim },
          ],
          batches: [{ id: "other", statements: total, deprecatedStatements: legacy + shim }],
          phases: [
            { id: "phase-1", status: started ? "met" : "met" },
            { id: "phase-2", status: share !== null && share <= 0.1 ? "met" : "not-met" },
          ],
        },
      ],
    };
  });
}

const targets: ProgressTargets[] = [
  {
    id: "websocket-manager",
    title: "WebSocket Manager SSOT",
    deprecatedPaths: ["legacy-manager", "unified-shim"],
    canonicalPaths: ["canonical"],
    shareThresholds: [
      { phase: "phase-2", title: "Import path consolidation", max: 0.1, due: "2026-03-31" },
    ],
    phases: [
      { id: "phase-1", title: "Immediate stabilization", due: "2025-02-01" },
      { id: "phase-2", title: "Import path consolidation", due: "2026-03-31" },
    ],
  },
];

const view = progressSection(history(), targets, {
  source: ".ssot/history.jsonl",
  today: "2025-12-29",
  toolVersion: "0.1.0",
});

describe.skipIf(!hasChromium)(browserSuite("the progress page in Chromium"), () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = path.join(tempRepo({}), "progress.html");
    writeFileSync(file, renderProgressHtml(view));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px: no sideways scroll, no Mermaid source, x labels apart, the text's numbers`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 1400 } });
      await page.goto(`file://${file}`);
      // A string: the test's tsconfig has no DOM types; it runs in the page.
      const facts = (await page.evaluate(`(() => {
        const visible = (e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        };
        const charts = [...document.querySelectorAll("svg.chart")].filter(visible);
        const labels = charts.map((svg) =>
          [...svg.querySelectorAll("text.x-label")].map((t) => {
            const r = t.getBoundingClientRect();
            return { left: r.left, right: r.right, height: r.height };
          }),
        );
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          text: document.body.innerText,
          charts: charts.length,
          labels,
          headline: [...document.querySelectorAll("[data-headline]")].map((e) => e.textContent),
        };
      })()`)) as {
        scrollWidth: number;
        innerWidth: number;
        text: string;
        charts: number;
        labels: { left: number; right: number; height: number }[][];
        headline: string[];
      };
      expect(facts.scrollWidth).toBeLessThanOrEqual(facts.innerWidth);
      expect(facts.text).not.toMatch(/xychart|flowchart|-->/);
      expect(facts.charts).toBe(2);
      for (const labels of facts.labels) {
        expect(labels.length).toBeGreaterThanOrEqual(width > 600 ? 6 : 3);
        for (const [i, l] of labels.entries()) {
          // About a 12 px font at both widths.
          expect(l.height).toBeGreaterThanOrEqual(12);
          const next = labels[i + 1];
          if (next) expect(next.left).toBeGreaterThan(l.right);
        }
      }
      // The headline is the `ssot progress` text's "now".
      const md = renderProgressMarkdown(view);
      // 2025-12-29: legacy 270, shim 588, canonical 3970: 858 of 4828 = 17.8%.
      expect(facts.headline).toEqual(["17.8%", "858", "4,828"]);
      expect(md).toContain("| deprecated share of statements | 17.8% |");
      expect(md).toContain("| deprecated statements | 858 |");
      expect(md).toContain("| statements on all paths | 4,828 |");
      // 10% of 4828 is 482 allowed: 376 to move.
      const line =
        "Import path consolidation (phase-2): not met: 376 statements to move to reach 10.0%";
      expect(facts.text).toContain(line);
      expect(md).toContain(line);
      await page.screenshot({
        path: path.join("docs", `progress-${width}.png`),
        fullPage: false,
      });
      await page.close();
    }, 60_000);
  }
});
