import { z } from "zod";
import type { ShardFacts } from "../analyze/shard.js";
import { toolVersion } from "../version.js";

/**
 * The file `ssot analyze --shard K/N --out FILE` writes: not a result (its scans must be
 * merged first), so `check`/`report` refuse it and `ssot merge` reads it.
 */
export const shardFormat = "ssot-shard";
export const shardFormatVersion = 1;

const skipped = z.array(z.object({ file: z.string(), reason: z.string() }));

export const shardFileSchema = z.object({
  format: z.literal(shardFormat),
  formatVersion: z.literal(shardFormatVersion),
  tool: z.object({ name: z.literal("ssot-tracker"), version: z.string() }),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  root: z.string(),
  commit: z.string().optional(),
  configHash: z.string(),
  rules: z.record(z.string(), z.unknown()),
  fileList: z.object({ count: z.number().int(), sha256: z.string() }),
  skipped,
  sliceSkipped: skipped,
  // Positional scans (the cache's codec); decoded, and checked, by the merge.
  scans: z.array(z.tuple([z.string(), z.array(z.unknown())])),
  docs: z.array(z.tuple([z.string(), z.string()])),
  lastMigration: z.object({ planned: z.number(), applied: z.number() }).optional(),
});

export type ShardFile = z.infer<typeof shardFileSchema>;

/** The shard's JSON text: keys in a fixed order, sorted arrays, no timestamps. */
export function shardJson(facts: ShardFacts): string {
  const file = {
    format: shardFormat,
    formatVersion: shardFormatVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...facts,
  };
  return `${JSON.stringify(file)}\n`;
}
