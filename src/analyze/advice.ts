import type { Consolidation } from "../config/types.js";
import type { Blocker, EdgeFix } from "../result/schema.js";
import type { FoundEdge } from "./classify.js";
import type { Origin, Provenance } from "./python/provenance.js";

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
): { module: string; name: FixName } | undefined {
  const usable = origins
    .filter((o) => !deprecated.has(o.module))
    .sort((a, b) => (a.module < b.module ? -1 : 1));
  const o = usable.find((x) => x.kind !== "module") ?? usable[0];
  if (!o) return undefined;
  if (o.kind !== "module") return { module: o.module, name: { name } };
  const [parent, leaf] = parentAndLeaf(o.module);
  if (parent === "") return undefined;
  return { module: parent, name: leaf === name ? { name: leaf } : { name: leaf, alias: name } };
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
  const deprecated = new Set(
    consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.module),
  );
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
    const target = consolidation.symbols[name] ?? name;
    if (provenance.binds(canonical, target)) {
      // A `symbols` rename renames the uses too (as migrate does), so no alias.
      add(canonical, { name: target });
      continue;
    }
    const elsewhere = fromOrigin(provenance.origins(module, name), name, deprecated);
    if (elsewhere) add(elsewhere.module, elsewhere.name);
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
