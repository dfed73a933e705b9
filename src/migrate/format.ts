import { visible } from "../util/visible.js";
import type { Manifest, RestoreOutcome } from "../workspace/backups.js";
import type { MigrationRecord } from "./record.js";
import type { MigrationOutcome } from "./types.js";

/** Control and bidi characters from the repository (file names, reasons) must not drive the terminal. */
const safe = (s: string) => visible(s);

export interface TextContext {
  /** The unified diff (dry run). */
  diff?: string;
  /** `.ssot/last-migration.json` was written. */
  recorded?: boolean;
  /** The record after the run. */
  record?: MigrationRecord;
}

const rateText = (f: { planned: number; applied: number; successRate: number }) =>
  `${f.applied} of ${f.planned} applied (${f.successRate})`;

/** `--verify`: passed, or what failed and what was rolled back. */
function verifyLines(outcome: MigrationOutcome): string[] {
  const v = outcome.verify;
  if (!v) return [];
  if (v.passed) return [`verify: ${safe(v.command)} passed`];
  const lines = [`verify: ${safe(v.command)} failed (${v.exit}); the batch was rolled back`];
  for (const f of v.restored ?? []) lines.push(`restored ${safe(f)}`);
  if (v.output) {
    lines.push("its output ended with:");
    for (const l of v.output.split("\n")) lines.push(`  ${safe(l)}`);
  }
  return lines;
}

/** `--format text`: the diff (dry run), then the counts, refusals and what was written. */
export function formatMigrationText(outcome: MigrationOutcome, context: TextContext = {}): string {
  const lines: string[] = [];
  const verb = outcome.dryRun ? "would apply" : "applied";
  const back = outcome.rolledBack ? `, ${outcome.rolledBack} rolled back` : "";
  lines.push(
    `${outcome.planned} planned, ${outcome.applied} ${verb}, ${outcome.refused.length} refused${back}; success rate ${outcome.successRate}`,
  );
  if (outcome.refused.length > 0) {
    lines.push("refused:");
    for (const r of outcome.refused)
      lines.push(`  ${safe(r.file)}:${r.line} [${safe(r.path)}] ${safe(r.reason)}`);
  }
  if (outcome.skipped.length > 0) {
    lines.push("not handled by migrate:");
    for (const s of outcome.skipped)
      lines.push(`  ${safe(s.file)}:${s.line} [${safe(s.path)}] ${safe(s.reason)}`);
  }
  if (outcome.compileCheck) lines.push(`note: ${outcome.compileCheck}`);
  if (outcome.dryRun) {
    lines.push(
      outcome.files.length > 0
        ? `dry run: ${outcome.files.length} file(s) would change; nothing was written (apply with --write, keep copies with --backup)`
        : "dry run: nothing to change",
    );
  } else {
    if (!outcome.rolledBack) for (const f of outcome.files) lines.push(`rewrote ${safe(f)}`);
    if (outcome.backup)
      lines.push(
        `backups in ${safe(outcome.backup)} (undo with --restore ${safe(outcome.run ?? "")})`,
      );
    lines.push(...verifyLines(outcome));
    const r = context.record;
    if (context.recorded && r)
      lines.push(`recorded in .ssot/last-migration.json; whole migration: ${rateText(r)}`);
  }
  const diff = outcome.dryRun && context.diff ? `${visible(context.diff, "\t\n\r")}\n` : "";
  return `${diff}${lines.join("\n")}\n`;
}

/** `--format json`: `{planned, applied, refused: [{file, line, path, reason}], successRate, …}`. */
export function formatMigrationJson(outcome: MigrationOutcome): string {
  return `${JSON.stringify(outcome, null, 2)}\n`;
}

/** `--restore`: each file of the run and what happened to it. */
export function formatRestoreText(outcome: RestoreOutcome): string {
  const lines = [
    outcome.dryRun
      ? `run ${safe(outcome.run)}: ${outcome.files.length} file(s); --dry-run: nothing restored`
      : `run ${safe(outcome.run)}: ${outcome.restored} of ${outcome.files.length} file(s) restored`,
  ];
  for (const f of outcome.files) lines.push(`  ${safe(f.file)}: ${safe(f.status)}`);
  if (outcome.refused > 0)
    lines.push(
      `${outcome.refused} file(s) not restored; --force restores files changed since the run`,
    );
  return `${lines.join("\n")}\n`;
}

/** `--runs`: every recorded run with its figures, and which can be restored. */
export function formatRunsText(
  record: MigrationRecord | undefined,
  backups: readonly Manifest[],
): string {
  const withBackups = new Set(backups.map((m) => m.run));
  const runs = record?.runs ?? [];
  if (runs.length === 0 && backups.length === 0) return "no migration runs recorded\n";
  const lines: string[] = [];
  for (const run of runs) {
    const scope = Object.entries(run.scope)
      .map(([k, v]) => `--${k} ${v}`)
      .join(" ");
    const t = run.totals;
    const notes = [
      ...(t.rolledBack > 0 ? [`${t.rolledBack} rolled back`] : []),
      ...(run.verify ? [`verify ${run.verify.passed ? "passed" : "failed"}`] : []),
      ...(run.restored ? [`restored ${run.restored.files} of ${run.restored.of}`] : []),
      withBackups.has(run.run) ? "backups" : "no backups",
    ];
    lines.push(
      `${safe(run.run)}  ${scope === "" ? "(all)" : safe(scope)}  ${t.planned} planned, ${t.applied} applied, ${t.refused} refused (${t.successRate}); ${notes.join(", ")}`,
    );
  }
  for (const m of backups)
    if (!runs.some((r) => r.run === m.run))
      lines.push(`${safe(m.run)}  backups only (${m.files.length} file(s))`);
  if (record) {
    lines.push(`whole migration: ${rateText(record)}`);
    for (const b of record.batches)
      lines.push(
        `  ${safe(b.consolidation)} / ${safe(b.batch)}: ${rateText(b)}${b.rolledBack ? `, ${b.rolledBack} rolled back` : ""}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
