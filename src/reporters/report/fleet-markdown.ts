import type { AnalysisResult } from "../../result/schema.js";
import { mdCode, mdText } from "../escape/markdown.js";
import { fleetOf } from "./fleet.js";

/** The organisation-wide tables of a fleet result, for report.md; nothing for one repository. */
export function fleetMarkdown(result: AnalysisResult): string[] {
  const fleet = fleetOf(result);
  if (!fleet) return [];
  const lines = [
    "",
    `## Organisation: ${fleet.repositories} repositories`,
    "",
    `Each repository's files are listed as \`repository/file\`; the sections below sum them. Repositories: ${fleet.names.map((n) => mdCode(n, true)).join(", ")}.`,
  ];
  for (const t of fleet.tables) {
    lines.push(
      "",
      `### ${mdText(t.title)} (${mdCode(t.id)}): deprecated share per repository`,
      "",
      `| repository | statements | deprecated | deprecated share | ${t.paths.map((p) => mdCode(p.id, true)).join(" | ")} |`,
      `| --- | ---: | ---: | ---: | ${t.paths.map(() => "---:").join(" | ")} |`,
    );
    for (const r of [...t.rows, t.total]) {
      const name = r === t.total ? `**${mdText(r.name)}**` : mdCode(r.name, true);
      lines.push(
        `| ${name} | ${r.statements} | ${r.deprecated} | ${r.share} | ${r.perPath.join(" | ")} |`,
      );
    }
  }
  return lines;
}
