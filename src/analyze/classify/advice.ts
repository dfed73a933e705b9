import type { Consolidation } from "../../config/types.js";
import type { Blocker, EdgeFix } from "../../result/schema.js";
import type { Origin, Provenance } from "../resolve/python-provenance.js";
import type { FoundEdge } from "./python.js";

type FixName = EdgeFix["imports"][number]["names"][number];

function parentAndLeaf(module: string): [string, string] {
  const dot = module.lastIndexOf(".");
  return dot < 0 ? ["", module] : [module.slice(0, dot), module.slice(dot + 1)];
}

/** Where `name` can be imported from instead, when no non-deprecated module binds it: undefined. */
function fromOrigin(
  origins: readonly Origin[],
  name: string,
  deprecated: ReadonlySet<string>,
): NameAdvice | undefined {
  const usable = origins
    .filter((o) => !deprecated.has(o.module))
    .sort((a, b) => (a.module < b.module ? -1 : 1));
  const o = usable.find((x) => x.kind !== "module") ?? usable[0];
  if (!o) return undefined;
  const [module, bound] = o.kind === "module" ? parentAndLeaf(o.module) : [o.module, o.name];
  if (module === "") return undefined;
  // `from chain import Manager as Relay` re-exports under another name: import it under ours.
  return { module, name: bound === name ? { name } : { name: bound, alias: name } };
}

/** Where one imported name should come from: a module and the name it binds there. */
export interface NameAdvice {
  module: string;
  name: FixName;
}

/**
 * The rule for one name of `from D import name` (D a deprecated path module): the
 * canonical module when it binds the name (after a `symbols` rename, which renames the
 * uses too, so no alias), else the name's origin when that is not deprecated; undefined:
 * blocked ("the canonical module does not define X").
 */
export function adviseName(
  name: string,
  module: string,
  consolidation: Consolidation,
  provenance: Provenance,
): NameAdvice | undefined {
  const canonical = consolidation.paths.find((p) => p.role === "canonical")?.module;
  if (canonical === undefined) return undefined;
  const target = consolidation.symbols[name] ?? name;
  if (provenance.binds(canonical, target)) return { module: canonical, name: { name: target } };
  const deprecated = new Set(
    consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.module),
  );
  return fromOrigin(provenance.origins(module, name), name, deprecated);
}

/**
 * What a deprecated `from D import …` statement should import instead, naming only what
 * each target module binds (by provenance): the canonical module for what it binds, else a
 * name's non-deprecated origin; names on a reexport path unrelated to the consolidation
 * stay where they are. Names nothing else binds are blocked: the canonical module must
 * define them first (the plan's "strengthen the canonical module").
 */
export function fixOf(
  edge: FoundEdge,
  module: string,
  consolidation: Consolidation,
  provenance: Provenance,
): EdgeFix | undefined {
  if (edge.kind !== "from-import" || edge.names.includes("*")) return undefined;
  const canonical = consolidation.paths.find((p) => p.role === "canonical")?.module;
  if (canonical === undefined) return undefined;
  const [only] = edge.names;
  // `from pkg import shim`: the module itself is imported; the submodule rule advises it.
  if (
    edge.names.length === 1 &&
    only !== undefined &&
    module.endsWith(`.${only}`) &&
    !provenance.binds(module, only)
  )
    return undefined;
  const related = edge.provenance ? new Set(edge.provenance.map((p) => p.name)) : undefined;
  const groups = new Map<string, FixName[]>();
  const add = (target: string, name: FixName) => {
    const list = groups.get(target) ?? [];
    if (!list.some((n) => n.name === name.name && n.alias === name.alias)) list.push(name);
    groups.set(target, list);
  };
  groups.set(canonical, []);
  const blocked: string[] = [];
  for (const name of edge.names) {
    if (related && !related.has(name)) {
      add(module, { name }); // unrelated to the consolidation: importing it from P is fine
      continue;
    }
    const advice = adviseName(name, module, consolidation, provenance);
    if (advice) add(advice.module, advice.name);
    else blocked.push(name);
  }
  const imports = [...groups]
    .filter(([, names]) => names.length > 0)
    .map(([target, names]) => ({ module: target, names }));
  return { imports, blocked };
}

/** Blocked names over the deprecated edges: how many statements and files wait on each. */
export function blockersOf(edges: readonly { file: string; fix?: EdgeFix }[]): Blocker[] {
  const byName = new Map<string, { statements: number; files: Set<string> }>();
  for (const edge of edges) {
    for (const name of edge.fix?.blocked ?? []) {
      const b = byName.get(name) ?? { statements: 0, files: new Set<string>() };
      b.statements++;
      b.files.add(edge.file);
      byName.set(name, b);
    }
  }
  return [...byName]
    .map(([name, b]) => ({ name, statements: b.statements, files: b.files.size }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
