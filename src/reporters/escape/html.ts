import Handlebars from "handlebars";
import { visible } from "./terminal.js";

/**
 * HTML from untrusted text. One policy for both pages (report.html, progress.html): the
 * markup characters become entities exactly as the templates' `{{…}}` does (Handlebars'
 * own escape), and control and bidi characters are shown as escapes (`\x1b`, `\u202e`),
 * as in a terminal, so a name can neither break the markup nor disguise itself.
 */

/** Text or an attribute value we put into HTML (or SVG) ourselves. */
export function html(text: string): string {
  return Handlebars.Utils.escapeExpression(visible(text, "\n\t"));
}

/**
 * A finished page: the controls and bidi characters that `{{…}}` leaves raw are shown as
 * escapes. Line breaks and tabs stay: HTML reads them as spaces (the page's own, and the
 * Mermaid sources' in a `<pre>`).
 */
export function htmlPage(page: string): string {
  return visible(page, "\n\t");
}
