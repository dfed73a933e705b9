import { accessSync, constants, existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import type { DiagramSpec } from "../reporters/report/context.js";
import { browserIdentity, type SvgCache, svgCacheKey } from "./svg-cache.js";

/**
 * SVG diagrams drawn by the pinned `mermaid` package in Debian's Chromium, driven by
 * puppeteer-core (which never downloads a browser): one browser per run, reused for every
 * diagram (a cold mmdc call costs seconds each). Mermaid can "succeed" with an error
 * drawing, so every SVG is checked for one.
 */

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

/** The real binary first: Debian's /usr/bin/chromium wrapper script prints noise on stderr. */
export const chromiumLocations = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

/** Then these commands on PATH (Google Chrome on GitHub's Ubuntu runners; snap wrappers last). */
export const chromiumCommands = [
  "chromium",
  "google-chrome-stable",
  "google-chrome",
  "chromium-browser",
];

export type ChromiumLookup = { path: string } | { problem: string };

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false; // missing or not executable: look further
  }
}

/** The first of chromiumCommands that PATH holds as an executable file. */
export function chromiumOnPath(pathVariable: string | undefined): string | undefined {
  const dirs = (pathVariable ?? "").split(path.delimiter).filter((d) => path.isAbsolute(d));
  for (const command of chromiumCommands) {
    const found = dirs.map((d) => path.join(d, command)).find(executable);
    if (found) return found;
  }
  return undefined;
}

/** The browser to use: SSOT_CHROMIUM when set, else Debian's Chromium, else one on PATH. */
export function findChromium(env: Record<string, string | undefined>): ChromiumLookup {
  const wanted = env.SSOT_CHROMIUM;
  if (wanted)
    return existsSync(wanted)
      ? { path: wanted }
      : { problem: `SSOT_CHROMIUM=${wanted} does not exist` };
  const found = chromiumLocations.find((p) => existsSync(p)) ?? chromiumOnPath(env.PATH);
  return found
    ? { path: found }
    : {
        problem: `no Chromium at ${chromiumLocations.join(" or ")}, nor ${chromiumCommands.join(", ")} on PATH`,
      };
}

/** Why an SVG from Mermaid is an error drawing rather than the diagram, or undefined when fine. */
export function mermaidErrorIn(svg: string): string | undefined {
  if (!/<svg\b/i.test(svg)) return "Mermaid returned no SVG";
  if (/aria-roledescription="error"/.test(svg) || /Syntax error in text/i.test(svg)) {
    return "Mermaid drew its error diagram (syntax error in the diagram text)";
  }
  const parse = /Parse error on line \d+/i.exec(svg);
  return parse ? `Mermaid: ${parse[0]}` : undefined;
}

export interface SvgOutcome {
  /** Diagram name -> SVG text. */
  svgs: Map<string, string>;
  /** Diagram name -> why that diagram has no SVG. */
  failures: Map<string, string>;
  /** Why the diagrams not in the cache have no SVG (no browser, or it did not start). */
  unavailable?: string;
  /** Why the SVG cache was not saved (a warning; the report is complete). */
  cacheProblem?: string;
}

/** What Mermaid draws with; part of the SVG cache key. */
export const mermaidConfig = {
  theme: "default",
  securityLevel: "strict",
  // Plain SVG text instead of HTML in <foreignObject>: portable SVG files, nothing HTML inside.
  htmlLabels: false,
  // Natural size (width/height in px, no max-width): the page never shrinks a drawing below
  // its 16 px labels; a wide one scrolls inside its own frame instead.
  flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 480 },
  xyChart: { useMaxWidth: false },
} as const;

const firstLines = (message: string) => message.split("\n").slice(0, 2).join(" ").trim();

type MermaidPage = import("./mermaid-page.js").MermaidPage;
type Launched = { browser: Browser; pages: MermaidPage[] } | { problem: string };

/**
 * Pages drawing at the same time: Mermaid's layout is single-threaded JavaScript, so pages
 * (renderer processes) draw in parallel up to the machine's cores; more only add memory.
 */
export function pagePoolSize(cores: number = availableParallelism()): number {
  return Math.max(2, Math.min(4, cores));
}

/** One browser for a whole run: started early (while the analysis runs), closed once. */
export interface SvgRenderer {
  /** Render every diagram; a failing diagram never stops the others. */
  render(diagrams: readonly DiagramSpec[]): Promise<SvgOutcome>;
  /** Close the browser; safe to call more than once. */
  close(): Promise<void>;
}

async function launch(executablePath: string): Promise<Launched> {
  // Loaded only here: analysis-only commands never pay for puppeteer and Mermaid. Chromium
  // starts as soon as puppeteer is loaded; the page module loads while it does.
  const mermaidPage = import("./mermaid-page.js");
  mermaidPage.catch(() => undefined); // awaited below; never an unhandled rejection
  let browser: Browser | undefined;
  try {
    const { default: puppeteer } = await import("puppeteer-core");
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: chromiumArgs,
      protocolTimeout: 60_000,
    });
    const { openMermaidPage } = await mermaidPage;
    const opened = browser;
    const pages = await Promise.all(
      Array.from({ length: pagePoolSize() }, () => openMermaidPage(opened)),
    );
    return { browser, pages };
  } catch (error) {
    await browser?.close().catch(() => undefined); // it started, but Mermaid did not load
    const what = browser ? "Mermaid did not load" : `${executablePath} did not start`;
    return { problem: `${what}: ${firstLines((error as Error).message)}` };
  }
}

/**
 * The SVG at its natural size: Mermaid's xychart always sets `width="100%"` and a max-width
 * (it ignores useMaxWidth), which shrinks its 14 px labels to a few pixels on a phone. The
 * viewBox gives the size it was laid out for.
 */
export function atNaturalSize(svg: string): string {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const box = root && /\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root);
  if (!root || !box || !/\swidth="100%"/.test(root)) return svg;
  const fixed = root
    .replace(/\swidth="100%"/, ` width="${box[1]}" height="${box[2]}"`)
    .replace(/max-width:\s*[\d.]+px;?\s*/, "");
  return fixed + svg.slice(root.length);
}

type Drawn = { svg: string } | { problem: string };

async function renderOne(page: MermaidPage, d: DiagramSpec): Promise<Drawn> {
  try {
    const svg = await page.draw(d.mermaid, { svgId: d.svgId, mermaidConfig });
    const problem = mermaidErrorIn(svg);
    return problem ? { problem } : { svg: atNaturalSize(svg) };
  } catch (error) {
    return { problem: `Mermaid failed: ${firstLines((error as Error).message)}` };
  }
}

export interface SvgRendererOptions {
  /** SVGs of earlier runs: a diagram whose text did not change is not drawn again. */
  cache?: SvgCache;
}

/**
 * Start the browser now (in the background), or, when the cache holds an earlier report,
 * only once a diagram is not in it. Without a browser, render() says why.
 */
export function startSvgRenderer(
  env: Record<string, string | undefined>,
  options: SvgRendererOptions = {},
): SvgRenderer {
  const chromium = findChromium(env);
  const browser = "path" in chromium ? browserIdentity(chromium.path) : "";
  let launched: Promise<Launched> | undefined;
  const start = () => {
    launched ??=
      "problem" in chromium
        ? Promise.resolve({ problem: chromium.problem })
        : launch(chromium.path);
    return launched;
  };
  const { cache } = options;
  // A cold report overlaps Chromium's start with the analysis; a warm one rarely needs it.
  if (!cache || cache.size === 0) start();
  let closing: Promise<void> | undefined;
  return {
    async render(diagrams) {
      const outcome: SvgOutcome = { svgs: new Map(), failures: new Map() };
      const todo: { d: DiagramSpec; key: string }[] = [];
      for (const d of diagrams) {
        const key = svgCacheKey({ browser, mermaidConfig, svgId: d.svgId, mermaid: d.mermaid });
        const cached = cache?.get(key);
        if (cached !== undefined) outcome.svgs.set(d.name, cached);
        else todo.push({ d, key });
      }
      if (todo.length > 0) {
        const l = await start();
        if ("problem" in l) outcome.unavailable = l.problem;
        // Each page takes the next diagram when it is done with one: long ones do not hold
        // up the rest. Results are keyed by name, so the order of finishing does not matter.
        let next = 0;
        const worker = async (page: MermaidPage) => {
          for (let t = todo[next++]; t !== undefined; t = todo[next++]) {
            const drawn = await renderOne(page, t.d);
            if ("svg" in drawn) {
              outcome.svgs.set(t.d.name, drawn.svg);
              cache?.set(t.key, drawn.svg);
            } else outcome.failures.set(t.d.name, drawn.problem);
          }
        };
        if ("pages" in l) await Promise.all(l.pages.map(worker));
      }
      try {
        cache?.save();
      } catch (error) {
        outcome.cacheProblem = `SVG cache not saved: ${firstLines((error as Error).message)}`;
      }
      return outcome;
    },
    close() {
      closing ??= launched
        ? launched.then((l) => ("browser" in l ? l.browser.close() : undefined))
        : Promise.resolve();
      return closing;
    },
  };
}

/** Render diagrams with a browser of their own (start, render, close). */
export async function renderSvgs(
  diagrams: readonly DiagramSpec[],
  env: Record<string, string | undefined>,
): Promise<SvgOutcome> {
  const renderer = startSvgRenderer(env);
  try {
    return await renderer.render(diagrams);
  } finally {
    await renderer.close();
  }
}
