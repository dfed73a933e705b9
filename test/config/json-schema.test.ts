import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";

describe("the published config JSON Schema", () => {
  it("is the one generated from the zod schema (run `npm run schema` after changing it)", () => {
    const committed = readFileSync(
      new URL("../../schema/ssot.config.schema.json", import.meta.url),
      "utf8",
    );
    expect(committed).toBe(configJsonSchema());
  });

  it("describes every config key and rejects unknown ones", () => {
    const schema = JSON.parse(configJsonSchema());
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["root", "exclude", "python", "javascript", "consolidations"]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
