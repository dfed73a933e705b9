import type { AnalysisResult, ConsolidationResult, CriterionResult } from "../../result/schema.js";
import { count, percent, plural } from "../../util/words.js";
import { visible as v } from "../escape/terminal.js";
import { scannedFiles } from "../report/format.js";

export interface TextOptions {
  /** ANSI colours (only on a TTY and never with NO_COLOR; the CLI decides). */
  color?: boolean;
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) =>
        rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
}

function formatActual(c: CriterionResult): string {
  if (c.actual === null) return "unknown";
  return String(c.actual);
}

function consolidationText(c: ConsolidationResult, mark: (ok: boolean | null) => string): string[] {
  // Names come from the repository and its config: control and bidi characters shown escaped.
  const lines = [`${v(c.title)} (${v(c.id)})`];
  const rows = [["path", "role", "module", "files", "statements", "nested", "strings"]];
  for (const p of c.paths) {
    rows.push([
      v(p.id),
      p.role,
      p.exists
        ? v(p.module)
        : `${v(p.module)} (${p.missing ? "missing" : p.removed ? "removed" : "not in the repository"})`,
      count(p.files),
      count(p.statements),
      count(p.nestedStatements),
      count(p.stringReferences),
    ]);
  }
  lines.push(...table(rows, new Set([3, 4, 5, 6])).map((l) => `  ${l}`));
  const t = c.totals;
  lines.push(
    c.deprecatedShare.statements === null
      ? "  deprecated share: not started (no import statement reaches the paths yet)"
      : `  deprecated share: ${percent(c.deprecatedShare.statements)} of statements (${count(t.deprecatedStatements)}/${count(t.statements)}), ` +
          `${percent(c.deprecatedShare.files)} of files (${count(t.deprecatedFiles)}/${count(t.files)})`,
  );
  if (t.unrelatedStatements > 0) {
    lines.push(
      `  not counted: ${plural(t.unrelatedStatements, "statement")} on re-export paths import only names unrelated to the consolidation`,
    );
  }
  if (t.allowedStatements > 0) {
    const reasons = [...new Set(c.allowedEdges.map((a) => a.reason))];
    lines.push(
      `  allowed on purpose (not counted): ${t.allowedStatements} deprecated statement${t.allowedStatements === 1 ? "" : "s"} (${v(reasons.slice(0, 3).join("; "))}${reasons.length > 3 ? "; …" : ""})`,
    );
  }
  if (c.blockers.length > 0) {
    lines.push(
      `  blocked: the canonical module does not define ${c.blockers.map((b) => `${v(b.name)} (${count(b.statements)})`).join(", ")}`,
    );
  }
  for (const problem of c.problems) lines.push(`  ! ${v(problem.message)}`);
  if (c.internalEdges.length > 0)
    lines.push(`  internal edges between the path modules: ${count(c.internalEdges.length)}`);
  if (c.implementations.length > 0) {
    lines.push(
      `  implementations: ${c.implementations.map((i) => `${v(i.name)} (${v(i.file)}:${i.line})`).join(", ")}`,
    );
  }
  const batches = c.batches.filter((b) => b.statements > 0 || b.id !== "other");
  if (batches.length > 1 || (batches.length === 1 && batches[0]?.id !== "other")) {
    lines.push(
      `  batches: ${batches.map((b) => `${v(b.id)} ${count(b.deprecatedStatements)}/${count(b.statements)} deprecated in ${count(b.files)} files`).join("; ")}`,
    );
  }
  if (c.phases.length > 0) lines.push("  phases:");
  for (const phase of c.phases) {
    const ok = phase.status === "met" ? true : phase.status === "not-met" ? false : null;
    lines.push(
      `    ${mark(ok)} ${v(phase.id)}${phase.title !== phase.id ? ` ${v(phase.title)}` : ""}${phase.gate ? " [gate]" : ""}: ${phase.status}`,
    );
    for (const k of phase.criteria) {
      const kOk = k.status === "met" ? true : k.status === "not-met" ? false : null;
      lines.push(`        ${mark(kOk)} ${k.metric}: ${formatActual(k)} (expected ${k.expected})`);
    }
  }
  return lines;
}

/** A readable summary per consolidation, for the terminal. */
export function renderText(result: AnalysisResult, options: TextOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const mark = (ok: boolean | null) =>
    ok === true ? paint("32", "✓") : ok === false ? paint("31", "✗") : paint("33", "?");
  const f = result.files;
  const lines = [
    `ssot-tracker ${result.tool.version}: ${scannedFiles(f)} scanned, ${plural(f.parseErrors.length, "parse error")}, ${count(f.skipped.length)} skipped`,
  ];
  for (const c of result.consolidations) lines.push("", ...consolidationText(c, mark));
  const errorFiles = [...new Set(f.parseErrors.map((e) => e.file))];
  if (errorFiles.length > 0) {
    lines.push(
      "",
      `parse errors in ${plural(errorFiles.length, "file")} (what could be recovered was counted):`,
    );
    for (const e of f.parseErrors.slice(0, 10))
      lines.push(`  ${v(e.file)}:${e.line}: ${v(e.message)}`);
    if (f.parseErrors.length > 10)
      lines.push(`  … ${f.parseErrors.length - 10} more in --format json`);
  }
  return `${lines.join("\n")}\n`;
}
