import { z } from "zod";
import { bounds, id } from "../config/fields.js";
import { defineMetric } from "./metric.js";

export default defineMetric({
  id: "deprecated-statements",
  description: "import statements on the deprecated paths (or the listed ones)",
  languages: ["python", "javascript"],
  schema: z.strictObject({
    metric: z.literal("deprecated-statements"),
    paths: z.array(id).optional().describe("Only these path ids (default: every deprecated path)."),
    ...bounds,
  }),
  reads: (k, m) => k.paths ?? m.paths.filter((p) => p.deprecated).map((p) => p.id),
  evaluate(k, m) {
    const ids = k.paths ?? m.paths.filter((p) => p.role !== "canonical").map((p) => p.id);
    const paths = m.paths.filter((p) => ids.includes(p.id));
    return {
      actual: paths.reduce((n, p) => n + p.statements, 0),
      evidence: paths.map((p) => `${p.id}: ${p.statements} statements in ${p.files} files`),
    };
  },
});
