import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { backfill } from "../../src/history/backfill.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { readHistory } from "../../src/history/store.js";
import { BlobScanStore } from "../../src/workspace/source.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";
import { fixtureCounts, fixtureLine } from "./expected-lines.js";
import { gitIn, migrationRepo } from "./git-fixture.js";

let repo: string;
let commitOf: (tag: string) => string;

beforeAll(() => {
  repo = migrationRepo();
  commitOf = (tag) => gitIn(repo, ["rev-parse", `${tag}^{commit}`]);
});

/** The expected weekly lines: 2025-01-20 is c3 (first-parent), not s1 on the merged side branch. */
function expectedWeekly(): HistoryLine[] {
  const week = (date: string, tag: keyof typeof fixtureCounts) =>
    fixtureLine(date, commitOf(tag), "backfill", fixtureCounts[tag]);
  return [
    week("2025-01-06", "c1"),
    week("2025-01-13", "c2"),
    week("2025-01-20", "c3"),
    week("2025-01-27", "m"),
    week("2025-02-03", "c5"),
  ];
}

/** Distinct Python blobs in the trees of the given commits, straight from git. */
function distinctPythonBlobs(tags: string[]): number {
  const blobs = new Set<string>();
  for (const tag of tags) {
    for (const row of gitIn(repo, ["ls-tree", "-r", tag]).split("\n")) {
      const [meta, file] = row.split("\t");
      if (file?.endsWith(".py")) blobs.add(meta?.split(" ")[2] ?? "");
    }
  }
  return blobs.size;
}

describe("backfill from git", () => {
  it("samples the first-parent line weekly and gives exact lines; dates before the first commit are skipped", async () => {
    const config = loadConfig(repo);
    const result = await backfill(config, {
      since: "2024-12-30",
      until: "2025-02-03",
      stepDays: 7,
      store: new BlobScanStore(),
    });
    expect(result.skipped).toEqual(["2024-12-30"]);
    expect(result.lines).toEqual(expectedWeekly());
    expect(result.commits).toBe(5);
  });

  it("scans each distinct blob once across the points, and nothing again with the same store", async () => {
    const config = loadConfig(repo);
    const store = new BlobScanStore();
    const options = { since: "2025-01-06", until: "2025-02-03", stepDays: 7, store };
    const events: number[] = [];
    const first = await backfill(config, {
      ...options,
      onProgress: (e) => events.push(e.commitsDone),
    });
    // 8 files in c1, +2 (a, b) in c2, +1 (e) in c3, +1 (c) in m, +1 (f) in c5. Two of the
    // 13 name neither `canon` nor `shim` (pkg/__init__.py, app/e.py): the prefilter lets them
    // go, so 11 are scanned, each once.
    expect(distinctPythonBlobs(["c1", "c2", "c3", "m", "c5"])).toBe(13);
    expect(first.blobsScanned).toBe(11);
    expect(store.size).toBe(11);
    expect(events.at(-1)).toBe(5);
    expect((await backfill(config, options)).blobsScanned).toBe(0);
  });

  it("samples a daily range and another ref, with several dates on one commit", async () => {
    const config = loadConfig(repo);
    const result = await backfill(config, {
      since: "2025-01-13",
      until: "2025-01-16",
      stepDays: 1,
      ref: "side",
      store: new BlobScanStore(),
    });
    expect(result.lines.map((l) => [l.date, l.commit])).toEqual([
      ["2025-01-13", commitOf("c2")],
      ["2025-01-14", commitOf("c2")],
      ["2025-01-15", commitOf("s1")],
      ["2025-01-16", commitOf("s1")],
    ]);
    expect(result.commits).toBe(2);
    expect(result.lines[2]?.consolidations[0]?.paths).toEqual([
      { id: "canonical", files: 3, statements: 3 },
      { id: "shim", files: 2, statements: 2 },
    ]);
  });
});

describe("ssot backfill, snapshot and progress", () => {
  it("backfills into .ssot/history.jsonl, then reuses the on-disk blob cache", async () => {
    const dir = migrationRepo();
    const cacheDir = tempRepo({});
    const args = [
      "backfill",
      "--since",
      "2024-12-30",
      "--until",
      "2025-02-03",
      "--cache-dir",
      cacheDir,
    ];
    const run = await runCli(args, dir);
    expect(run.stderr).toBe("skipped 1 date before the first commit: 2024-12-30\n");
    expect(run.stdout).toBe(
      "backfilled 5 dates (2025-01-06 to 2025-02-03) from 5 commits, 11 files scanned; 0 replaced; 5 points in .ssot/history.jsonl\n",
    );
    expect(run.code).toBe(0);
    const again = await runCli(args, dir);
    expect(again.stdout).toBe(
      "backfilled 5 dates (2025-01-06 to 2025-02-03) from 5 commits, 0 files scanned; 5 replaced; 5 points in .ssot/history.jsonl\n",
    );
    const noCache = await runCli([...args, "--no-cache"], dir);
    // 13 distinct blobs, 2 let go by the prefilter (see above); the cache kept their verdicts.
    expect(noCache.stdout).toContain("from 5 commits, 11 files scanned;");
    const lines = readHistory(path.join(dir, ".ssot/history.jsonl"));
    expect(lines.map((l) => [l.date, l.commit])).toEqual([
      ["2025-01-06", gitIn(dir, ["rev-parse", "c1"])],
      ["2025-01-13", gitIn(dir, ["rev-parse", "c2"])],
      ["2025-01-20", gitIn(dir, ["rev-parse", "c3"])],
      ["2025-01-27", gitIn(dir, ["rev-parse", "m^{commit}"])],
      ["2025-02-03", gitIn(dir, ["rev-parse", "c5"])],
    ]);
  });

  it("snapshot adds the working tree for a date, replaces that date when run again", async () => {
    const dir = migrationRepo();
    const history = path.join(dir, ".ssot/history.jsonl");
    const head = gitIn(dir, ["rev-parse", "HEAD"]);
    const first = await runCli(["snapshot", "--date", "2025-02-10", "--no-cache"], dir);
    expect(first.stdout).toBe(
      `added 2025-02-10 (${head.slice(0, 12)}) in .ssot/history.jsonl: mgr 50.0% deprecated; 1 point\n`,
    );
    const second = await runCli(["snapshot", "--date", "2025-02-10", "--no-cache"], dir);
    expect(second.stdout).toContain("replaced 2025-02-10");
    expect(readHistory(history)).toEqual([
      fixtureLine("2025-02-10", head, "snapshot", { ...fixtureCounts.c5 }),
    ]);
    expect(readFileSync(history, "utf8").split("\n")).toHaveLength(2);

    const bad = await runCli(["snapshot", "--date", "2025-13-01"], dir);
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'ssot: --date: "2025-13-01" is not a date; expected YYYY-MM-DD (e.g. 2025-09-14)\n',
    });
  });

  it("snapshot outside a git repository records a null commit", async () => {
    const dir = tempRepo({
      "ssot.config.yaml":
        "consolidations:\n  - id: x\n    paths:\n      - { id: c, module: pkg.c, role: canonical }\n",
      "pkg/c.py": "",
    });
    const run = await runCli(
      ["snapshot", "--date", "2025-01-06", "--no-cache", "--history", "h.jsonl"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(readHistory(path.join(dir, "h.jsonl"))[0]?.commit).toBeNull();
  });

  it("progress renders the backfilled history; a corrupt line is an error naming the line", async () => {
    const dir = migrationRepo();
    await runCli(["backfill", "--since", "2025-01-06", "--until", "2025-02-03", "--no-cache"], dir);
    const md = await runCli(["progress"], dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| done | 0.0% | 0 | 3 | 2025-03-17 (in 6 weeks) | – | – |");
    const html = await runCli(["progress", "--format", "html", "--out", "out/progress.html"], dir);
    expect(html.stderr).toBe("wrote out/progress.html\n");
    const page = readFileSync(path.join(dir, "out/progress.html"), "utf8");
    expect(page).toContain('<svg class="chart chart-wide"');
    expect(page).not.toContain("xychart");

    const history = path.join(dir, ".ssot/history.jsonl");
    const text = readFileSync(history, "utf8").split("\n");
    text[2] = text[2]?.slice(0, 40) ?? "";
    writeFileSync(history, text.join("\n"));
    for (const command of [
      ["progress"],
      ["snapshot", "--no-cache"],
      ["backfill", "--since", "2025-01-06", "--no-cache"],
    ]) {
      const run = await runCli(command, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ssot: .*\.ssot\/history\.jsonl:3: not JSON: /);
    }
  });

  it("exits 2 with a clear message outside git, on a bad ref and on a bad step", async () => {
    const notGit = tempRepo({
      "ssot.config.yaml":
        "consolidations:\n  - id: x\n    paths:\n      - { id: c, module: pkg.c, role: canonical }\n",
    });
    const outside = await runCli(["backfill", "--since", "2025-01-06", "--no-cache"], notGit);
    expect(outside).toMatchObject({
      code: 2,
      stderr: `ssot: ${notGit}: not in a git repository; backfill reads the history from git\n`,
    });
    const dir = migrationRepo();
    const ref = await runCli(
      ["backfill", "--since", "2025-01-06", "--ref", "nope", "--no-cache"],
      dir,
    );
    expect(ref.stderr).toBe(`ssot: nope: not a commit in the git repository at ${dir}\n`);
    const every = await runCli(["backfill", "--since", "2025-01-06", "--every", "0-days"], dir);
    expect(every.stderr).toBe(
      'ssot: --every: "0-days" is not a step; expected week, day or N-days (e.g. 14-days)\n',
    );
    const empty = await runCli(["progress"], dir);
    expect(empty).toMatchObject({
      code: 2,
      stderr:
        "ssot: .ssot/history.jsonl: no history yet; run `ssot snapshot` or `ssot backfill --since DATE` first\n",
    });
  });
});
