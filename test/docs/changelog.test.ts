import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baselineSchemaVersion } from "../../src/check/baseline.js";
import { historySchemaVersion } from "../../src/history/schema.js";
import { resultSchemaVersion } from "../../src/result/schema.js";
import { repoRoot } from "../helpers/action.js";

const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
const changelog = readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8");

/** The release line a breaking change must leave: the major, or 0.minor before 1.0. */
const releaseLine = (v: string) => {
  const [major, minor] = v.split(".");
  return major === "0" ? `0.${minor}` : (major ?? "");
};

/**
 * The file formats other tools and saved files depend on, and the release line they were
 * recorded at. Changing one of these numbers is a breaking change (CHANGELOG.md, "Versions"):
 * bump the major (the minor at 0.x) and record the new numbers here with the new line.
 */
// result 2 came before the first release (CHANGELOG has no release yet), so 0.1 still holds it.
const formats = { line: "0.1", result: 2, baseline: 1, history: 1 };

const compare = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0));
  for (let i = 0; i < 3; i++)
    if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) - (y?.[i] ?? 0);
  return 0;
};

describe("CHANGELOG.md and the version", () => {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\S+))?$/gm)].map((m) => ({
    version: m[1] ?? "",
    date: m[2],
  }));

  it("has [Unreleased] first, then one section per release, newest first, each dated", () => {
    expect(headings[0]?.version).toBe("Unreleased");
    const releases = headings.slice(1);
    for (const r of releases) {
      expect(r.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(r.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    const versions = releases.map((r) => r.version);
    expect([...versions].sort(compare).reverse()).toEqual(versions);
    // package.json is the latest release, or the next one being prepared under [Unreleased].
    if (versions[0]) expect(compare(version, versions[0])).toBeGreaterThanOrEqual(0);
    expect(changelog).toMatch(/^## Versions$/m);
  });

  it("breaking file formats move to a new release line (semver: schema changes are major)", () => {
    const now = {
      result: resultSchemaVersion,
      baseline: baselineSchemaVersion,
      history: historySchemaVersion,
    };
    const { line, ...recorded } = formats;
    if (JSON.stringify(now) !== JSON.stringify(recorded)) {
      expect(
        releaseLine(version),
        `schema versions ${JSON.stringify(now)} differ from ${JSON.stringify(recorded)}: bump the major version (the minor at 0.x), then record them in this test`,
      ).not.toBe(line);
    } else {
      expect(releaseLine(version), "a new release line: record it as formats.line").toBe(line);
    }
  });
});
