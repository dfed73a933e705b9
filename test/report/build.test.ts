import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

describe("the report build", () => {
  it("returns file name → contents and writes nothing; every diagram as .mmd and our own .svg", async () => {
    const result = fixtureResult();
    const build = await buildReport(result, fixtureContext(result));
    // One consolidation with a history: before, current, target and the two trend charts.
    const names = [
      "websocket-manager-before",
      "websocket-manager-current",
      "websocket-manager-target",
      "trend-websocket-manager-paths",
      "trend-websocket-manager-share",
    ];
    const diagrams = names.flatMap((n) => [`${n}.mmd`, `${n}.svg`]);
    expect([...build.files.keys()].sort()).toEqual(
      [...diagrams, "report.html", "report.md", "result.json"].sort(),
    );
    expect(build.stale).toEqual([]);
    expect(build.svgFiles).toBe(5);
    // NAME.svg is the wide drawing: a flowchart (before, now, target) or a trend chart.
    const current = String(build.files.get("websocket-manager-current.svg"));
    expect(current).toMatch(/^<svg class="graph graph-wide" id="ssot-d0-current-wide" /);
    const share = String(build.files.get("trend-websocket-manager-share.svg"));
    expect(share).toMatch(/^<svg [^>]*class="chart chart-wide"/);
    expect(JSON.parse(String(build.files.get("result.json")))).toEqual(result);
    expect(String(build.files.get("report.html"))).toMatch(/^<!doctype html>/);
  });

  it("with svg: false (--no-svg) writes only the .mmd text; .svg files of an earlier run are stale", async () => {
    const result = fixtureResult();
    const build = await buildReport(result, fixtureContext(result), { svg: false });
    expect([...build.files.keys()].filter((n) => n.endsWith(".svg"))).toEqual([]);
    expect(build.stale.sort()).toEqual([
      "trend-websocket-manager-paths.svg",
      "trend-websocket-manager-share.svg",
      "websocket-manager-before.svg",
      "websocket-manager-current.svg",
      "websocket-manager-target.svg",
    ]);
    expect(build.svgFiles).toBe(0);
    // The page shows the drawings all the same: they need no browser.
    expect(
      String(build.files.get("report.html")).match(/<svg class="graph graph-wide"/g),
    ).toHaveLength(3);
  });

  it("without a history the trend and before diagrams are stale files of an earlier run", async () => {
    const result = fixtureResult();
    const build = await buildReport(result, fixtureContext(result, { history: false }));
    expect([...build.files.keys()].filter((n) => n.endsWith(".mmd")).sort()).toEqual([
      "websocket-manager-current.mmd",
      "websocket-manager-target.mmd",
    ]);
    expect(build.stale).toContain("trend-websocket-manager-share.mmd");
    expect(build.stale).toContain("websocket-manager-before.mmd");
  });
});
