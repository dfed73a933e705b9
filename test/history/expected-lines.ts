import type { HistoryLine } from "../../src/history/schema.js";

type Counts = {
  canonical: number;
  shim: number;
  files: number;
  other: [number, number];
  half: "met" | "not-met";
};

/** The line of the fixture's `mgr` consolidation: canonical/shim statements (one per file), batches. */
export function fixtureLine(
  date: string,
  commit: string | null,
  source: HistoryLine["source"],
  c: Counts,
): HistoryLine {
  const share = Math.round((c.shim / (c.canonical + c.shim)) * 10_000) / 10_000;
  const fileShare = Math.round((c.shim / c.files) * 10_000) / 10_000;
  return {
    schemaVersion: 1,
    date,
    commit,
    source,
    consolidations: [
      {
        id: "mgr",
        deprecatedShare: { statements: share, files: fileShare },
        paths: [
          { id: "canonical", files: c.canonical, statements: c.canonical },
          { id: "shim", files: c.shim, statements: c.shim },
        ],
        batches: [
          { id: "tests", statements: 1, deprecatedStatements: 1 },
          { id: "other", statements: c.other[0], deprecatedStatements: c.other[1] },
        ],
        phases: [
          { id: "half", status: c.half },
          { id: "done", status: "not-met" },
        ],
      },
    ],
  };
}

/** What the fixture's commits measure (see git-fixture.ts). */
export const fixtureCounts = {
  c1: { canonical: 0, shim: 5, files: 5, other: [4, 4], half: "not-met" },
  c2: { canonical: 2, shim: 3, files: 5, other: [4, 2], half: "not-met" },
  c3: { canonical: 2, shim: 3, files: 5, other: [4, 2], half: "not-met" },
  m: { canonical: 3, shim: 2, files: 5, other: [4, 1], half: "met" },
  c5: { canonical: 3, shim: 3, files: 6, other: [5, 2], half: "met" },
} satisfies Record<string, Counts>;
