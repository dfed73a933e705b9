// Regenerates schema/ssot.config.schema.json from the zod schema (run: npm run schema).
import { mkdirSync, writeFileSync } from "node:fs";
import { configJsonSchema } from "../dist/config/json-schema.js";

mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/ssot.config.schema.json", import.meta.url), configJsonSchema());
console.log("wrote schema/ssot.config.schema.json");
