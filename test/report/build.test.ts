import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

describe("the report build", () => {
  it("returns file name → contents and writes nothing; without a browser every Mermaid SVG is stale", async () => {
    const result = fixtureResult();
    const build = await buildReport(result, fixtureContext(result));
    // One consolidation with a history: before, current, target and the two trend charts.
    const mmd = [
      "websocket-manager-before.mmd",
      "websocket-manager-current.mmd",
      "websocket-manager-target.mmd",
      "trend-websocket-manager-paths.mmd",
      "trend-websocket-manager-share.mmd",
    ];
    // The trend charts are our own SVG (as on the progress page): drawn without a browser.
    const drawn = ["trend-websocket-manager-paths.svg", "trend-websocket-manager-share.svg"];
    expect([...build.files.keys()].sort()).toEqual(
      [...mmd, ...drawn, "report.html", "report.md", "result.json"].sort(),
    );
    expect(build.stale.sort()).toEqual([
      "websocket-manager-before.svg",
      "websocket-manager-current.svg",
      "websocket-manager-target.svg",
    ]);
    const share = String(build.files.get("trend-websocket-manager-share.svg"));
    expect(share).toMatch(/^<svg [^>]*class="chart chart-wide"/);
    expect(JSON.parse(String(build.files.get("result.json")))).toEqual(result);
    expect(String(build.files.get("report.html"))).toMatch(/^<!doctype html>/);
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
