import { visible } from "../util/visible.js";
import type { MigrationOutcome } from "./types.js";

/** Control and bidi characters from the repository (file names, reasons) must not drive the terminal. */
const safe = (s: string) => visible(s);

export interface TextContext {
  /** The unified diff (dry run). */
  diff?: string;
  /** `.ssot/last-migration.json` was written. */
  recorded?: boolean;
}

/** `--format text`: the diff (dry run), then the counts, refusals and what was written. */
export function formatMigrationText(outcome: MigrationOutcome, context: TextContext = {}): string {
  const lines: string[] = [];
  const verb = outcome.dryRun ? "would apply" : "applied";
  lines.push(
    `${outcome.planned} planned, ${outcome.applied} ${verb}, ${outcome.refused.length} refused; success rate ${outcome.successRate}`,
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
    for (const f of outcome.files) lines.push(`rewrote ${safe(f)}`);
    if (outcome.backup) lines.push(`backups in ${safe(outcome.backup)}`);
    lines.push(
      context.recorded
        ? "recorded in .ssot/last-migration.json"
        : "nothing applied: .ssot/last-migration.json kept as it was",
    );
  }
  const diff = outcome.dryRun && context.diff ? `${visible(context.diff, "\t\n\r")}\n` : "";
  return `${diff}${lines.join("\n")}\n`;
}

/** `--format json`: `{planned, applied, refused: [{file, line, path, reason}], successRate, …}`. */
export function formatMigrationJson(outcome: MigrationOutcome): string {
  return `${JSON.stringify(outcome, null, 2)}\n`;
}
