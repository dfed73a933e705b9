import type { Consolidation } from "../config/types.js";
import type { Edge, InternalEdge, StringReference } from "../result/schema.js";
import { absoluteFromModule, type ModuleIndex, type ModuleInfo } from "./python/modules.js";
import { reachedModules, stringTarget } from "./python/reach.js";
import type { ImportStatement, PythonScan } from "./python/scan-types.js";

export interface ScannedPythonFile {
  file: string;
  scan: PythonScan;
}

export interface Classified {
  edges: Edge[];
  internalEdges: InternalEdge[];
  stringReferences: StringReference[];
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
function pathsAndParents(modules: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const module of modules) {
    for (let m = module; m !== ""; m = m.slice(0, Math.max(0, m.lastIndexOf(".")))) out.add(m);
  }
  return out;
}

function mayReachPath(
  statement: ImportStatement,
  importer: ModuleInfo | undefined,
  pathByModule: ReadonlyMap<string, string>,
  bases: ReadonlySet<string>,
): boolean {
  if (statement.kind === "import") return statement.names.some((n) => pathByModule.has(n.name));
  const base = absoluteFromModule(statement.module, statement.level, importer?.package);
  return base !== undefined && bases.has(base);
}

export function classifyPython(
  consolidation: Consolidation,
  files: readonly ScannedPythonFile[],
  index: ModuleIndex,
  pathModules: ReadonlySet<string>,
): Classified {
  const pathByModule = new Map(consolidation.paths.map((p) => [p.module, p.id]));
  const pathOfFile = new Map<string, string>();
  for (const p of consolidation.paths) {
    const file = index.files.get(p.module);
    if (file) pathOfFile.set(file, p.id);
  }
  const edges: Edge[] = [];
  const internalEdges: InternalEdge[] = [];
  const stringReferences: StringReference[] = [];
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
        const edge: Edge = {
          file,
          line: statement.line,
          path,
          names: reach.names,
          kind: statement.kind === "import" ? "import" : "from-import",
          level: statement.level,
          nested: statement.nested,
          typeChecking: statement.typeChecking,
        };
        if (internalFrom === undefined) edges.push(edge);
        else internalEdges.push({ ...edge, from: internalFrom });
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
  return { edges, internalEdges, stringReferences };
}
