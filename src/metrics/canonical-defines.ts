import { z } from "zod";
import { bounds } from "../config/fields.js";
import { round } from "../util/round.js";
import { blockerEvidence, defineMetric, unknown } from "./metric.js";

export default defineMetric({
  id: "canonical-defines",
  description: "share of the required names the canonical module defines",
  languages: ["python"],
  schema: z.strictObject({
    metric: z.literal("canonical-defines"),
    names: z.array(z.string().min(1)).min(1),
    ...bounds,
  }),
  reads: (_k, m) => m.paths.filter((p) => p.role === "canonical").map((p) => p.id),
  evaluate(k, m, facts) {
    const canonical = m.paths.find((p) => p.role === "canonical");
    const bound = canonical ? facts.namesBoundBy(canonical.id) : undefined;
    if (!bound)
      return unknown("no-data", [
        `canonical module ${canonical?.module} has no file in the repository to read`,
      ]);
    const missing = k.names.filter((n) => !bound.has(n));
    return {
      actual: round((k.names.length - missing.length) / k.names.length),
      evidence: [
        missing.length === 0
          ? `${canonical?.file} binds ${k.names.join(", ")}`
          : `${canonical?.file} does not bind ${missing.join(", ")}`,
        ...blockerEvidence(m),
      ],
    };
  },
});
