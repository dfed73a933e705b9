import path from "node:path";
import type { Argv } from "yargs";
import { type EdgeFixes, fixesFromPlan } from "../../check/fixes.js";
import {
  type Baseline,
  type BaselineUpdate,
  type CheckFormat,
  type CheckOutcome,
  type CheckReport,
  changedFilesSince,
  checkBaseline,
  checkFailed,
  checkFormats,
  checkRenderers,
  defaultBaselineFile,
  emptyBaseline,
  type LoadedBaseline,
  readBaseline,
  writeBaseline,
} from "../../check/index.js";
import {
  baselineUpdate,
  blindCheckError,
  canonicalModules,
  gateDueDates,
  missingBaselineError,
} from "../../check/policy.js";
import type { Config } from "../../config/types.js";
import { parseIsoDate, todayUtc } from "../../history/dates.js";
import { planMigration } from "../../migrate/plan.js";
import type { AnalysisResult } from "../../result/schema.js";
import { InputError } from "../../util/errors.js";
import { toPosix } from "../../util/paths.js";
import { toolVersion } from "../../version.js";
import { analyzeWithProgress, resultOptions } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { type ConfigArgs, commandConfig } from "../config.js";
import { ExitCode } from "../exit.js";
import type { CliIo } from "../io.js";

interface CheckArgs extends ConfigArgs {
  baseline?: string;
  updateBaseline: boolean;
  allowGrowth: boolean;
  format: CheckFormat;
  changedSince?: string;
  cache: boolean;
  cacheDir?: string;
  result?: string;
  /** SARIF: also the deprecated imports the baseline holds, as `note` results. */
  backlog?: boolean;
  /** The date `gate: { due }` is judged on (default: today, UTC). */
  today?: string;
}

const options = (y: Argv<GlobalOptions>) =>
  resultOptions(y)
    .option("baseline", {
      type: "string",
      describe: "baseline file (default: <root>/.ssot/baseline.json)",
    })
    .option("update-baseline", {
      type: "boolean",
      default: false,
      describe: "write the baseline: drop fixed entries (creates it when missing)",
    })
    .option("allow-growth", {
      type: "boolean",
      default: false,
      describe: "with --update-baseline: also add the new deprecated imports",
    })
    .option("format", {
      choices: checkFormats,
      default: "text" as CheckFormat,
      describe: "output format",
    })
    .option("changed-since", {
      type: "string",
      describe:
        "only check files changed since the merge base of this revision and HEAD (a PR check: gates not met are notices)",
    })
    .option("backlog", {
      type: "boolean",
      default: false,
      describe: "sarif: also list the deprecated imports the baseline holds, as note-level results",
    })
    .option("today", {
      type: "string",
      describe: "the date gate: { due } is judged on, YYYY-MM-DD (default: today, UTC)",
    });

/** `ssot check`: exit 1 when the check found something (a new deprecated import, a gate not met). */
export const command = defineCommand({
  name: "check",
  description:
    "fail when a change adds a deprecated import that the committed baseline does not hold",
  options,
  run: async (a, io) =>
    (await runCheck(
      {
        ...(a.config ? { config: a.config } : {}),
        allowOutsideRoot: a.allowOutsideRoot,
        ...(a.baseline ? { baseline: a.baseline } : {}),
        updateBaseline: a.updateBaseline,
        allowGrowth: a.allowGrowth,
        format: a.format,
        ...(a.changedSince !== undefined ? { changedSince: a.changedSince } : {}),
        cache: a.cache,
        ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
        ...(a.result ? { result: a.result } : {}),
        ...(a.backlog ? { backlog: true } : {}),
        ...(a.today ? { today: a.today } : {}),
      },
      io,
    ))
      ? ExitCode.failed
      : ExitCode.ok,
});

/** Shown relative to the working directory when it is inside it, else absolute. */
function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? toPosix(rel) : toPosix(file);
}

/** `--update-baseline`: the ratchet's new baseline (check/policy.ts), written when it changed. */
function updateBaselineFile(
  file: string,
  loaded: LoadedBaseline | undefined,
  outcome: CheckOutcome,
  allowGrowth: boolean,
  base: string,
): BaselineUpdate {
  const { write, update } = baselineUpdate(loaded, outcome, allowGrowth);
  if (write) writeBaseline(file, write, base);
  return update;
}

/**
 * SARIF fixes: what `ssot migrate` would write, planned (never written) from the working
 * tree. A saved result (--result) may not match the files any more, so it gets none.
 */
function sarifFixes(
  config: Config,
  result: AnalysisResult,
  outcome: CheckOutcome,
  args: CheckArgs,
): EdgeFixes {
  if (args.result) return new Map();
  const edges = [...outcome.newEdges, ...(args.backlog ? outcome.knownEdges : [])];
  if (edges.length === 0) return new Map();
  try {
    return fixesFromPlan(planMigration(config, result), edges);
  } catch {
    // Fixes are a convenience: a file the planner cannot read costs them, not the check.
    return new Map();
  }
}

/**
 * `ssot check`: compare the deprecated edges with the committed baseline. Returns true when
 * the check found something (new deprecated edges not accepted, or a gate not met).
 */
async function runCheck(args: CheckArgs, io: CliIo): Promise<boolean> {
  if (args.allowGrowth && !args.updateBaseline) {
    throw new InputError(
      "--allow-growth only applies together with --update-baseline (it lets the baseline grow)",
    );
  }
  const config = commandConfig(io, args);
  const today = args.today ? parseIsoDate(args.today, "--today") : todayUtc();
  const baselineFile = args.baseline
    ? path.resolve(io.cwd, args.baseline)
    : defaultBaselineFile(config.root);
  const shown = displayPath(io.cwd, baselineFile);
  const loaded = readBaseline(baselineFile);
  const missing = loaded ? undefined : missingBaselineError(shown, args);
  if (missing) throw missing;
  const files =
    args.changedSince !== undefined ? changedFilesSince(config.root, args.changedSince) : undefined;

  const result = await analyzeWithProgress(config, args, io);
  const blind = blindCheckError(result);
  if (blind) throw blind;
  const baseline: Baseline = loaded?.baseline ?? emptyBaseline;
  const outcome = checkBaseline(result, baseline, {
    ...(files ? { files } : {}),
    gateDue: gateDueDates(config),
    today,
  });

  const update = args.updateBaseline
    ? updateBaselineFile(
        baselineFile,
        loaded,
        outcome,
        args.allowGrowth,
        args.baseline ? io.cwd : config.root,
      )
    : undefined;
  const report: CheckReport = {
    outcome,
    baselineFile: shown,
    ...(args.changedSince !== undefined ? { changedSince: args.changedSince } : {}),
    ...(update ? { update } : {}),
    toolVersion,
    ...(config.report.linkTemplate
      ? { links: { template: config.report.linkTemplate, commit: result.source.commit ?? "HEAD" } }
      : {}),
    canonical: canonicalModules(result),
    ...(args.format === "sarif" ? { fixes: sarifFixes(config, result, outcome, args) } : {}),
    ...(args.backlog ? { backlog: true } : {}),
  };
  io.stdout.write(checkRenderers[args.format](report));
  if (update && (args.format === "sarif" || args.format === "junit")) {
    io.stderr.write(
      `ssot: baseline ${shown}: ${update.entries} entries (${update.added} added, ${update.removed} removed)\n`,
    );
  }
  return checkFailed(report);
}
