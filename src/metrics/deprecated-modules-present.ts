import { z } from "zod";
import { bounds } from "../config/fields.js";
import { defineMetric, removable } from "./metric.js";

export default defineMetric({
  id: "deprecated-modules-present",
  description: "deprecated modules that still exist",
  languages: ["python", "javascript"],
  schema: z.strictObject({ metric: z.literal("deprecated-modules-present"), ...bounds }),
  reads: (_k, m) => removable(m).map((p) => p.id),
  evaluate(_k, m) {
    const present = removable(m).filter((p) => p.exists);
    return {
      actual: present.length,
      evidence: [
        ...present.map(
          (p) =>
            `${p.module} (${p.file ?? "namespace package"})${p.removed ? " is marked removed but still exists" : ""}`,
        ),
        ...removable(m)
          .filter((p) => p.removed && !p.exists)
          .map((p) => `${p.module} removed`),
      ],
    };
  },
});
