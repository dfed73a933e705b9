import type { Edge } from "../../result/schema.js";
import { otherBatch } from "./context.js";

/** Importers aggregated for a diagram: a configured batch, a top folder, or the rest. */
export interface ImporterGroup {
  kind: "batch" | "folder" | "others";
  /** The batch id or the folder ("" for files at the repository root); "" for others. */
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

function accumulate(edges: readonly Edge[], batchOf: (file: string) => string): Accumulator[] {
  const groups = new Map<string, Accumulator>();
  for (const edge of edges) {
    const batch = batchOf(edge.file);
    const kind = batch === otherBatch ? "folder" : "batch";
    const name = kind === "batch" ? batch : folderOf(edge.file, 1);
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
 * Importers grouped by batch (files a configured batch matches) else by top folder, heaviest
 * first; past `limit` groups the rest become one "others" group, so a diagram stays small
 * enough for Mermaid at any repository size.
 */
export function importerGroups(
  edges: readonly Edge[],
  batchOf: (file: string) => string,
  limit = 8,
): ImporterGroup[] {
  const sorted = accumulate(edges, batchOf).sort(byWeight);
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
