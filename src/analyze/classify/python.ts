import type { Consolidation } from "../../config/types.js";
import type { ImportStatement, PythonScan } from "../../languages/python/scan-types.js";
import type { Edge, InternalEdge, StringReference, UnrelatedImport } from "../../result/schema.js";
import {
  absoluteFromModule,
  type ModuleIndex,
  type ModuleInfo,
} from "../resolve/python-modules.js";
import type { Provenance } from "../resolve/python-provenance.js";
import { reachedModules, stringTarget } from "../resolve/python-reach.js";

export interface ScannedPythonFile {
  file: string;
  scan: PythonScan;
}

/** An edge as classification finds it; measuring adds its batch and fix. */
export type FoundEdge = Omit<Edge, "batch" | "fix">;

export interface Classified {
  edges: FoundEdge[];
  internalEdges: Omit<InternalEdge, "batch" | "fix">[];
  stringReferences: StringReference[];
  /** Statements on reexport paths whose names are all unrelated to the consolidation. */
  unrelated: Omit<UnrelatedImport, "batch">[];
  /** Edges on lines marked `# ssot: allow -- reason`, with the reason. */
  pragmas: Map<FoundEdge, string>;
}

/** What Python classification reads besides the scans. */
export interface PythonContext {
  index: ModuleIndex;
  /** Every configured path module of every consolidation. */
  pathModules: ReadonlySet<string>;
  provenance: Provenance;
}

/** Every configured path module of every consolidation: `from P import n` may reach them. */
export function allPathModules(consolidations: readonly Consolidation[]): Set<string> {
  return new Set(consolidations.flatMap((c) => c.paths.map((p) => p.module)));
}

export const byLocation = <T extends { file: string; line: number; path: string }>(a: T, b: T) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Classify every import statement and dotted string of the scanned files onto the
 * consolidation's paths. Pure: no file system, no console.
 */
/** The path modules and every package above them: the only `from` bases that can reach a path. */
export function pathsAndParents(modules: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const module of modules) {
    for (let m = module; m !== ""; m = m.slice(0, Math.max(0, m.lastIndexOf(".")))) out.add(m);
  }
  return out;
}

export function mayReachPath(
  statement: ImportStatement,
  importer: ModuleInfo | undefined,
  pathByModule: ReadonlyMap<string, string>,
  bases: ReadonlySet<string>,
): boolean {
  if (statement.kind === "import") return statement.names.some((n) => pathByModule.has(n.name));
  const base = absoluteFromModule(statement.module, statement.level, importer?.package);
  return base !== undefined && bases.has(base);
}

/** The `# ssot: allow` reason covering a statement's lines, if any. */
export function pragmaOf(scan: PythonScan, statement: ImportStatement): string | undefined {
  if (scan.pragmas.length === 0) return undefined;
  return scan.pragmas.find((p) => p.line >= statement.line && p.line <= statement.endLine)?.reason;
}

/**
 * On a reexport path P, `from P import a, b` counts only through names whose origin is one
 * of the consolidation's other path modules; returns those names with their origin.
 */
export function relatedNames(
  names: readonly string[],
  reexport: string,
  targets: ReadonlySet<string>,
  provenance: Provenance,
): { name: string; origin: string }[] {
  const related: { name: string; origin: string }[] = [];
  for (const name of names) {
    const origin = provenance
      .origins(reexport, name)
      .map((o) => o.module)
      .filter((m) => targets.has(m))
      .sort()[0];
    if (origin !== undefined) related.push({ name, origin });
  }
  return related;
}

export function classifyPython(
  consolidation: Consolidation,
  files: readonly ScannedPythonFile[],
  context: PythonContext,
): Classified {
  const { index, pathModules, provenance } = context;
  const pathByModule = new Map(consolidation.paths.map((p) => [p.module, p.id]));
  const reexports = new Set(
    consolidation.paths.filter((p) => p.role === "reexport").map((p) => p.module),
  );
  const targets = new Set(
    consolidation.paths.filter((p) => p.role !== "reexport").map((p) => p.module),
  );
  const pathOfFile = new Map<string, string>();
  for (const p of consolidation.paths) {
    const file = index.files.get(p.module);
    if (file) pathOfFile.set(file, p.id);
  }
  const edges: FoundEdge[] = [];
  const internalEdges: Classified["internalEdges"] = [];
  const stringReferences: StringReference[] = [];
  const unrelated: Classified["unrelated"] = [];
  const pragmas = new Map<FoundEdge, string>();
  const bases = pathsAndParents(pathByModule.keys());

  for (const { file, scan } of files) {
    const importer = index.moduleOf.get(file);
    const internalFrom = pathOfFile.get(file);
    for (const statement of scan.imports) {
      // Most statements of a repository cannot reach a path: skip them without allocating.
      if (!mayReachPath(statement, importer, pathByModule, bases)) continue;
      for (const reach of reachedModules(statement, importer, index, pathModules)) {
        const path = pathByModule.get(reach.module);
        if (path === undefined) continue;
        // Names of a reexport path (not its submodules, not `*`) must lead into the consolidation;
        // `from parent import P` imports the module P itself and counts as `import P` does.
        const viaNames =
          statement.kind === "from" &&
          reexports.has(reach.module) &&
          absoluteFromModule(statement.module, statement.level, importer?.package) ===
            reach.module &&
          reach.names.length > 0 &&
          !reach.names.includes("*");
        const provenanceOf = viaNames
          ? relatedNames(reach.names, reach.module, targets, provenance)
          : undefined;
        if (provenanceOf?.length === 0) {
          if (internalFrom === undefined)
            unrelated.push({ file, line: statement.line, path, names: reach.names });
          continue;
        }
        const edge: FoundEdge = {
          file,
          line: statement.line,
          path,
          names: reach.names,
          kind: statement.kind === "import" ? "import" : "from-import",
          level: statement.level,
          nested: statement.nested,
          typeChecking: statement.typeChecking,
          ...(provenanceOf ? { provenance: provenanceOf } : {}),
        };
        if (internalFrom === undefined) {
          edges.push(edge);
          const reason = pragmaOf(scan, statement);
          if (reason !== undefined) pragmas.set(edge, reason);
        } else internalEdges.push({ ...edge, from: internalFrom });
      }
    }
    if (internalFrom !== undefined) continue; // strings inside the path modules are internal
    for (const literal of scan.strings) {
      const target = stringTarget(literal.value, index, pathModules);
      const path = target === undefined ? undefined : pathByModule.get(target);
      if (path !== undefined)
        stringReferences.push({ file, line: literal.line, path, value: literal.value });
    }
  }
  edges.sort(byLocation);
  internalEdges.sort(byLocation);
  stringReferences.sort(byLocation);
  unrelated.sort(byLocation);
  return { edges, internalEdges, stringReferences, unrelated, pragmas };
}
