import {
  absoluteFromModule,
  type ModuleIndex,
  type ModuleInfo,
} from "../analyze/python/modules.js";
import { reachedModules } from "../analyze/python/reach.js";
import type { ImportStatement, PythonScan } from "../analyze/python/scan-types.js";
import type { Edge, StringReference } from "../result/schema.js";
import type { CanonicalFacts } from "./canonical.js";
import { type FilePlan, Planner } from "./planner.js";
import {
  fromStatementText,
  layoutOf,
  type NameSpan,
  nameText,
  type StatementLayout,
  spliceSpans,
  statementSeparator,
} from "./statement.js";
import { type CodeView, dottedUses, localUses, type UseCheck } from "./uses.js";

/** One scanned file, as the planner sees it. */
export interface FileFacts {
  file: string;
  text: string;
  scan: PythonScan;
  importer: ModuleInfo | undefined;
  index: ModuleIndex;
  pathModules: ReadonlySet<string>;
  /** The file's code tokens, made on first use. */
  view: () => CodeView;
}

/** One consolidation, narrowed to the paths this run migrates. */
export interface Target {
  consolidation: string;
  canonical: CanonicalFacts;
  symbols: Readonly<Record<string, string>>;
  /** Deprecated path module -> path id. */
  deprecated: ReadonlyMap<string, string>;
}

type Decision =
  | { kind: "stay" }
  | { kind: "refuse"; item: number; reason: string }
  | { kind: "move"; item: number; module: string; text: string; uses: UseCheck["edits"] };

/** The file planner of one Python file and consolidation. */
class FilePlanner extends Planner {
  constructor(
    readonly facts: FileFacts,
    readonly target: Target,
  ) {
    super(facts.file, target.consolidation);
  }
}

/** The import that binds `local` besides `stmt`, if any: then `local` means two things. */
function otherBinding(scan: PythonScan, stmt: ImportStatement, local: string): number | undefined {
  const other = scan.imports.find(
    (s) =>
      s !== stmt &&
      s.names.some((n) =>
        s.kind === "from"
          ? (n.alias ?? n.name) === local
          : (n.alias ?? n.name.split(".")[0]) === local,
      ),
  );
  return other?.line;
}

const movedReason = (from: string, to: string) => `${from} -> ${to}`;

/**
 * Plans the rewrites of the import statements behind `edges` (this file's deprecated
 * edges of one consolidation): statements are matched by line and by the path they reach.
 */
export function planImports(facts: FileFacts, target: Target, edges: readonly Edge[]): FilePlan {
  const p = new FilePlanner(facts, target);
  const pending = new Map<string, Edge[]>();
  for (const e of edges) {
    const key = `${e.line}\u0000${e.path}`;
    pending.set(key, [...(pending.get(key) ?? []), e]);
  }
  const dotted = new Map<string, UseCheck>(); // bare `import pkg.shim` uses, once per module
  for (const stmt of facts.scan.imports) {
    const mine = new Map<string, number>();
    for (const reach of reachedModules(stmt, facts.importer, facts.index, facts.pathModules)) {
      const path = target.deprecated.get(reach.module);
      const edge =
        path === undefined ? undefined : pending.get(`${stmt.line}\u0000${path}`)?.shift();
      if (edge) mine.set(reach.module, p.item(stmt.line, edge.path, edge.kind));
    }
    if (mine.size === 0) continue;
    const layout = layoutOf(facts.text, stmt);
    if (!layout) {
      for (const item of mine.values())
        p.refuse(item, "the statement's names could not be read back");
    } else if (stmt.kind === "from") planFrom(p, stmt, layout, mine);
    else planImport(p, stmt, layout, mine, dotted);
  }
  for (const left of pending.values()) {
    for (const e of left) {
      p.refuse(
        p.item(e.line, e.path, e.kind),
        "no import statement on this line reaches the path (the file changed since the analysis?)",
      );
    }
  }
  return p.finish();
}

/** `import a.b` / `import a.b as m`: each dotted name is rewritten in place. */
function planImport(
  p: FilePlanner,
  stmt: ImportStatement,
  layout: StatementLayout,
  mine: ReadonlyMap<string, number>,
  dotted: Map<string, UseCheck>,
): void {
  const { facts, target } = p;
  const canonical = target.canonical.module;
  const spans: { start: number; end: number; replacement: string }[] = [];
  const moved = new Set<number>();
  for (const n of layout.names) {
    const item = mine.get(n.name);
    if (item === undefined) continue;
    let uses: UseCheck;
    if (n.alias !== undefined) {
      const line = otherBinding(facts.scan, stmt, n.alias);
      uses =
        line !== undefined
          ? { edits: [], problem: `${n.alias} is also bound by the import on line ${line}` }
          : localUses(facts.view(), n.alias, target.canonical, target.symbols);
    } else {
      let cached = dotted.get(n.name);
      if (!cached) {
        cached = dottedUses(facts.view(), n.name, canonical, target.canonical, target.symbols);
        dotted.set(n.name, cached);
      }
      uses = cached;
    }
    if (uses.problem !== undefined) {
      p.refuse(item, uses.problem);
      continue;
    }
    spans.push({ start: n.nameStart, end: n.nameEnd, replacement: canonical });
    moved.add(item);
    for (const u of uses.edits)
      p.edit(u.start, u.end, u.replacement, movedReason(n.name, canonical), [item]);
  }
  if (spans.length === 0) return;
  const replacement = spliceSpans(facts.text.slice(stmt.start, stmt.end), stmt.start, spans);
  const from = [...mine.keys()].join(", ");
  p.edit(stmt.start, stmt.end, replacement, movedReason(from, canonical), [...moved]);
}

/** `from M import …`: names move to the canonical module; the statement is split when needed. */
function planFrom(
  p: FilePlanner,
  stmt: ImportStatement,
  layout: StatementLayout,
  mine: ReadonlyMap<string, number>,
): void {
  const { facts } = p;
  const base = absoluteFromModule(stmt.module, stmt.level, facts.importer?.package) ?? "";
  const decisions = layout.names.map((n) => decideName(p, stmt, base, n, mine));
  for (const d of decisions) if (d.kind === "refuse") p.refuse(d.item, d.reason);
  const moves = decisions.filter((d) => d.kind === "move");
  if (moves.length === 0) return;

  const original = facts.text.slice(stmt.moduleStart, stmt.moduleEnd);
  const moduleText = (d: Decision) =>
    d.kind === "move" ? renderModule(d.module, base, original, stmt, facts) : original;
  const nameOf = (d: Decision, n: NameSpan) =>
    d.kind === "move" ? d.text : facts.text.slice(n.start, n.end);
  const groups = new Map<string, string[]>();
  decisions.forEach((d, k) => {
    const m = moduleText(d);
    groups.set(m, [...(groups.get(m) ?? []), nameOf(d, layout.names[k] as NameSpan)]);
  });
  const owners = [...new Set(moves.map((d) => d.item))];
  const targets = [...new Set(moves.map((d) => d.module))].join(", ");
  const reason = movedReason(base, targets);

  let replacement: string;
  if (groups.size === 1) {
    const spans = decisions.flatMap((d, k) => {
      const n = layout.names[k] as NameSpan;
      const text = nameOf(d, n);
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
  p.edit(stmt.start, stmt.end, replacement, reason, owners);
  for (const d of moves) {
    if (d.kind !== "move") continue;
    for (const u of d.uses) p.edit(u.start, u.end, u.replacement, reason, [d.item]);
  }
}

/** The module text for `target` in the statement's style: relative at the same level when it can be. */
function renderModule(
  target: string,
  base: string,
  original: string,
  stmt: ImportStatement,
  facts: FileFacts,
): string {
  if (target === base) return original;
  if (stmt.level === 0) return target;
  const levelBase = absoluteFromModule("", stmt.level, facts.importer?.package);
  const dots = ".".repeat(stmt.level);
  if (levelBase === undefined) return target;
  if (target === levelBase) return dots;
  if (target.startsWith(`${levelBase}.`)) return `${dots}${target.slice(levelBase.length + 1)}`;
  return target;
}

function decideName(
  p: FilePlanner,
  stmt: ImportStatement,
  base: string,
  n: NameSpan,
  mine: ReadonlyMap<string, number>,
): Decision {
  const { facts, target } = p;
  const sub = `${base}.${n.name}`;
  const isModule = n.name !== "*" && (facts.index.exists.has(sub) || facts.pathModules.has(sub));
  const item = mine.get(isModule ? sub : base);
  if (item === undefined) return { kind: "stay" };
  const canonical = target.canonical;
  const local = n.alias ?? n.name;
  if (!isModule) {
    if (n.name === "*")
      return {
        kind: "refuse",
        item,
        reason: "a star import: the names it binds cannot be checked",
      };
    const wanted = target.symbols[n.name] ?? n.name;
    if (!canonical.binds(wanted))
      return { kind: "refuse", item, reason: canonical.unbound(wanted) };
    return {
      kind: "move",
      item,
      module: canonical.module,
      text: nameText(wanted, local),
      uses: [],
    };
  }
  // `from pkg import shim [as m]`: the module itself, bound to a local name.
  const dot = canonical.module.lastIndexOf(".");
  if (dot < 0) {
    return {
      kind: "refuse",
      item,
      reason: `canonical module ${canonical.module} has no package to import it from`,
    };
  }
  const line = otherBinding(facts.scan, stmt, local);
  if (line !== undefined)
    return { kind: "refuse", item, reason: `${local} is also bound by the import on line ${line}` };
  const uses = localUses(facts.view(), local, canonical, target.symbols);
  if (uses.problem !== undefined) return { kind: "refuse", item, reason: uses.problem };
  return {
    kind: "move",
    item,
    module: canonical.module.slice(0, dot),
    text: nameText(canonical.module.slice(dot + 1), local),
    uses: uses.edits,
  };
}

/**
 * `--strings`: dotted string literals naming a deprecated module (`mock.patch("pkg.shim.X")`)
 * point at the canonical module instead, when it binds the first attribute.
 */
export function planStrings(
  facts: FileFacts,
  target: Target,
  refs: readonly StringReference[],
  moduleOfPath: ReadonlyMap<string, string>,
): FilePlan {
  const p = new FilePlanner(facts, target);
  const used = new Set<number>();
  const canonical = target.canonical;
  for (const ref of refs) {
    const item = p.item(ref.line, ref.path, "string");
    const k = facts.scan.strings.findIndex(
      (s, i) => !used.has(i) && s.line === ref.line && s.value === ref.value,
    );
    const literal = facts.scan.strings[k];
    const module = moduleOfPath.get(ref.path) ?? "";
    if (
      !literal ||
      facts.text.slice(literal.start, literal.end) !== ref.value ||
      !ref.value.startsWith(module)
    ) {
      p.refuse(item, "the string literal could not be found again");
      continue;
    }
    used.add(k);
    const rest = ref.value.slice(module.length);
    let value = canonical.module;
    if (rest !== "") {
      const [attr = "", ...more] = rest.slice(1).split(".");
      const wanted = target.symbols[attr] ?? attr;
      if (!canonical.binds(wanted)) {
        p.refuse(item, canonical.unbound(wanted));
        continue;
      }
      value = [canonical.module, wanted, ...more].join(".");
    }
    p.edit(literal.start, literal.end, value, movedReason(ref.value, value), [item]);
  }
  return p.finish();
}
