import type { StringLiteral } from "../languages/python/scan-types.js";
import type { StringReference } from "../result/schema.js";
import type { FileContext, Target } from "./file-context.js";
import type { Planner } from "./planner.js";

/**
 * `--strings`: dotted string literals naming a deprecated module (`mock.patch("pkg.shim.X")`)
 * point at the canonical module instead, when it binds the first attribute. A piece of an
 * implicitly concatenated literal is never rewritten.
 */
export function planStrings(
  p: Planner,
  ctx: FileContext,
  target: Target,
  refs: readonly StringReference[],
  moduleOfPath: ReadonlyMap<string, string>,
): void {
  const { facts } = ctx;
  const byLine = new Map<number, number[]>();
  facts.scan.strings.forEach((s, i) => {
    const list = byLine.get(s.line);
    if (list) list.push(i);
    else byLine.set(s.line, [i]);
  });
  const joined = new Set(
    facts
      .view()
      .mentions.filter((m) => m.concatenated)
      .flatMap((m) => m.starts),
  );
  const used = new Set<number>();
  const canonical = target.canonical;
  for (const ref of refs) {
    const item = p.item(
      ref.line,
      ref.path,
      "string",
      target.consolidation,
      target.batchOf(facts.file),
    );
    const k = (byLine.get(ref.line) ?? []).find(
      (i) => !used.has(i) && facts.scan.strings[i]?.value === ref.value,
    );
    const literal: StringLiteral | undefined = k === undefined ? undefined : facts.scan.strings[k];
    const module = moduleOfPath.get(ref.path) ?? "";
    if (
      k === undefined ||
      !literal ||
      facts.text.slice(literal.start, literal.end) !== ref.value ||
      !ref.value.startsWith(module)
    ) {
      p.refuse(item, "the string literal could not be found again");
      continue;
    }
    used.add(k);
    p.anchor(item, literal.start);
    if (p.refused(item)) continue;
    if (joined.has(literal.start)) {
      p.refuse(item, "part of an implicitly concatenated string: its pieces are never rewritten");
      continue;
    }
    const rest = ref.value.slice(module.length);
    let value = canonical.module;
    if (rest !== "") {
      const [attr = "", ...more] = rest.slice(1).split(".");
      const wanted = target.symbols[attr] ?? attr;
      if (!canonical.binds(wanted)) {
        // A dotted string names an attribute of the canonical module: nowhere else will do.
        p.refuse(item, canonical.unbound(wanted));
        continue;
      }
      value = [canonical.module, wanted, ...more].join(".");
    }
    p.edit(literal.start, literal.end, value, `${ref.value} -> ${value}`, [item]);
  }
}
