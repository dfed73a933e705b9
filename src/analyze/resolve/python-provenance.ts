import type { PythonScan } from "../../languages/python/scan-types.js";
import { absoluteFromModule, type ModuleIndex } from "./python-modules.js";

/**
 * Where a module-level name comes from: the module that defines it (def, class,
 * assignment), a module outside the repository it was imported from, or a module bound as
 * a name (`import a.b as n`, `from a import b` when `a.b` is a module).
 */
export interface Origin {
  module: string;
  kind: "defined" | "outside" | "module";
  /** The name `module` binds it under (`from m import a as b`: `a`); a module origin: its leaf. */
  name: string;
}

/** One way a module binds a name at module level. */
type Binding =
  | { kind: "defined" }
  | { kind: "module"; module: string }
  | { kind: "from"; module: string; name: string };

interface ModuleBindings {
  named: Map<string, Binding[]>;
  /** Absolute modules of `from X import *`, in file order. */
  stars: string[];
  /** `__all__` entries, or undefined when the module has none. */
  all: ReadonlySet<string> | undefined;
}

const none: readonly Origin[] = [];

const moduleOrigin = (module: string): Origin => ({
  module,
  kind: "module",
  name: module.slice(module.lastIndexOf(".") + 1),
});

function push(map: Map<string, Binding[]>, name: string, binding: Binding): void {
  const list = map.get(name);
  if (list) list.push(binding);
  else map.set(name, [binding]);
}

/**
 * Symbol provenance over the repository's Python modules: follows module-level bindings
 * (`from X import n [as m]`, relative or absolute, inside module-level if/try/with too),
 * star imports and re-exports through other modules, to the modules the name comes from.
 * A name bound more than once has every binding's origins. Memoised; pure.
 */
export class Provenance {
  private readonly bindings = new Map<string, ModuleBindings | null>();
  private readonly memo = new Map<string, readonly Origin[]>();
  private readonly active = new Set<string>();

  constructor(
    private readonly index: ModuleIndex,
    private readonly scanOf: (file: string) => PythonScan | undefined,
  ) {}

  /** The origins of `name` looked up in `module` (empty: the module does not bind it). */
  origins(module: string, name: string): readonly Origin[] {
    const key = `${module}\u0000${name}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.active.has(key)) return none; // a cycle of re-exports binds nothing new
    this.active.add(key);
    const found = this.lookUp(module, name);
    this.active.delete(key);
    this.memo.set(key, found);
    return found;
  }

  /** The module binds `name` at module level, directly or through star imports. */
  binds(module: string, name: string): boolean {
    return this.bindingsOf(module) !== null && this.origins(module, name).length > 0;
  }

  /** The module is in the repository with a file whose bindings can be read. */
  readable(module: string): boolean {
    return this.bindingsOf(module) !== null;
  }

  private lookUp(module: string, name: string): readonly Origin[] {
    const b = this.bindingsOf(module);
    if (b === null) {
      // No file: outside the repository, or a namespace package (which binds only submodules).
      if (this.index.exists.has(`${module}.${name}`)) return [moduleOrigin(`${module}.${name}`)];
      return this.index.exists.has(module) ? none : [{ module, kind: "outside", name }];
    }
    const out: Origin[] = [];
    const add = (o: Origin) => {
      if (!out.some((x) => x.module === o.module && x.kind === o.kind && x.name === o.name))
        out.push(o);
    };
    for (const binding of b.named.get(name) ?? []) {
      if (binding.kind === "defined") add({ module, kind: "defined", name });
      else if (binding.kind === "module") add(moduleOrigin(binding.module));
      else for (const o of this.fromImport(binding.module, binding.name)) add(o);
    }
    for (const star of b.stars) {
      if (this.exports(star, name)) for (const o of this.origins(star, name)) add(o);
    }
    if (out.length === 0 && this.index.exists.has(`${module}.${name}`)) {
      add(moduleOrigin(`${module}.${name}`)); // a submodule is an attribute once imported
    }
    return out;
  }

  /** `from X import n`: the attribute `n` of X when X binds it, else the submodule `X.n`. */
  private fromImport(module: string, name: string): readonly Origin[] {
    const sub = `${module}.${name}`;
    const b = this.bindingsOf(module);
    if (this.index.exists.has(sub) && !b?.named.has(name)) return [moduleOrigin(sub)];
    return this.origins(module, name);
  }

  /** `from X import *` binds `name`: listed in `__all__`, else public and bound by X. */
  private exports(module: string, name: string): boolean {
    const b = this.bindingsOf(module);
    if (b === null) return false; // what an outside module exports is unknown: no evidence
    if (b.all) return b.all.has(name);
    return !name.startsWith("_") && this.origins(module, name).length > 0;
  }

  private bindingsOf(module: string): ModuleBindings | null {
    const known = this.bindings.get(module);
    if (known !== undefined) return known;
    const file = this.index.files.get(module);
    const scan = file === undefined ? undefined : this.scanOf(file);
    const made = scan && file !== undefined ? this.read(file, scan) : null;
    this.bindings.set(module, made);
    return made;
  }

  private read(file: string, scan: PythonScan): ModuleBindings {
    const named = new Map<string, Binding[]>();
    const stars: string[] = [];
    const pkg = this.index.moduleOf.get(file)?.package;
    for (const s of scan.imports) {
      if (s.nested) continue; // only module-level code binds module attributes
      if (s.kind === "import") {
        for (const n of s.names) {
          const bound = n.alias ?? n.name.split(".")[0] ?? n.name;
          // `import a.b.c` binds `a`; `import a.b.c as x` binds the module a.b.c.
          push(named, bound, { kind: "module", module: n.alias ? n.name : bound });
        }
        continue;
      }
      const from = absoluteFromModule(s.module, s.level, pkg);
      if (from === undefined) continue;
      for (const n of s.names) {
        if (n.name === "*") stars.push(from);
        else push(named, n.alias ?? n.name, { kind: "from", module: from, name: n.name });
      }
    }
    // A name also imported (try: from _c import f / except ImportError: def f…) keeps both.
    for (const name of scan.definedNames) push(named, name, { kind: "defined" });
    return { named, stars, all: scan.dunderAll.length > 0 ? new Set(scan.dunderAll) : undefined };
  }
}
