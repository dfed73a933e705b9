import { z } from "zod";
import { bounds } from "../config/fields.js";
import { blockerEvidence, defineMetric } from "./metric.js";

export default defineMetric({
  id: "migration-blockers",
  description: "names deprecated imports use that the canonical module does not define (blocked)",
  languages: ["python", "javascript"],
  schema: z.strictObject({ metric: z.literal("migration-blockers"), ...bounds }),
  reads: (_k, m) => m.paths.map((p) => p.id),
  evaluate: (_k, m) => ({ actual: m.blockers.length, evidence: blockerEvidence(m) }),
});
