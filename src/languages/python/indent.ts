import type { ScanSink } from "./sink.js";

const TABS = "inconsistent use of tabs and spaces in indentation";

/**
 * CPython's indentation stack: the column of every open block, computed with tabs to
 * the next multiple of 8, and the same with tabs as one column ("alt"), whose
 * disagreement is CPython's TabError.
 */
export class IndentStack {
  private readonly cols: number[] = [0];
  private readonly alts: number[] = [0];
  private readonly sink: ScanSink;

  constructor(sink: ScanSink) {
    this.sink = sink;
  }

  /**
   * A logical line starts at column `col` (offset `p`): returns 1 for an INDENT, `-k` for
   * k DEDENTs, 0 for neither, reporting what CPython would reject.
   */
  moveTo(col: number, alt: number, p: number): number {
    const last = this.cols.length - 1;
    const top = this.cols[last] ?? 0;
    const altTop = this.alts[last] ?? 0;
    if (col === top) {
      if (alt !== altTop) this.sink.error(p, TABS);
      return 0;
    }
    if (col > top) {
      if (alt <= altTop) this.sink.error(p, TABS);
      this.cols.push(col);
      this.alts.push(alt);
      return 1;
    }
    let k = last;
    while (k > 0 && col < (this.cols[k] ?? 0)) k--;
    if (col !== this.cols[k]) {
      this.sink.error(p, "unindent does not match any outer indentation level");
      // Recover by keeping the innermost dedented block, re-labelled with this column.
      k++;
      this.cols[k] = col;
      this.alts[k] = alt;
    } else if (alt !== this.alts[k]) {
      this.sink.error(p, TABS);
    }
    return -this.popTo(k);
  }

  /** Closes every block (end of text): how many DEDENTs that makes. */
  closeAll(): number {
    return this.popTo(0);
  }

  private popTo(k: number): number {
    const count = this.cols.length - 1 - k;
    for (let i = 0; i < count; i++) {
      this.cols.pop();
      this.alts.pop();
    }
    return count;
  }
}
