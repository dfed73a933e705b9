import { z } from "zod";
import { bounds } from "../config/fields.js";
import { round } from "../util/round.js";
import { defineMetric, removable } from "./metric.js";

export default defineMetric({
  id: "deprecation-warnings",
  description: "share of deprecated modules that raise a DeprecationWarning",
  languages: ["python"],
  schema: z.strictObject({
    metric: z.literal("deprecation-warnings"),
    mentionsCanonical: z
      .boolean()
      .optional()
      .describe("The warning message must name the canonical module."),
    ...bounds,
  }),
  reads: (_k, m) => removable(m).map((p) => p.id),
  evaluate(k, m, facts) {
    const canonical = m.paths.find((p) => p.role === "canonical");
    const present = removable(m).filter((p) => p.file !== undefined);
    if (present.length === 0)
      return { actual: 1, evidence: ["every deprecated module was removed"] };
    const evidence: string[] = [];
    let warning = 0;
    for (const p of present) {
      const calls = facts.deprecationWarnings(p.id);
      const ok = calls.filter(
        (w) =>
          !k.mentionsCanonical || (canonical !== undefined && w.message.includes(canonical.module)),
      );
      if (ok.length > 0) warning++;
      evidence.push(
        ok[0]
          ? `${p.file}:${ok[0].line} warns${ok[0].inGetattr ? " (in module __getattr__)" : ""}`
          : `${p.file}: no module-level DeprecationWarning${calls.length > 0 ? " naming the canonical module" : ""}`,
      );
    }
    return { actual: round(warning / present.length), evidence };
  },
});
