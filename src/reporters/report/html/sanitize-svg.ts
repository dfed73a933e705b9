/**
 * Defence in depth for the SVGs inlined into report.html. They come from Mermaid, from
 * labels we escaped, so they should hold no markup of the analysed repository; this still
 * removes anything that could run code or fetch something if that ever failed: scripts,
 * embedded HTML and documents, event-handler attributes, links and external references.
 */

const droppedElements =
  "script|foreignObject|iframe|object|embed|image|use|animate|set|handler|listener";
const pairedElement = new RegExp(`<(${droppedElements})\\b[\\s\\S]*?<\\/\\1\\s*>`, "gi");
const singleElement = new RegExp(`<\\/?(?:${droppedElements})\\b[^>]*>`, "gi");
const anchorTag = /<\/?a\b[^>]*>/gi;
const eventAttribute = /\s(?:on[\w-]+|formaction)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const linkAttribute = /\s(?:xlink:)?href\s*=\s*(?:"(?!#)[^"]*"|'(?!#)[^']*'|(?!["'#])[^\s>]+)/gi;
const externalUrl = /url\(\s*(?!['"]?#)[^)]*\)/gi;

/** Attributes that could run code or fetch something: removed; external url(): emptied. */
function cleanTag(tag: string): string {
  return tag
    .replace(eventAttribute, "")
    .replace(linkAttribute, "")
    .replace(externalUrl, "none")
    .replace(/javascript:/gi, "blocked:");
}

function cleanStyle(css: string): string {
  return css.replace(/@import[^;]*;?/gi, "").replace(externalUrl, "none");
}

/** The SVG element alone, without prolog, doctype, comments or active content. */
export function sanitizeSvg(svg: string): string {
  const start = svg.search(/<svg\b/i);
  const end = svg.toLowerCase().lastIndexOf("</svg>");
  if (start === -1 || end === -1 || end < start) return "";
  return (
    svg
      .slice(start, end + "</svg>".length)
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")
      .replace(pairedElement, "")
      .replace(singleElement, "")
      .replace(anchorTag, "")
      // Text nodes hold no raw "<" (XML escapes it), so every "<…>" here is a tag.
      .replace(/<[^>]*>/g, cleanTag)
      .replace(
        /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
        (_, open, css, close) => open + cleanStyle(css) + close,
      )
  );
}
