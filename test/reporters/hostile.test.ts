import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkBaseline } from "../../src/check/compare.js";
import type { CheckReport } from "../../src/check/report.js";
import { progressSection } from "../../src/history/progress.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { visible } from "../../src/reporters/escape/terminal.js";
import {
  formatsOf,
  type ReportCommand,
  reportCommands,
  reporter,
} from "../../src/reporters/index.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import type { AnalysisResult } from "../../src/result/schema.js";
import {
  fixtureContext,
  fixtureHistory,
  fixtureResult,
  websocketTargets,
} from "../helpers/report.js";

/**
 * Every registered reporter (all commands × formats) on a result whose file names, modules,
 * titles, reasons and messages carry what breaks some medium: terminal escape sequences (ESC,
 * CSI as a C1 control), a bidi override, markup, CDATA's end, Markdown code and table syntax,
 * an HTML comment's end and line breaks. A reporter added to the registry is covered here
 * without a line of this file changing (a new format must name its medium below).
 */
const hostile = "\u001b[2J\u009b31m\u202e<script>alert(1)</script>]]>`|-->\nnext\r\u0007";
const hostileKeys = new Set(["file", "module", "title", "reason", "message", "name"]);

/** Every string under a key of `hostileKeys` gets the hostile suffix (consistently, so links hold). */
function poisoned<T>(value: T): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string")
      return key !== undefined && hostileKeys.has(key) ? `${v}${hostile}` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value) as T;
}

function inputs(): Record<ReportCommand, unknown> {
  const result: AnalysisResult = poisoned(fixtureResult());
  const context = fixtureContext(result);
  const set = reportDiagrams(result, context);
  const outcome = checkBaseline(result, { entries: [] });
  const check: CheckReport = {
    outcome,
    baselineFile: `.ssot/baseline${hostile}.json`,
    toolVersion: "9.9.9",
  };
  // Path and batch ids of the history are names too: they reach every progress table.
  const history: HistoryLine[] = fixtureHistory().map((line) => ({
    ...line,
    consolidations: line.consolidations.map((c) => ({
      ...c,
      paths: c.paths.map((p) => ({ ...p, id: `${p.id}${hostile}` })),
    })),
  }));
  const targets = poisoned(websocketTargets);
  const progress = progressSection(history, targets, {
    source: `history${hostile}.jsonl`,
    today: "2025-06-30",
  });
  return {
    analyze: result,
    check,
    progress,
    report: { result, context, set, diagrams: set.diagrams },
  };
}

/** Markdown with its code spans and fenced blocks taken out: what is left is read as markup. */
const outsideCode = (md: string) =>
  md
    .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "") // A code span: a run of n backticks up to the next run of exactly n (CommonMark).
    .replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");

/** What each medium must hold beyond "no raw control character". */
const media: Record<string, (out: string) => void> = {
  text: (out) => expect(out).not.toMatch(/\nnext/),
  json: (out) => {
    // The same value comes back: escaping never changes the data.
    expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(hostile).slice(1, -1));
  },
  github: (out) => {
    for (const line of out.trimEnd().split("\n")) expect(line).toMatch(/^(::|$)/);
  },
  junit: (out) => {
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("]]>");
    expect(out.replace(/^<!--.*-->$/m, "")).not.toContain("-->");
  },
  markdown: (out) => {
    const prose = outsideCode(out);
    expect(prose).not.toMatch(/(?<!\\)<script>|(?<!\\)\|-->|\nnext/);
    // Inside Mermaid fences a name cannot end its label or start a line (an arrow) of its own.
    for (const fence of out.match(/^```mermaid\n[\s\S]*?^```$/gm) ?? []) {
      expect(fence).not.toMatch(/`\||\nnext/);
    }
  },
  html: (out) => {
    expect(out).not.toContain("<script>alert");
    expect(out).not.toContain("</script>]]>");
    expect(out).not.toContain("|-->");
  },
};
const mediumOf = (command: ReportCommand, format: string) =>
  command === "check" && format === "sarif" ? "json" : format;

describe("every registered reporter on hostile names", () => {
  const given = inputs();
  const cases = reportCommands.flatMap((command) =>
    formatsOf(command).map((format) => ({ command, format })),
  );

  it("covers each command's formats (4 commands, 11 reporters)", () => {
    expect(cases.map((c) => `${c.command} ${c.format}`)).toEqual([
      "analyze text",
      "analyze json",
      "check text",
      "check github",
      "check sarif",
      "check junit",
      "check markdown",
      "progress markdown",
      "progress html",
      "report html",
      "report markdown",
    ]);
  });

  for (const { command, format } of cases) {
    it(`${command} --format ${format}: no raw control character, the medium's characters escaped`, () => {
      const render = reporter(command, format) as (input: unknown) => string;
      const out = render(given[command]);
      // The hostile text reached the output (escaped), or the test would prove nothing.
      expect(out).toMatch(/\\x1b|\\u001b|\\\\x1b/);
      // Escaping again (keeping line breaks and tabs) changes nothing: no raw control or bidi character.
      expect(visible(out, "\n\t") === out).toBe(true);
      const medium = media[mediumOf(command, format)];
      if (!medium) throw new Error(`${command} ${format}: name its medium in this test`);
      medium(out);
    });
  }

  it("report's .svg files (every diagram, wide and narrow): well-formed XML, names as text", () => {
    const { set } = given.report as { set: ReturnType<typeof reportDiagrams> };
    // The fixture's 3 graphs and 2 trend charts; module names are in every graph.
    expect(set.diagrams).toHaveLength(5);
    for (const d of set.diagrams) {
      for (const svg of [d.drawn.wide, d.drawn.narrow]) {
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(visible(svg, "\n\t") === svg).toBe(true);
        expect(svg).not.toMatch(/<script|]]>|\son\w+=/);
      }
    }
    const graphs = set.diagrams.filter((d) => !d.kind.startsWith("trend-"));
    for (const d of graphs) expect(d.drawn.wide).toContain("\\x1b[2J\\x9b31m\\u202e&lt;script&gt;");
  });

  it("an unknown format is one input error listing the command's formats", () => {
    expect(() => reporter("check", "xml")).toThrow(
      'check --format "xml": unknown format; use one of text, github, sarif, junit, markdown',
    );
  });
});
