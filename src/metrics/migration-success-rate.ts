import { z } from "zod";
import { bounds } from "../config/fields.js";
import { round } from "../util/round.js";
import { defineMetric, unknown } from "./metric.js";

export default defineMetric({
  id: "migration-success-rate",
  description: "applied / planned edits of the last ssot migrate --write run",
  languages: ["python", "javascript"],
  schema: z.strictObject({ metric: z.literal("migration-success-rate"), ...bounds }),
  reads: () => [],
  evaluate(_k, _m, facts) {
    const run = facts.lastMigration;
    if (!run) return unknown("no-data", ["no `ssot migrate --write` run recorded yet"]);
    return {
      actual: run.planned === 0 ? 1 : round(run.applied / run.planned),
      evidence: [`${run.applied} of ${run.planned} planned edits applied in the last run`],
    };
  },
});
