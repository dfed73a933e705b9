import { execFileSync } from "node:child_process";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze, analyzeCommit, analyzeSource } from "../../src/analyze/index.js";
import { filterBytes, needleBytes, prefilterOf } from "../../src/analyze/scan/prefilter.js";
import { loadConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/types.js";
import { type AnalysisSource, BlobScanStore, readFromDisk } from "../../src/workspace/source.js";
import { discoverWorkingTree } from "../../src/workspace/working-tree.js";
import { findPython, stdlibDir } from "../differential/ast-diff.js";
import { fixturesDir } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot", import.meta.url));

/** Full scan and prefiltered scan of one tree: the same result but for unchecked parse errors. */
async function expectSameResult(config: Config) {
  const full = await analyze(config, { cache: false, prefilter: false, workers: 0 });
  const filtered = await analyze(config, { cache: false, workers: 0 });
  const { parseErrors: fullErrors, ...fullFiles } = full.files;
  const { parseErrors: filteredErrors, ...filteredFiles } = filtered.files;
  expect(filteredFiles).toEqual(fullFiles);
  expect(filtered.consolidations).toEqual(full.consolidations);
  // Only files that cannot matter go unchecked.
  for (const e of filteredErrors) expect(fullErrors).toContainEqual(e);
  return { full, filtered, unchecked: fullErrors.length - filteredErrors.length };
}

describe("the byte prefilter", () => {
  it("lets go only ASCII files that name no path module's last part", () => {
    const needles = needleBytes(prefilterOf(["pkg.text", "pkg.common.converters"]));
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(filterBytes(bytes("import os\nclass A: pass\n"), needles)).toEqual({ hasClass: true });
    expect(filterBytes(bytes("import os\n"), needles)).toEqual({ hasClass: false });
    expect(filterBytes(bytes("from pkg import text\n"), needles)).toBeUndefined();
    expect(filterBytes(bytes("from ..converters import f\n"), needles)).toBeUndefined();
    expect(filterBytes(bytes("x = 'pkg.text.f'\n"), needles)).toBeUndefined();
    // NFKC: CPython reads the fullwidth letters as `text`; a byte search cannot, so it scans.
    expect(filterBytes(bytes("from pkg import ｔｅｘｔ\n"), needles)).toBeUndefined();
  });

  it("needs the needle as a whole name, in statements and in dotted strings", () => {
    const needles = needleBytes(prefilterOf(["pkg.text", "pkg.common.converters"]));
    const bytes = (text: string) => new TextEncoder().encode(text);
    const verdict = (text: string) => filterBytes(bytes(text), needles);
    // Longer names that hold a needle are other names: let go.
    expect(verdict("import x_text, texts, context\n")).toEqual({ hasClass: false });
    expect(verdict("from a.textual import converters2\nclass C: pass\n")).toEqual({
      hasClass: true,
    });
    expect(verdict("y = 'pkg.text2'\n")).toEqual({ hasClass: false });
    // Every way of naming the module keeps the full scan.
    for (const text of [
      "import pkg.text\n",
      "import pkg.text as t\n",
      "from pkg.text.sub import f\n",
      "from pkg import (x,\n    text)\n",
      "from . import text\n",
      "from .common.converters import f\n",
      "from pkg.\\\ntext import f\n",
      "x = 'pkg.text'\n",
      'x = "pkg.common.converters.to_text"\n',
      "text",
    ])
      expect(verdict(text), text).toBeUndefined();
  });

  it("searches each needle from its rarest byte and still finds every whole-name occurrence", () => {
    const [converters, text] = needleBytes(prefilterOf(["pkg.text", "pkg.common.converters"]));
    // `x` and `v` are the rarest bytes of the two needles in Python sources.
    expect(text?.anchor.toString()).toBe("xt");
    expect(text?.offset).toBe(2);
    expect(converters?.anchor.toString()).toBe("vert");
    expect(converters?.offset).toBe(3);
    const needles = needleBytes(prefilterOf(["pkg._text", "pkg.common.converters"]));
    const verdict = (text: string) => filterBytes(new TextEncoder().encode(text), needles);
    // A longer name first, the needle later in the same buffer.
    expect(verdict("import x_text\nfrom a import _text\n")).toBeUndefined();
    expect(verdict("import x_text, _texts, context, next\n")).toEqual({ hasClass: false });
    // At the very start and the very end of the buffer, and the buffer being the needle.
    expect(verdict("_text = 1\n")).toBeUndefined();
    expect(verdict("from . import _text")).toBeUndefined();
    expect(verdict("_text")).toBeUndefined();
    expect(verdict("converters")).toBeUndefined();
    // Only the anchor, or the needle cut short by the buffer's end: no needle.
    expect(verdict("xt = 1\nvert = 2\n")).toEqual({ hasClass: false });
    expect(verdict("import _tex")).toEqual({ hasClass: false });
    expect(verdict("import convert")).toEqual({ hasClass: false });
    // The anchor's first hit is inside another name; a later one is the needle.
    expect(verdict("nexttext = 1\nfrom .converters import f\n")).toBeUndefined();
    // Non-ASCII bytes around the needle (UTF-8 of é ends in 0xa9, no name byte).
    expect(verdict("# café\nfrom é import _text\n")).toBeUndefined();
    expect(verdict("# café\nimport x_next\n")).toEqual({ hasClass: false });
    // There the NFKD search has no whole-name rule: a longer name is scanned, to be safe.
    expect(verdict("# café\nimport x_text\n")).toBeUndefined();
  });

  it("reads non-ASCII files as Python does (NFKC names), letting go those that name no path", () => {
    const needles = needleBytes(prefilterOf(["pkg.text", "pkg.common.converters"]));
    const bytes = (text: string) => new TextEncoder().encode(text);
    const verdict = (text: string) => filterBytes(bytes(text), needles);
    expect(verdict("# café, naïve\nimport os\nname = 'Jürgen'\n")).toEqual({ hasClass: false });
    expect(verdict("# 日本語\nclass Ａ: pass\n")).toEqual({ hasClass: true });
    // `ｃｌａｓｓ` is `class` to Python: the file may define classes.
    expect(verdict("# é\nｃｌａｓｓ A: pass\n")).toEqual({ hasClass: true });
    for (const text of [
      "from pkg import ｔｅｘｔ\n", // fullwidth
      "from pkg import ｔext\n", // one fullwidth letter
      "from pkg import 𝐭𝐞𝐱𝐭\n", // mathematical bold, outside the BMP
      "from pkg.common import ｃonverters\n",
      "from pkg import te\u0078t  # é\n", // ASCII name, non-ASCII elsewhere
      "import pkg.ｔｅｘｔ as é\n",
    ])
      expect(verdict(text), text).toBeUndefined();
    // A needle that is not ASCII: non-ASCII files are scanned in full.
    const accented = needleBytes(prefilterOf(["pkg.café"]));
    expect(filterBytes(bytes("# é\nimport os\n"), accented)).toBeUndefined();
    expect(filterBytes(bytes("import os\n"), accented)).toEqual({ hasClass: false });
  });

  const fixtures = readdirSync(path.join(fixturesDir, "python")).filter((name) =>
    readdirSync(path.join(fixturesDir, "python", name)).includes("ssot.config.yaml"),
  );
  for (const name of [...fixtures.map((f) => `python/${f}`), "javascript/mixed-python"]) {
    it(`gives the full scan's result on fixtures/${name}`, async () => {
      await expectSameResult(loadConfig(path.join(fixturesDir, name)));
    });
  }

  it("gives the full scan's result on the example, parse error included", async () => {
    const { filtered, unchecked } = await expectSameResult(loadConfig(example));
    expect(filtered.files.parseErrors).toHaveLength(1);
    expect(unchecked).toBe(0);
  });

  it("follows re-exports through modules it let go, and relative imports inside a path's package", async () => {
    const root = tempRepo({
      "ssot.config.yaml": `consolidations:
  - id: c
    paths:
      - { id: core, module: lib.core, role: canonical }
      - { id: api, module: lib.api, role: reexport }
    phases:
      - id: done
        criteria:
          - { metric: deprecated-share, max: 0 }
`,
      "lib/__init__.py": "",
      // The chain api -> middle -> core passes through a file that names neither path.
      "lib/api.py": "from lib.middle import thing, local\n",
      "lib/middle.py": "from lib.deep import thing\nlocal = 1\n",
      "lib/deep.py": "from lib.core import thing\n",
      "lib/core/__init__.py": "thing = 1\n",
      // Inside the path's own package: `from . import thing` reaches lib.core unnamed.
      "lib/core/inner.py": "from . import thing\n",
      "app/use.py": "from lib.api import thing, local\n",
      "app/other.py": "import os\nclass K:\n    pass\n",
    });
    const { filtered } = await expectSameResult(loadConfig(root));
    // The same tree from git objects: filtered blobs keep a verdict in the store, and the one
    // the chain reads (lib/middle.py) is scanned then and kept, so nothing is read twice.
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["add", "-A"], { cwd: root });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c"], {
      cwd: root,
    });
    const store = new BlobScanStore();
    const committed = await analyzeCommit(loadConfig(root), "HEAD", { store, workers: 0 });
    const unfiltered = await analyzeCommit(loadConfig(root), "HEAD", {
      store: new BlobScanStore(),
      prefilter: false,
      workers: 0,
    });
    expect(committed.consolidations).toEqual(unfiltered.consolidations);
    expect(committed.consolidations).toEqual(filtered.consolidations);
    // api, deep, use (name a path), core/__init__ and core/inner (inside it), middle (read by
    // the chain); lib/__init__.py and app/other.py are only byte-searched.
    expect(store.size).toBe(6);
    const c = filtered.consolidations[0];
    expect(c?.edges.map((e) => `${e.file} ${e.path} ${e.provenance?.[0]?.origin ?? "-"}`)).toEqual([
      "app/use.py api lib.core",
      "lib/core/inner.py core -",
      "lib/deep.py core -",
    ]);
  });

  it("lets the same files go whatever the cache holds, and rereads them when the paths change", async () => {
    const config = (extra: string) => `consolidations:
  - id: c
    paths:
      - { id: new, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }${extra}
    phases:
      - id: done
        criteria:
          - { metric: deprecated-share, max: 0 }
`;
    const root = tempRepo({
      "ssot.config.yaml": config(""),
      "pkg/__init__.py": "",
      "pkg/new.py": "def f():\n    pass\n",
      "pkg/old.py": "from pkg.new import f\n",
      "app/a.py": "from pkg.old import f\n",
      // Names no path: let go, so its parse error is not checked.
      "app/broken.py": "def broken(:\n    pass\n",
    });
    const cacheDir = tempRepo({});
    const run = async () => {
      for (const f of readdirSync(cacheDir))
        if (f.startsWith("result-")) rmSync(path.join(cacheDir, f));
      const result = await analyze(loadConfig(root), { cacheDir, workers: 0 });
      return result.files.parseErrors.map((e) => `${e.file}:${e.line}`);
    };
    expect(await run()).toEqual([]);
    expect(await run()).toEqual([]); // from the cache's verdicts
    writeFileSync(
      path.join(root, "ssot.config.yaml"),
      config("\n      - { id: b, module: pkg.broken, role: shim }"),
    );
    expect(await run()).toEqual(["app/broken.py:1"]); // `broken` is a needle now
    writeFileSync(path.join(root, "ssot.config.yaml"), config(""));
    // The cache now holds its full scan; it is still let go, as on a cold run.
    expect(await run()).toEqual([]);
  });

  it("never reads a file it let go again to classify it (only provenance or classes may)", async () => {
    const root = tempRepo({
      "ssot.config.yaml": `consolidations:
  - id: c
    paths:
      - { id: new, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }
`,
      "pkg/__init__.py": "",
      "pkg/new.py": "def f():\n    pass\n",
      "pkg/old.py": "from pkg.new import f\n",
      "app/a.py": "from pkg.old import f\n",
      "app/c.py": "import os  # ........\n",
    });
    // Every read goes through the source: the scan reads each file once (a chunk at a time);
    // a second read of a file it let go would be the classification scanning it after all.
    const discovered = discoverWorkingTree({
      root,
      exclude: [],
      accept: (f) => f.endsWith(".py"),
      useGit: false,
    });
    const disk = readFromDisk((f) => path.join(root, f));
    const reads: string[] = [];
    const source: AnalysisSource = {
      files: discovered.files,
      skipped: [],
      readMany: (files) => {
        reads.push(...files.map((f) => f.file));
        return disk(files);
      },
      // No absPath: the scan then reads through readMany too (as from git), so it is counted.
    };
    const result = await analyzeSource(loadConfig(root), source, { workers: 0 });
    expect(result.consolidations[0]?.edges.map((e) => `${e.file} ${e.path}`)).toEqual([
      "app/a.py old",
    ]);
    expect(reads.filter((f) => f === "app/c.py")).toEqual(["app/c.py"]);
    expect(reads.filter((f) => f === "app/a.py")).toEqual(["app/a.py"]);
  });

  const python = findPython(undefined);
  it.skipIf(python === undefined)(
    "gives the full scan's result on the standard library (a corpus slice)",
    async () => {
      const dir = tempRepo({
        "ssot.config.yaml": `consolidations:
  - id: json
    paths:
      - { id: decoder, module: json.decoder, role: canonical }
      - { id: scanner, module: json.scanner, role: shim }
      - { id: package, module: json, role: reexport }
    implementation:
      classPattern: "Decoder"
    phases:
      - id: done
        criteria:
          - { metric: deprecated-share, max: 0 }
          - { metric: deprecation-warnings, min: 1 }
`,
      });
      const config = loadConfig(dir);
      const stdlib = stdlibDir(python ?? "python3");
      const { full } = await expectSameResult({
        ...config,
        root: stdlib,
        exclude: ["site-packages/**", "dist-packages/**", "test/**"],
      });
      expect(full.files.python).toBeGreaterThan(500);
      expect(full.consolidations[0]?.totals.statements).toBeGreaterThan(0);
    },
    300_000,
  );
});
