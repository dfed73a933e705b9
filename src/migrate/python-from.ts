import { absoluteFromModule } from "../analyze/resolve/python-modules.js";
import type { ImportStatement } from "../languages/python/scan-types.js";
import type { NameAdvice } from "./canonical.js";
import { factoryCalls } from "./factories.js";
import { type Claimed, type FileContext, movedReason, only } from "./file-context.js";
import type { Planner } from "./planner.js";
import {
  fromStatementText,
  type NameSpan,
  nameText,
  type StatementLayout,
  spliceSpans,
  statementSeparator,
} from "./statement.js";
import { isDot, isName } from "./tokens.js";
import { localUses, type UseCheck } from "./uses.js";

/** One imported name of the new statement(s): the module it comes from and its text. */
interface Part {
  module: string;
  text: string;
}

type Decision =
  | { kind: "stay" }
  | { kind: "refuse"; item: number; reason: string }
  | {
      kind: "move";
      item: number;
      parts: Part[];
      uses: UseCheck["edits"];
      adds?: string[];
      removes?: string[];
    };

/** `from M import …`: names move to the module that binds them; the statement is split when needed. */
export function planFrom(
  p: Planner,
  ctx: FileContext,
  stmt: ImportStatement,
  layout: StatementLayout,
  mine: ReadonlyMap<string, readonly Claimed[]>,
): void {
  const { facts } = ctx;
  const base = absoluteFromModule(stmt.module, stmt.level, facts.importer?.package) ?? "";
  const assigned = new Set<number>();
  const decisions = layout.names.map((n) => decideName(p, ctx, stmt, base, n, mine, assigned));
  const shared = mine.get(base) ?? [];
  if (shared.length > 1) {
    for (const c of shared)
      if (!assigned.has(c.item))
        p.skip(c.item, `none of the statement's names belongs to ${c.target.consolidation}`);
  }
  for (const d of decisions) if (d.kind === "refuse") p.refuse(d.item, d.reason);
  const moves = decisions.filter((d) => d.kind === "move");
  if (moves.length === 0) return;

  const original = facts.text.slice(stmt.moduleStart, stmt.moduleEnd);
  const render = (module: string) => renderModule(module, base, original, stmt, ctx);
  const groups = new Map<string, string[]>();
  const add = (module: string, text: string) => {
    const list = groups.get(module);
    if (!list) groups.set(module, [text]);
    else if (!list.includes(text)) list.push(text);
  };
  decisions.forEach((d, k) => {
    const n = layout.names[k] as NameSpan;
    if (d.kind === "move") for (const part of d.parts) add(render(part.module), part.text);
    else add(original, facts.text.slice(n.start, n.end));
  });
  const owners = [...new Set(moves.map((d) => d.item))];
  const targets = [...new Set(moves.flatMap((d) => d.parts.map((x) => x.module)))].join(", ");
  const reason = movedReason(base, targets);
  const inPlace = groups.size === 1 && moves.every((d) => d.parts.length === 1);

  let replacement: string;
  if (inPlace) {
    const spans = decisions.flatMap((d, k) => {
      const n = layout.names[k] as NameSpan;
      const text = d.kind === "move" ? (d.parts[0] as Part).text : facts.text.slice(n.start, n.end);
      return text === facts.text.slice(n.start, n.end)
        ? []
        : [{ start: n.start, end: n.end, replacement: text }];
    });
    const only = [...groups.keys()][0] ?? original;
    if (only !== original)
      spans.push({ start: stmt.moduleStart, end: stmt.moduleEnd, replacement: only });
    replacement = spliceSpans(facts.text.slice(stmt.start, stmt.end), stmt.start, spans);
  } else if (layout.comment) {
    for (const item of owners) p.refuse(item, "the statement must be split but holds a comment");
    return;
  } else {
    replacement = [...groups]
      .map(([module, names]) => fromStatementText(module, names, layout))
      .join(statementSeparator(layout));
  }
  const adds = moves.flatMap((d) => d.adds ?? []);
  const removes = moves.flatMap((d) => d.removes ?? []);
  p.edit(stmt.start, stmt.end, replacement, reason, owners, {
    ...(adds.length > 0 ? { adds } : {}),
    ...(removes.length > 0 ? { removes } : {}),
  });
  for (const d of moves) {
    for (const u of d.uses) p.edit(u.start, u.end, u.replacement, reason, [d.item]);
  }
}

/** The module text for `target` in the statement's style: relative at the same level when it can be. */
function renderModule(
  target: string,
  base: string,
  original: string,
  stmt: ImportStatement,
  ctx: FileContext,
): string {
  if (target === base) return original;
  if (stmt.level === 0) return target;
  const levelBase = absoluteFromModule("", stmt.level, ctx.facts.importer?.package);
  const dots = ".".repeat(stmt.level);
  if (levelBase === undefined) return target;
  if (target === levelBase) return dots;
  if (target.startsWith(`${levelBase}.`)) return `${dots}${target.slice(levelBase.length + 1)}`;
  return target;
}

/**
 * The deprecated module `from` imports a name from, when dropping it could break a use of
 * `a.other` that only worked because that module imported `a.other`: then the reason.
 */
function droppedImportProblem(ctx: FileContext, module: string, to: string): string | undefined {
  if (to === module || to.startsWith(`${module}.`)) return undefined; // still imported
  return ctx.memo(`dropped\u0000${module}`, () => unimportedUse(ctx, module));
}

function unimportedUse(ctx: FileContext, module: string): string | undefined {
  const own = new Set([...(ctx.facts.importsOf(module) ?? []), module]);
  const after = ctx.importedAfter(""); // bare imports of deprecated modules stay or move with their uses
  const view = ctx.facts.view();
  for (const root of new Set([...own].map((m) => m.split(".")[0] ?? m))) {
    if (ctx.importsBinding(root).length === 0) continue; // not the package here
    for (const k of view.occurrences.get(root) ?? []) {
      let chain = root;
      for (let j = k; isDot(view.tokens[j + 1]) && isName(view.tokens[j + 2]); j += 2) {
        const next = `${chain}.${view.tokens[j + 2]?.text ?? ""}`;
        if (!after.modules.has(next) && own.has(next)) {
          return `${next} is used (line ${view.lines.lineAt(view.tokens[k]?.start ?? 0)}) but not imported by this file: only the import from ${module} may load it`;
        }
        chain = next;
      }
    }
  }
  return undefined;
}

/**
 * Where `from <base> import <name>` should take the name from: the analysis' `fix` of the
 * edge when it has one (the result is the seam), else the same rule through the canonical
 * facts. "stay": the name is unrelated to the consolidation; undefined: blocked.
 */
function adviceFor(claim: Claimed, name: string, base: string): NameAdvice | "stay" | undefined {
  const fix = claim.edge.fix;
  if (fix === undefined) return claim.target.canonical.binderOf(name, base);
  if (fix.blocked.includes(name)) return undefined;
  const canonical = claim.target.canonical.module;
  const wanted = claim.target.symbols[name] ?? name;
  for (const i of fix.imports) {
    for (const n of i.names) {
      const match =
        n.alias !== undefined
          ? n.alias === name
          : n.name === name || (i.module === canonical && n.name === wanted);
      if (match) return i.module === base ? "stay" : { module: i.module, name: n };
    }
  }
  return undefined;
}

/**
 * The consolidation a name imported from a module several consolidations share (a
 * re-exporting package) belongs to: the one whose canonical module binds it.
 */
function claimOfName(
  p: Planner,
  base: string,
  name: string,
  claims: readonly Claimed[] | undefined,
): Claimed | undefined {
  if (claims === undefined || claims.length <= 1) return claims?.[0];
  if (name === "*") return only(p, "*", claims);
  const binding = claims.filter((c) => typeof adviceFor(c, name, base) === "object");
  if (binding.length === 0) return claims[0];
  if (binding.length === 1) return binding[0];
  for (const c of binding)
    p.refuse(
      c.item,
      `${name} is bound by the canonical modules of ${binding.map((b) => b.target.consolidation).join(" and ")}`,
    );
  return undefined;
}

function decideName(
  p: Planner,
  ctx: FileContext,
  stmt: ImportStatement,
  base: string,
  n: NameSpan,
  mine: ReadonlyMap<string, readonly Claimed[]>,
  assigned: Set<number>,
): Decision {
  const { facts } = ctx;
  const sub = `${base}.${n.name}`;
  const isModule = n.name !== "*" && (facts.index.exists.has(sub) || facts.pathModules.has(sub));
  const claim = isModule
    ? only(p, sub, mine.get(sub))
    : claimOfName(p, base, n.name, mine.get(base));
  if (claim !== undefined) assigned.add(claim.item);
  if (claim === undefined || p.refused(claim.item)) return { kind: "stay" };
  const { item, target } = claim;
  const canonical = target.canonical;
  const local = n.alias ?? n.name;
  const refuse = (reason: string): Decision => ({ kind: "refuse", item, reason });
  if (!isModule) {
    if (n.name === "*") return refuse("a star import: the names it binds cannot be checked");
    const advice = adviceFor(claim, n.name, base);
    if (advice === "stay") return { kind: "stay" };
    if (advice === undefined) return refuse(canonical.unbound(target.symbols[n.name] ?? n.name));
    const binder = advice.module;
    const wanted = advice.name.name;
    const dropped = droppedImportProblem(ctx, base, binder);
    if (dropped !== undefined) return refuse(dropped);
    const factory = target.factories[n.name];
    if (factory === undefined)
      return {
        kind: "move",
        item,
        parts: [{ module: binder, text: nameText(wanted, local) }],
        uses: [],
      };
    const calls = factoryCalls(ctx, stmt, local, factory);
    if (calls.problem !== undefined) return refuse(calls.problem);
    if (calls.edits.length === 0)
      return {
        kind: "move",
        item,
        parts: [{ module: binder, text: nameText(wanted, local) }],
        uses: [],
      };
    const factoryAdvice = canonical.binderOf(factory, canonical.module);
    if (factoryAdvice === undefined) return refuse(canonical.unbound(factory));
    const keepClass = calls.classUsed || facts.scan.dunderAll.includes(local);
    const parts = [
      ...(keepClass ? [{ module: binder, text: nameText(wanted, local) }] : []),
      { module: factoryAdvice.module, text: nameText(factoryAdvice.name.name, factory) },
    ];
    const moduleLevel = !stmt.nested;
    return {
      kind: "move",
      item,
      parts,
      uses: calls.edits,
      ...(moduleLevel && !facts.scan.moduleNames.includes(factory) ? { adds: [factory] } : {}),
      ...(moduleLevel && !keepClass ? { removes: [local] } : {}),
    };
  }
  // `from pkg import shim [as m]`: the module itself, bound to a local name.
  const dot = canonical.module.lastIndexOf(".");
  if (dot < 0)
    return refuse(`canonical module ${canonical.module} has no package to import it from`);
  const line = ctx.otherBinding(stmt, local);
  if (line !== undefined) return refuse(`${local} is also bound by the import on line ${line}`);
  const uses = localUses(facts.view(), local, target);
  const problem =
    uses.problem ??
    droppedImportProblem(ctx, sub, canonical.module) ??
    ctx.mentionProblem(p, item, sub);
  if (problem !== undefined) return refuse(problem);
  return {
    kind: "move",
    item,
    parts: [
      {
        module: canonical.module.slice(0, dot),
        text: nameText(canonical.module.slice(dot + 1), local),
      },
    ],
    uses: uses.edits,
  };
}
