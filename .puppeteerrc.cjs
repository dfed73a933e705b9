/**
 * Puppeteer (used by @mermaid-js/mermaid-cli for SVG diagrams) must never download its own
 * browser: we use Debian's Chromium (`apt-get install chromium`), see README.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
