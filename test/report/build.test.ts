import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

describe("the report build", () => {
  it("returns file name → contents and writes nothing; without a browser every SVG is stale", async () => {
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
    expect([...build.files.keys()].sort()).toEqual(
      [...mmd, "report.html", "report.md", "result.json"].sort(),
    );
    expect(build.stale.sort()).toEqual(mmd.map((m) => m.replace(/\.mmd$/, ".svg")).sort());
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
