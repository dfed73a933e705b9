import type { Config } from "../config/types.js";
import type { AnalysisResult } from "../result/schema.js";
import { InputError } from "../util/errors.js";
import { type Baseline, emptyBaseline, serializeBaseline } from "./baseline.js";
import { type CheckOutcome, updatedBaseline } from "./compare.js";
import type { BaselineUpdate } from "./report.js";

/**
 * The baseline ratchet's rules, as pure functions: the CLI reads the flags and files, calls
 * these, and writes what they return.
 */

/**
 * No baseline file yet: an error with the way out, unless `--update-baseline` writes the
 * first one. A first baseline from `--changed-since` would hold only the changed files.
 */
export function missingBaselineError(
  shown: string,
  flags: { updateBaseline: boolean; changedSince?: string | undefined },
): InputError | undefined {
  if (!flags.updateBaseline) {
    return new InputError(
      `${shown}: no baseline yet. Run \`ssot check --update-baseline\` once to record the deprecated imports that exist today, and commit ${shown}`,
    );
  }
  if (flags.changedSince !== undefined) {
    return new InputError(
      `${shown}: no baseline yet, and --changed-since would record only the changed files; run \`ssot check --update-baseline\` without --changed-since first`,
    );
  }
  return undefined;
}

/** The baseline as loaded: its entries and the exact text (to tell whether an update changes it). */
export interface KnownBaseline {
  baseline: Baseline;
  text: string;
}

/**
 * `--update-baseline`: drop fixed entries; add new ones only with `allowGrowth`, or when
 * there is no baseline yet (the first one records everything as it is). `write` is the
 * baseline to write, undefined when the file would not change (it is then not touched).
 */
export function baselineUpdate(
  loaded: KnownBaseline | undefined,
  outcome: CheckOutcome,
  allowGrowth: boolean,
): { write: Baseline | undefined; update: BaselineUpdate } {
  const grow = allowGrowth || !loaded;
  const next = updatedBaseline(loaded?.baseline ?? emptyBaseline, outcome, { allowGrowth: grow });
  const changed = loaded?.text !== serializeBaseline(next);
  return {
    write: changed ? next : undefined,
    update: {
      created: !loaded,
      changed,
      added: grow ? outcome.newEdges.length : 0,
      removed: outcome.fixed.length,
      entries: next.entries.length,
    },
  };
}

/**
 * A misspelt module makes the check blind to the imports it should see: an error, never a
 * pass (an unknown gate from data that does not exist yet, like no migrate run, still passes).
 */
export function blindCheckError(result: AnalysisResult): InputError | undefined {
  const missing = result.consolidations.flatMap((c) =>
    c.problems.filter((p) => p.kind === "missing-module").map((p) => p.message),
  );
  return missing.length > 0 ? new InputError(missing.join("\n")) : undefined;
}

/** `gate: { due }` of every phase, per consolidation id (consolidations without one left out). */
export function gateDueDates(config: Config): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const c of config.consolidations) {
    const dues = c.phases.flatMap((p) =>
      typeof p.gate === "object" ? [[p.id, p.gate.due] as const] : [],
    );
    if (dues.length > 0) out[c.id] = Object.fromEntries(dues);
  }
  return out;
}

/** The canonical module of each consolidation, for the fix-first advice. */
export function canonicalModules(result: AnalysisResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of result.consolidations) {
    const canonical = c.paths.find((p) => p.role === "canonical");
    if (canonical) out[c.id] = canonical.module;
  }
  return out;
}
