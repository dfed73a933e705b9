import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/temp.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

// The reading thread runs compiled JavaScript, so this test drives the built modules.
describe("reading on a thread while this one scans", () => {
  beforeAll(() => {
    if (!existsSync(`${repoRoot}dist/analyze/scan/read-worker.js`)) {
      execFileSync("npm", ["run", "build"], { cwd: repoRoot });
    }
  });

  // 2,308 files in chunks of 128: the first read here, 17 more on the thread, which is handed
  // only 16 ahead.
  const many: Record<string, string> = {};
  for (let i = 0; i < 2300; i++) many[`m/f${String(i).padStart(4, "0")}.py`] = `x = ${i}\n`;
  const root = tempRepo({
    ...many,
    "a.py": "from pkg.text import f\n",
    "b.py": new Uint8Array([105, 109, 0, 0]) as unknown as string,
    "c.py": "import x_text\nclass C: pass\n",
    "d.py": "import os\n",
    "e.py": "from pkg import (text,\n",
    "pkg/__init__.py": "from . import helpers\n",
    "pkg/text.py": "def f(): pass\n",
  });
  const names = [...Object.keys(many), "a.py", "b.py", "c.py", "d.py", "e.py", "gone.py"];
  names.push("pkg/__init__.py", "pkg/text.py");
  names.sort();
  const files = names.map((file) => ({ file, version: file }));

  async function scanned(readThread: boolean, extra: Record<string, unknown> = {}) {
    const { scanPythonFiles } = await import(`${repoRoot}dist/analyze/scan/python.js`);
    const { prefilterOf } = await import(`${repoRoot}dist/analyze/scan/prefilter.js`);
    const { readFromDisk } = await import(`${repoRoot}dist/workspace/source.js`);
    const absPath = (file: string) => path.join(root, file);
    const source = { files, skipped: [], readMany: readFromDisk(absPath), absPath };
    return scanPythonFiles(files, source, {
      prefilter: prefilterOf(["pkg.text"]),
      full: (file: string) => file.startsWith("pkg/"),
      readThread,
      ...extra,
    });
  }

  it("gives exactly the single-thread scans, verdicts and skipped files, in order", async () => {
    const single = await scanned(false);
    const threaded = await scanned(true);
    expect([...threaded.scans.keys()]).toEqual([...single.scans.keys()]);
    expect(threaded.scans.size).toBe(2306);
    expect(threaded.skipped).toEqual(single.skipped);
    expect(threaded.skipped).toEqual([
      { file: "b.py", reason: "binary file" },
      { file: "gone.py", reason: "cannot read: no such file or folder" },
    ]);
    expect([...threaded.filtered]).toEqual([...single.filtered]);
    // Let go: the 2,300 small files, c.py (a longer name, with a class) and d.py.
    expect(threaded.filtered.size).toBe(2302);
    expect(threaded.filtered.get("c.py")).toEqual({ hasClass: true });
    expect(threaded.scannedFresh).toBe(single.scannedFresh);
    expect(threaded.scannedFresh).toBe(4);
    for (const file of ["a.py", "e.py", "pkg/__init__.py", "pkg/text.py"])
      expect(threaded.scans.get(file), file).toEqual(single.scans.get(file));
    expect(threaded.scans.get("a.py").imports[0].module).toBe("pkg.text");
    expect(threaded.scans.get("e.py").errors).toHaveLength(1);
  });

  it("takes a thread started early, and ends one it does not need", async () => {
    const { startReadThread } = await import(`${repoRoot}dist/analyze/scan/read-thread.js`);
    const single = await scanned(false);
    const early = startReadThread();
    if (!early) return; // one core: no thread to start
    let exited = false;
    early.on("exit", () => {
      exited = true;
    });
    const taken = await scanned(true, { startedReadThread: early });
    expect([...taken.scans.keys()]).toEqual([...single.scans.keys()]);
    expect(taken.scannedFresh).toBe(4);
    expect(exited).toBe(true);
    // Not needed (everything in this thread): ended all the same, nothing left running.
    const unused = startReadThread();
    let ended = false;
    unused.on("exit", () => {
      ended = true;
    });
    const here = await scanned(false, { startedReadThread: unused });
    expect(here.filtered.size).toBe(2302);
    expect(ended).toBe(true);
  });
});
