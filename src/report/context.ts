import { existsSync } from "node:fs";
import path from "node:path";
import { batchAssigner } from "../analyze/measure/measure.js";
import { defaultBaselineFile, readBaseline } from "../check/baseline-file.js";
import type { Config, Consolidation } from "../config/types.js";
import { todayUtc } from "../history/dates.js";
import { progressSection, progressTargets } from "../history/progress.js";
import { defaultHistoryFile, readHistory } from "../history/store.js";
import { historyLine } from "../history/summary.js";
import type { ReportContext } from "../render/report/context.js";
import type { AnalysisResult } from "../result/schema.js";
import { readRegularText } from "../workspace/read-file.js";
import { beforeState } from "./before.js";
import {
  type CodeownersRule,
  codeownersLocations,
  ownersOf,
  parseCodeowners,
} from "./codeowners.js";
import { gitOwners, gitOwnersSource } from "./git-owners.js";

/** The batch of every importing file, per consolidation, from the config's batch globs. */
export function fileBatches(
  consolidations: readonly Consolidation[],
  result: AnalysisResult,
): ReportContext["batches"] {
  const batches: ReportContext["batches"] = {};
  for (const c of result.consolidations) {
    const consolidation = consolidations.find((k) => k.id === c.id);
    if (!consolidation) continue;
    const batchOf = batchAssigner(consolidation);
    const byFile: Record<string, string> = {};
    for (const e of c.edges) byFile[e.file] = batchOf(e.file);
    batches[c.id] = byFile;
  }
  return batches;
}

/** The importing files of every consolidation. */
const importingFiles = (result: AnalysisResult) =>
  new Set(result.consolidations.flatMap((c) => c.edges.map((e) => e.file)));

/**
 * Owners of every importing file, from the first CODEOWNERS file GitHub would use; without
 * one, from git history (the most frequent recent author of the file).
 */
export function fileOwners(root: string, result: AnalysisResult): ReportContext["owners"] {
  const location = codeownersLocations.find((l) => existsSync(path.join(root, l)));
  if (!location) {
    const commit = result.source.commit;
    const byFile = commit ? gitOwners(root, commit, importingFiles(result)) : undefined;
    return byFile ? { source: gitOwnersSource, byFile } : undefined;
  }
  let text: string | undefined;
  try {
    text = readRegularText(path.join(root, location), { what: "CODEOWNERS" });
  } catch {
    // An unreadable CODEOWNERS (or a pipe, a folder) only costs the owner breakdown, which says so.
  }
  if (text === undefined) return undefined;
  return { source: location, byFile: ownersByFile(parseCodeowners(text), result) };
}

/** Owners of every importing file of the result. */
export function ownersByFile(
  rules: readonly CodeownersRule[],
  result: AnalysisResult,
): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const c of result.consolidations)
    for (const e of c.edges) byFile[e.file] ??= ownersOf(rules, e.file);
  return byFile;
}

/** The check baseline's entries when `.ssot/baseline.json` exists (a corrupt one is an InputError). */
function baselineEntries(root: string) {
  const loaded = readBaseline(defaultBaselineFile(root));
  return loaded ? { entries: loaded.baseline.entries, source: ".ssot/baseline.json" } : undefined;
}

/**
 * Everything the report renderers read besides the result, gathered from the repository:
 * the history gives the before state (its oldest line) and the trend section; without a
 * history, the check baseline gives the before state. A corrupt history or baseline is an
 * InputError naming the file.
 */
export function buildReportContext(config: Config, result: AnalysisResult): ReportContext {
  const commit = result.source.commit; // outside git, links use "HEAD"
  const owners = fileOwners(config.root, result);
  const history = readHistory(path.join(config.root, defaultHistoryFile));
  const baseline = history.length === 0 ? baselineEntries(config.root) : undefined;
  const before = beforeState(history, defaultHistoryFile, baseline, result);
  const progress =
    history.length > 0
      ? progressSection(history, progressTargets(config), {
          source: defaultHistoryFile,
          // The analysed state is "now": when the history ends before it, it says so.
          current: historyLine(result, {
            date: todayUtc(),
            commit: result.source.commit ?? null,
            source: "snapshot",
          }),
        })
      : undefined;
  const template = config.report.linkTemplate;
  return {
    batches: fileBatches(config.consolidations, result),
    ...(owners ? { owners } : {}),
    ...(before ? { before } : {}),
    ...(progress ? { progress } : {}),
    ...(template ? { links: { template, commit: commit ?? "HEAD" } } : {}),
    ...(commit ? { commit } : {}),
  };
}
