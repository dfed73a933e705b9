import { describe, expect, it } from "vitest";
import { findChromium, mermaidErrorIn, renderSvgs } from "../../src/report/svg.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { sanitizeSvg } from "../../src/reporters/report/html/sanitize-svg.js";
import { browserSuite, hasChromium } from "../helpers/chromium.js";
import { fixtureContext, fixtureResult } from "../helpers/report.js";

describe("Mermaid error detection", () => {
  it("recognises Mermaid's error drawing and parse messages in an SVG", () => {
    const errorDrawing =
      '<svg id="x" aria-roledescription="error" viewBox="0 0 2412 512"><g><text class="error-text">Syntax error in text</text><text>mermaid version 11.14.0</text></g></svg>';
    expect(mermaidErrorIn(errorDrawing)).toBe(
      "Mermaid drew its error diagram (syntax error in the diagram text)",
    );
    expect(mermaidErrorIn("<svg><text>Parse error on line 3:</text></svg>")).toBe(
      "Mermaid: Parse error on line 3",
    );
    expect(mermaidErrorIn("")).toBe("Mermaid returned no SVG");
    // Mermaid's own stylesheet mentions .error-icon in every SVG: that alone is no error.
    expect(
      mermaidErrorIn('<svg><style>#x .error-icon{fill:#552222;}</style><g class="node"/></svg>'),
    ).toBeUndefined();
  });

  it("finds the browser from SSOT_CHROMIUM, and says when it does not exist", () => {
    expect(findChromium({ SSOT_CHROMIUM: "/nowhere/chromium" })).toEqual({
      problem: "SSOT_CHROMIUM=/nowhere/chromium does not exist",
    });
    expect(findChromium({ SSOT_CHROMIUM: process.execPath })).toEqual({ path: process.execPath });
  });
});

describe.skipIf(!hasChromium)(browserSuite("SVG diagrams with Debian's Chromium"), () => {
  const result = fixtureResult();
  const { diagrams } = reportDiagrams(result, fixtureContext(result));

  it("renders every diagram of the fixture with one browser, labels as text", async () => {
    const broken = {
      ...diagrams[0],
      name: "broken",
      svgId: "broken",
      mermaid: 'flowchart LR\n  n0[["x" --> ((\n',
    } as (typeof diagrams)[number];
    const outcome = await renderSvgs([...diagrams, broken], {});
    expect(outcome.unavailable).toBeUndefined();
    expect([...outcome.svgs.keys()].sort()).toEqual([
      "trend-websocket-manager-paths",
      "trend-websocket-manager-share",
      "websocket-manager-before",
      "websocket-manager-current",
      "websocket-manager-target",
    ]);
    // The trend charts: xychart with the frontmatter's colours, the config title as text.
    const share = outcome.svgs.get("trend-websocket-manager-share") ?? "";
    expect(share).toContain('aria-roledescription="xychart"');
    expect(share).toContain('stroke="#c62828"');
    expect(share).toContain("Deprecated share: WebSocket Manager SSOT &lt;b&gt;#1182&lt;/b&gt;");
    expect([...outcome.failures]).toEqual([
      ["broken", expect.stringMatching(/^Mermaid failed: .*Parse error on line 2/)],
    ]);
    const current = outcome.svgs.get("websocket-manager-current") ?? "";
    expect(current).toContain('id="ssot-d0-current"');
    expect(current).toContain("&lt;script&gt;alert(1)&lt;/");
    expect(current).not.toMatch(/<foreignObject|<script/);
    expect(mermaidErrorIn(current)).toBeUndefined();
    // Nothing in Mermaid's drawing is active content: sanitizing leaves it as it was.
    for (const svg of outcome.svgs.values()) expect(sanitizeSvg(svg)).toBe(svg);
  });

  it("reports an unusable browser once instead of failing", async () => {
    const outcome = await renderSvgs(diagrams, { SSOT_CHROMIUM: "/nowhere/chromium" });
    expect(outcome).toEqual({
      svgs: new Map(),
      failures: new Map(),
      unavailable: "SSOT_CHROMIUM=/nowhere/chromium does not exist",
    });
    const notABrowser = await renderSvgs(diagrams, { SSOT_CHROMIUM: "/bin/true" });
    expect(notABrowser.unavailable).toMatch(/^\/bin\/true did not start: /);
  });
});
