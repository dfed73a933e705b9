import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/temp.js";
import { copyCase, expectTree, migrateDir, refusals, shimRepo, treeFiles } from "./tree.js";

describe("migrate --write never writes where it should not", () => {
  it("never through a symbolic link, to a file or below a folder outside the root", async () => {
    const outside = tempRepo({
      "target.py": "from pkg.shim import X\n",
      "lib/mod.py": "from pkg.shim import X\n",
    });
    const dir = shimRepo({ "app/real.py": "from pkg.shim import X\n" });
    symlinkSync(path.join(outside, "target.py"), path.join(dir, "app/linked.py"));
    symlinkSync(path.join(outside, "lib"), path.join(dir, "lib"));
    const run = await migrateDir(dir, { write: true });
    // Links that lead outside the root are never analysed (README "Which files are analysed"),
    // so they are never planned; migrate's own refusal stays for any link that gets through.
    expect(refusals(run)).toEqual([]);
    expect(run.outcome.files).toEqual(["app/real.py"]);
    expect(readFileSync(path.join(outside, "target.py"), "utf8")).toBe("from pkg.shim import X\n");
    expect(readFileSync(path.join(outside, "lib/mod.py"), "utf8")).toBe("from pkg.shim import X\n");
    expect(readFileSync(path.join(dir, "app/real.py"), "utf8")).toBe("from pkg.canon import X\n");
  });

  it("never puts backups through a planted link: the file is then left as it was", async () => {
    const outside = tempRepo({});
    const dir = shimRepo({ "app/real.py": "from pkg.shim import X\n" });
    mkdirSync(path.join(dir, ".ssot"));
    symlinkSync(outside, path.join(dir, ".ssot/backups"));
    await expect(migrateDir(dir, { write: true, backup: true })).rejects.toThrow(
      /\.ssot\/backups: is a symbolic link, not a folder; refusing to write through it/,
    );
    expect(readdirSync(outside)).toEqual([]);
    expect(readFileSync(path.join(dir, "app/real.py"), "utf8")).toBe("from pkg.shim import X\n");
  });

  it("hashes each file again right before its own write: an edit saved during the compile check is kept", async () => {
    const dir = copyCase("from-symbol");
    const file = path.join(dir, "app/service.py");
    // A python3 that saves an edit to the file while the rewrites are being compiled.
    const python = path.join(tempRepo({}), "python-that-edits");
    writeFileSync(
      python,
      `#!/bin/sh\nprintf '# saved meanwhile\\n' >> '${file}'\nexec python3 "$@"\n`,
    );
    chmodSync(python, 0o755);
    const before = readFileSync(file, "utf8");
    const run = await migrateDir(dir, { write: true, python });
    expect(new Set(run.outcome.refused.map((r) => r.reason))).toEqual(
      new Set(["the file changed since the plan"]),
    );
    expect(readFileSync(file, "utf8")).toBe(`${before}# saved meanwhile\n`);
  });

  it("writes atomically and keeps the file mode, in the file and in its backup", async () => {
    const dir = copyCase("from-symbol");
    const file = path.join(dir, "app/service.py");
    chmodSync(file, 0o750);
    const run = await migrateDir(dir, {
      write: true,
      backup: true,
      now: new Date("2025-09-14T10:00:00Z"),
    });
    expect(run.outcome.applied).toBe(5);
    expectTree(dir, "from-symbol");
    expect(statSync(file).mode & 0o777).toBe(0o750);
    const copy = path.join(dir, ".ssot/backups/20250914T100000000Z/app/service.py");
    expect(statSync(copy).mode & 0o777).toBe(0o750);
    expect(readdirSync(path.join(dir, "app")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a second run waits for the lock, then refuses and names it", async () => {
    const dir = copyCase("from-symbol");
    mkdirSync(path.join(dir, ".ssot"));
    writeFileSync(
      path.join(dir, ".ssot/migrate.lock"),
      `${process.pid} ${new Date().toISOString()}\n`,
    );
    await expect(migrateDir(dir, { write: true, lockTimeoutMs: 200 })).rejects.toThrow(
      /another ssot migrate --write or --restore is running in .* \(\.ssot\/migrate\.lock\): .*locked by process \d+/,
    );
    expectTree(dir, "from-symbol", "before");
  });

  it("two concurrent --write runs: one applies, the other waits and finds nothing left; no edit is lost", async () => {
    const dir = copyCase("split");
    const bin = fileURLToPath(new URL("../../bin/ssot.js", import.meta.url));
    const lock = path.join(dir, ".ssot/migrate.lock");
    const run = () => {
      let exited = false;
      const done = new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, "migrate", "--write", "--no-cache"], {
          cwd: dir,
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => {
          exited = true;
          resolve({ code, out });
        });
      });
      return { done, exited: () => exited };
    };
    // The second run starts only once the first holds the lock (or is done): whatever the
    // machine's load, the second one meets a held lock or a finished migration, never a tie.
    const first = run();
    while (!existsSync(lock) && !first.exited()) await new Promise((r) => setTimeout(r, 20));
    const second = run();
    const [a, b] = await Promise.all([first.done, second.done]);
    // The lock holder applies; the other waited, then found nothing left (or gave up waiting).
    expect(a.out.split("\n")[0]).toBe("6 planned, 6 applied, 0 refused; success rate 1");
    expect(b.out.split("\n")[0]).toMatch(
      /^(0 planned, 0 applied, 0 refused; success rate 1|ssot: another ssot migrate)/,
    );
    expect([a.code, b.code]).toEqual([0, b.out.startsWith("ssot:") ? 2 : 0]);
    expectTree(dir, "split");
    expect([...treeFiles(dir, true).keys()].filter((f) => f.startsWith(".ssot/"))).toEqual([
      ".ssot/last-migration.json",
    ]);
  }, 60_000);
});
