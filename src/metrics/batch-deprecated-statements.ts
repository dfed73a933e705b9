import { z } from "zod";
import { bounds, id } from "../config/fields.js";
import { defineMetric, deprecatedIds, unknown } from "./metric.js";

export default defineMetric({
  id: "batch-deprecated-statements",
  description: "deprecated import statements inside one batch",
  languages: ["python", "javascript"],
  schema: z.strictObject({
    metric: z.literal("batch-deprecated-statements"),
    batch: id.describe("A batch id of this consolidation."),
    ...bounds,
  }),
  reads: (_k, m) => deprecatedIds(m),
  evaluate(k, m) {
    const empty = m.problems.find((p) => p.kind === "empty-batch" && p.subject === k.batch);
    if (empty) return unknown("no-match", [empty.message]);
    const batch = m.batches.find((b) => b.id === k.batch);
    return {
      actual: batch?.deprecatedStatements ?? 0,
      evidence: [
        `batch ${k.batch}: ${batch?.deprecatedStatements ?? 0} deprecated of ${batch?.statements ?? 0} statements`,
      ],
    };
  },
});
