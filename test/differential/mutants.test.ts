/**
 * Mutation check against CPython's ast: standard library files with a few random edits
 * (quotes, brackets, line breaks, backslashes, tabs, keywords…). Whatever CPython still
 * accepts must give the same imports and no scanner error; nothing may throw.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeReport, findPython, listPythonFiles, runAstDiff, stdlibDir } from "./ast-diff.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);

const EDITS = [
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "\n",
  "\\",
  "#",
  ":",
  " ",
  "\t",
  'f"',
  "f'",
  "'''",
  "\r",
  "\r\n",
  "\f",
  ";",
  "import ",
  "from . ",
  "\n    ",
  "\n\t",
  " as x",
  ",",
  ".",
  '"""',
  'rb"',
  "lambda: ",
  "\\\n",
  "\\\n    ",
  "if x: ",
  "else: ",
  "def f(): ",
  "class C: ",
  "match x:\n    case 1: ",
  "{x!r:>{y}}",
  '"{',
  "async ",
  "yield ",
];

/** A small seeded generator (mulberry32), so every run makes the same mutants. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, rand: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < edits; i++) {
    const pos = Math.floor(rand() * (out.length + 1));
    if (rand() < 0.3) out = out.slice(0, pos) + out.slice(pos + 1 + Math.floor(rand() * 4));
    else
      out = out.slice(0, pos) + (EDITS[Math.floor(rand() * EDITS.length)] ?? "") + out.slice(pos);
  }
  return out;
}

describe.skipIf(python === undefined)("scanner vs CPython ast on mutated files", () => {
  const dir = mkdtempSync(join(tmpdir(), "scanner-mutants-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("agrees wherever CPython still accepts the file", async () => {
    const rand = random(1182);
    const sources = listPythonFiles(stdlibDir(python ?? "python3"), ["site-packages"]).filter(
      (file) => statSync(file).size < 20_000 && rand() < 0.25,
    );
    const mutants: string[] = [];
    for (const file of sources.slice(0, 300)) {
      const text = readFileSync(file, "latin1"); // byte-preserving; CPython decodes it
      for (let k = 0; k < 4; k++) {
        const path = join(dir, `${mutants.length}.py`);
        writeFileSync(path, mutate(text, rand), "latin1");
        mutants.push(path);
      }
    }
    const report = await runAstDiff(mutants, { python });
    console.log(describeReport("mutants", report));
    expect(report.files).toBeGreaterThan(100);
    expect(report.differences).toEqual([]);
    expect(report.falseErrors).toEqual([]);
    expect(report.otherDifferences).toEqual([]);
  }, 180_000);
});
