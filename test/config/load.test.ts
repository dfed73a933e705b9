import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/util/errors.js";
import { tempRepo } from "../helpers/temp.js";

const minimal = `consolidations:
  - id: ws
    paths:
      - { id: canonical, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }
`;

function errorOf(yaml: string, name = "ssot.config.yaml"): string {
  const dir = tempRepo({ [name]: yaml });
  try {
    loadConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.replace(dir + path.sep, "");
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("fills defaults and resolves the root against the config file", () => {
    const dir = tempRepo({ "sub/ssot.config.yaml": `root: ..\n${minimal}` });
    // A root above the config's folder needs the git repository to hold both (or the flag).
    execFileSync("git", ["init", "-q"], { cwd: dir });
    const config = loadConfig(dir, "sub/ssot.config.yaml");
    expect(config.root).toBe(dir);
    expect(config.python.sourceRoots).toEqual(["."]);
    expect(config.exclude).toEqual([]);
    expect(config.consolidations[0]).toMatchObject({
      id: "ws",
      title: "ws",
      batches: [],
      phases: [],
      symbols: {},
    });
  });

  it("reads JSON configs too", () => {
    const dir = tempRepo({
      "ssot.config.json": JSON.stringify({
        consolidations: [{ id: "a", paths: [{ id: "c", module: "m", role: "canonical" }] }],
      }),
    });
    expect(loadConfig(dir).consolidations[0]?.paths).toHaveLength(1);
  });

  it("names an unknown key, suggests the right one and lists what is allowed", () => {
    const message = errorOf(`${minimal}    phases:\n      - id: p\n        criterias: []\n`);
    expect(message).toContain(
      'consolidations[0].phases[0].criterias: unknown key "criterias" (did you mean "criteria"?)',
    );
    expect(message).toContain("allowed keys here: id, title, due, gate, criteria");
  });

  it("names a wrong enum value with the allowed values and what was received", () => {
    const message = errorOf(minimal.replace("role: shim", "role: shimm"));
    expect(message).toBe(
      'ssot.config.yaml: invalid configuration\n  consolidations[0].paths[1].role: expected one of "canonical" | "shim" | "direct" | "reexport", received string "shimm" (did you mean "shim"?)',
    );
  });

  it("names a wrong type", () => {
    const message = errorOf(`exclude: "backups/**"\n${minimal}`);
    expect(message).toContain('exclude: expected array, received string "backups/**"');
  });

  it("lists the allowed metrics for an unknown one", () => {
    const message = errorOf(
      `${minimal}    phases:\n      - id: p\n        criteria:\n          - { metric: deprecated-shares, max: 0.1 }\n`,
    );
    expect(message).toContain("consolidations[0].phases[0].criteria[0].metric");
    expect(message).toContain("allowed metrics: deprecated-share, deprecated-statements");
  });

  it("requires exactly one canonical path and a bound on every criterion", () => {
    const noCanonical = errorOf(minimal.replace("role: canonical", "role: direct"));
    expect(noCanonical).toContain(
      'consolidations[0].paths: exactly one path needs role "canonical", found 0',
    );
    const noBound = errorOf(
      `${minimal}    phases:\n      - id: p\n        criteria:\n          - { metric: implementations }\n`,
    );
    expect(noBound).toContain(
      'consolidations[0].phases[0].criteria[0]: give "min", "max" or both for metric "implementations"',
    );
  });

  it("checks references to batches", () => {
    const message = errorOf(
      `${minimal}    phases:\n      - id: p\n        criteria:\n          - { metric: batch-deprecated-statements, batch: tests, max: 0 }\n`,
    );
    expect(message).toContain('criteria[0].batch: unknown batch "tests"; batches: (none)');
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(errorOf("consolidations: [\n  - id: x\n")).toMatch(
      /^ssot\.config\.yaml:\d+:\d+: invalid YAML: /,
    );
  });

  it("explains a missing config", () => {
    const dir = tempRepo({});
    expect(() => loadConfig(dir)).toThrow(
      /no config file: looked for ssot.config.yaml, ssot.config.yml, ssot.config.json/,
    );
    expect(() => loadConfig(dir, "nope.yaml")).toThrow("nope.yaml: config file not found");
  });

  it("rejects an empty file and a missing root folder", () => {
    expect(errorOf("")).toBe("ssot.config.yaml: the file is empty");
    expect(errorOf(`root: missing-folder\n${minimal}`)).toMatch(
      /root: folder .*missing-folder does not exist/,
    );
  });
});

describe("phase due dates and gate: { due }", () => {
  const withPhase = (phase: string) =>
    `${minimal}    phases:\n      - id: p\n${phase}        criteria:\n          - { metric: deprecated-share, max: 0.1 }\n`;
  it("accepts due and gate: { due } as calendar dates", () => {
    const dir = tempRepo({
      "ssot.config.yaml": withPhase("        due: 2026-03-31\n        gate: { due: 2026-02-28 }\n"),
    });
    const phase = loadConfig(dir).consolidations[0]?.phases[0];
    expect(phase?.due).toBe("2026-03-31");
    expect(phase?.gate).toEqual({ due: "2026-02-28" });
  });
  it("names the key of an impossible date", () => {
    expect(errorOf(withPhase("        due: 2026-02-30\n"))).toContain(
      "a calendar date as YYYY-MM-DD",
    );
    expect(errorOf(withPhase("        gate: { due: soon }\n"))).toContain("gate");
  });
});
