import { z } from "zod";
import { bounds } from "../config/fields.js";
import { defineMetric, unknown } from "./metric.js";

export default defineMetric({
  id: "implementations",
  description: "classes that implement the consolidated thing",
  languages: ["python", "javascript"],
  schema: z.strictObject({ metric: z.literal("implementations"), ...bounds }),
  reads: () => [],
  evaluate(_k, m, facts) {
    if (facts.implementationPattern === undefined)
      return unknown("no-data", ["no `implementation` configured for this consolidation"]);
    const scope = m.problems.find((p) => p.kind === "empty-implementation-scope");
    if (scope) return unknown("no-match", [scope.message]);
    if (m.implementations.length === 0)
      return unknown("no-match", [
        `no class matches implementation.classPattern ${JSON.stringify(facts.implementationPattern)}: check the pattern (an implementation of the consolidated thing must exist somewhere)`,
      ]);
    return {
      actual: m.implementations.length,
      evidence: m.implementations.map((i) => `${i.name} at ${i.file}:${i.line}`),
    };
  },
});
