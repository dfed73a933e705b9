import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";
import { copyCase, copyTree, exampleDir, expectTree, treeHash } from "./tree.js";

describe("ssot migrate (CLI)", () => {
  it("dry run by default: a unified diff and the counts, exit 0 when nothing is refused, nothing written", async () => {
    const dir = copyCase("from-symbol");
    const before = treeHash(dir);
    const { code, stdout } = await runCli(["migrate", "--no-cache"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("--- a/app/service.py\n+++ b/app/service.py\n@@ -1,10 +1,10 @@\n");
    expect(stdout).toContain(
      "-from pkg.shim import OldManager\n-from pkg.shim import OldManager as Legacy",
    );
    expect(stdout).toContain(
      "+from pkg.canon import Manager as OldManager\n+from pkg.canon import Manager as Legacy",
    );
    expect(stdout.split("\n").slice(-3)).toEqual([
      "5 planned, 5 would apply, 0 refused; success rate 1",
      "dry run: 1 file(s) would change; nothing was written (apply with --write, keep copies with --backup)",
      "",
    ]);
    expect(treeHash(dir)).toBe(before);
  });

  it("--format json: {planned, applied, refused: [{file, line, reason}], successRate}; exit 1 when refused", async () => {
    const dir = copyTree(exampleDir);
    const { code, stdout } = await runCli(["migrate", "--no-cache", "--format", "json"], dir);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect([out.dryRun, out.planned, out.applied, out.successRate]).toEqual([true, 12, 9, 0.75]);
    const strings = (line: number) => ({
      file: "tests/test_websocket_manager.py",
      line,
      path: "manager",
      reason:
        'the string "netra_backend.app.websocket_core.manager.WebSocketManager" (line 18) names netra_backend.app.websocket_core.manager: rewrite strings too with --strings',
    });
    expect(out.refused).toEqual([
      {
        file: "scripts/broken_migration.py",
        line: 3,
        path: "manager",
        reason: "syntax error in the file (line 5: '[' was never closed)",
      },
      strings(3),
      strings(4),
    ]);
    expect(out.edits[0]).toEqual({
      file: "netra_backend/app/agents/supervisor.py",
      start: 0,
      end: 47,
      replacement: "import netra_backend.app.websocket_core.websocket_manager",
      reason:
        "netra_backend.app.websocket_core.manager -> netra_backend.app.websocket_core.websocket_manager",
    });
  });

  it("--write applies and records; running it again changes nothing but the record (idempotent)", async () => {
    const dir = copyCase("split");
    const first = await runCli(["migrate", "--no-cache", "--write"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      "6 planned, 6 applied, 0 refused; success rate 1\nrewrote app/service.py\nrecorded in .ssot/last-migration.json; whole migration: 6 of 6 applied (1)\n",
    );
    expectTree(dir, "split");
    const after = treeHash(dir, false);
    const second = await runCli(["migrate", "--no-cache", "--write", "--backup"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      "0 planned, 0 applied, 0 refused; success rate 1\nrecorded in .ssot/last-migration.json; whole migration: 6 of 6 applied (1)\n",
    );
    expect(treeHash(dir, false)).toBe(after);
  });

  it("keeps a byte order mark and CRLF line breaks, also in the lines a split adds", async () => {
    const dir = tempRepo({
      "ssot.config.yaml":
        "consolidations:\n  - id: m\n    paths:\n      - { id: c, module: pkg.canon, role: canonical }\n      - { id: p, module: pkg, role: reexport }\n",
      "pkg/__init__.py": "from .canon import X\n",
      "pkg/canon.py": "X = 1\n",
      "pkg/other.py": "Y = 2\n",
      "app.py": "\ufeffdef f():\r\n    from pkg import X, other\r\n    return X, other\r\n",
    });
    const { code } = await runCli(["migrate", "--no-cache", "--write"], dir);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "app.py"))).toEqual(
      Buffer.from(
        "\ufeffdef f():\r\n    from pkg.canon import X\r\n    from pkg import other\r\n    return X, other\r\n",
      ),
    );
  });

  it.each([
    [["--batch", "nope"], 'ssot: --batch: unknown batch "nope"; batches: tests, other\n'],
    [
      ["--path", "canonical"],
      'ssot: --path: "canonical" is no deprecated path; deprecated paths: shim, impl, package\n',
    ],
    [["--consolidation", "x"], 'ssot: --consolidation: unknown id "x"; consolidations: manager\n'],
    [["--dry-run", "--write"], "ssot: --dry-run and --write exclude each other; give one\n"],
    [["--backup"], "ssot: --backup only applies with --write (a dry run writes nothing)\n"],
  ])("%j is a usage error (exit 2) that names the value", async (args, message) => {
    const dir = copyCase("from-symbol");
    const before = treeHash(dir);
    const { code, stderr } = await runCli(["migrate", "--no-cache", ...args], dir);
    expect([code, stderr]).toEqual([2, message]);
    expect(treeHash(dir)).toBe(before);
  });
});
