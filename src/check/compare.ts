import type { AnalysisResult, CriterionResult, PhaseStatus } from "../result/schema.js";
import { isUndecodableName } from "../util/file-name.js";
import type { Baseline, BaselineEntry } from "./baseline.js";
import {
  compareIdentities,
  type DeprecatedEdge,
  deprecatedEdges,
  identityKey,
  identityOf,
  type SymbolMaps,
} from "./identity.js";

export interface CheckOptions {
  /**
   * Only these repository-relative files are checked (`--changed-since`): new edges of
   * other files are not reported, and their baseline entries are neither fixed nor dropped.
   */
  files?: Iterable<string>;
  /** The config's `symbols` per consolidation id, for the "use:" suggestions. */
  symbols?: SymbolMaps;
}

/** A phase marked `gate: true` and how it stands. */
export interface GateOutcome {
  consolidation: string;
  phase: string;
  title: string;
  status: PhaseStatus;
  /** Criteria not met (why a not-met gate fails). */
  failing: CriterionResult[];
  /** Criteria without data (why a gate is unknown; reported, never failing). */
  unknown: CriterionResult[];
}

export interface CheckOutcome {
  /** Consolidation ids of the result, in config order. */
  consolidations: string[];
  /** Deprecated edges the baseline does not hold, in file order. */
  newEdges: DeprecatedEdge[];
  /** Baseline entries that no longer exist: improvements. */
  fixed: BaselineEntry[];
  /** Baseline entries that still exist. */
  known: BaselineEntry[];
  gates: GateOutcome[];
  /**
   * Files that could not be analysed because their name is not UTF-8: the check fails on
   * them, since a deprecated import there would otherwise pass unseen.
   */
  unanalysed: AnalysisResult["files"]["skipped"];
  /** Number of files checked when limited by `files`; undefined for a full check. */
  scopeFiles?: number;
}

function gateOutcomes(result: AnalysisResult): GateOutcome[] {
  return result.consolidations.flatMap((c) =>
    c.phases
      .filter((p) => p.gate)
      .map((p) => ({
        consolidation: c.id,
        phase: p.id,
        title: p.title,
        status: p.status,
        failing: p.criteria.filter((k) => k.status === "not-met"),
        unknown: p.criteria.filter((k) => k.status === "unknown"),
      })),
  );
}

/**
 * Compare the result's deprecated edges with the baseline, by identity (never by line).
 * Pure: the CLI reads the files, runs git and decides the exit code from the outcome.
 */
export function checkBaseline(
  result: AnalysisResult,
  baseline: Baseline,
  options: CheckOptions = {},
): CheckOutcome {
  const scope = options.files === undefined ? undefined : new Set(options.files);
  const inScope = (file: string) => scope === undefined || scope.has(file);
  const current = deprecatedEdges(result, options.symbols).filter((e) => inScope(e.file));
  const baselineKeys = new Set(baseline.entries.map(identityKey));
  const currentKeys = new Set(current.map(identityKey));
  const scoped = baseline.entries.filter((e) => inScope(e.file));
  return {
    consolidations: result.consolidations.map((c) => c.id),
    newEdges: current.filter((e) => !baselineKeys.has(identityKey(e))),
    fixed: scoped.filter((e) => !currentKeys.has(identityKey(e))).sort(compareIdentities),
    known: scoped.filter((e) => currentKeys.has(identityKey(e))).sort(compareIdentities),
    gates: gateOutcomes(result),
    unanalysed: result.files.skipped.filter((s) => isUndecodableName(s.reason)),
    ...(scope ? { scopeFiles: scope.size } : {}),
  };
}

/** A gate not met fails the check; an unknown one does not. */
export function gatesFailed(outcome: CheckOutcome): GateOutcome[] {
  return outcome.gates.filter((g) => g.status === "not-met");
}

/**
 * The baseline after `--update-baseline`: fixed entries are dropped, entries outside the
 * checked files are kept as they are, and new edges are added only with `allowGrowth`.
 */
export function updatedBaseline(
  baseline: Baseline,
  outcome: CheckOutcome,
  options: { allowGrowth: boolean },
): Baseline {
  const fixed = new Set(outcome.fixed.map(identityKey));
  const kept = baseline.entries.filter((e) => !fixed.has(identityKey(e)));
  const added = options.allowGrowth ? outcome.newEdges.map(identityOf) : [];
  return { entries: [...kept, ...added].sort(compareIdentities) };
}
