import { type DeprecatedEdge, identityKey } from "./identity.js";

/**
 * What the check reads of a codemod plan (`ssot migrate`'s plan has this shape): each file's
 * text and its edits (UTF-16 offsets), and the items that were refused. Declared here so the
 * check knows no codemod module; the CLI passes the plan in.
 */
export interface PlannedEdits {
  items: readonly { file: string; line: number; refused?: string | undefined }[];
  files: readonly {
    file: string;
    text: string;
    edits: readonly { start: number; end: number; replacement: string }[];
  }[];
}

/** A SARIF 2.1.0 `replacement`: 1-based lines and columns in UTF-16 code units, end exclusive. */
export interface SarifReplacement {
  deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  insertedContent: { text: string };
}

export interface EdgeFix {
  description: string;
  replacements: SarifReplacement[];
}

/** identityKey of a deprecated edge -> the rewrite `ssot migrate` would make of it. */
export type EdgeFixes = ReadonlyMap<string, EdgeFix>;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** The 1-based line of a UTF-16 offset, by binary search over the line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The fixes of the edges `ssot migrate` can rewrite, from its plan (planning reads files,
 * never writes). An edit belongs to the edge whose statement starts on the edit's line. A
 * file with an edit that belongs to no edge (a factory call site elsewhere in the file) gets
 * no fixes at all: applying only the import's edit would break that file.
 */
export function fixesFromPlan(plan: PlannedEdits, edges: readonly DeprecatedEdge[]): EdgeFixes {
  const fixes = new Map<string, EdgeFix>();
  const refused = new Set(
    plan.items.filter((i) => i.refused !== undefined).map((i) => `${i.file}\n${i.line}`),
  );
  const byFile = new Map<string, DeprecatedEdge[]>();
  for (const e of edges) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const planned of plan.files) {
    const mine = byFile.get(planned.file);
    if (!mine || planned.edits.length === 0) continue;
    const starts = lineStarts(planned.text);
    const owner = new Map<number, DeprecatedEdge>();
    for (const e of mine) if (!owner.has(e.line)) owner.set(e.line, e);
    const grouped = new Map<DeprecatedEdge, SarifReplacement[]>();
    let orphan = false;
    for (const edit of planned.edits) {
      const startLine = lineOf(starts, edit.start);
      const edge = owner.get(startLine);
      if (!edge || refused.has(`${edge.file}\n${edge.line}`)) {
        orphan = true;
        break;
      }
      const endLine = lineOf(starts, edit.end);
      grouped.set(edge, [
        ...(grouped.get(edge) ?? []),
        {
          deletedRegion: {
            startLine,
            startColumn: edit.start - (starts[startLine - 1] as number) + 1,
            endLine,
            endColumn: edit.end - (starts[endLine - 1] as number) + 1,
          },
          insertedContent: { text: edit.replacement },
        },
      ]);
    }
    if (orphan) continue;
    for (const [edge, replacements] of grouped) {
      fixes.set(identityKey(edge), {
        description: edge.suggestion
          ? `Import instead: ${edge.suggestion}`
          : "Import from the canonical module",
        replacements,
      });
    }
  }
  return fixes;
}
