import { readFileSync } from "node:fs";
import type { Consolidation } from "../../src/config/types.js";
import { parseHistory } from "../../src/history/store.js";
import type { ReportContext } from "../../src/render/report/context.js";
import { beforeFromHistory } from "../../src/report/before.js";
import { parseCodeowners } from "../../src/report/codeowners.js";
import { fileBatches, ownersByFile } from "../../src/report/context.js";
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
  batches: [
    { id: "tests", include: ["tests/**", "**/tests/**", "**/test_*.py"] },
    { id: "critical", include: ["netra_backend/app/routes/**"] },
  ],
  phases: [],
};

export const fixtureCommit = "0123456789abcdef0123456789abcdef01234567";

/** The fixed report context: batches, CODEOWNERS and history from the fixture files. */
export function fixtureContext(
  result: AnalysisResult,
  parts: { before?: boolean } = {},
): ReportContext {
  const codeowners = readFileSync(fixturePath("results/websocket.CODEOWNERS"), "utf8");
  const historyFile = fixturePath("results/websocket.history.jsonl");
  const oldest = parseHistory(readFileSync(historyFile, "utf8"), historyFile)[0];
  return {
    batches: fileBatches([websocketConsolidation], result),
    owners: {
      source: ".github/CODEOWNERS",
      byFile: ownersByFile(parseCodeowners(codeowners), result),
    },
    ...(parts.before !== false && oldest
      ? { before: beforeFromHistory(oldest, ".ssot/history.jsonl") }
      : {}),
    links: {
      template: "https://git.example.com/org/repo/blob/{commit}/{file}#L{line}",
      commit: fixtureCommit,
    },
    commit: fixtureCommit,
  };
}

export function fixtureSvg(): string {
  return readFileSync(fixturePath("results/websocket-current.svg"), "utf8");
}
