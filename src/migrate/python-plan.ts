import { reachedModules } from "../analyze/resolve/python-reach.js";
import type { ImportStatement } from "../languages/python/scan-types.js";
import type { Edge } from "../result/schema.js";
import { type Claimed, type FileContext, movedReason, only, type Target } from "./file-context.js";
import type { Planner } from "./planner.js";
import { planFrom } from "./python-from.js";
import { layoutOf, type StatementLayout, spliceSpans } from "./statement.js";
import { dottedUses, localUses, type UseCheck } from "./uses.js";

const key = (line: number, path: string) => `${line}\u0000${path}`;

/**
 * Plans the rewrites of the import statements behind each consolidation's deprecated
 * edges in this file: statements are matched by line and by the path they reach, and a
 * statement several consolidations touch is planned once, for all of them.
 */
export function planImports(p: Planner, ctx: FileContext): void {
  const { facts, claims } = ctx;
  const pending = claims.map((c) => {
    const map = new Map<string, Edge[]>();
    for (const e of c.edges) {
      const list = map.get(key(e.line, e.path));
      if (list) list.push(e);
      else map.set(key(e.line, e.path), [e]);
    }
    return map;
  });
  const dotted = new Map<string, UseCheck>(); // bare `import pkg.shim` uses, once per module
  for (const stmt of facts.scan.imports) {
    const mine = new Map<string, Claimed[]>();
    for (const reach of reachedModules(stmt, facts.importer, facts.index, facts.pathModules)) {
      claims.forEach((c, ci) => {
        const path = c.target.deprecated.get(reach.module);
        const edge =
          path === undefined ? undefined : pending[ci]?.get(key(stmt.line, path))?.shift();
        if (!edge) return;
        const { target } = c;
        const item = p.item(
          stmt.line,
          edge.path,
          edge.kind,
          target.consolidation,
          target.batchOf(facts.file),
        );
        const list = mine.get(reach.module);
        if (list) list.push({ item, target, edge });
        else mine.set(reach.module, [{ item, target, edge }]);
      });
    }
    if (mine.size === 0) continue;
    const layout = layoutOf(facts.text, stmt, facts.view().tokens);
    if (!layout) {
      for (const list of mine.values())
        for (const { item } of list) p.refuse(item, "the statement's names could not be read back");
    } else if (stmt.kind === "from") planFrom(p, ctx, stmt, layout, mine);
    else planImport(p, ctx, stmt, layout, mine, dotted);
  }
  claims.forEach((c, ci) => {
    for (const left of pending[ci]?.values() ?? []) {
      for (const e of left) {
        p.refuse(
          p.item(e.line, e.path, e.kind, c.target.consolidation, c.target.batchOf(facts.file)),
          "no import statement on this line reaches the path (the file changed since the analysis?)",
        );
      }
    }
  });
}

/** Why the module object bound by `import a.b` (no alias) cannot follow the rewrite, or its uses. */
function bareUses(
  ctx: FileContext,
  stmt: ImportStatement,
  module: string,
  target: Target,
  dotted: Map<string, UseCheck>,
): UseCheck {
  if (stmt.nested) {
    return {
      edits: [],
      problem: `import ${module} inside a function or class: only a module-level binding is rewritten`,
    };
  }
  const root = module.split(".")[0] ?? module;
  const line = ctx.otherRootBinding(stmt, root);
  if (line !== undefined)
    return { edits: [], problem: `${root} is also bound by the import on line ${line}` };
  let cached = dotted.get(module);
  if (!cached) {
    cached = dottedUses(ctx.facts.view(), module, target, ctx.importedAfter(module));
    dotted.set(module, cached);
  }
  return cached;
}

/** `import a.b` / `import a.b as m`: each dotted name is rewritten in place. */
function planImport(
  p: Planner,
  ctx: FileContext,
  stmt: ImportStatement,
  layout: StatementLayout,
  mine: ReadonlyMap<string, readonly Claimed[]>,
  dotted: Map<string, UseCheck>,
): void {
  const { facts } = ctx;
  const spans: { start: number; end: number; replacement: string }[] = [];
  const moved = new Set<number>();
  const targets = new Set<string>();
  for (const n of layout.names) {
    const claim = only(p, n.name, mine.get(n.name));
    if (claim === undefined || p.refused(claim.item)) continue;
    const { item, target } = claim;
    const canonical = target.canonical.module;
    let uses: UseCheck;
    if (n.alias !== undefined) {
      const line = ctx.otherBinding(stmt, n.alias);
      uses =
        line !== undefined
          ? { edits: [], problem: `${n.alias} is also bound by the import on line ${line}` }
          : localUses(facts.view(), n.alias, target);
    } else uses = bareUses(ctx, stmt, n.name, target, dotted);
    const problem = uses.problem ?? ctx.mentionProblem(p, item, n.name);
    if (problem !== undefined) {
      p.refuse(item, problem);
      continue;
    }
    spans.push({ start: n.nameStart, end: n.nameEnd, replacement: canonical });
    moved.add(item);
    targets.add(canonical);
    for (const u of uses.edits)
      p.edit(u.start, u.end, u.replacement, movedReason(n.name, canonical), [item]);
  }
  if (spans.length === 0) return;
  const replacement = spliceSpans(facts.text.slice(stmt.start, stmt.end), stmt.start, spans);
  const from = [...mine.keys()].join(", ");
  p.edit(stmt.start, stmt.end, replacement, movedReason(from, [...targets].join(", ")), [...moved]);
}
