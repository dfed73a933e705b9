import { visible } from "./terminal.js";

/**
 * GitHub workflow commands (`::error file=…::message`), read by the runner from the log:
 * controls and bidi characters are shown as escapes (the log viewer draws escape sequences),
 * then the command's own delimiters are percent-encoded.
 */

/** Command data (after `::`): %, CR and LF. */
export function githubData(text: string): string {
  return visible(text, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Command property values: also `:` and `,`, which delimit properties. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
