import { existsSync } from "node:fs";

/** Debian's Chromium (apt-get install chromium); browser tests skip without it. */
export const chromiumPath = "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);

/** A describe title that says why the block was skipped. */
export function browserSuite(title: string): string {
  return hasChromium ? title : `${title} (SKIPPED: no ${chromiumPath}; apt-get install chromium)`;
}

/** As root Chromium needs --no-sandbox; the rest keeps it from phoning home or using a GPU. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
