import type { ImportStatement } from "../../languages/python/scan-types.js";
import { absoluteFromModule, type ModuleIndex, type ModuleInfo } from "./python-modules.js";

/** One module a statement reaches, with the names it imports through it. */
export interface Reach {
  module: string;
  names: string[];
}

/**
 * What a statement reaches (spec, "reaches"): `import a.b.c` reaches `a.b.c`;
 * `from P import n` reaches `P.n` when that is a module of the repository or a configured
 * path, and `P` for every other name; relative imports resolve against the file's package.
 */
export function reachedModules(
  statement: ImportStatement,
  importer: ModuleInfo | undefined,
  index: ModuleIndex,
  pathModules: ReadonlySet<string>,
): Reach[] {
  const out: Reach[] = [];
  const add = (module: string, name: string | undefined) => {
    let reach = out.find((r) => r.module === module);
    if (!reach) {
      reach = { module, names: [] };
      out.push(reach);
    }
    if (name !== undefined && !reach.names.includes(name)) reach.names.push(name);
  };
  if (statement.kind === "import") {
    for (const { name } of statement.names) add(name, undefined);
    return out;
  }
  const base = absoluteFromModule(statement.module, statement.level, importer?.package);
  if (base === undefined) return out;
  for (const { name } of statement.names) {
    const sub = `${base}.${name}`;
    if (name !== "*" && (index.exists.has(sub) || pathModules.has(sub))) add(sub, name);
    else add(base, name);
  }
  return out;
}

/**
 * The module a dotted string refers to: its longest prefix that is a repository module or
 * a configured path (`"pkg.manager.WebSocketManager"` -> `pkg.manager`), else undefined.
 */
export function stringTarget(
  value: string,
  index: ModuleIndex,
  pathModules: ReadonlySet<string>,
): string | undefined {
  for (let end = value.length; end > 0; end = value.lastIndexOf(".", end - 1)) {
    const prefix = value.slice(0, end);
    if (pathModules.has(prefix) || index.exists.has(prefix)) return prefix;
  }
  return undefined;
}
