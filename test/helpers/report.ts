import { readFileSync } from "node:fs";
import type { Consolidation } from "../../src/config/types.js";
import { type ProgressTargets, progressSection } from "../../src/history/progress.js";
import { parseHistory } from "../../src/history/store.js";
import { beforeFromHistory } from "../../src/report/before.js";
import { parseCodeowners } from "../../src/report/codeowners.js";
import { fileBatches, ownersByFile } from "../../src/report/context.js";
import type { ReportContext } from "../../src/reporters/report/context.js";
import { type AnalysisResult, analysisResultSchema } from "../../src/result/schema.js";
import { fixturePath } from "./fixture.js";

/** The hand-written result of test/fixtures/results/websocket.json, validated by the contract. */
export function fixtureResult(): AnalysisResult {
  const text = readFileSync(fixturePath("results/websocket.json"), "utf8");
  return analysisResultSchema.parse(JSON.parse(text));
}

/** The batches of examples/websocket-ssot/ssot.config.yaml. */
export const websocketConsolidation: Consolidation = {
  id: "websocket-manager",
  title: "WebSocket Manager SSOT",
  paths: [],
  symbols: {},
  allow: [],
  batches: [
    { id: "tests", include: ["tests/**", "**/tests/**", "**/test_*.py"] },
    { id: "critical", include: ["netra_backend/app/routes/**"] },
  ],
  phases: [],
};

export const fixtureCommit = "0123456789abcdef0123456789abcdef01234567";

/** What progress reads from the example's config: roles and phase-2's `deprecated-share <= 0.1`. */
export const websocketTargets: ProgressTargets[] = [
  {
    id: "websocket-manager",
    title: "WebSocket Manager SSOT <b>#1182</b>",
    deprecatedPaths: ["manager", "unified-manager", "package", "legacy"],
    canonicalPaths: ["canonical"],
    shareThresholds: [{ phase: "phase-2", max: 0.1 }],
  },
];

/** The three lines of test/fixtures/results/websocket.history.jsonl (2025-06-02, -09, -16). */
export function fixtureHistory() {
  const historyFile = fixturePath("results/websocket.history.jsonl");
  return parseHistory(readFileSync(historyFile, "utf8"), historyFile);
}

/**
 * The fixed report context: batches, CODEOWNERS and history (before state and trend) from
 * the fixture files; `history: false` leaves the history out (no before, no trend).
 */
export function fixtureContext(
  result: AnalysisResult,
  parts: { history?: boolean } = {},
): ReportContext {
  const codeowners = readFileSync(fixturePath("results/websocket.CODEOWNERS"), "utf8");
  const history = parts.history === false ? [] : fixtureHistory();
  const oldest = history[0];
  return {
    batches: fileBatches([websocketConsolidation], result),
    owners: {
      source: ".github/CODEOWNERS",
      byFile: ownersByFile(parseCodeowners(codeowners), result),
    },
    ...(oldest ? { before: beforeFromHistory(oldest, ".ssot/history.jsonl") } : {}),
    ...(history.length > 0
      ? {
          progress: progressSection(history, websocketTargets, { source: ".ssot/history.jsonl" }),
        }
      : {}),
    links: {
      template: "https://git.example.com/org/repo/blob/{commit}/{file}#L{line}",
      commit: fixtureCommit,
    },
    commit: fixtureCommit,
  };
}
