import type { MigrationItem } from "./types.js";

/** An edit with the items (indexes into `FilePlan.items`) that depend on it. */
export interface OwnedEdit {
  start: number;
  end: number;
  replacement: string;
  reason: string;
  owners: number[];
  /** Module-level names this edit makes the file bind, or stop binding (factory call sites). */
  adds?: string[];
  removes?: string[];
}

/** What planning one file produced. */
export interface FilePlan {
  items: MigrationItem[];
  edits: OwnedEdit[];
  /**
   * Items that stand or fall together: a module rewritten as an object and the string
   * literals naming it (`import pkg.shim` with `"pkg.shim.X"`), keyed by literal offset.
   */
  needs: Map<number, number[]>;
  /** String items by the body offset of their literal. */
  anchors: Map<number, number>;
}

/**
 * Collects items, their refusal reasons and edits while a file is planned (any language).
 * `vetoes` refuses items from the start (by index): a second planning pass uses it when a
 * check on the whole file refused an item whose edits the first pass had already made.
 */
export class Planner {
  readonly items: MigrationItem[] = [];
  readonly edits: OwnedEdit[] = [];
  readonly needs = new Map<number, number[]>();
  readonly anchors = new Map<number, number>();
  private readonly reasons = new Map<number, string[]>();
  private readonly skips = new Map<number, string>();

  constructor(
    readonly file: string,
    readonly consolidation: string,
    private readonly vetoes: ReadonlyMap<number, string> = new Map(),
    readonly batch = "",
  ) {}

  item(
    line: number,
    path: string,
    kind: MigrationItem["kind"],
    consolidation = this.consolidation,
    batch = this.batch,
  ): number {
    const k =
      this.items.push({
        consolidation,
        file: this.file,
        line,
        path,
        kind,
        ...(batch ? { batch } : {}),
      }) - 1;
    const veto = this.vetoes.get(k);
    if (veto !== undefined) this.refuse(k, veto);
    return k;
  }

  /** The veto on `item`, if any: the planner must then make no edit for it. */
  vetoed(item: number): string | undefined {
    return this.vetoes.get(item);
  }

  refuse(item: number, reason: string): void {
    const list = this.reasons.get(item) ?? [];
    if (!list.includes(reason)) list.push(reason);
    this.reasons.set(item, list);
  }

  refused(item: number): boolean {
    return this.reasons.has(item);
  }

  /** The item is not this consolidation's to migrate: it is listed as skipped, not planned. */
  skip(item: number, reason: string): void {
    this.skips.set(item, reason);
  }

  edit(
    start: number,
    end: number,
    replacement: string,
    reason: string,
    owners: number[],
    names: { adds?: string[]; removes?: string[] } = {},
  ): void {
    this.edits.push({ start, end, replacement, reason, owners, ...names });
  }

  /** `item` is rewritten only if the string literal at `literal` is rewritten too, and back. */
  need(item: number, literal: number): void {
    const list = this.needs.get(literal);
    if (list) list.push(item);
    else this.needs.set(literal, [item]);
  }

  anchor(item: number, literal: number): void {
    this.anchors.set(literal, item);
  }

  finish(): FilePlan {
    for (const [item, reasons] of this.reasons) {
      const it = this.items[item];
      if (it) it.refused = reasons.join("; ");
    }
    for (const [item, reason] of this.skips) {
      const it = this.items[item];
      if (it) it.skipped = reason;
    }
    return { items: this.items, edits: this.edits, needs: this.needs, anchors: this.anchors };
  }
}
