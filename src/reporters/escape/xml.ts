import { visible } from "./terminal.js";

/**
 * Escaping for text that came from the analysed repository (file names, module names,
 * symbols): it is untrusted and must not be able to break out of the output format.
 */

/** GitHub workflow command data (after `::`): %, CR and LF. */
export function githubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** GitHub workflow command property values: also `:` and `,`, which delimit properties. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML 1.0 cannot hold at all (control characters, U+FFFE, U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** XML text and attribute values. */
export function xml(text: string): string {
  return text
    .replace(loneSurrogate, "\uFFFD")
    .replace(invalidXml, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/**
 * Markdown (GitHub flavour) inline text, also inside table cells: HTML and entities, code,
 * emphasis, links, tables, strikethrough and math lose their meaning, by backslashes only
 * (no `&gt;`: the summary reads in a terminal too); line breaks become
 * spaces so a table row stays one line.
 */
export function markdown(text: string): string {
  return visible(text.replace(/[\r\n]+/g, " ")).replace(
    /[\\`*_{}[\]()#+!|~$]|<(?=[A-Za-z/!?])|&(?=[#A-Za-z])/g,
    (c) => `\\${c}`,
  );
}

/** A repository-relative posix path as a relative URI reference (each segment encoded). */
export function relativeUri(file: string): string {
  return file.replace(loneSurrogate, "\uFFFD").split("/").map(encodeURIComponent).join("/");
}
