import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { fixturePath } from "./fixture.js";

/** Where the committed expected outputs of the report renderers live. */
export const expectedDir = fixturePath("report-expected");

/**
 * Compare `actual` with the committed file test/fixtures/report-expected/<name>.
 * `UPDATE_EXPECTED=1 npx vitest run test/render` rewrites the files instead: review the diff.
 */
export function expectMatchesFile(name: string, actual: string): void {
  const file = path.join(expectedDir, name);
  if (process.env.UPDATE_EXPECTED === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist; run UPDATE_EXPECTED=1 npx vitest run test/render to write it`,
    );
  }
  expect(actual, `differs from ${file} (UPDATE_EXPECTED=1 rewrites it)`).toBe(
    readFileSync(file, "utf8"),
  );
}
