import type { Edge, StringReference } from "../result/schema.js";
import { type Claim, FileContext, type FileFacts, type Target } from "./file-context.js";
import { type JsTarget, planJavaScript } from "./js-plan.js";
import type { Loaded } from "./plan-inputs.js";
import { type FilePlan, type OwnedEdit, Planner } from "./planner.js";
import { planImports } from "./python-plan.js";
import { planStrings } from "./python-strings.js";
import type { MigrationItem } from "./types.js";

/** What one consolidation migrates in one file. */
export interface FileWork {
  consolidation: string;
  batch: string;
  python?: { target: Target; moduleOfPath: ReadonlyMap<string, string> };
  javascript?: JsTarget;
  edges: readonly Edge[];
  strings: readonly StringReference[];
}

export interface PlannedEdits {
  items: MigrationItem[];
  edits: OwnedEdit[];
}

/**
 * Edits that overlap cannot both apply: the items owning the later one are refused and
 * all their edits dropped (a half-applied item could change meaning). Identical edits
 * (one attribute use serving two statements) are merged.
 */
function resolveOverlaps(edits: OwnedEdit[], items: MigrationItem[]): OwnedEdit[] {
  let current = edits;
  for (;;) {
    const sorted = [...current].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: OwnedEdit[] = [];
    const losers = new Set<number>();
    for (const e of sorted) {
      const last = merged[merged.length - 1];
      if (
        last &&
        last.start === e.start &&
        last.end === e.end &&
        last.replacement === e.replacement
      ) {
        last.owners = [...new Set([...last.owners, ...e.owners])];
      } else if (last && e.start < last.end) {
        for (const o of e.owners) losers.add(o);
      } else merged.push({ ...e });
    }
    if (losers.size === 0) return merged;
    for (const o of losers) {
      const it = items[o];
      if (it && it.refused === undefined) it.refused = "overlaps another rewrite in this file";
    }
    current = merged.filter((e) => !e.owners.some((o) => losers.has(o)));
  }
}

/** Items of one group (a module object and the strings naming it) stand or fall together. */
function groupVetoes(plan: FilePlan, lineAt: (offset: number) => number): Map<number, string> {
  const vetoes = new Map<number, string>();
  const refused = (k: number) => plan.items[k]?.refused !== undefined;
  const what = (k: number) => {
    const it = plan.items[k];
    return it?.kind === "string"
      ? `the string on line ${it.line}`
      : `the import on line ${it?.line}`;
  };
  for (const [literal, owners] of plan.needs) {
    const anchor = plan.anchors.get(literal);
    if (anchor === undefined) {
      for (const o of owners)
        if (!refused(o))
          vetoes.set(
            o,
            `the string on line ${lineAt(literal)} names the module and is not rewritten in this run`,
          );
      continue;
    }
    const members = [...owners, anchor];
    const bad = members.find(refused);
    if (bad === undefined) continue;
    for (const m of members)
      if (!refused(m)) vetoes.set(m, `rewritten together with ${what(bad)}, which is refused`);
  }
  return vetoes;
}

/** Marks items none of whose edits survived, and returns the surviving edits. */
function settle(plan: FilePlan): OwnedEdit[] {
  const kept = resolveOverlaps(plan.edits, plan.items);
  const owners = new Set(kept.flatMap((e) => e.owners));
  for (const [k, it] of plan.items.entries()) {
    if (it.refused === undefined && it.skipped === undefined && !owners.has(k))
      it.refused = "no rewrite was found for it";
  }
  return kept;
}

/** One Python file, every consolidation: planned again with vetoes until its groups agree. */
export function planPythonFile(facts: FileFacts, works: readonly FileWork[]): PlannedEdits {
  let vetoes = new Map<number, string>();
  for (let pass = 0; ; pass++) {
    const p = new Planner(facts.file, works[0]?.consolidation ?? "", vetoes);
    const claims: Claim[] = works.flatMap((w) =>
      w.python ? [{ target: w.python.target, edges: w.edges }] : [],
    );
    const ctx = new FileContext(facts, claims);
    if (claims.some((c) => c.edges.length > 0)) planImports(p, ctx);
    for (const w of works) {
      if (w.python && w.strings.length > 0)
        planStrings(p, ctx, w.python.target, w.strings, w.python.moduleOfPath);
    }
    const plan = p.finish();
    const kept = settle(plan);
    const more = groupVetoes(plan, (o) => facts.view().lines.lineAt(o));
    if (more.size === 0 || pass >= 8) return { items: plan.items, edits: kept };
    vetoes = new Map([...vetoes, ...more]);
  }
}

/** A JS/TS file: each consolidation planned alone (specifiers never share a statement's text). */
export function planJavaScriptFile(
  file: string,
  loaded: Loaded,
  works: readonly FileWork[],
): PlannedEdits {
  const items: MigrationItem[] = [];
  const edits: OwnedEdit[] = [];
  for (const w of works) {
    if (!w.javascript || w.edges.length + w.strings.length === 0) continue;
    const plan = planJavaScript(file, loaded.text, w.javascript, w.edges, w.strings);
    const offset = items.length;
    items.push(...plan.items.map((it) => ({ ...it, batch: w.batch })));
    for (const e of plan.edits) edits.push({ ...e, owners: e.owners.map((o) => o + offset) });
  }
  return { items, edits: settle({ items, edits, needs: new Map(), anchors: new Map() }) };
}
