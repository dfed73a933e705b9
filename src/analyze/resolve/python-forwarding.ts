import type { PythonScan } from "../../languages/python/scan-types.js";
import { absoluteFromModule, type ModuleIndex } from "./python-modules.js";

/** Modules a shim imports for its own machinery, never what it forwards to. */
const machinery = new Set(["warnings", "__future__", "typing", "sys", "importlib", "functools"]);

/**
 * The module a shim forwards to, i.e. the canonical module to propose for it: the target
 * of `getattr(X, name)` in a PEP 562 `__getattr__` (X bound by an import), else of a
 * module-level `from X import *`, else the module-level `from X import …` naming the most
 * names. Repository modules win over outside ones; undefined when nothing is forwarded.
 */
export function forwardTarget(
  file: string,
  scan: PythonScan,
  index: ModuleIndex,
): string | undefined {
  const own = index.moduleOf.get(file);
  const bound = new Map<string, string>(); // local name -> module it binds
  const froms: { module: string; names: number; star: boolean }[] = [];
  for (const s of scan.imports) {
    if (s.kind === "import") {
      for (const n of s.names) if (n.alias) bound.set(n.alias, n.name);
      continue;
    }
    const base = absoluteFromModule(s.module, s.level, own?.package);
    if (base === undefined || machinery.has(base.split(".")[0] ?? base)) continue;
    for (const n of s.names) {
      const sub = `${base}.${n.name}`;
      if (n.name !== "*" && index.exists.has(sub)) bound.set(n.alias ?? n.name, sub);
    }
    if (!s.nested) {
      const star = s.names.some((n) => n.name === "*");
      froms.push({ module: base, names: s.names.length, star });
    }
  }
  const inRepo = (m: string) => index.exists.has(m) && m !== own?.module;
  const viaGetattr = scan.getattrTargets
    .map((name) => bound.get(name))
    .filter((m): m is string => m !== undefined);
  const ranked = [
    ...viaGetattr,
    ...froms.filter((f) => f.star).map((f) => f.module),
    ...froms
      .filter((f) => !f.star)
      .sort((a, b) => b.names - a.names)
      .map((f) => f.module),
  ].filter((m) => m !== own?.module);
  return ranked.find(inRepo) ?? ranked[0];
}
