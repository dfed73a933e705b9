import { type CheckOutcome, gatesFailed } from "./compare.js";
import type { EdgeFixes } from "./fixes.js";

/** What `--update-baseline` did. */
export interface BaselineUpdate {
  /** The baseline file did not exist before. */
  created: boolean;
  /** The file's content changed (else it was left untouched). */
  changed: boolean;
  added: number;
  removed: number;
  /** Entries in the file now. */
  entries: number;
}

/** Everything the check outputs show: plain data, rendered by the pure functions in format/. */
export interface CheckReport {
  outcome: CheckOutcome;
  /** The baseline file as shown to people (relative to the working directory when inside it). */
  baselineFile: string;
  /** `--changed-since REF`, when given. */
  changedSince?: string;
  update?: BaselineUpdate;
  toolVersion: string;
  /** The config's `report.linkTemplate` and the commit, for links to each import's line. */
  links?: { template: string; commit: string };
  /** Rewrites `ssot migrate` can make (SARIF `fixes`), by edge identity. */
  fixes?: EdgeFixes;
  /** The canonical module per consolidation id (named in rule help). */
  canonical?: Readonly<Record<string, string>>;
  /** `--backlog`: also list the imports the baseline holds, as SARIF `note` results. */
  backlog?: boolean;
}

/**
 * New deprecated edges fail the check unless they went into the baseline (with
 * `--update-baseline --allow-growth`, or when writing the first baseline).
 */
export function newEdgesFail(report: CheckReport): boolean {
  return report.outcome.newEdges.length > (report.update?.added ?? 0);
}

/**
 * The check fails on new edges (above), on a gate that is not met (unknown never fails) and
 * on files it could not analyse by name.
 */
export function checkFailed(report: CheckReport): boolean {
  return (
    newEdgesFail(report) ||
    gatesFailed(report.outcome).length > 0 ||
    report.outcome.unanalysed.length > 0
  );
}
