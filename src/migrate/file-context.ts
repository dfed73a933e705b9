import {
  absoluteFromModule,
  type ModuleIndex,
  type ModuleInfo,
} from "../analyze/resolve/python-modules.js";
import { stringTarget } from "../analyze/resolve/python-reach.js";
import type { ImportStatement, PythonScan } from "../languages/python/scan-types.js";
import type { Edge } from "../result/schema.js";
import type { CanonicalFacts } from "./canonical.js";
import type { CodeView, StringMention } from "./code-view.js";
import type { Planner } from "./planner.js";
import type { ImportedAfter } from "./uses.js";

/** One scanned file, as the planner sees it. */
export interface FileFacts {
  file: string;
  text: string;
  scan: PythonScan;
  importer: ModuleInfo | undefined;
  index: ModuleIndex;
  pathModules: ReadonlySet<string>;
  /** The file's code tokens, made on first use. */
  view: () => CodeView;
  /** `--strings`: string literals naming a deprecated module are rewritten too. */
  strings: boolean;
  /** The modules a module's own file imports (its scan), when it can be read. */
  importsOf: (module: string) => ReadonlySet<string> | undefined;
}

/** One consolidation, narrowed to the paths this run migrates. */
export interface Target {
  consolidation: string;
  canonical: CanonicalFacts;
  symbols: Readonly<Record<string, string>>;
  /** Deprecated class -> canonical factory, for call sites. */
  factories: Readonly<Record<string, string>>;
  /** Deprecated path module -> path id. */
  deprecated: ReadonlyMap<string, string>;
  batchOf: (file: string) => string;
}

/** A consolidation's deprecated edges in this file. */
export interface Claim {
  target: Target;
  edges: readonly Edge[];
}

/** An edit's reason: what it moves where. */
export const movedReason = (from: string, to: string) => `${from} -> ${to}`;

/** An item of the statement being planned, with the consolidation it belongs to. */
export interface Claimed {
  item: number;
  target: Target;
  /** The analysis' edge behind the item (its `fix` says where each name goes). */
  edge: Edge;
}

/**
 * The one consolidation a module object belongs to: a module that is a deprecated path of
 * two consolidations cannot follow both canonical modules.
 */
export function only(
  p: Planner,
  module: string,
  claims: readonly Claimed[] | undefined,
): Claimed | undefined {
  if (claims === undefined || claims.length === 0) return undefined;
  if (claims.length > 1) {
    const why = `${module} is a deprecated path of ${claims.map((c) => c.target.consolidation).join(" and ")}`;
    for (const c of claims) p.refuse(c.item, why);
    return undefined;
  }
  return claims[0];
}

/** Local name an import binds: `from m import a as b` -> b; `import a.b` -> a. */
const boundName = (s: ImportStatement, n: ImportStatement["names"][number]) =>
  s.kind === "from" ? (n.alias ?? n.name) : (n.alias ?? n.name.split(".")[0] ?? n.name);

/** The modules a statement loads (and their packages); `skip` leaves out deprecated ones. */
export function loadedModules(
  s: ImportStatement,
  importer: ModuleInfo | undefined,
  index: ModuleIndex,
  add: (module: string) => void,
): void {
  if (s.kind === "import") {
    for (const n of s.names) add(n.name);
    return;
  }
  const base = absoluteFromModule(s.module, s.level, importer?.package);
  if (base === undefined) return;
  add(base);
  for (const n of s.names) if (index.exists.has(`${base}.${n.name}`)) add(`${base}.${n.name}`);
}

/** Indexes over one file's imports, built once, for the planners of all its statements. */
export class FileContext {
  private byLocal: Map<string, ImportStatement[]> | undefined;
  private readonly after = new Map<string, ImportedAfter>();
  private named: Map<string, StringMention[]> | undefined;
  private readonly memos = new Map<string, string | undefined>();

  constructor(
    readonly facts: FileFacts,
    readonly claims: readonly Claim[],
  ) {}

  private bound(local: string): ImportStatement[] {
    if (!this.byLocal) {
      this.byLocal = new Map();
      for (const s of this.facts.scan.imports) {
        for (const n of s.names) {
          const name = boundName(s, n);
          const list = this.byLocal.get(name);
          if (!list) this.byLocal.set(name, [s]);
          else if (list[list.length - 1] !== s) list.push(s);
        }
      }
    }
    return this.byLocal.get(local) ?? [];
  }

  /** `make()` once per key and file (checks that do not depend on the statement). */
  memo(key: string, make: () => string | undefined): string | undefined {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key);
  }

  /** The line of another import binding `local`: then `local` means two things. */
  otherBinding(stmt: ImportStatement, local: string): number | undefined {
    return this.bound(local).find((s) => s !== stmt)?.line;
  }

  /** Another import binding `root` to something else than the package (`from x import root`, `as root`). */
  otherRootBinding(stmt: ImportStatement, root: string): number | undefined {
    return this.bound(root).find(
      (s) => s !== stmt && (s.kind === "from" || s.names.some((n) => n.alias === root)),
    )?.line;
  }

  /** The import statements binding `local`. */
  importsBinding(local: string): readonly ImportStatement[] {
    return this.bound(local);
  }

  /**
   * What the file's module-level imports still load once `module` (the one `import module`
   * being rewritten) is gone and every `from` import of a deprecated module has moved: the
   * other imports, and the canonical modules. (Another bare `import` of a deprecated module
   * counts: its own uses are rewritten with it, or it stays.)
   */
  importedAfter(module: string): ImportedAfter {
    const cached = this.after.get(module);
    if (cached) return cached;
    const { facts } = this;
    const deprecated = new Set(this.claims.flatMap((c) => [...c.target.deprecated.keys()]));
    const modules = new Set<string>();
    const add = (m: string) => {
      for (let x = m; x !== "" && !modules.has(x); x = x.slice(0, Math.max(0, x.lastIndexOf("."))))
        modules.add(x);
    };
    for (const s of facts.scan.imports) {
      if (s.nested) continue;
      if (s.kind === "import") {
        for (const n of s.names) if (n.name !== module) add(n.name);
        continue;
      }
      loadedModules(s, facts.importer, facts.index, (m) => {
        if (!deprecated.has(m)) add(m);
      });
    }
    for (const c of this.claims) add(c.target.canonical.module);
    const after = {
      modules,
      exists: (m: string) => facts.index.exists.has(m) || facts.pathModules.has(m),
    };
    this.after.set(module, after);
    return after;
  }

  /**
   * String literals naming `module` (their longest module prefix is it), for a rewrite that
   * moves the module object: without `--strings` they would keep naming the old module (a
   * string annotation, a `sys.modules` check, a `mock.patch` target), so the rewrite is
   * refused; with it, item and literals are rewritten together or not at all.
   */
  mentionProblem(p: Planner, item: number, module: string): string | undefined {
    const { facts } = this;
    if (!this.named) {
      this.named = new Map();
      for (const m of facts.view().mentions) {
        const target = stringTarget(m.value, facts.index, facts.pathModules);
        if (target === undefined) continue;
        const list = this.named.get(target);
        if (list) list.push(m);
        else this.named.set(target, [m]);
      }
    }
    const named = this.named.get(module) ?? [];
    const joined = named.find((m) => m.concatenated);
    if (joined)
      return `an implicitly concatenated string names ${module} (line ${joined.line}): its pieces are never rewritten`;
    const first = named[0];
    if (first === undefined) return undefined;
    if (!facts.strings)
      return `the string "${first.value}" (line ${first.line}) names ${module}: rewrite strings too with --strings`;
    for (const m of named) p.need(item, m.starts[0] ?? -1);
    return undefined;
  }
}
