import { existsSync } from "node:fs";

/** Debian's Chromium (apt-get install chromium); browser tests skip without it. */
export const chromiumPath = "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);

/** A describe title that says why the block was skipped. */
export function browserSuite(title: string): string {
  return hasChromium ? title : `${title} (SKIPPED: no ${chromiumPath}; apt-get install chromium)`;
}

/** The flags the report itself launches Chromium with. */
export { chromiumArgs } from "../../src/report/svg.js";
