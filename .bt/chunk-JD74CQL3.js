import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  visible,
  visibleJson
} from "./chunk-NPKQCN5C.js";
import {
  count,
  percent,
  plural
} from "./chunk-VHJDUMJJ.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";

// dist/reporters/analyze/json.js
function renderJson(result) {
  return `${visibleJson(JSON.stringify(result, null, 2))}
`;
}

// dist/reporters/report/format.js
function scannedFiles(f) {
  if (f.javascript === void 0)
    return plural(f.scanned, "Python file");
  return `${plural(f.scanned, "file")} (${count(f.python)} Python, ${count(f.javascript)} JS/TS)`;
}
var roleLabels = {
  canonical: "canonical",
  shim: "deprecated shim",
  direct: "deprecated direct use",
  reexport: "deprecated re-export"
};
var isDeprecated = (p) => p.role !== "canonical";
function actualText(actual) {
  return actual === null ? "unknown" : String(actual);
}

// dist/reporters/analyze/text.js
function table(rows, rightAligned) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((cell, i) => rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd());
}
function formatActual(c) {
  if (c.actual === null)
    return "unknown";
  return String(c.actual);
}
function consolidationText(c, mark) {
  const lines = [`${visible(c.title)} (${visible(c.id)})`];
  const rows = [["path", "role", "module", "files", "statements", "nested", "strings"]];
  for (const p of c.paths) {
    rows.push([
      visible(p.id),
      p.role,
      p.exists ? visible(p.module) : `${visible(p.module)} (${p.missing ? "missing" : p.removed ? "removed" : "not in the repository"})`,
      count(p.files),
      count(p.statements),
      count(p.nestedStatements),
      count(p.stringReferences)
    ]);
  }
  lines.push(...table(rows, /* @__PURE__ */ new Set([3, 4, 5, 6])).map((l) => `  ${l}`));
  const t = c.totals;
  lines.push(c.deprecatedShare.statements === null ? "  deprecated share: not started (no import statement reaches the paths yet)" : `  deprecated share: ${percent(c.deprecatedShare.statements)} of statements (${count(t.deprecatedStatements)}/${count(t.statements)}), ${percent(c.deprecatedShare.files)} of files (${count(t.deprecatedFiles)}/${count(t.files)})`);
  if (t.unrelatedStatements > 0) {
    lines.push(`  not counted: ${plural(t.unrelatedStatements, "statement")} on re-export paths import only names unrelated to the consolidation`);
  }
  if (t.allowedStatements > 0) {
    const reasons = [...new Set(c.allowedEdges.map((a) => a.reason))];
    lines.push(`  allowed on purpose (not counted): ${t.allowedStatements} deprecated statement${t.allowedStatements === 1 ? "" : "s"} (${visible(reasons.slice(0, 3).join("; "))}${reasons.length > 3 ? "; \u2026" : ""})`);
  }
  if (c.blockers.length > 0) {
    lines.push(`  blocked: the canonical module does not define ${c.blockers.map((b) => `${visible(b.name)} (${count(b.statements)})`).join(", ")}`);
  }
  for (const problem of c.problems)
    lines.push(`  ! ${visible(problem.message)}`);
  if (c.internalEdges.length > 0)
    lines.push(`  internal edges between the path modules: ${count(c.internalEdges.length)}`);
  if (c.implementations.length > 0) {
    lines.push(`  implementations: ${c.implementations.map((i) => `${visible(i.name)} (${visible(i.file)}:${i.line})`).join(", ")}`);
  }
  const batches = c.batches.filter((b) => b.statements > 0 || b.id !== "other");
  if (batches.length > 1 || batches.length === 1 && batches[0]?.id !== "other") {
    lines.push(`  batches: ${batches.map((b) => `${visible(b.id)} ${count(b.deprecatedStatements)}/${count(b.statements)} deprecated in ${count(b.files)} files`).join("; ")}`);
  }
  if (c.phases.length > 0)
    lines.push("  phases:");
  for (const phase of c.phases) {
    const ok = phase.status === "met" ? true : phase.status === "not-met" ? false : null;
    lines.push(`    ${mark(ok)} ${visible(phase.id)}${phase.title !== phase.id ? ` ${visible(phase.title)}` : ""}${phase.gate ? " [gate]" : ""}: ${phase.status}`);
    for (const k of phase.criteria) {
      const kOk = k.status === "met" ? true : k.status === "not-met" ? false : null;
      lines.push(`        ${mark(kOk)} ${k.metric}: ${formatActual(k)} (expected ${k.expected})`);
    }
  }
  return lines;
}
function renderText(result, options = {}) {
  const paint = (code, s) => options.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const mark = (ok) => ok === true ? paint("32", "\u2713") : ok === false ? paint("31", "\u2717") : paint("33", "?");
  const f = result.files;
  const lines = [
    `ssot-tracker ${result.tool.version}: ${scannedFiles(f)} scanned, ${plural(f.parseErrors.length, "parse error")}, ${count(f.skipped.length)} skipped`
  ];
  for (const c of result.consolidations)
    lines.push("", ...consolidationText(c, mark));
  const errorFiles = [...new Set(f.parseErrors.map((e) => e.file))];
  if (errorFiles.length > 0) {
    lines.push("", `parse errors in ${plural(errorFiles.length, "file")} (what could be recovered was counted):`);
    for (const e of f.parseErrors.slice(0, 10))
      lines.push(`  ${visible(e.file)}:${e.line}: ${visible(e.message)}`);
    if (f.parseErrors.length > 10)
      lines.push(`  \u2026 ${f.parseErrors.length - 10} more in --format json`);
  }
  return `${lines.join("\n")}
`;
}

// dist/reporters/analyze/index.js
var analyzeReporters = {
  text: (result, options = {}) => renderText(result, options),
  json: (result) => renderJson(result)
};

// dist/reporters/table.js
function formatsIn(table2) {
  return Object.keys(table2);
}
function isFormatIn(table2, format) {
  return Object.hasOwn(table2, format);
}
function pickReporter(command, table2, format) {
  if (!isFormatIn(table2, format)) {
    throw new InputError(`${command} --format ${JSON.stringify(format)}: unknown format; use one of ${formatsIn(table2).join(", ")}`);
  }
  return table2[format];
}

export {
  scannedFiles,
  roleLabels,
  isDeprecated,
  actualText,
  analyzeReporters,
  formatsIn,
  pickReporter
};
