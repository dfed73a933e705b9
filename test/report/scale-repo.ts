import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { HistoryLine } from "../../src/history/schema.js";
import { historyLine } from "../../src/history/summary.js";
import type { AnalysisResult } from "../../src/result/schema.js";

/**
 * A generated repository at the scale the report must read at: `files` importers in folders
 * four levels deep (services/<area>/<team>/<component>/), tests beside them, and
 * `consolidations` libraries, each with a canonical module, a shim and a direct legacy module.
 * Every importer imports lib0; each other library is imported by about a quarter of them.
 * Deterministic (a fixed linear congruential sequence), so its numbers can be stated.
 */
export interface ScaleRepoOptions {
  files: number;
  consolidations: number;
}

export const areas = ["api", "workers", "ui"];
const teams = ["billing", "search", "auth", "media", "mail", "reports"];
const components = ["handlers", "models", "views", "jobs", "adapters"];

/** A repeatable sequence of numbers in [0, 1). */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function put(root: string, file: string, text: string): void {
  const abs = path.join(root, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

function config(n: number): string {
  const lines = [
    "root: .",
    "python:",
    '  sourceRoots: ["."]',
    "report:",
    '  linkTemplate: "https://git.example.com/org/repo/blob/{commit}/{file}#L{line}"',
    "consolidations:",
  ];
  for (let k = 0; k < n; k++) {
    lines.push(
      `  - id: lib${k}`,
      `    title: Library ${k} client <b>SSOT</b>`,
      "    paths:",
      `      - { id: canonical, module: libs.lib${k}.core.api, role: canonical }`,
      `      - { id: compat, module: libs.lib${k}.compat, role: shim }`,
      `      - { id: legacy, module: libs.lib${k}.legacy.impl, role: direct }`,
      "    batches:",
      '      - { id: tests, include: ["tests/**"] }',
      '      - { id: critical, include: ["services/api/**"] }',
      "    phases:",
      "      - id: phase-1",
      "        title: Import path consolidation",
      "        gate: true",
      "        criteria:",
      "          - { metric: deprecated-share, max: 0.10 }",
      "      - id: phase-2",
      "        title: Remove the deprecated modules",
      "        criteria:",
      "          - { metric: deprecated-modules-present, max: 0 }",
    );
  }
  return `${lines.join("\n")}\n`;
}

function library(root: string, k: number): void {
  for (const dir of ["libs", `libs/lib${k}`, `libs/lib${k}/core`, `libs/lib${k}/legacy`])
    put(root, `${dir}/__init__.py`, "");
  put(
    root,
    `libs/lib${k}/core/api.py`,
    `class Client${k}:\n    pass\n\n\ndef make_${k}():\n    return Client${k}()\n`,
  );
  put(root, `libs/lib${k}/compat.py`, `from libs.lib${k}.core.api import Client${k}, make_${k}\n`);
  put(
    root,
    `libs/lib${k}/legacy/impl.py`,
    `class Client${k}:\n    pass\n\n\ndef make_${k}():\n    return Client${k}()\n\n\ndef old_helper_${k}():\n    return 1\n`,
  );
}

/** The folder of importer i: services/<area>/<team>/<component>, or tests/unit/<area>/<team>. */
export function importerFile(i: number): string {
  const area = areas[i % areas.length] as string;
  const team = teams[Math.floor(i / 3) % teams.length] as string;
  const component = components[Math.floor(i / 18) % components.length] as string;
  if (i % 5 === 4) return `tests/unit/${area}/${team}/test_${component}_${i}.py`;
  return `services/${area}/${team}/${component}/mod_${i}.py`;
}

function importLine(k: number, random: () => number): string {
  const r = random();
  if (r < 0.55) return `from libs.lib${k}.core.api import Client${k}`;
  if (r < 0.8) return `from libs.lib${k}.compat import Client${k}, make_${k}`;
  if (r < 0.9) return `from libs.lib${k}.legacy.impl import old_helper_${k}`;
  return `from libs.lib${k}.legacy.impl import Client${k}`;
}

/** Write the repository (config at ssot.config.yaml) into `root`. */
export function writeScaleRepo(root: string, options: ScaleRepoOptions): void {
  const random = sequence(1182);
  put(root, "ssot.config.yaml", config(options.consolidations));
  for (let k = 0; k < options.consolidations; k++) library(root, k);
  for (let i = 0; i < options.files; i++) {
    const lines: string[] = [];
    for (let k = 0; k < options.consolidations; k++)
      if (k === 0 || random() < 0.25) lines.push(importLine(k, random));
    if (i % 5 === 4 && i % 3 === 0)
      lines.push("from unittest import mock", `PATCH = mock.patch("libs.lib0.compat.Client0")`);
    put(root, importerFile(i), `${lines.join("\n")}\n`);
  }
  // Hostile names reach every table and diagram label.
  put(
    root,
    "services/api/<img src=x onerror=alert(1)>/mod.py",
    "from libs.lib0.compat import Client0\n",
  );
}

const scaled = (n: number, factor: number) => Math.max(0, Math.round(n * factor));

/**
 * A weekly history of `points` lines ending on `lastDate` with the analysed state itself:
 * earlier weeks had more deprecated and fewer canonical imports. The last consolidation only
 * appears in the last third of the history (added to the config later).
 */
export function scaleHistory(
  result: AnalysisResult,
  points: number,
  lastDate: string,
): HistoryLine[] {
  const last = historyLine(result, { date: lastDate, commit: null, source: "snapshot" });
  const lines: HistoryLine[] = [];
  const lastMs = Date.parse(`${lastDate}T00:00:00Z`);
  for (let i = 0; i < points; i++) {
    const weeksLeft = points - 1 - i;
    const date = new Date(lastMs - weeksLeft * 7 * 86_400_000).toISOString().slice(0, 10);
    const t = weeksLeft / Math.max(1, points - 1);
    const consolidations = last.consolidations
      .filter((_, k) => k < last.consolidations.length - 1 || weeksLeft < points / 3)
      .map((c) => {
        const paths = c.paths.map((p) => {
          const factor = p.id === "canonical" ? 1 - 0.6 * t : 1 + 2 * t;
          return {
            id: p.id,
            files: scaled(p.files, factor),
            statements: scaled(p.statements, factor),
          };
        });
        const all = paths.reduce((n, p) => n + p.statements, 0);
        const dep = paths.filter((p) => p.id !== "canonical").reduce((n, p) => n + p.statements, 0);
        const files = paths.reduce((n, p) => n + p.files, 0);
        const depFiles = paths.filter((p) => p.id !== "canonical").reduce((n, p) => n + p.files, 0);
        return {
          ...c,
          deprecatedShare: {
            statements: all === 0 ? null : dep / all,
            files: files === 0 ? null : Math.min(1, depFiles / files),
          },
          paths,
          batches: (c.batches ?? []).map((b) => {
            const deprecated = scaled(b.deprecatedStatements, 1 + 2 * t);
            const canonical = scaled(b.statements - b.deprecatedStatements, 1 - 0.6 * t);
            return {
              id: b.id,
              statements: deprecated + canonical,
              deprecatedStatements: deprecated,
            };
          }),
        };
      });
    lines.push(weeksLeft === 0 ? last : { ...last, date, consolidations });
  }
  return lines;
}
