import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mermaidFileFor } from "../../src/report/mermaid-page.js";

const dist = path.dirname(
  createRequire(import.meta.url).resolve("mermaid/dist/mermaid.esm.min.mjs"),
);

describe("the Mermaid page's requests", () => {
  it("are answered from the mermaid package's dist folder, .mjs files only", () => {
    expect(mermaidFileFor("https://mermaid.invalid/mermaid.esm.min.mjs")).toBe(
      path.join(dist, "mermaid.esm.min.mjs"),
    );
    expect(mermaidFileFor("https://mermaid.invalid/chunks/mermaid.esm.min/chunk-A.mjs")).toBe(
      path.join(dist, "chunks/mermaid.esm.min/chunk-A.mjs"),
    );
    // The URL parser resolves dot segments first: they never leave the folder.
    expect(mermaidFileFor("https://mermaid.invalid/%2e%2e/%2e%2e/x.mjs")).toBe(
      path.join(dist, "x.mjs"),
    );
  });

  it("refuses other origins, other files and any way out of the folder", () => {
    for (const url of [
      "https://example.com/mermaid.esm.min.mjs",
      "http://mermaid.invalid/mermaid.esm.min.mjs",
      "https://mermaid.invalid/mermaid.d.ts",
      "https://mermaid.invalid/../../package.json",
      "https://mermaid.invalid/..%2f..%2fx.mjs",
      "file:///etc/passwd.mjs",
    ]) {
      expect(mermaidFileFor(url), url).toBeUndefined();
    }
  });
});
