import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as ssot from "../../src/index.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

// The public library API (src/index.ts, the package's entry): migrate and history are
// usable without the CLI.

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

describe("library API", () => {
  it("plans the example's migration (dry run) and shows it as a diff", async () => {
    const dir = tempRepo({});
    cpSync(example, dir, { recursive: true });
    const config = ssot.loadConfig(dir);
    const run = await ssot.migrate(config, { analyze: { cache: false } });
    expect([run.outcome.planned, run.outcome.applied, run.outcome.dryRun]).toEqual([12, 9, true]);
    const diff = ssot.migrationDiff(run.plan, run.outcome);
    expect(diff.match(/^--- a\//gm)).toHaveLength(6);
    expect(diff).toContain(
      "+from netra_backend.app.websocket_core.websocket_manager import WebSocketManager\n",
    );
    const again = ssot.applyPlan(
      ssot.planMigration(config, await ssot.analyze(config, { cache: false })),
      {
        write: false,
      },
    );
    expect(again.applied).toBe(9);
    expect(ssot.formatMigrationJson(again)).toContain('"planned": 12');
  });

  it("reads a history file and summarises its progress", () => {
    const file = fixturePath("results/websocket.history.jsonl");
    const lines = ssot.parseHistory(readFileSync(file, "utf8"), path.basename(file));
    expect(lines.map((l) => l.date)).toEqual(["2025-06-02", "2025-06-09", "2025-06-16"]);
    const view = ssot.progressSection(lines, [], { source: "history.jsonl" });
    expect(view.consolidations[0]?.deprecatedShare).toEqual({
      last: 0.7143,
      previous: 0.95,
      first: 0.95,
    });
    expect(ssot.renderProgressMarkdown(view)).toContain("# Migration progress");
  });
});
