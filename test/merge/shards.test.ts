import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { shardOf } from "../../src/analyze/shard.js";
import type { AnalysisResult } from "../../src/result/schema.js";
import { runCli } from "../helpers/cli.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

/** A copy of a repository folder, so the shard and result files never land in the fixture. */
function copyOf(dir: string): string {
  const repo = tempRepo({});
  cpSync(dir, repo, { recursive: true });
  return repo;
}

async function unsharded(repo: string): Promise<AnalysisResult> {
  const run = await runCli(
    ["analyze", "--no-cache", "--format", "json", "--out", "full.json"],
    repo,
  );
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(path.join(repo, "full.json"), "utf8"));
}

/** Shards 1..n written, then merged; the merged result parsed. */
async function sharded(repo: string, n: number): Promise<AnalysisResult> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = `shard-${k}-of-${n}.json`;
    const run = await runCli(
      ["analyze", "--no-cache", "--shard", `${k}/${n}`, "--out", file],
      repo,
    );
    expect(run.code, run.stderr).toBe(0);
    files.push(file);
  }
  const merged = await runCli(["merge", ...files, "--out", `merged-${n}.json`], repo);
  expect(merged.code, merged.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(repo, `merged-${n}.json`), "utf8"));
}

describe("merged shards equal the unsharded result, field by field", () => {
  const cases = [
    { name: "the bundled example", dir: example, python: 18, statements: 16, deprecated: 12 },
    {
      name: "python/provenance",
      dir: fixturePath("python/provenance"),
      python: 26,
      statements: 11,
      deprecated: 9,
    },
    {
      name: "python/counting-phases",
      dir: fixturePath("python/counting-phases"),
      python: 8,
      statements: 7,
      deprecated: 5,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: 1, 2, 3 and 5 shards`, async () => {
      const repo = copyOf(c.dir);
      const full = await unsharded(repo);
      expect(full.files.python).toBe(c.python);
      expect(full.consolidations[0]?.totals.statements).toBe(c.statements);
      expect(full.consolidations[0]?.totals.deprecatedStatements).toBe(c.deprecated);
      for (const n of [1, 2, 3, 5]) {
        const merged = await sharded(repo, n);
        expect(merged).toEqual(full);
        // Byte for byte, too: the same JSON a single run writes.
        expect(readFileSync(path.join(repo, `merged-${n}.json`), "utf8")).toBe(
          readFileSync(path.join(repo, "full.json"), "utf8"),
        );
      }
    });
  }

  it("slices the files by path hash: each file in exactly one shard, every shard some", async () => {
    const repo = copyOf(example);
    const counts: number[] = [];
    for (let k = 1; k <= 3; k++) {
      await runCli(["analyze", "--no-cache", "--shard", `${k}/3`, "--out", `s${k}.json`], repo);
      const shard = JSON.parse(readFileSync(path.join(repo, `s${k}.json`), "utf8"));
      for (const [file] of shard.scans) expect(shardOf(file, 3)).toBe(k);
      counts.push(shard.scans.length);
    }
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(18);
  });
});

describe("ssot merge refuses what is not one run's shards (exit 2, a message)", () => {
  let repo: string;
  beforeAll(async () => {
    repo = copyOf(example);
    for (let k = 1; k <= 3; k++)
      await runCli(["analyze", "--no-cache", "--shard", `${k}/3`, "--out", `s${k}.json`], repo);
  });
  const edited = (from: string, to: string, edit: (shard: Record<string, unknown>) => void) => {
    const shard = JSON.parse(readFileSync(path.join(repo, from), "utf8"));
    edit(shard);
    writeFileSync(path.join(repo, to), JSON.stringify(shard));
  };

  it("a missing shard", async () => {
    const run = await runCli(["merge", "s1.json", "s3.json"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("shard 2/3 missing");
  });

  it("a duplicate shard", async () => {
    const run = await runCli(["merge", "s1.json", "s2.json", "s2.json", "s3.json"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("are both shard 2/3");
  });

  it("another commit, config or tool version", async () => {
    edited("s2.json", "commit.json", (s) => {
      s.commit = "0".repeat(40);
    });
    edited("s2.json", "config.json", (s) => {
      s.configHash = "f".repeat(64);
    });
    edited("s2.json", "tool.json", (s) => {
      s.tool = { name: "ssot-tracker", version: "0.0.9" };
    });
    for (const [file, says] of [
      ["commit.json", "different commits"],
      ["config.json", "different configurations"],
      ["tool.json", "written by ssot-tracker 0.0.9"],
    ] as const) {
      const run = await runCli(["merge", "s1.json", file, "s3.json"], repo);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(says);
    }
  });

  it("shards of another N, a result, a bad --shard", async () => {
    await runCli(["analyze", "--no-cache", "--shard", "1/2", "--out", "h1.json"], repo);
    const mixed = await runCli(["merge", "h1.json", "s2.json", "s3.json"], repo);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("different shard counts");
    await runCli(["analyze", "--no-cache", "--format", "json", "--out", "r.json"], repo);
    const result = await runCli(["merge", "r.json"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not a shard file");
    const check = await runCli(["check", "--result", "s1.json"], repo);
    expect(check.code).toBe(2);
    for (const bad of ["0/3", "4/3", "x"]) {
      const run = await runCli(["analyze", "--shard", bad], repo);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("expected K/N");
    }
  });

  it("check, report and snapshot read the merged file with --result", async () => {
    await runCli(["merge", "s1.json", "s2.json", "s3.json", "--out", "merged.json"], repo);
    await runCli(["check", "--no-cache", "--update-baseline"], repo);
    const fresh = await runCli(["check", "--no-cache", "--format", "markdown"], repo);
    const read = await runCli(["check", "--result", "merged.json", "--format", "markdown"], repo);
    expect(read).toEqual(fresh);
    expect(read.code).toBe(1); // phase 2 is gated and not met in the example
  });
});
