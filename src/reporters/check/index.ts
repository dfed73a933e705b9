import type { CheckReport } from "../../check/report.js";
import { renderCheckGithub } from "./github.js";
import { renderCheckJunit } from "./junit.js";
import { renderCheckMarkdown } from "./markdown.js";
import { renderCheckSarif } from "./sarif.js";
import { renderCheckText } from "./text.js";

/** `ssot check --format` renderers: pure functions from the check report to text. */
export const checkRenderers: Readonly<Record<CheckFormat, (report: CheckReport) => string>> = {
  text: renderCheckText,
  github: renderCheckGithub,
  sarif: renderCheckSarif,
  junit: renderCheckJunit,
  markdown: renderCheckMarkdown,
};

export const checkFormats = ["text", "github", "sarif", "junit", "markdown"] as const;
export type CheckFormat = (typeof checkFormats)[number];
