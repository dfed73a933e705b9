import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";
import { validateConfig } from "../../src/config/load.js";
import {
  criterionSchema,
  metricDescriptions,
  metricIds,
  metricsNotFor,
} from "../../src/metrics/index.js";

describe("the metrics registry", () => {
  it("lists each metric once, and the config's criterion union has exactly those", () => {
    expect(metricIds).toHaveLength(10);
    expect(new Set(metricIds).size).toBe(10);
    const union = criterionSchema.options.map((o) => o.shape.metric.value);
    expect(union).toEqual(metricIds);
    expect(Object.keys(metricDescriptions)).toEqual(metricIds);
    expect(metricsNotFor("javascript")).toEqual(["deprecation-warnings", "canonical-defines"]);
    expect(metricsNotFor("python")).toEqual([]);
  });

  it("the published JSON Schema names every metric", () => {
    const text = configJsonSchema();
    for (const id of metricIds) expect(text).toContain(`"${id}"`);
  });

  it("a misspelt metric is a config error that lists the registry's metrics", () => {
    const problems = (() => {
      try {
        validateConfig("ssot.config.yaml", {
          consolidations: [
            {
              id: "c",
              paths: [{ id: "a", module: "a", role: "canonical" }],
              phases: [{ id: "p", criteria: [{ metric: "deprecated-shares", max: 0 }] }],
            },
          ],
        });
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(problems).toContain(`allowed metrics: ${metricIds.join(", ")}`);
  });
});
