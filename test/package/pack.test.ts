import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";

interface PackedFile {
  path: string;
  mode: number;
}

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/**
 * What `npm pack` puts in the tarball, without running `prepare` (npm test built dist/ just
 * before; test/install/ packs for real).
 */
function packedFiles(): PackedFile[] {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return (JSON.parse(json) as { files: PackedFile[] }[])[0]?.files ?? [];
}

function sources(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => f.split(path.sep).join("/"));
}

describe("the npm package", () => {
  const files = packedFiles();
  const names = files.map((f) => f.path).sort();

  it("holds bin, dist, templates, schema and the docs; no sources, tests, fixtures or tools", () => {
    for (const needed of [
      "package.json",
      "README.md",
      "CHANGELOG.md",
      "bin/ssot.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/main.js",
      "dist/bundle/main.js",
      "dist/bundle/scan-worker.js",
      "dist/bundle/read-worker.js",
      "dist/reporters/report/flowchart-svg.js",
      "templates/report.hbs",
      "templates/report.css",
      "templates/report.js",
      "schema/ssot.config.schema.json",
    ]) {
      expect(names, needed).toContain(needed);
    }
    const tops = [...new Set(names.map((n) => n.split("/")[0]))].sort();
    expect(tops).toEqual([
      "CHANGELOG.md",
      "README.md",
      "bin",
      "dist",
      "package.json",
      "schema",
      "templates",
    ]);
    expect(names.filter((n) => /(^|\/)(test|fixtures|examples)\/|\.map$|\.test\./.test(n))).toEqual(
      [],
    );
    expect(files.find((f) => f.path === "bin/ssot.js")?.mode).toBe(0o755);
  });

  it("ships a build of exactly the current sources (no stale or missing file in dist/)", () => {
    // dist/bundle/ is the CLI bundled from this build (scripts/bundle.js): its files are chunks.
    const built = names
      .filter((n) => n.startsWith("dist/") && !n.startsWith("dist/bundle/") && n.endsWith(".js"))
      .map((n) => n.replace(/^dist\//, "").replace(/\.js$/, ".ts"));
    expect(built.sort()).toEqual(sources("src").sort());
  });

  it("builds dist/ on install from git (prepare), and has no install script of its own", () => {
    expect(packageJson.scripts.prepare).toBe("npm run build");
    expect(packageJson.scripts.build).toMatch(
      /^node scripts\/clean-dist\.js && tsc .* && node scripts\/bundle\.js$/,
    );
    for (const hook of ["preinstall", "install", "postinstall"])
      expect(packageJson.scripts[hook], hook).toBeUndefined();
  });

  it("depends on nothing that runs an install script (no browser download) nor on a browser driver", () => {
    const lock = JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }>;
    };
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([name]) => name);
    expect(scripted).toEqual([]);
    expect(Object.keys(lock.packages).filter((p) => /node_modules\/puppeteer$/.test(p))).toEqual(
      [],
    );
    // The report's diagrams are drawn in Node (dagre's layout): no Chromium, no Mermaid.
    expect(Object.keys(packageJson.dependencies)).toContain("@dagrejs/dagre");
    for (const browser of ["puppeteer-core", "mermaid", "@mermaid-js/mermaid-cli"])
      expect(Object.keys(packageJson.dependencies)).not.toContain(browser);
  });
});
