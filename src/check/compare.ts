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
  /** `gate: { due }` per consolidation id and phase id: a notice until then, failing after. */
  gateDue?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The date `gate: { due }` is judged on, YYYY-MM-DD (the CLI passes today, UTC). */
  today?: string;
}

/**
 * What a gate does to the check. fails: not met, and `gate: true` or its due date has
 * passed; notice: not met, but before its due date, or in a PR check (`--changed-since`),
 * which judges only the imports the change adds (they fail on their own); passes: met;
 * unknown: no data, reported, never failing.
 */
export type GateVerdict = "fails" | "notice" | "passes" | "unknown";

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
  /** `gate: { due }`. */
  due?: string;
  verdict: GateVerdict;
  /** Why a gate not met does not fail (before its due date, a PR check). */
  why?: string;
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
  /** The current deprecated edges the baseline holds (the backlog), in file order. */
  knownEdges: DeprecatedEdge[];
  gates: GateOutcome[];
  /**
   * Files that could not be analysed because their name is not UTF-8: the check fails on
   * them, since a deprecated import there would otherwise pass unseen.
   */
  unanalysed: AnalysisResult["files"]["skipped"];
  /** Number of files checked when limited by `files`; undefined for a full check. */
  scopeFiles?: number;
}

function verdictOf(
  status: PhaseStatus,
  due: string | undefined,
  today: string | undefined,
  changedOnly: boolean,
): { verdict: GateVerdict; why?: string } {
  if (status === "met") return { verdict: "passes" };
  if (status === "unknown") return { verdict: "unknown" };
  if (changedOnly)
    return {
      verdict: "notice",
      why: "a check of changed files judges only the deprecated imports they add; the full check fails on this gate",
    };
  if (due !== undefined && (today === undefined || today <= due))
    return { verdict: "notice", why: `due ${due}: fails the check after that date` };
  return due !== undefined
    ? { verdict: "fails", why: `due ${due} has passed` }
    : { verdict: "fails" };
}

function gateOutcomes(result: AnalysisResult, options: CheckOptions): GateOutcome[] {
  const changedOnly = options.files !== undefined;
  return result.consolidations.flatMap((c) =>
    c.phases
      .filter((p) => p.gate)
      .map((p) => {
        const due = options.gateDue?.[c.id]?.[p.id];
        return {
          consolidation: c.id,
          phase: p.id,
          title: p.title,
          status: p.status,
          failing: p.criteria.filter((k) => k.status === "not-met"),
          unknown: p.criteria.filter((k) => k.status === "unknown"),
          ...(due !== undefined ? { due } : {}),
          ...verdictOf(p.status, due, options.today, changedOnly),
        };
      }),
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
    knownEdges: current.filter((e) => baselineKeys.has(identityKey(e))),
    gates: gateOutcomes(result, options),
    unanalysed: result.files.skipped.filter((s) => isUndecodableName(s.reason)),
    ...(scope ? { scopeFiles: scope.size } : {}),
  };
}

/** Gates that fail the check (see GateVerdict); unknown ones and notices do not. */
export function gatesFailed(outcome: CheckOutcome): GateOutcome[] {
  return outcome.gates.filter((g) => g.verdict === "fails");
}

/** Gates not met that only give notice: before their due date, or in a PR check. */
export function gatesNoticed(outcome: CheckOutcome): GateOutcome[] {
  return outcome.gates.filter((g) => g.verdict === "notice");
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
