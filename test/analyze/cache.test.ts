import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
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

  it("keeps the whole lines of a truncated file (an interrupted write), then writes it anew", () => {
    const cacheDir = tempRepo({});
    const cache = ScanCache.open(cacheDir, "/repo", "test");
    cache.set({ file: "a.py", version: "1" }, scanPython("import os\n"));
    cache.set({ file: "b.py", version: "1" }, scanPython("import sys\n"));
    cache.save(new Set(["a.py", "b.py"]));
    const text = readFileSync(cache.file, "utf8");
    writeFileSync(cache.file, text.slice(0, -5));
    const cut = ScanCache.open(cacheDir, "/repo", "test");
    expect(cut.size).toBe(1);
    expect(cut.get({ file: "a.py", version: "1" })?.imports).toHaveLength(1);
    // No append after a partial line: the next save writes the whole file.
    cut.set({ file: "c.py", version: "1" }, scanPython("import json\n"));
    const before = statSync(cache.file).ino;
    cut.save(new Set(["a.py", "c.py"]));
    expect(statSync(cache.file).ino).not.toBe(before);
    expect(readFileSync(cache.file, "utf8").split("\n")).toHaveLength(4);
    expect(ScanCache.open(cacheDir, "/repo", "test").size).toBe(2);
  });

  it("appends what a run changed, and writes the file anew once most lines are dead", () => {
    const cacheDir = tempRepo({});
    const names = Array.from({ length: 10 }, (_, i) => `m${i}.py`);
    const scan = scanPython("import os\n");
    const first = ScanCache.open(cacheDir, "/repo", "test");
    for (const file of names) first.set({ file, version: "1" }, scan);
    first.save(new Set(names));
    const ino = statSync(first.file).ino;
    const lineCount = () => readFileSync(first.file, "utf8").split("\n").length - 1;
    expect(lineCount()).toBe(11);

    const touched = ScanCache.open(cacheDir, "/repo", "test");
    touched.set({ file: "m3.py", version: "2" }, scanPython("import sys\n"));
    touched.save(new Set(names));
    expect(statSync(first.file).ino).toBe(ino);
    expect(lineCount()).toBe(12);
    const read = ScanCache.open(cacheDir, "/repo", "test");
    expect(read.size).toBe(10);
    expect(read.get({ file: "m3.py", version: "2" })?.imports[0]?.names[0]?.name).toBe("sys");
    expect(read.get({ file: "m3.py", version: "1" })).toBeUndefined();

    // A file that is gone leaves a tombstone line.
    read.save(new Set(names.slice(1)));
    expect(lineCount()).toBe(13);
    expect(ScanCache.open(cacheDir, "/repo", "test").size).toBe(9);

    // 13 lines plus 9 changes would be more than twice the 9 live entries: written anew.
    const all = ScanCache.open(cacheDir, "/repo", "test");
    for (const file of names.slice(1)) all.set({ file, version: "3" }, scan);
    all.save(new Set(names.slice(1)));
    expect(statSync(first.file).ino).not.toBe(ino);
    expect(lineCount()).toBe(10);
    expect(
      ScanCache.open(cacheDir, "/repo", "test").get({ file: "m5.py", version: "3" }),
    ).toBeDefined();
  });

  it("never appends to a file another run wrote anew since it was read", () => {
    const cacheDir = tempRepo({});
    const scan = scanPython("import os\n");
    const first = ScanCache.open(cacheDir, "/repo", "test");
    first.set({ file: "a.py", version: "1" }, scan);
    first.save(new Set(["a.py"]));
    const mine = ScanCache.open(cacheDir, "/repo", "test");
    // Another tool version writes its own file in between: appending would put this
    // version's lines under that version's header.
    const other = ScanCache.open(cacheDir, "/repo", "other");
    other.set({ file: "a.py", version: "1" }, scan);
    other.save(new Set(["a.py"]));
    mine.set({ file: "b.py", version: "1" }, scan);
    mine.save(new Set(["a.py", "b.py"]));
    expect(ScanCache.open(cacheDir, "/repo", "other").size).toBe(0);
    expect(ScanCache.open(cacheDir, "/repo", "test").size).toBe(2);
  });
});
