import { z } from "zod";
import { bounds, globs } from "../config/fields.js";
import { defineMetric, deprecatedIds } from "./metric.js";

export default defineMetric({
  id: "deprecated-doc-mentions",
  description: "mentions of deprecated modules in documentation",
  languages: ["python", "javascript"],
  schema: z.strictObject({
    metric: z.literal("deprecated-doc-mentions"),
    docs: globs.optional().describe('Documentation files to search (default ["**/*.md"]).'),
    ...bounds,
  }),
  reads: (_k, m) => deprecatedIds(m),
  evaluate(k, _m, facts) {
    const mentions = facts.docMentions(k.docs);
    return {
      actual: mentions.length,
      evidence: mentions.slice(0, 20).map((x) => `${x.file}:${x.line} mentions ${x.module}`),
    };
  },
});
