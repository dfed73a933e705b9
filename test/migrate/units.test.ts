import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/migrate/diff.js";
import { readMigrationRecord } from "../../src/migrate/record.js";
import type { Edit } from "../../src/migrate/types.js";
import { readLastMigration } from "../../src/workspace/migration-record.js";
import { tempRepo } from "../helpers/temp.js";
import { migrateDir, shimRepo } from "./tree.js";

const edit = (text: string, from: string, to: string): Edit => {
  const start = text.indexOf(from);
  return { file: "f.py", start, end: start + from.length, replacement: to, reason: "" };
};

describe("unifiedDiff: hunks straight from the edits", () => {
  it("adjacent changed lines form one block; distant ones separate hunks; a last line without a break is marked", () => {
    const text = [
      "import a",
      "import b",
      ...Array.from({ length: 9 }, (_, i) => `x${i} = ${i}`),
      "import c",
    ].join("\n");
    const diff = unifiedDiff("f.py", text, [
      edit(text, "import a", "import a2"),
      edit(text, "import b", "import b2\nimport b3"),
      edit(text, "import c", "import c2"),
    ]);
    expect(diff).toBe(
      [
        "--- a/f.py",
        "+++ b/f.py",
        "@@ -1,5 +1,6 @@",
        "-import a",
        "-import b",
        "+import a2",
        "+import b2",
        "+import b3",
        " x0 = 0",
        " x1 = 1",
        " x2 = 2",
        "@@ -9,4 +10,4 @@",
        " x6 = 6",
        " x7 = 7",
        " x8 = 8",
        "-import c",
        "\\ No newline at end of file",
        "+import c2",
        "\\ No newline at end of file",
        "",
      ].join("\n"),
    );
    expect(unifiedDiff("f.py", text, [edit(text, "import a", "import a")])).toBe("");
  });
});

describe(".ssot/last-migration.json", () => {
  it("a version 1 record is read as one run; the next run is added to it and the whole migration counts both", async () => {
    const dir = shimRepo({
      "app.py": "from pkg.shim import X\n",
      ".ssot/last-migration.json": `${JSON.stringify({ schemaVersion: 1, tool: { name: "ssot-tracker", version: "0.0.1" }, planned: 10, applied: 8, refused: 2, successRate: 0.8 })}\n`,
    });
    expect(readLastMigration(dir)).toEqual({ planned: 10, applied: 8 });
    expect(readMigrationRecord(dir)?.runs.map((r) => r.run)).toEqual(["v1"]);
    await migrateDir(dir, { write: true, batch: "other" });
    // The batch run covers neither the old run's refusals nor its applied items: both still count.
    expect(readLastMigration(dir)).toEqual({ planned: 11, applied: 9 });
    await migrateDir(dir, { write: true });
    // An unnarrowed run covers everything: the old refusals are no longer outstanding.
    expect(readLastMigration(dir)).toEqual({ planned: 9, applied: 9 });
    const record = JSON.parse(readFileSync(path.join(dir, ".ssot/last-migration.json"), "utf8"));
    expect(record.runs.map((r: { totals: { planned: number } }) => r.totals.planned)).toEqual([
      10, 1, 0,
    ]);
  });

  it("a record that is no migration record is an error naming the file", () => {
    const dir = tempRepo({ ".ssot/last-migration.json": '{"schemaVersion": 2, "planned": "x"}\n' });
    expect(() => readMigrationRecord(dir)).toThrow(/last-migration\.json: not a migration record/);
  });
});

// Quadratic work took minutes here: the test timeout catches it; its cost is not a goal here.
describe("linear time", () => {
  it("100k imports in one file are planned and applied in one pass", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        [
          `from pkg.shim import Manager as M${i}`,
          `import pkg.shim as s${i}`,
          `from pkg import shim as t${i}`,
          `from pkg.shim import make as f${i}, Manager as N${i}`,
        ][i % 4] as string,
      );
    }
    lines.push("x = s1.Manager, t2.make", "import pkg.shim", "y = pkg.shim.Manager", "");
    const dir = shimRepo({
      "pkg/canon.py": "class Manager:\n    pass\n\n\ndef make():\n    return Manager()\n",
      "pkg/shim.py": "from pkg.canon import Manager, make\n",
      "app/__init__.py": "",
    });
    mkdirSync(path.join(dir, "app"), { recursive: true });
    writeFileSync(path.join(dir, "app/big.py"), lines.join("\n"));
    // Without a python3 for the compile check: what is timed is this tool's own work.
    const run = await migrateDir(dir, { write: true, python: "ssot-test-no-such-python" });
    expect([run.outcome.planned, run.outcome.applied]).toEqual([100_001, 100_001]);
    const text = readFileSync(path.join(dir, "app/big.py"), "utf8");
    expect(
      text.startsWith(
        "from pkg.canon import Manager as M0\nimport pkg.canon as s1\nfrom pkg import canon as t2\n",
      ),
    ).toBe(true);
    expect(text.endsWith("import pkg.canon\ny = pkg.canon.Manager\n")).toBe(true);
  }, 180_000);
});
