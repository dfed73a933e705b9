import type { Consolidation } from "../../config/types.js";
import type { StringReference } from "../../result/schema.js";
import type { JavaScriptAnalysis } from "../resolve/javascript.js";
import { byLocation, type Classified, type FoundEdge } from "./python.js";

/** `./x` is 1 (the importer's folder, like Python's `.`), `../x` 2, `../../x` 3; bare 0. */
export function relativeLevel(specifier: string): number {
  if (specifier === "." || specifier.startsWith("./")) return 1;
  let level = 0;
  for (let at = 0; specifier.startsWith("..", at); at += 3) {
    level++;
    if (specifier[at + 2] !== "/") break;
  }
  return level === 0 ? 0 : level + 1;
}

/**
 * Classify every located JS/TS import and module mock onto the consolidation's paths: a
 * statement reaches a path when dependency-cruiser resolves its specifier to the path's
 * file. Pure: no file system, no console.
 */
export function classifyJavaScript(
  consolidation: Consolidation,
  analysis: JavaScriptAnalysis,
): Classified {
  const pathOfFile = new Map<string, string>();
  for (const p of consolidation.paths) {
    const file = analysis.paths.fileOf(p.module);
    if (file) pathOfFile.set(file, p.id);
  }
  const edges: FoundEdge[] = [];
  const internalEdges: Classified["internalEdges"] = [];
  const stringReferences: StringReference[] = [];
  for (const { file, imports, mocks } of analysis.files) {
    const resolved = analysis.resolutions.get(file);
    if (!resolved) continue;
    const pathOf = (specifier: string) => {
      const target = resolved.get(specifier);
      return target === undefined ? undefined : pathOfFile.get(target);
    };
    const internalFrom = pathOfFile.get(file);
    for (const statement of imports) {
      const path = pathOf(statement.specifier);
      if (path === undefined) continue;
      const edge: FoundEdge = {
        file,
        line: statement.line,
        path,
        names: statement.names,
        kind: statement.kind,
        level: relativeLevel(statement.specifier),
        nested: statement.nested,
        typeChecking: statement.typeOnly,
      };
      if (internalFrom === undefined) edges.push(edge);
      else internalEdges.push({ ...edge, from: internalFrom });
    }
    if (internalFrom !== undefined) continue; // mocks inside the path modules are internal
    for (const mock of mocks) {
      const path = pathOf(mock.specifier);
      if (path !== undefined)
        stringReferences.push({ file, line: mock.line, path, value: mock.specifier });
    }
  }
  edges.sort(byLocation);
  internalEdges.sort(byLocation);
  stringReferences.sort(byLocation);
  return { edges, internalEdges, stringReferences, unrelated: [], pragmas: new Map() };
}
