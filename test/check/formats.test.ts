import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkBaseline } from "../../src/check/compare.js";
import type { CheckReport } from "../../src/check/report.js";
import { formatsOf, reporter } from "../../src/reporters/index.js";

import { consolidation, gate, result } from "./results.js";

const checkFormats = formatsOf("check");
const checkRenderers = Object.fromEntries(checkFormats.map((f) => [f, reporter("check", f)])) as {
  [F in (typeof checkFormats)[number]]: ReturnType<typeof reporter<"check", F>>;
};

const expectedDir = fileURLToPath(new URL("../fixtures/check-expected/", import.meta.url));
const extension = {
  text: "txt",
  github: "txt",
  sarif: "sarif",
  junit: "xml",
  markdown: "md",
} as const;

/**
 * Compare with the committed test/fixtures/check-expected/<format>.<ext>;
 * `UPDATE_EXPECTED=1 npx vitest run test/check` rewrites them instead (review the diff).
 */
function expectMatchesFile(name: string, actual: string): void {
  const file = `${expectedDir}${name}`;
  if (process.env.UPDATE_EXPECTED === "1") {
    mkdirSync(expectedDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`${file} is missing: UPDATE_EXPECTED=1 npx vitest run test/check writes it`);
  expect(actual, `differs from ${file} (UPDATE_EXPECTED=1 rewrites it)`).toBe(
    readFileSync(file, "utf8"),
  );
}

/** File names are untrusted: every character that means something in some output format. */
const evil = "src/we|rd <b>&amp;`x`$y$ %25 a,b:c'\"q\r\nz*_[l](u)#!.py";
const plain = "app/service.py";

function sampleReport(): CheckReport {
  const analysed = result(
    consolidation(
      [
        [evil, 3, "shim", ["OldManager"]],
        [plain, 7, "impl"],
        [plain, 9, "package", ["Manager"]],
        ["app/known.py", 1, "shim", ["Manager"]],
      ],
      [gate("phase-2", "not-met"), gate("phase-4", "unknown")],
    ),
  );
  const baseline = {
    entries: [
      {
        consolidation: "mgr",
        file: "app/known.py",
        path: "shim",
        names: ["Manager"],
        occurrence: 0,
      },
      { consolidation: "mgr", file: "app/gone.py", path: "impl", names: [], occurrence: 0 },
    ],
  };
  const outcome = checkBaseline(analysed, baseline, {
    symbols: { mgr: { OldManager: "Manager" } },
  });
  return { outcome, baselineFile: ".ssot/baseline.json", toolVersion: "9.9.9" };
}

describe("check output formats", () => {
  const report = sampleReport();

  it("the sample has 3 new edges, 1 fixed, 1 known, 1 gate not met and 1 unknown", () => {
    const { outcome } = report;
    expect([outcome.newEdges.length, outcome.fixed.length, outcome.known.length]).toEqual([
      3, 1, 1,
    ]);
    expect(outcome.gates.map((g) => g.status)).toEqual(["not-met", "unknown"]);
    expect(checkFormats).toEqual(["text", "github", "sarif", "junit", "markdown"]);
  });

  for (const format of checkFormats) {
    it(`${format}: matches the committed expected output`, () => {
      expectMatchesFile(`${format}.${extension[format]}`, checkRenderers[format](report));
    });
  }

  it("text: file:line of each new import and the import to use instead", () => {
    const text = checkRenderers.text(report);
    expect(text).toContain(
      "ssot check (ssot-tracker 9.9.9): 3 new deprecated imports, 1 fixed, 1 known, 1 gate not met",
    );
    expect(text).toContain(
      `  ${plain}:7  use: import pkg.canon\n    instead of: import pkg.impl  [mgr: impl, direct; batch other]\n`,
    );
    expect(text).toContain(
      `  ${plain}:9  use: from pkg.canon import Manager\n    instead of: from pkg import Manager  [mgr: package, reexport; batch other]\n`,
    );
    expect(text).toContain(".py:3  use: from pkg.canon import Manager\n");
    expect(text).toContain("src/we|rd <b>&amp;`x`$y$ %25 a,b:c'\"q\\x0d\\x0az*_[l](u)#!.py:3");
    expect(text).toContain(
      "Fixed since the baseline (run `ssot check --update-baseline` to shrink it):\n  app/gone.py  mgr: impl\n",
    );
    expect(text).toContain(
      "  ✗ mgr/phase-2 Phase phase-2: not-met\n      ✗ deprecated-share: 0.75 (expected <= 0.1)",
    );
    expect(text).toContain("  ? mgr/phase-4 Phase phase-4: unknown (does not fail the check)");
    expect(text.trimEnd().split("\n").at(-1)).toMatch(
      /^failed: new deprecated imports: .*; gate not met: mgr\/phase-2$/,
    );
  });

  it("github: every line is a workflow command, values escaped, on the exact file and line", () => {
    const lines = checkRenderers.github(report).trimEnd().split("\n");
    const command =
      /^::(error|warning|notice)(?: ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*))?::([^\r\n]*)$/;
    const parsed = lines.map((line) => {
      const m = command.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(
        (m?.[2] ?? "")
          .split(",")
          .filter(Boolean)
          .map((p) => p.split("=") as [string, string]),
      );
      return { level: m?.[1], props, data: m?.[3] ?? "" };
    });
    expect(parsed.map((p) => p.level)).toEqual([
      "error",
      "error",
      "error",
      "notice",
      "error",
      "warning",
      "error",
    ]);
    const decode = (s: string) => decodeURIComponent(s);
    expect(decode(parsed[2]?.props.file ?? "")).toBe(evil);
    expect(parsed[2]?.props.line).toBe("3");
    expect(decode(parsed[2]?.props.title ?? "")).toBe("ssot: new deprecated import (shim)");
    expect(parsed[0]?.props).toMatchObject({ file: plain, line: "7" });
    expect(decode(parsed[0]?.data ?? "")).toBe(
      "use: import pkg.canon; new deprecated import (direct path mgr/impl, batch other): import pkg.impl",
    );
    expect(parsed[3]?.props.file).toBe("app/gone.py");
    expect(parsed[4]?.data).toContain("deprecated-share: 0.75 (expected <= 0.1)");
  });

  it("sarif: valid against the official SARIF 2.1.0 schema, one rule per role, relative locations", () => {
    const log = JSON.parse(checkRenderers.sarif(report));
    const schemaFile = fileURLToPath(
      new URL("../fixtures/schemas/sarif-schema-2.1.0.json", import.meta.url),
    );
    // The official schema's language pattern is not a valid `u` regex; compile patterns without it.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    // ajv-formats is CommonJS: under NodeNext its default import is the module, whose default is the plugin.
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "ssot/shim",
      "ssot/direct",
      "ssot/reexport",
    ]);
    // Results keep file order: app/service.py (lines 7, 9), then src/….
    expect(
      run.results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, r.ruleIndex]),
    ).toEqual([
      ["ssot/direct", 1],
      ["ssot/reexport", 2],
      ["ssot/shim", 0],
    ]);
    const locations = run.results.map(
      (r: {
        locations: {
          physicalLocation: {
            artifactLocation: { uri: string; uriBaseId: string };
            region: { startLine: number };
          };
        }[];
      }) => r.locations[0]?.physicalLocation,
    );
    expect(locations[0]).toEqual({
      artifactLocation: { uri: plain, uriBaseId: "SRCROOT" },
      region: { startLine: 7 },
    });
    expect(decodeURIComponent(locations[2].artifactLocation.uri)).toBe(evil);
    expect(locations[2].artifactLocation.uri).not.toMatch(/[ <>|`"\r\n]/);
    expect(run.results[2].message.text).toContain("use: from pkg.canon import Manager");
  });

  it("sarif: an empty run is valid too", () => {
    const empty = { ...report, outcome: { ...report.outcome, newEdges: [] } };
    const log = JSON.parse(checkRenderers.sarif(empty));
    expect(log.runs[0].results).toEqual([]);
  });

  it("junit: well-formed XML, one failing test case per new import, gates as cases", () => {
    const xml = checkRenderers.junit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      htmlEntities: true, // also decode numeric character references (&#10;), as XML does
      isArray: (n) => n === "testcase" || n === "testsuite",
    }).parse(xml);
    expect(doc.testsuites).toMatchObject({
      name: "ssot check",
      tests: "5",
      failures: "4",
      skipped: "1",
    });
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual([
      `${plain}:7 import pkg.impl`,
      `${plain}:9 from pkg import Manager`,
      `${evil}:3 from pkg.shim import OldManager`,
      "gate phase-2 (Phase phase-2)",
      "gate phase-4 (Phase phase-4)",
    ]);
    expect(cases[2].file).toBe(evil);
    expect(cases[2].failure.type).toBe("ssot/shim");
    expect(cases[2].failure["#text"]).toContain("use: from pkg.canon import Manager");
    expect(cases[4].skipped.message).toBe(
      "unknown: migration-success-rate: unknown (expected >= 0.95)",
    );
  });

  it("junit: one passing case per consolidation when nothing is new", () => {
    const clean = { ...report, outcome: { ...report.outcome, newEdges: [], gates: [] } };
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      checkRenderers.junit(clean),
    );
    expect(doc.testsuites).toMatchObject({ tests: "1", failures: "0" });
    expect(doc.testsuites.testsuite.testcase.name).toBe("no new deprecated imports");
  });

  it("markdown: tables whose cells cannot be broken by file names", () => {
    const md = checkRenderers.markdown(report);
    expect(md.startsWith("## ssot check: failed ✗\n")).toBe(true);
    const row = md.split("\n").find((l) => l.includes(".py:3 |"));
    expect(row).toBeDefined();
    // Exactly 6 unescaped pipes: the 5 cells' borders.
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(6);
    // No tag can open: every `<` before a letter is backslash-escaped; no line break.
    expect(row).not.toMatch(/(?<!\\)<[A-Za-z/!?]|\r/);
    expect(row).toContain("\\<b>\\&amp;\\`x\\`\\$y\\$ %25 a,b:c'\"q z\\*\\_\\[l\\](u)\\#!.py");
    expect(md).toContain(
      "| import pkg.canon | app/service.py:7 | other | import pkg.impl | mgr/impl (direct) |",
    );
    expect(md).toContain("### Fixed since the baseline");
    expect(md).toContain(
      "| mgr | phase-2 Phase phase-2 | not-met | deprecated-share: 0.75 (expected <= 0.1) |",
    );
  });
});
