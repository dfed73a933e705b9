import { z } from "zod";
import { configSchema } from "./schema.js";

/** The JSON Schema editors use to complete `ssot.config.yaml`, generated from the zod schema. */
export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ ...schema, title: "ssot-tracker configuration" }, null, 2)}\n`;
}
