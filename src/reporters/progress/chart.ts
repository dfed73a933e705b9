import type { TrendSeries } from "../../history/progress-view.js";
import { xychartText } from "../escape/mermaid.js";

export type TrendChartKind = "share" | "paths";

/** Not started (null) is drawn at 0: a chart line needs a value at every point. */
const percent1 = (share: number | null) => Math.round((share ?? 0) * 1000) / 10;

/** A round upper bound for the y axis, so small counts do not fill the whole chart. */
function axisMax(values: readonly number[]): number {
  const max = Math.max(1, ...values);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

/** Line colours: green for the canonical path, warm colours for deprecated ones, grey if unknown. */
const canonicalColour = "#2e7d32";
const deprecatedColours = ["#c62828", "#ef6c00", "#6a1b9a", "#ad1457", "#8d6e63", "#f9a825"];
const unknownColour = "#546e7a";

/** Frontmatter setting the line colours in order (xychart colours lines by position). */
function palette(colours: readonly string[]): string[] {
  return [
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${colours.join(", ")}"`,
    "---",
  ];
}

function pathColours(paths: TrendSeries["paths"]): string[] {
  let nextDeprecated = 0;
  return paths.map((p) => {
    if (p.deprecated === false) return canonicalColour;
    if (p.deprecated === null) return unknownColour;
    return deprecatedColours[nextDeprecated++ % deprecatedColours.length] as string;
  });
}

/**
 * A Mermaid `xychart-beta` line chart of a consolidation over time: its deprecated share in
 * percent (`share`) or its statements per path, one line per path (`paths`), with a legend.
 * Pure: the caller decides where the text goes (a ```mermaid block, a <pre class="mermaid">,
 * an .mmd file for mermaid-cli).
 */
export function trendChart(series: TrendSeries, kind: TrendChartKind): string {
  const x = `  x-axis [${series.dates.map((d) => `"${xychartText(d)}"`).join(", ")}]`;
  const title = xychartText(series.title);
  if (kind === "share") {
    return [
      ...palette([deprecatedColours[0] as string]),
      "xychart-beta",
      `  title "Deprecated share: ${title}"`,
      x,
      '  y-axis "deprecated share (%)" 0 --> 100',
      `  line "deprecated share" [${series.deprecatedShare.map(percent1).join(", ")}]`,
      "",
    ].join("\n");
  }
  const all = series.paths.flatMap((p) => p.statements);
  return [
    ...palette(pathColours(series.paths)),
    "xychart-beta",
    `  title "Statements per path: ${title}"`,
    x,
    `  y-axis "statements" 0 --> ${axisMax(all)}`,
    ...series.paths.map((p) => `  line "${xychartText(p.id)}" [${p.statements.join(", ")}]`),
    "",
  ].join("\n");
}
