import { z } from "zod";
import { bounds } from "../config/fields.js";
import { defineMetric, unknown } from "./metric.js";

export default defineMetric({
  id: "deprecated-share",
  description: "import statements on deprecated paths / all import statements on the paths",
  languages: ["python", "javascript"],
  schema: z.strictObject({ metric: z.literal("deprecated-share"), ...bounds }),
  reads: (_k, m) => m.paths.map((p) => p.id),
  evaluate(_k, m) {
    if (m.deprecatedShare.statements === null)
      return unknown("not-started", [
        "not started: no import statement reaches any of the paths yet",
      ]);
    return {
      actual: m.deprecatedShare.statements,
      evidence: [
        `${m.totals.deprecatedStatements} of ${m.totals.statements} statements on deprecated paths`,
      ],
    };
  },
});
