import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, analyzeCommit } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import type { AnalysisResult } from "../../src/result/schema.js";
import { edgeLines } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";
import { gitIn } from "../history/git-fixture.js";

const config = `javascript:
  tsConfig: web/tsconfig.json
consolidations:
  - id: ws
    paths:
      - { id: canonical, module: web/src/ws/websocket-manager.ts, role: canonical }
      - { id: legacy, module: web/src/ws/manager.ts, role: shim }
`;

/**
 * A frontend whose tsconfig extends a config from an installed package, with a Next.js
 * dynamic route folder, a declaration file, and a node_modules folder (not ignored by any
 * .gitignore) holding a package that imports the shim.
 */
const files = {
  "ssot.config.yaml": config,
  "package.json": '{ "name": "repo", "private": true }\n',
  "node_modules/@acme/tsconfig/package.json": '{ "name": "@acme/tsconfig" }\n',
  "node_modules/@acme/tsconfig/base.json": '{ "compilerOptions": { "strict": true } }\n',
  "node_modules/legacy-lib/index.ts":
    'export { WebSocketManager } from "../../web/src/ws/manager";\n',
  "web/tsconfig.json":
    '{ "extends": "@acme/tsconfig/base.json", "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } } }\n',
  "web/src/ws/websocket-manager.ts": "export class WebSocketManager {}\n",
  "web/src/ws/manager.ts": 'export { WebSocketManager } from "./websocket-manager";\n',
  "web/src/app/[room]/page.tsx":
    'import { WebSocketManager } from "@/ws/manager";\nexport const m = new WebSocketManager();\n',
  "web/src/types.d.ts": 'import type { WebSocketManager } from "@/ws/manager";\n',
};

const jsTempDirs = () => readdirSync(os.tmpdir()).filter((d) => d.startsWith("ssot-js-")).length;

describe("JS/TS sources: working tree and git commits", () => {
  let repo: string;
  let atCommit: AnalysisResult;
  let before: AnalysisResult;
  let tempDirsBefore: number;

  beforeAll(async () => {
    repo = tempRepo(files);
    gitIn(repo, ["init", "-q", "-b", "main"]);
    gitIn(repo, ["add", "-A", "--", ".", ":!node_modules"]);
    gitIn(repo, ["commit", "-q", "-m", "frontend"], "2025-01-06T12:00:00Z");
    before = await analyze(loadConfig(repo), { cache: false });
    // Migrate the page in the working tree only: the commit must still show the shim.
    writeFileSync(
      path.join(repo, "web/src/app/[room]/page.tsx"),
      'import { WebSocketManager } from "@/ws/websocket-manager";\n',
    );
    tempDirsBefore = jsTempDirs();
    atCommit = await analyzeCommit(loadConfig(repo), "HEAD");
  });

  it("never analyses node_modules or declaration files, and resolves through an extended tsconfig", () => {
    expect(before.files.javascript).toBe(3);
    expect(edgeLines(before.consolidations[0])).toEqual([
      "web/src/app/[room]/page.tsx:1 legacy [WebSocketManager]",
    ]);
  });

  it("analyses a commit from its own files, written to a temporary folder that is removed", async () => {
    expect(atCommit).toEqual(before);
    expect(jsTempDirs()).toBe(tempDirsBefore);
    const now = await analyze(loadConfig(repo), { cache: false });
    expect(edgeLines(now.consolidations[0])).toEqual([
      "web/src/app/[room]/page.tsx:1 canonical [WebSocketManager]",
    ]);
  });

  it("names the missing tsconfig key", async () => {
    const dir = tempRepo({ ...files, "ssot.config.yaml": config.replace("web/", "nope/") });
    await expect(analyze(loadConfig(dir), { cache: false })).rejects.toThrow(
      `${path.join(dir, "ssot.config.yaml")}: javascript.tsConfig: nope/tsconfig.json does not exist under the repository root ${dir}`,
    );
  });
});
