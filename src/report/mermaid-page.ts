import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";

/**
 * Mermaid diagrams drawn in a page of an already running browser, as Mermaid CLI's
 * `renderMermaid` does it (same page, same calls, same serialisation), with the pinned
 * `mermaid` package's browser build. Mermaid CLI itself is not used: it requires the full
 * `puppeteer` package, whose install script downloads a browser.
 */

/** Mermaid's ES module build: a small entry that imports only the chunks a diagram needs. */
const entry = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.esm.min.mjs");
const distDir = path.dirname(entry);

/** A made-up origin the page imports Mermaid from; its requests are answered from distDir. */
const origin = "https://mermaid.invalid";

/** Mermaid CLI's page: a standards-mode document with one container. */
const pageHtml = '<!doctype html><html><body><div id="container"></div></body></html>';

export interface MermaidPageOptions {
  /** The id of the drawn <svg> element. */
  svgId: string;
  /** Passed to `mermaid.initialize` after `startOnLoad: false`. */
  mermaidConfig: Record<string, unknown>;
}

/** A page with Mermaid loaded, drawing one diagram at a time. */
export interface MermaidPage {
  /** Draw `definition` and return the SVG as XML text; rejects with Mermaid's error. */
  draw(definition: string, options: MermaidPageOptions): Promise<string>;
}

/** The file under distDir a request asks for, or undefined for anything else. */
export function mermaidFileFor(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== origin || !/\.mjs$/.test(parsed.pathname)) return undefined;
  const file = path.join(distDir, decodeURIComponent(parsed.pathname));
  return file.startsWith(`${distDir}${path.sep}`) ? file : undefined;
}

/** Mermaid's own modules are served from the package; every other request is refused. */
async function answer(request: HTTPRequest): Promise<void> {
  const file = mermaidFileFor(request.url());
  const body = file && (await readFile(file).catch(() => undefined));
  if (!body) return request.abort();
  return request.respond({
    status: 200,
    contentType: "application/javascript",
    headers: { "Access-Control-Allow-Origin": "*" },
    body,
  });
}

/**
 * Open the page and load Mermaid into it, once per browser. Diagrams are then drawn one
 * after another (Mermaid keeps per-page state); a failing one does not affect the next.
 */
export async function openMermaidPage(browser: Browser): Promise<MermaidPage> {
  const tab = await browser.newPage();
  // Nothing a diagram says may reach the network or a file: only Mermaid's modules load.
  await tab.setRequestInterception(true);
  tab.on("request", (request) => void answer(request).catch(() => undefined));
  await tab.setContent(pageHtml);
  // A string, not a function: test runners rewrite `import()` inside functions they load.
  const url = JSON.stringify(`${origin}/${path.basename(entry)}`);
  await tab.evaluate(`import(${url}).then((m) => { globalThis.mermaid = m.default; })`);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    draw(definition, options) {
      const drawn = queue.then(() => drawInPage(tab, definition, options));
      queue = drawn.catch(() => undefined);
      return drawn;
    },
  };
}

function drawInPage(tab: Page, definition: string, options: MermaidPageOptions): Promise<string> {
  return tab.evaluate(
    async ({ definition, mermaidConfig, svgId }) => {
      const page = globalThis as unknown as PageGlobals;
      const backgroundColor = "white";
      page.document.body.style.background = backgroundColor;
      const container = page.document.getElementById("container");
      container.innerHTML = "";
      await Promise.all(Array.from(page.document.fonts, (font) => font.load()));
      // Once per page and config: render() resets to it after each diagram's frontmatter,
      // and initialize() re-merges Mermaid's whole default config (same SVG bytes).
      const configText = JSON.stringify(mermaidConfig);
      if (page.ssotMermaidConfig !== configText) {
        page.mermaid.initialize({ startOnLoad: false, ...mermaidConfig });
        page.ssotMermaidConfig = configText;
      }
      const { svg: svgText } = await page.mermaid.render(svgId, definition, container);
      container.innerHTML = svgText;
      const svg = container.getElementsByTagName("svg")[0];
      if (!svg) return "";
      svg.style.backgroundColor = backgroundColor;
      return new page.XMLSerializer().serializeToString(svg);
    },
    { definition, mermaidConfig: options.mermaidConfig, svgId: options.svgId },
  );
}

/** The page's globals the drawing uses (this package compiles without the DOM's types). */
interface PageElement {
  style: { background: string; backgroundColor: string };
  innerHTML: string;
  getElementsByTagName(name: string): ArrayLike<PageElement>;
}
interface PageGlobals {
  document: {
    body: PageElement;
    fonts: Iterable<{ load(): Promise<unknown> }>;
    getElementById(id: string): PageElement;
  };
  XMLSerializer: new () => { serializeToString(node: PageElement): string };
  /** The config Mermaid was last initialised with, as JSON. */
  ssotMermaidConfig?: string;
  mermaid: {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string, container: PageElement): Promise<{ svg: string }>;
  };
}
