#!/usr/bin/env node
/**
 * The scanner's cost stays linear on pathological inputs: long comment runs, huge string
 * literals, and many broken f-strings (each of which could scan to the end of the file).
 * Times each input at size n and 4n; a linear scanner takes about 4× as long, a quadratic
 * one 16×. Exits 1 when a ratio exceeds 8.
 *
 *   node bench/scanner-linear.mjs            (after `npm run build`)
 */
import { scanPython } from "../dist/languages/python/scanner.js";

const inputs = {
  "comments, one big string, many small ones": (n) =>
    "# a comment line that goes on for a while\n".repeat(20 * n) +
    `x = """${"lorem ipsum dolor sit amet\n".repeat(20 * n)}"""\n` +
    "y = 'abc' + \"def\" + f'{z}'\n".repeat(10 * n),
  "broken f-strings": (n) => `x = f"{a\n${'y = f"{b}"\n'.repeat(2000)}`.repeat(n / 70),
};

function best(text) {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    scanPython(text);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

let failed = false;
for (const [name, make] of Object.entries(inputs)) {
  const small = make(2_800);
  const large = make(11_200);
  const [a, b] = [best(small), best(large)];
  const ratio = b / a;
  failed ||= ratio > 8;
  const mb = (s) => (s.length / 1e6).toFixed(1);
  console.log(
    `${name}: ${mb(small)} MB in ${a.toFixed(0)} ms, ${mb(large)} MB in ${b.toFixed(0)} ms, ` +
      `ratio ${ratio.toFixed(1)} (linear ~4, quadratic ~16)`,
  );
}
process.exit(failed ? 1 : 0);
