import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanPythonFiles } from "../../src/analyze/scan/python.js";
import { scanPython } from "../../src/languages/python/scanner.js";
import { ScanCache } from "../../src/workspace/scan-cache.js";
import { readFromDisk } from "../../src/workspace/source.js";
import { discoverWorkingTree } from "../../src/workspace/working-tree.js";
import { tempRepo } from "../helpers/temp.js";

const py = { accept: (n: string) => n.endsWith(".py"), exclude: [] };
const disk = (root: string) => ({
  files: [],
  skipped: [],
  readMany: readFromDisk((f) => path.join(root, f)),
});

describe("the scan cache", () => {
  it("rescans only changed files, forgets deleted ones and survives corruption", async () => {
    const root = tempRepo({ "a.py": "import os\n", "b.py": "import sys\n" });
    const cacheDir = tempRepo({});
    const run = async () => {
      const cache = ScanCache.open(cacheDir, root, "test");
      const files = discoverWorkingTree({ root, ...py }).files;
      const scanned = await scanPythonFiles(files, disk(root), { store: cache });
      cache.save(new Set(files.map((f) => f.file)));
      return scanned;
    };
    expect((await run()).scannedFresh).toBe(2);
    expect((await run()).scannedFresh).toBe(0);

    writeFileSync(path.join(root, "b.py"), "import json\n");
    utimesSync(path.join(root, "b.py"), new Date(), new Date(Date.now() + 5000));
    const changed = await run();
    expect(changed.scannedFresh).toBe(1);
    expect(changed.scans.get("b.py")?.imports.map((i) => i.names[0]?.name)).toEqual(["json"]);

    const cache = ScanCache.open(cacheDir, root, "test");
    writeFileSync(cache.file, "{ not json");
    expect((await run()).scannedFresh).toBe(2);
  });

  it("ignores a cache written by another tool version", async () => {
    const root = tempRepo({ "a.py": "import os\n" });
    const cacheDir = tempRepo({});
    const files = discoverWorkingTree({ root, ...py }).files;
    const old = ScanCache.open(cacheDir, root, "0.0.1");
    await scanPythonFiles(files, disk(root), { store: old });
    old.save(new Set(["a.py"]));
    const other = await scanPythonFiles(files, disk(root), {
      store: ScanCache.open(cacheDir, root, "0.0.2"),
    });
    expect(other.scannedFresh).toBe(1);
    const same = await scanPythonFiles(files, disk(root), {
      store: ScanCache.open(cacheDir, root, "0.0.1"),
    });
    expect(same.scannedFresh).toBe(0);
  });
});

describe("the scan cache file", () => {
  it("round-trips 40,000 files and a 5 MB scan through its line-per-file format", () => {
    const cacheDir = tempRepo({});
    const sources = [
      "import os\nfrom a.b import (c as d,\n  e)\n",
      "class K(Base, metaclass=M):\n    import json\n'pkg.mod.Name'\n",
      'import warnings\nwarnings.warn("old", DeprecationWarning)\n__all__ = ["x"]\nx = 1\n',
      "def broken(:\n    pass\nimport sys  # ssot: allow -- legacy\n",
    ];
    const scans = sources.map((text) => scanPython(text));
    // Larger than a read chunk (4 MiB): one line must be able to span many reads.
    const huge = scanPython(
      Array.from({ length: 120_000 }, (_, i) => `import pkg.module_${i}`).join("\n"),
    );
    const cache = ScanCache.open(cacheDir, "/repo", "test");
    // Names JSON must escape (tab, newline, quote, non-ASCII) cannot break a line.
    const name = (i: number) => (i % 1000 === 7 ? `odd\t"dir"\n/é_${i}.py` : `pkg/m${i}.py`);
    const count = 40_000;
    for (let i = 0; i < count; i++)
      cache.set({ file: name(i), version: `v${i}` }, scans[i % scans.length] as never);
    cache.set({ file: "huge.py", version: "h" }, huge);
    cache.save(new Set([...Array.from({ length: count }, (_, i) => name(i)), "huge.py"]));
    const lines = readFileSync(cache.file, "utf8").split("\n");
    expect(lines).toHaveLength(count + 3); // header, entries, huge, final newline
    expect(lines[count + 1]?.length).toBeGreaterThan(4 << 20);

    const again = ScanCache.open(cacheDir, "/repo", "test");
    expect(again.size).toBe(count + 1);
    for (let i = 0; i < count; i += 997) {
      const scan = again.get({ file: name(i), version: `v${i}` });
      expect(JSON.parse(JSON.stringify(scan))).toEqual(
        JSON.parse(JSON.stringify(scans[i % scans.length])),
      );
    }
    expect(again.get({ file: name(7), version: "v7" })?.errors).toEqual(scans[3]?.errors);
    expect(again.get({ file: name(1), version: "other" })).toBeUndefined();
    expect(again.get({ file: "huge.py", version: "h" })?.imports).toHaveLength(120_000);
  });

  it("starts empty from a truncated file (an interrupted write)", () => {
    const cacheDir = tempRepo({});
    const cache = ScanCache.open(cacheDir, "/repo", "test");
    cache.set({ file: "a.py", version: "1" }, scanPython("import os\n"));
    cache.save(new Set(["a.py"]));
    const text = readFileSync(cache.file, "utf8");
    writeFileSync(cache.file, text.slice(0, -5));
    expect(ScanCache.open(cacheDir, "/repo", "test").size).toBe(0);
    writeFileSync(cache.file, text);
    expect(ScanCache.open(cacheDir, "/repo", "test").size).toBe(1);
  });
});
