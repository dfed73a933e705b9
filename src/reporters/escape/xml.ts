import { visible } from "./terminal.js";

/**
 * XML (JUnit) and URIs (SARIF) from untrusted text (file names, module names, messages).
 */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML 1.0 cannot hold at all (U+FFFE, U+FFFF; the controls are shown escaped first). */
const invalidXml = /[\uFFFE\uFFFF]/g;

/**
 * XML text and attribute values: controls and bidi characters shown as escapes (`\x1b`),
 * as a terminal shows them, and every markup character, line break and tab an entity.
 */
export function xml(text: string): string {
  return visible(text, "\t\n\r")
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

/** Inside an XML comment `--` may not occur: our version string, spaced apart. */
export function xmlComment(text: string): string {
  return xml(text).replace(/-(?=-)/g, "- ");
}

/** A repository-relative posix path as a relative URI reference (each segment encoded). */
export function relativeUri(file: string): string {
  return file.replace(loneSurrogate, "\uFFFD").split("/").map(encodeURIComponent).join("/");
}
