/**
 * Symbol provenance on reexport paths, through the whole pipeline, against an independent
 * reference written on CPython's ast (reference_provenance.py): per reexport path and file,
 * the statements that count and the ones listed as unrelated. On the standard library of the
 * python3 on PATH, and on the Debian corpora named in SSOT_DIFF_CORPUS (comma-separated), e.g.
 *   SSOT_DIFF_CORPUS=/work/corpora/django,/work/corpora/ansible npx vitest run test/differential/provenance
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { resolveConfig, validateConfig } from "../../src/config/load.js";
import { findPython, stdlibDir } from "./ast-diff.js";
import {
  corpusConsolidations,
  type DiffConsolidation,
  stdlibConsolidations,
} from "./provenance-cases.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);
const reference = fileURLToPath(new URL("./reference_provenance.py", import.meta.url));
const corpora = (process.env.SSOT_DIFF_CORPUS ?? "")
  .split(",")
  .map((dir) => dir.trim())
  .filter((dir) => dir.length > 0);

if (python === undefined) {
  console.warn(
    "python3 not found: the provenance differential test against CPython's ast is skipped",
  );
}

/** consolidation id -> path id -> file -> statements. */
type PerFile = Record<string, Record<string, Record<string, number>>>;

function countByFile(items: readonly { file: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { file } of items) out[file] = (out[file] ?? 0) + 1;
  return out;
}

const total = (perFile: PerFile) =>
  Object.values(perFile)
    .flatMap((paths) => Object.values(paths))
    .flatMap((files) => Object.values(files))
    .reduce((n, k) => n + k, 0);

const fileCount = (...sides: PerFile[]) =>
  new Set(
    sides.flatMap((perFile) =>
      Object.values(perFile).flatMap((paths) =>
        Object.values(paths).flatMap((f) => Object.keys(f)),
      ),
    ),
  ).size;

async function expectAgreement(
  name: string,
  root: string,
  consolidations: readonly DiffConsolidation[],
  minStatements: number,
): Promise<void> {
  const out = execFileSync(
    python ?? "python3",
    [reference, root, JSON.stringify({ consolidations })],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  const expected = JSON.parse(out) as {
    consolidations: Record<string, { counted: PerFile[string]; unrelated: PerFile[string] }>;
    unparsed: string[];
  };
  const config = resolveConfig(
    join(root, "ssot.config.yaml"),
    validateConfig("(test)", {
      root,
      // Installed packages are not the repository; files CPython rejects are in neither side.
      exclude: ["site-packages/**", ...expected.unparsed],
      consolidations,
    }),
  );
  const result = await analyze(config, { cache: false });
  const counted: PerFile = {};
  const unrelated: PerFile = {};
  for (const c of result.consolidations) {
    const reexports = c.paths.filter((p) => p.role === "reexport").map((p) => p.id);
    counted[c.id] = Object.fromEntries(
      reexports.map((id) => [id, countByFile(c.edges.filter((e) => e.path === id))]),
    );
    unrelated[c.id] = Object.fromEntries(
      reexports.map((id) => [id, countByFile(c.unrelatedImports.filter((u) => u.path === id))]),
    );
  }
  const ids = Object.keys(expected.consolidations);
  const want = (side: "counted" | "unrelated"): PerFile =>
    Object.fromEntries(ids.map((id) => [id, expected.consolidations[id]?.[side] ?? {}]));
  const statements = total(want("counted")) + total(want("unrelated"));
  console.log(
    `provenance ${name}: ${consolidations.length} consolidations, ${statements} statements on reexport paths ` +
      `(${total(want("unrelated"))} unrelated) in ${fileCount(want("counted"), want("unrelated"))} files compared`,
  );
  expect(counted).toEqual(want("counted"));
  expect(unrelated).toEqual(want("unrelated"));
  expect(statements).toBeGreaterThan(minStatements);
  expect(total(want("unrelated"))).toBeGreaterThan(0); // the rule itself is exercised
}

/** A Debian package's module root (usr/lib/python3/dist-packages), else the folder itself. */
function packageRoot(dir: string): string {
  const debian = join(dir, "usr/lib/python3/dist-packages");
  return existsSync(debian) ? debian : dir;
}

describe.skipIf(python === undefined)(
  "provenance on reexport paths vs an ast-based reference",
  () => {
    it("agrees per file on the standard library", async () => {
      await expectAgreement("stdlib", stdlibDir(python ?? "python3"), stdlibConsolidations, 100);
    }, 600_000);

    for (const dir of corpora) {
      const consolidations = corpusConsolidations[basename(dir)];
      if (consolidations === undefined) {
        console.warn(`${dir}: no consolidations for it in provenance-cases.ts, skipped`);
      }
      it.skipIf(consolidations === undefined)(
        `agrees per file on ${dir}`,
        async () => {
          await expectAgreement(dir, packageRoot(dir), consolidations ?? [], 0);
        },
        1_800_000,
      );
    }
  },
);
