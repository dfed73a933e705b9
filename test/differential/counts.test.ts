/**
 * The whole pipeline (discovery, scanner, resolution, classification, counting) against an
 * independent reference written on CPython's ast (reference_counts.py), on the standard
 * library: per path, the statements that reach it and the files they are in.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { resolveConfig, validateConfig } from "../../src/config/load.js";
import { findPython, stdlibDir } from "./ast-diff.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);
const reference = fileURLToPath(new URL("./reference_counts.py", import.meta.url));

// Absolute, relative (email, importlib and json use both), package and from-import forms.
const modules = [
  "os.path",
  "collections.abc",
  "typing",
  "email.utils",
  "email.message",
  "importlib.util",
  "json.decoder",
  "concurrent.futures",
  "xml.etree.ElementTree",
];

describe.skipIf(python === undefined)("counts vs an ast-based reference", () => {
  it("agrees on statements and files per path over the standard library", async () => {
    const root = stdlibDir(python ?? "python3");
    const out = execFileSync(python ?? "python3", [reference, root, ...modules], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    const expected = JSON.parse(out) as {
      counts: Record<string, [number, number]>;
      unparsed: string[];
    };
    const config = resolveConfig(
      `${root}/ssot.config.yaml`,
      validateConfig("(test)", {
        root,
        // Installed packages are not the repository; files CPython rejects count only for us.
        exclude: ["site-packages/**", ...expected.unparsed],
        consolidations: [
          {
            id: "stdlib",
            paths: modules.map((module, i) => ({
              id: `p${i}`,
              module,
              role: i === 0 ? "canonical" : "shim",
            })),
          },
        ],
      }),
    );
    const result = await analyze(config, { cache: false });
    const actual = Object.fromEntries(
      (result.consolidations[0]?.paths ?? []).map((p) => [p.module, [p.statements, p.files]]),
    );
    expect(actual).toEqual(expected.counts);
    expect(Object.values(actual).reduce((n, [s]) => n + (s ?? 0), 0)).toBeGreaterThan(100);
  }, 600_000); // CPython over the stdlib: minutes on a loaded machine; a hang guard, not a goal
});
