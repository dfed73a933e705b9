import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { HistoryLine } from "../../src/history/schema.js";
import {
  formatHistory,
  parseHistory,
  readHistory,
  updateHistory,
} from "../../src/history/store.js";
import { withLock } from "../../src/workspace/lock.js";
import { tempRepo } from "../helpers/temp.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

function line(
  date: string,
  deprecated: number,
  source: HistoryLine["source"] = "snapshot",
): HistoryLine {
  return {
    schemaVersion: 1,
    date,
    commit: null,
    source,
    consolidations: [
      {
        id: "mgr",
        deprecatedShare: { statements: deprecated / 10, files: deprecated / 10 },
        paths: [
          { id: "canonical", files: 10 - deprecated, statements: 10 - deprecated },
          { id: "shim", files: deprecated, statements: deprecated },
        ],
        phases: [{ id: "half", status: deprecated <= 5 ? "met" : "not-met" }],
      },
    ],
  };
}

const dates = (lines: HistoryLine[]) => lines.map((l) => l.date);

describe("the history file", () => {
  it("replaces a date that is already there and keeps lines sorted, oldest first", () => {
    const file = path.join(tempRepo({}), ".ssot/history.jsonl");
    expect(updateHistory(file, [line("2025-01-20", 6), line("2025-01-06", 9)]).replaced).toEqual(
      [],
    );
    const second = updateHistory(file, [line("2025-01-13", 8), line("2025-01-20", 5, "backfill")]);
    expect(second.replaced).toEqual(["2025-01-20"]);
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")).toHaveLength(4); // three lines and the final newline
    expect(text).toBe(
      formatHistory([
        line("2025-01-06", 9),
        line("2025-01-13", 8),
        line("2025-01-20", 5, "backfill"),
      ]),
    );
    expect(dates(readHistory(file))).toEqual(["2025-01-06", "2025-01-13", "2025-01-20"]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("reports a corrupt line with its line number and never drops it", () => {
    const file = path.join(tempRepo({}), "history.jsonl");
    const good = JSON.stringify(line("2025-01-06", 9));
    writeFileSync(file, `${good}\n{"schemaVersion": 1, "date": "2025-01-1\n`);
    expect(() => readHistory(file)).toThrow(`${file}:2: not JSON: `);
    expect(() => updateHistory(file, [line("2025-01-20", 5)])).toThrow(`${file}:2: not JSON`);
    expect(readFileSync(file, "utf8")).toContain('"date": "2025-01-1\n'); // untouched

    const wrongDate = JSON.stringify({ ...line("2025-01-13", 8), date: "2025-02-30" });
    expect(() => parseHistory(`${good}\n\n${wrongDate}\n`, "h.jsonl")).toThrow(
      "h.jsonl:3: not a history line: date: a date as YYYY-MM-DD",
    );
    const extraKey = JSON.stringify({ ...line("2025-01-13", 8), note: "x" });
    expect(() => parseHistory(extraKey, "h.jsonl")).toThrow(
      'h.jsonl:1: not a history line: Unrecognized key: "note"',
    );
    const negative = good.replace('"statements":1}', '"statements":-1}');
    expect(() => parseHistory(negative, "h.jsonl")).toThrow(
      "h.jsonl:1: not a history line: consolidations.0.paths.0.statements:",
    );
    expect(() => parseHistory(`${good}\n${good}\n`, "h.jsonl")).toThrow(
      "h.jsonl:2: date 2025-01-06 is already on line 1; keep one line per date",
    );
  });
});

describe("the history lock", () => {
  it("waits for a live holder, then gives up with a message naming it", () => {
    const file = path.join(tempRepo({}), "history.jsonl");
    withLock(`${file}.lock`, () => {
      expect(() => updateHistory(file, [line("2025-01-06", 9)], { timeoutMs: 100 })).toThrow(
        `${file}.lock: locked by process ${process.pid} for over 0.1 s; remove the file if no ssot command is running`,
      );
    });
    expect(dates(updateHistory(file, [line("2025-01-06", 9)], { timeoutMs: 100 }).lines)).toEqual([
      "2025-01-06",
    ]);
  });

  it("breaks a stale lock: its process is gone, or it is too old", () => {
    const file = path.join(tempRepo({}), "history.jsonl");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(`${file}.lock`, `${gone} 2025-01-01T00:00:00.000Z\n`);
    expect(updateHistory(file, [line("2025-01-06", 9)], { timeoutMs: 100 }).lines).toHaveLength(1);
    expect(existsSync(`${file}.lock`)).toBe(false);

    writeFileSync(`${file}.lock`, `${process.pid} 2025-01-01T00:00:00.000Z\n`);
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${file}.lock`, old, old);
    expect(updateHistory(file, [line("2025-01-13", 8)], { timeoutMs: 100 }).lines).toHaveLength(2);
  });
});

describe("concurrent writers", () => {
  const store = path.join(repoRoot, "dist/history/store.js");
  beforeAll(() => {
    if (!existsSync(store)) execFileSync("npm", ["run", "build"], { cwd: repoRoot });
  });

  it("three processes adding 25 dates each lose nothing", async () => {
    const file = path.join(tempRepo({}), ".ssot/history.jsonl");
    // Each process adds one date per write: without the lock, read-merge-write races drop lines.
    const writer = (month: number) => `
      import { updateHistory } from ${JSON.stringify(store)};
      const base = ${JSON.stringify(line("2025-01-01", 5))};
      for (let day = 1; day <= 25; day++) {
        const date = "2025-${String(month).padStart(2, "0")}-" + String(day).padStart(2, "0");
        updateHistory(${JSON.stringify(file)}, [{ ...base, date }]);
      }`;
    const run = (month: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", writer(month)], {
          stdio: "inherit",
        });
        child.on("exit", resolve);
      });
    expect(await Promise.all([run(1), run(2), run(3)])).toEqual([0, 0, 0]);
    const lines = readHistory(file);
    expect(lines).toHaveLength(75);
    expect(dates(lines)[0]).toBe("2025-01-01");
    expect(dates(lines)[74]).toBe("2025-03-25");
  });
});
