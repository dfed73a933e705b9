import type { Consolidation } from "../../config/types.js";
import { absoluteFromModule } from "../resolve/python-modules.js";
import { reachedModules, stringTarget } from "../resolve/python-reach.js";
import {
  byLocation,
  type Classified,
  type FoundEdge,
  mayReachPath,
  type PythonContext,
  pathsAndParents,
  pragmaOf,
  relatedNames,
  type ScannedPythonFile,
} from "./python.js";

/** One consolidation's lookups and what classification found for it so far. */
interface Bucket {
  reexports: Set<string>;
  targets: Set<string>;
  pathOfFile: Map<string, string>;
  out: Classified;
}

type Hit = [bucket: Bucket, pathId: string];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `classifyPython` for every consolidation in one pass: each statement is resolved once
 * (what it reaches does not depend on the consolidation) and handed to the consolidations
 * whose paths it reaches, so 100 consolidations cost about one pass, not 100. Gives each
 * consolidation exactly what `classifyPython` gives it alone.
 */
export function classifyAllPython(
  consolidations: readonly Consolidation[],
  files: readonly ScannedPythonFile[],
  context: PythonContext,
): Map<Consolidation, Classified> {
  const { index, pathModules, provenance } = context;
  const byModule = new Map<string, Hit[]>();
  const internalOf = new Map<string, Hit[]>();
  const buckets = new Map<Consolidation, Bucket>();
  for (const c of consolidations) {
    const bucket: Bucket = {
      reexports: new Set(c.paths.filter((p) => p.role === "reexport").map((p) => p.module)),
      targets: new Set(c.paths.filter((p) => p.role !== "reexport").map((p) => p.module)),
      pathOfFile: new Map(),
      out: {
        edges: [],
        internalEdges: [],
        stringReferences: [],
        unrelated: [],
        pragmas: new Map(),
      },
    };
    buckets.set(c, bucket);
    for (const p of c.paths) {
      push(byModule, p.module, [bucket, p.id] as Hit);
      const file = index.files.get(p.module);
      if (file) {
        bucket.pathOfFile.set(file, p.id);
        push(internalOf, file, [bucket, p.id] as Hit);
      }
    }
  }
  // Any module of any path: the filter only has to know that some consolidation may care.
  const anyPath = new Map([...byModule.keys()].map((m) => [m, m]));
  const bases = pathsAndParents(byModule.keys());

  for (const { file, scan } of files) {
    const importer = index.moduleOf.get(file);
    for (const statement of scan.imports) {
      if (!mayReachPath(statement, importer, anyPath, bases)) continue;
      const base =
        statement.kind === "from"
          ? absoluteFromModule(statement.module, statement.level, importer?.package)
          : undefined;
      for (const reach of reachedModules(statement, importer, index, pathModules)) {
        for (const [bucket, path] of byModule.get(reach.module) ?? []) {
          const internalFrom = bucket.pathOfFile.get(file);
          const viaNames =
            statement.kind === "from" &&
            bucket.reexports.has(reach.module) &&
            base === reach.module &&
            reach.names.length > 0 &&
            !reach.names.includes("*");
          const provenanceOf = viaNames
            ? relatedNames(reach.names, reach.module, bucket.targets, provenance)
            : undefined;
          if (provenanceOf?.length === 0) {
            if (internalFrom === undefined)
              bucket.out.unrelated.push({ file, line: statement.line, path, names: reach.names });
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
            bucket.out.edges.push(edge);
            const reason = pragmaOf(scan, statement);
            if (reason !== undefined) bucket.out.pragmas.set(edge, reason);
          } else bucket.out.internalEdges.push({ ...edge, from: internalFrom });
        }
      }
    }
    // Strings inside a consolidation's own path modules are internal to it, not references.
    const internal = internalOf.get(file);
    for (const literal of scan.strings) {
      const target = stringTarget(literal.value, index, pathModules);
      if (target === undefined) continue;
      for (const [bucket, path] of byModule.get(target) ?? []) {
        if (internal?.some(([b]) => b === bucket)) continue;
        bucket.out.stringReferences.push({ file, line: literal.line, path, value: literal.value });
      }
    }
  }
  const out = new Map<Consolidation, Classified>();
  for (const [c, { out: found }] of buckets) {
    found.edges.sort(byLocation);
    found.internalEdges.sort(byLocation);
    found.stringReferences.sort(byLocation);
    found.unrelated.sort(byLocation);
    out.set(c, found);
  }
  return out;
}
