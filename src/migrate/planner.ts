import type { MigrationItem } from "./types.js";

/** An edit with the items (indexes into `FilePlan.items`) that depend on it. */
export interface OwnedEdit {
  start: number;
  end: number;
  replacement: string;
  reason: string;
  owners: number[];
}

/** What planning one file for one consolidation produced. */
export interface FilePlan {
  items: MigrationItem[];
  edits: OwnedEdit[];
}

/** Collects items, their refusal reasons and edits while a file is planned (any language). */
export class Planner {
  readonly items: MigrationItem[] = [];
  readonly edits: OwnedEdit[] = [];
  private readonly reasons = new Map<number, string[]>();

  constructor(
    readonly file: string,
    readonly consolidation: string,
  ) {}

  item(line: number, path: string, kind: MigrationItem["kind"]): number {
    return (
      this.items.push({ consolidation: this.consolidation, file: this.file, line, path, kind }) - 1
    );
  }

  refuse(item: number, reason: string): void {
    const list = this.reasons.get(item) ?? [];
    if (!list.includes(reason)) list.push(reason);
    this.reasons.set(item, list);
  }

  edit(start: number, end: number, replacement: string, reason: string, owners: number[]): void {
    this.edits.push({ start, end, replacement, reason, owners });
  }

  finish(): FilePlan {
    for (const [item, reasons] of this.reasons) {
      const it = this.items[item];
      if (it) it.refused = reasons.join("; ");
    }
    return { items: this.items, edits: this.edits };
  }
}
