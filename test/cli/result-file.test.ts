import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

/** Every file of a folder, name -> contents. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
  );
}

describe("--result FILE: analyse once, render many times", () => {
  let repo: string;
  beforeAll(async () => {
    repo = tempRepo({});
    cpSync(example, repo, { recursive: true });
    const saved = await runCli(
      ["analyze", "--no-cache", "--format", "json", "--out", "r.json"],
      repo,
    );
    expect(saved.code).toBe(0);
    // The example's gated phase 2 is not met: exit 1, with the baseline written.
    expect((await runCli(["check", "--no-cache", "--update-baseline"], repo)).code).toBe(1);
  });

  it("check gives byte-identical output in every format", async () => {
    for (const format of ["text", "github", "sarif", "junit", "markdown"]) {
      const fresh = await runCli(["check", "--no-cache", "--format", format], repo);
      const read = await runCli(["check", "--result", "r.json", "--format", format], repo);
      expect(read).toEqual(fresh);
    }
  });

  it("report writes byte-identical files", async () => {
    const a = await runCli(["report", "--no-cache", "--no-svg", "--out", "fresh"], repo);
    const b = await runCli(["report", "--result", "r.json", "--no-svg", "--out", "read"], repo);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(contents(path.join(repo, "read"))).toEqual(contents(path.join(repo, "fresh")));
  });

  it("snapshot records the same history line", async () => {
    const date = ["--date", "2026-01-05"];
    await runCli(["snapshot", "--no-cache", "--history", "h1.jsonl", ...date], repo);
    await runCli(["snapshot", "--result", "r.json", "--history", "h2.jsonl", ...date], repo);
    expect(readFileSync(path.join(repo, "h2.jsonl"), "utf8")).toBe(
      readFileSync(path.join(repo, "h1.jsonl"), "utf8"),
    );
  });

  it("refuses a corrupt result, another schema version or another config with exit 2 naming the file", async () => {
    const saved = JSON.parse(readFileSync(path.join(repo, "r.json"), "utf8"));
    const cases: [string, string][] = [
      ["broken.json", "{not json"],
      ["v1.json", JSON.stringify({ ...saved, schemaVersion: 1 })],
      ["partial.json", JSON.stringify({ ...saved, consolidations: [{ id: "x" }] })],
      [
        "other.json",
        JSON.stringify({ ...saved, source: { ...saved.source, configHash: "0".repeat(64) } }),
      ],
    ];
    const expected: Record<string, string> = {
      "broken.json": "ssot: broken.json: not a result JSON file",
      "v1.json":
        "ssot: v1.json: result schemaVersion 1 is not supported (this ssot-tracker reads 2)",
      "partial.json": "ssot: partial.json: not a valid result: consolidations.0.title",
      "other.json": "ssot: other.json: analysed with another configuration",
    };
    for (const [name, text] of cases) {
      writeFileSync(path.join(repo, name), text);
      const run = await runCli(["check", "--result", name], repo);
      expect(run.code).toBe(2);
      expect(run.stderr.startsWith(expected[name] ?? "?")).toBe(true);
      expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });
});
