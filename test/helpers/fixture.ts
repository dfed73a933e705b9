import { fileURLToPath } from "node:url";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import type { AnalysisResult, ConsolidationResult } from "../../src/result/schema.js";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixturePath(name: string): string {
  return `${fixturesDir}${name}`;
}

/** Analyse a repository folder with its own ssot.config.yaml, without the on-disk cache. */
export function analyzeDir(dir: string): Promise<AnalysisResult> {
  return analyze(loadConfig(dir), { cache: false });
}

export function analyzeFixture(name: string): Promise<AnalysisResult> {
  return analyzeDir(fixturePath(name));
}

/** `file:line path [names]` per edge: compact and readable in expectations. */
export function edgeLines(c: ConsolidationResult | undefined): string[] {
  return (c?.edges ?? []).map((e) => `${e.file}:${e.line} ${e.path} [${e.names.join(",")}]`);
}

/** `{ pathId: [files, statements] }`. */
export function pathCounts(c: ConsolidationResult | undefined): Record<string, [number, number]> {
  return Object.fromEntries((c?.paths ?? []).map((p) => [p.id, [p.files, p.statements]]));
}
