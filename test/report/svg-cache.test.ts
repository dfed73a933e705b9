import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mermaidConfig, startSvgRenderer } from "../../src/report/svg.js";
import { browserIdentity, SvgCache, svgCacheKey } from "../../src/report/svg-cache.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

const result = fixtureResult();
const { diagrams } = reportDiagrams(result, fixtureContext(result));
/** Any existing file passes as the browser's path; it is only started for a cache miss. */
const notABrowser = process.execPath;
const env = { SSOT_CHROMIUM: notABrowser };

function keyOf(d: (typeof diagrams)[number], mermaidConfig: unknown): string {
  return svgCacheKey({
    browser: browserIdentity(notABrowser),
    mermaidConfig,
    svgId: d.svgId,
    mermaid: d.mermaid,
  });
}

function seededCache(dir: string, root: string, drop: number): string[] {
  const cache = SvgCache.open(dir, root);
  const keys = diagrams.map((d) => keyOf(d, mermaidConfig));
  keys.forEach((k, i) => {
    if (i !== drop) cache.set(k, `<svg id="cached-${i}"/>`);
  });
  cache.save();
  return keys;
}

describe("SVG cache", () => {
  it("serves every unchanged diagram from the cache without starting a browser", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-svgcache-"));
    seededCache(dir, "/repo", -1);
    const renderer = startSvgRenderer(env, { cache: SvgCache.open(dir, "/repo") });
    const outcome = await renderer.render(diagrams);
    await renderer.close();
    // Node is no browser: had it been started, every diagram would be "unavailable".
    expect(outcome.unavailable).toBeUndefined();
    expect(diagrams).toHaveLength(5);
    expect(diagrams.map((d) => outcome.svgs.get(d.name))).toEqual(
      diagrams.map((_, i) => `<svg id="cached-${i}"/>`),
    );
  });

  it("starts the browser for a changed diagram and keeps only the entries this run used", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-svgcache-"));
    seededCache(dir, "/repo", 2);
    const cache = SvgCache.open(dir, "/repo");
    expect(cache.size).toBe(4);
    const renderer = startSvgRenderer(env, { cache });
    const changed = diagrams.map((d, i) => (i === 0 ? { ...d, mermaid: `${d.mermaid}\n` } : d));
    const outcome = await renderer.render(changed);
    await renderer.close();
    // Diagram 2 was never cached and diagram 0 changed: both need the browser, which fails.
    expect(outcome.unavailable).toMatch(/did not start/);
    expect([...outcome.svgs.keys()].sort()).toEqual([1, 3, 4].map((i) => diagrams[i]?.name).sort());
    const saved = JSON.parse(readFileSync(cache.file, "utf8")) as { svgs: object };
    expect(Object.keys(saved.svgs)).toHaveLength(3);
  });

  it("starts empty from a corrupt or other-format file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-svgcache-"));
    const { file } = SvgCache.open(dir, "/repo");
    writeFileSync(file, "{not json");
    expect(SvgCache.open(dir, "/repo").size).toBe(0);
    writeFileSync(file, JSON.stringify({ format: 0, svgs: { a: "<svg/>" } }));
    expect(SvgCache.open(dir, "/repo").size).toBe(0);
    expect(SvgCache.open(dir, "/other").file).not.toBe(file);
  });

  it("keys on the Mermaid text, the SVG id, the config and the browser", () => {
    const base = { browser: "b", mermaidConfig: { a: 1 }, svgId: "s", mermaid: "flowchart LR" };
    const key = svgCacheKey(base);
    expect(svgCacheKey({ ...base })).toBe(key);
    for (const change of [
      { browser: "c" },
      { mermaidConfig: { a: 2 } },
      { svgId: "t" },
      { mermaid: "flowchart TD" },
    ])
      expect(svgCacheKey({ ...base, ...change })).not.toBe(key);
  });
});
