import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ScanCache } from "../../src/analyze/cache.js";
import { discoverWorkingTree } from "../../src/analyze/discover.js";
import { scanPythonFiles } from "../../src/analyze/python/scan-files.js";
import { readFromDisk } from "../../src/analyze/source.js";
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
