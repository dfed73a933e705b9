import type { Edge } from "../../result/schema.js";
import { otherBatch } from "./context.js";

/** Importers aggregated for a diagram: a configured batch, a folder, or the rest. */
export interface ImporterGroup {
  kind: "batch" | "folder" | "others";
  /** The batch id or the folder's label ("a/b/", "(repository root)"); "" for others. */
  name: string;
  /** How many groups an "others" group stands for (1 otherwise). */
  members: number;
  files: number;
  statements: number;
  /** Per path id: statements and distinct files of this group on that path. */
  byPath: Map<string, { files: number; statements: number }>;
}

/** The first `depth` folders of a repository-relative file; "" for a file at the root. */
export function folderOf(file: string, depth: number): string {
  const parts = file.split("/").slice(0, -1);
  return parts.slice(0, depth).join("/");
}

interface Accumulator {
  kind: "batch" | "folder";
  name: string;
  files: Set<string>;
  statements: number;
  byPath: Map<string, { files: Set<string>; statements: number }>;
}

function add(
  groups: Map<string, Accumulator>,
  kind: Accumulator["kind"],
  name: string,
  edge: Edge,
) {
  const key = `${kind}:${name}`;
  let g = groups.get(key);
  if (!g) {
    g = { kind, name, files: new Set(), statements: 0, byPath: new Map() };
    groups.set(key, g);
  }
  g.files.add(edge.file);
  g.statements++;
  let p = g.byPath.get(edge.path);
  if (!p) {
    p = { files: new Set(), statements: 0 };
    g.byPath.set(edge.path, p);
  }
  p.files.add(edge.file);
  p.statements++;
}

/** Folders deeper than this are not split further (a diagram names folders, not files). */
const maxFolderDepth = 8;

interface FolderGroup {
  name: string;
  depth: number;
  /** Nothing below to split into. */
  leaf: boolean;
  /** The files directly in a folder whose subfolders are groups of their own. */
  direct: boolean;
  edges: Edge[];
}

function childrenOf(g: FolderGroup): FolderGroup[] {
  const byName = new Map<string, Edge[]>();
  for (const e of g.edges) {
    const name = folderOf(e.file, g.depth + 1);
    byName.set(name, [...(byName.get(name) ?? []), e]);
  }
  return [...byName].map(([name, edges]) => ({
    name,
    depth: g.depth + 1,
    leaf: name === g.name,
    direct: name === g.name,
    edges,
  }));
}

/**
 * Folders at the depth that splits the importers best, per branch: start from the top
 * folders and split the heaviest folder into its subfolders while the groups still fit in
 * `limit`, so a library that holds every importer becomes its packages, not one box.
 */
export function folderGroups(edges: readonly Edge[], limit: number): FolderGroup[] {
  // Files at the root come out as a leaf named "": nothing above them to split.
  let groups = childrenOf({ name: "", depth: 0, leaf: false, direct: false, edges: [...edges] });
  for (;;) {
    const heaviestFirst = [...groups].sort((a, b) => b.edges.length - a.edges.length);
    let split: { g: FolderGroup; children: FolderGroup[] } | undefined;
    for (const g of heaviestFirst) {
      if (g.leaf || g.depth >= maxFolderDepth) continue;
      const children = childrenOf(g);
      // Only files directly in it: nothing to split, and its label stays "a/".
      if (children.length === 1 && children[0]?.leaf) g.leaf = true;
      else if (groups.length - 1 + children.length <= Math.max(limit, groups.length)) {
        split = { g, children };
        break;
      }
    }
    if (!split) break;
    const { g: parent, children } = split;
    groups = groups.flatMap((g) => (g === parent ? children : [g]));
  }
  return groups;
}

/** The label of a folder group: "a/b/", "a/ (files directly in it)", or the repository root. */
export function folderLabel(g: { name: string; direct: boolean; depth: number }): string {
  if (g.name === "") return "(repository root)";
  return g.direct && g.depth > 1 ? `${g.name}/ (files directly in it)` : `${g.name}/`;
}

function accumulate(
  edges: readonly Edge[],
  batchOf: (file: string) => string,
  limit: number,
): Accumulator[] {
  const groups = new Map<string, Accumulator>();
  const unbatched: Edge[] = [];
  for (const edge of edges) {
    const batch = batchOf(edge.file);
    if (batch === otherBatch) unbatched.push(edge);
    else add(groups, "batch", batch, edge);
  }
  const room = Math.max(1, limit - groups.size);
  for (const g of folderGroups(unbatched, room))
    for (const edge of g.edges) add(groups, "folder", folderLabel(g), edge);
  return [...groups.values()];
}

const byWeight = (a: Accumulator, b: Accumulator) =>
  b.statements - a.statements ||
  (a.kind === b.kind ? 0 : a.kind === "batch" ? -1 : 1) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function merge(groups: readonly Accumulator[]): ImporterGroup {
  const files = new Set<string>();
  const byPath = new Map<string, { files: Set<string>; statements: number }>();
  let statements = 0;
  for (const g of groups) {
    for (const f of g.files) files.add(f);
    statements += g.statements;
    for (const [path, p] of g.byPath) {
      const into = byPath.get(path) ?? { files: new Set<string>(), statements: 0 };
      for (const f of p.files) into.files.add(f);
      into.statements += p.statements;
      byPath.set(path, into);
    }
  }
  return {
    kind: "others",
    name: "",
    members: groups.length,
    files: files.size,
    statements,
    byPath: counted(byPath),
  };
}

function counted(byPath: Map<string, { files: Set<string>; statements: number }>) {
  return new Map(
    [...byPath].map(([path, p]) => [path, { files: p.files.size, statements: p.statements }]),
  );
}

/**
 * Importers grouped by batch (files a configured batch matches) else by folder, at the depth
 * that splits them best (folderGroups), heaviest first; past `limit` groups the rest become one "others" group, so a diagram stays small
 * enough for Mermaid at any repository size.
 */
export function importerGroups(
  edges: readonly Edge[],
  batchOf: (file: string) => string,
  limit = 8,
): ImporterGroup[] {
  const sorted = accumulate(edges, batchOf, limit).sort(byWeight);
  const shown = sorted.length > limit + 1 ? sorted.slice(0, limit) : sorted;
  const rest = sorted.slice(shown.length);
  const groups: ImporterGroup[] = shown.map((g) => ({
    kind: g.kind,
    name: g.name,
    members: 1,
    files: g.files.size,
    statements: g.statements,
    byPath: counted(g.byPath),
  }));
  if (rest.length > 0) groups.push(merge(rest));
  return groups;
}
