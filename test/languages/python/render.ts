import type { ImportStatement, PythonScan } from "../../../src/languages/python/scan-types.js";
import { scanPython } from "../../../src/languages/python/scanner.js";

/**
 * One import statement as a line of text, so tests can state whole results at a glance:
 * `3: from ..pkg import a as b, c [nested, typeChecking]`.
 */
export function renderImport(s: ImportStatement): string {
  const names = s.names.map((n) => (n.alias === undefined ? n.name : `${n.name} as ${n.alias}`));
  const head = s.kind === "import" ? "import" : `from ${".".repeat(s.level)}${s.module} import`;
  const flags = [s.nested ? "nested" : "", s.typeChecking ? "typeChecking" : ""].filter(Boolean);
  return `${s.line}: ${head} ${names.join(", ")}${flags.length ? ` [${flags.join(", ")}]` : ""}`;
}

/** The imports of `text`, rendered. */
export function imports(text: string): string[] {
  return scanPython(text).imports.map(renderImport);
}

/** Errors as `line: message`. */
export function errors(scan: PythonScan): string[] {
  return scan.errors.map((e) => `${e.line}: ${e.message}`);
}

/** Source from lines (joined with `\n`, with a final newline). */
export function py(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}
