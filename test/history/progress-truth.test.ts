import { describe, expect, it } from "vitest";
import { type ProgressTargets, progressSection } from "../../src/history/progress.js";
import type { HistoryLine } from "../../src/history/schema.js";
import { renderProgressMarkdown } from "../../src/reporters/progress/markdown.js";

/** A line of one consolidation `c`: canonical and shim statements, one batch, phase statuses. */
function line(
  date: string,
  canonical: number,
  shim: number,
  phases: { id: string; status: "met" | "not-met" | "unknown" }[],
  commit: string | null = null,
): HistoryLine {
  const total = canonical + shim;
  return {
    schemaVersion: 1,
    date,
    commit,
    source: "backfill",
    consolidations: [
      {
        id: "c",
        deprecatedShare: {
          statements: total === 0 ? null : shim / total,
          files: total === 0 ? null : shim / total,
        },
        paths: [
          { id: "canon", files: canonical, statements: canonical },
          { id: "shim", files: shim, statements: shim },
        ],
        batches: [{ id: "other", statements: total, deprecatedStatements: shim }],
        phases,
      },
    ],
  };
}

const targets: ProgressTargets[] = [
  {
    id: "c",
    title: "Consolidation C",
    deprecatedPaths: ["shim"],
    canonicalPaths: ["canon"],
    shareThresholds: [
      { phase: "p2", title: "Import path consolidation", max: 0.1, due: "2025-03-31" },
    ],
    phases: [
      { id: "p1", title: "No new imports" },
      { id: "p2", title: "Import path consolidation", due: "2025-03-31" },
    ],
  },
];

const phases = (p2: "met" | "not-met") => [
  // deprecated-statements max 0: "met" on an empty point, where nothing existed.
  { id: "p1", status: "met" as const },
  { id: "p2", status: p2 },
];

describe("progress that reads true", () => {
  it("an empty first point is not started: never 0%, never the 'first' point, never a phase met", () => {
    const history = [
      line("2025-01-06", 0, 0, phases("met")),
      line("2025-01-13", 0, 10, phases("not-met")),
      line("2025-01-20", 2, 8, phases("not-met")),
    ];
    const [c] = progressSection(history, targets, { today: "2025-01-20" }).consolidations;
    expect(c?.notStarted).toEqual({ points: 1, from: "2025-01-06", to: "2025-01-06" });
    // "first" is 2025-01-13, where the consolidation existed: 100% -> 80%, -20 pp, not +80 pp.
    expect(c?.dates).toEqual({ last: "2025-01-20", previous: "2025-01-13", first: "2025-01-13" });
    expect(c?.deprecatedShare).toEqual({ last: 0.8, previous: 1, first: 1 });
    expect(c?.chart.dates).toEqual(["2025-01-13", "2025-01-20"]);
    expect(c?.chart.deprecatedShare).toEqual([1, 0.8]);
    expect(c?.phases[1]?.status).toEqual({
      last: "not-met",
      previous: "not-met",
      first: "not-met",
    });
    const md = renderProgressMarkdown(progressSection(history, targets, { today: "2025-01-20" }));
    expect(md).toContain(
      "> Not started on 2025-01-06 (1 point: no statement reached the paths): comparisons start at 2025-01-13, the first point where the consolidation existed.",
    );
    expect(md).toContain("| deprecated share of statements | 80.0% | -20.0 pp | -20.0 pp |");
    expect(md).not.toContain("+80.0 pp");
  });

  it("only empty points: 'not started' everywhere, no velocity", () => {
    const history = [
      line("2025-01-06", 0, 0, phases("met")),
      line("2025-01-13", 0, 0, phases("met")),
    ];
    const [c] = progressSection(history, targets, { today: "2025-01-13" }).consolidations;
    expect(c?.deprecatedShare.last).toBeNull();
    expect(c?.phases.map((p) => p.status.last)).toEqual(["not started", "not started"]);
    expect(c?.velocity).toBeNull();
    const md = renderProgressMarkdown(progressSection(history, targets, { today: "2025-01-13" }));
    expect(md).toContain("- No new imports (p1): not started (nothing reaches the paths yet).");
    expect(md).toContain("| deprecated share of statements | not started |");
  });

  it("a history that ends before the analysed commit: says so, and 'now' is the analysed state", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const history = [
      line("2025-01-06", 10, 90, phases("not-met"), a),
      line("2025-01-13", 20, 80, phases("not-met"), a.replace(/^a/, "c")),
    ];
    const current = line("2025-02-03", 60, 40, phases("not-met"), b);
    const view = progressSection(history, targets, { today: "2025-02-03", current });
    const [c] = view.consolidations;
    expect(view.points).toBe(2);
    expect(c?.points).toBe(2);
    expect(c?.analysed).toEqual({
      date: "2025-02-03",
      commit: b,
      historyEnd: {
        date: "2025-01-13",
        commit: a.replace(/^a/, "c"),
        deprecatedShare: 0.8,
        deprecatedStatements: 80,
      },
    });
    expect(c?.deprecatedShare.last).toBe(0.4);
    expect(c?.deprecatedStatements).toEqual({ last: 40, previous: 80, first: 90 });
    expect(renderProgressMarkdown(view)).toContain(
      '> The history ends on 2025-01-13, commit caaaaaaaaaaa: 80.0% deprecated (80 statements). The analysed state (2025-02-03, commit bbbbbbbbbbbb) is the last point, "now": 40.0% deprecated (40 statements). Run ssot snapshot to record it.',
    );
    // The same commit as the history's last point: nothing added, nothing said.
    const same = progressSection(history, targets, {
      current: { ...current, commit: a.replace(/^a/, "c") },
    });
    expect(same.consolidations[0]?.analysed).toBeNull();
    expect(same.consolidations[0]?.deprecatedShare.last).toBe(0.8);
  });

  it("a share that halves while deprecated statements grow: the code base grew, said so", () => {
    // Weekly: shim 100, 110, 120, 130 while canonical 100, 190, 280, 370 (share 50% -> 26%, 7.9 pp a week).
    const history = [0, 1, 2, 3].map((i) =>
      line(
        `2025-01-${String(6 + 7 * i).padStart(2, "0")}`,
        100 + 90 * i,
        100 + 10 * i,
        phases("not-met"),
      ),
    );
    const view = progressSection(history, targets, { today: "2025-01-27" });
    const [c] = view.consolidations;
    expect(c?.velocity?.perWeek).toBeCloseTo(-10, 9);
    expect(c?.statementsVelocity?.perWeek).toBeCloseTo(-100, 9);
    expect(c?.deprecatedShare.last).toBe(0.26);
    expect(renderProgressMarkdown(view)).toContain(
      "Velocity: the deprecated share falls 7.9 pp per week; deprecated statements grow by 10.0 per week: the share falls because the code base grew (statements on all paths grow by 100.0 per week), not because imports moved (least squares over the last 4 points, 2025-01-06 to 2025-01-27).",
    );
    // What is left to the 10% bound: 500 statements, 50 allowed: 80 to move.
    expect(c?.targets[0]).toMatchObject({ statements: 50, toMove: 80 });
  });

  it("due dates: on track, late, overdue", () => {
    // Share 90% -> 60% over three weeks: 10 pp a week; 10% in 5 weeks from 2025-01-20.
    const history = [
      line("2025-01-06", 10, 90, phases("not-met")),
      line("2025-01-13", 20, 80, phases("not-met")),
      line("2025-01-20", 30, 70, phases("not-met")),
      line("2025-01-27", 40, 60, phases("not-met")),
    ];
    const at = (due: string, today: string) =>
      progressSection(
        history,
        [{ ...(targets[0] as ProgressTargets), shareThresholds: [{ phase: "p2", max: 0.1, due }] }],
        { today },
      ).consolidations[0]?.targets[0];
    expect(at("2025-03-31", "2025-01-27")).toMatchObject({
      toMove: 50,
      projection: { status: "projected", date: "2025-03-03", days: 35 },
      dueStatus: "on-track",
    });
    expect(at("2025-02-28", "2025-01-27")?.dueStatus).toBe("late");
    expect(at("2025-01-26", "2025-01-27")?.dueStatus).toBe("overdue");
    const md = renderProgressMarkdown(progressSection(history, targets, { today: "2025-01-27" }));
    expect(md).toContain(
      "- Import path consolidation (p2): not met: 50 statements to move to reach 10.0%; projected 2025-03-03 (in 5 weeks), due 2025-03-31: on track.",
    );
  });
});

describe("x-axis labels", () => {
  it("label as many dates as fit, always the newest; one point gets one label", async () => {
    const { labelledIndexes } = await import("../../src/reporters/progress/svg.js");
    expect(labelledIndexes(1, 800, 13)).toEqual([0]);
    // 52 points over 800 units at 13 px (80.6 a label): 10 labels fit, every 6th point.
    expect(labelledIndexes(52, 800, 13)).toEqual([3, 9, 15, 21, 27, 33, 39, 45, 51]);
    expect(labelledIndexes(3, 800, 13)).toEqual([0, 1, 2]);
  });
});
