import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  compareIdentities,
  deprecatedEdges,
  identityKey,
  identityOf,
  notStartedStatus
} from "./chunk-YOAXWKHQ.js";
import {
  actualText,
  analyzeReporters,
  formatsIn,
  isDeprecated,
  pickReporter,
  roleLabels,
  scannedFiles
} from "./chunk-JD74CQL3.js";
import {
  visible,
  visibleJson
} from "./chunk-NPKQCN5C.js";
import {
  count,
  metricDescriptions,
  percent,
  plural,
  signed
} from "./chunk-VHJDUMJJ.js";
import {
  isUndecodableName
} from "./chunk-3X7W323C.js";

// dist/check/compare.js
function verdictOf(status, due, today, changedOnly) {
  if (status === "met")
    return { verdict: "passes" };
  if (status === "unknown")
    return { verdict: "unknown" };
  if (changedOnly)
    return {
      verdict: "notice",
      why: "a check of changed files judges only the deprecated imports they add; the full check fails on this gate"
    };
  if (due !== void 0 && (today === void 0 || today <= due))
    return { verdict: "notice", why: `due ${due}: fails the check after that date` };
  return due !== void 0 ? { verdict: "fails", why: `due ${due} has passed` } : { verdict: "fails" };
}
function gateOutcomes(result, options2) {
  const changedOnly = options2.files !== void 0;
  return result.consolidations.flatMap((c) => c.phases.filter((p) => p.gate).map((p) => {
    const due = options2.gateDue?.[c.id]?.[p.id];
    return {
      consolidation: c.id,
      phase: p.id,
      title: p.title,
      status: p.status,
      failing: p.criteria.filter((k) => k.status === "not-met"),
      unknown: p.criteria.filter((k) => k.status === "unknown"),
      ...due !== void 0 ? { due } : {},
      ...verdictOf(p.status, due, options2.today, changedOnly)
    };
  }));
}
function checkBaseline(result, baseline, options2 = {}) {
  const scope = options2.files === void 0 ? void 0 : new Set(options2.files);
  const inScope = (file) => scope === void 0 || scope.has(file);
  const current = deprecatedEdges(result, options2.symbols).filter((e) => inScope(e.file));
  const baselineKeys = new Set(baseline.entries.map(identityKey));
  const currentKeys = new Set(current.map(identityKey));
  const scoped = baseline.entries.filter((e) => inScope(e.file));
  return {
    consolidations: result.consolidations.map((c) => c.id),
    newEdges: current.filter((e) => !baselineKeys.has(identityKey(e))),
    fixed: scoped.filter((e) => !currentKeys.has(identityKey(e))).sort(compareIdentities),
    known: scoped.filter((e) => currentKeys.has(identityKey(e))).sort(compareIdentities),
    knownEdges: current.filter((e) => baselineKeys.has(identityKey(e))),
    gates: gateOutcomes(result, options2),
    unanalysed: result.files.skipped.filter((s) => isUndecodableName(s.reason)),
    ...scope ? { scopeFiles: scope.size } : {}
  };
}
function gatesFailed(outcome) {
  return outcome.gates.filter((g) => g.verdict === "fails");
}
function gatesNoticed(outcome) {
  return outcome.gates.filter((g) => g.verdict === "notice");
}
function updatedBaseline(baseline, outcome, options2) {
  const fixed = new Set(outcome.fixed.map(identityKey));
  const kept = baseline.entries.filter((e) => !fixed.has(identityKey(e)));
  const added = options2.allowGrowth ? outcome.newEdges.map(identityOf) : [];
  return { entries: [...kept, ...added].sort(compareIdentities) };
}

// dist/check/report.js
function newEdgesFail(report) {
  return report.outcome.newEdges.length > (report.update?.added ?? 0);
}
function checkFailed(report) {
  return newEdgesFail(report) || gatesFailed(report.outcome).length > 0 || report.outcome.unanalysed.length > 0;
}

// dist/util/source-link.js
function sourceLink(links, file, line2) {
  if (!links || !/^https?:\/\//i.test(links.template))
    return void 0;
  const encodedFile = file.split("/").map(encodeURIComponent).join("/");
  return links.template.replaceAll("{commit}", encodeURIComponent(links.commit)).replaceAll("{file}", encodedFile).replaceAll("{line}", String(line2));
}

// dist/reporters/escape/github.js
function githubData(text) {
  return visible(text, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function githubProperty(text) {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// dist/reporters/check/words.js
var unanalysedText = "files whose names are not UTF-8 could not be analysed";
var updateCommand = "ssot check --update-baseline";
var growCommand = "ssot check --update-baseline --allow-growth";
function criterionText(k) {
  return `${k.metric}: ${k.actual === null ? "unknown" : String(k.actual)} (expected ${k.expected})`;
}
function entryText(e) {
  const names = e.names.length > 0 ? ` [${e.names.join(", ")}]` : "";
  return `${e.path}${names}${e.occurrence > 0 ? ` (identical import #${e.occurrence + 1})` : ""}`;
}
function newEdgeMessage(e, what = "new deprecated import") {
  const use = e.suggestion ? `use: ${e.suggestion}; ` : "";
  return `${use}${what} (${e.role} path ${e.consolidation}/${e.path}, batch ${e.batch}): ${e.statement}`;
}
function gateStatusText(g) {
  if (g.verdict === "unknown")
    return `${g.status} (does not fail the check)`;
  return g.why ? `${g.status} (${g.why})` : g.status;
}
function summaryText(report) {
  const { outcome } = report;
  const parts = [
    plural(outcome.newEdges.length, "new deprecated import"),
    `${count(outcome.fixed.length)} fixed`,
    `${count(outcome.known.length)} known`
  ];
  const scope = outcome.scopeFiles !== void 0 ? ` in ${plural(outcome.scopeFiles, "file")} changed since ${report.changedSince ?? "the given revision"}` : "";
  const failedGates = gatesFailed(outcome).length;
  const noticed = gatesNoticed(outcome).length;
  const gates = (failedGates > 0 ? `, ${plural(failedGates, "gate")} not met` : "") + (noticed > 0 ? `, ${plural(noticed, "gate")} not met yet (notice)` : "");
  const unanalysed = outcome.unanalysed.length > 0 ? `, ${plural(outcome.unanalysed.length, "file")} not analysed` : "";
  return `${parts.join(", ")}${scope}${gates}${unanalysed}`;
}
function verdictText(report) {
  if (!checkFailed(report)) {
    const noticed = gatesNoticed(report.outcome);
    const open = noticed.length > 0 ? `; not met yet: ${noticed.map((g) => `${g.consolidation}/${g.phase} (${g.why ?? "notice"})`).join(", ")}` : "";
    return `passed: no new deprecated imports, no gate failing${open}`;
  }
  const reasons = [];
  if (newEdgesFail(report)) {
    reasons.push(`new deprecated imports: move them to the canonical path (see "use:"), or accept them deliberately with \`${growCommand}\``);
  }
  const failed = gatesFailed(report.outcome);
  if (failed.length > 0)
    reasons.push(`gate not met: ${failed.map((g) => `${g.consolidation}/${g.phase}`).join(", ")}`);
  if (report.outcome.unanalysed.length > 0)
    reasons.push(`${unanalysedText}: rename them so they can be checked`);
  return `failed: ${reasons.join("; ")}`;
}
function updateText(report) {
  const u = report.update;
  if (!u)
    return void 0;
  if (!u.changed)
    return `baseline ${report.baselineFile} unchanged (${plural(u.entries, "entry", "entries")})`;
  const verb = u.created ? "created" : "updated";
  return `baseline ${report.baselineFile} ${verb}: ${plural(u.entries, "entry", "entries")} (${count(u.added)} added, ${count(u.removed)} removed)`;
}

// dist/reporters/check/github.js
function command(level, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([k, v]) => `${k}=${githubProperty(String(v))}`).join(",");
  return `::${level}${props ? ` ${props}` : ""}::${githubData(message)}`;
}
function renderCheckGithub(report) {
  const { outcome } = report;
  const lines = [];
  const level = newEdgesFail(report) ? "error" : "warning";
  for (const e of outcome.newEdges) {
    const title = `ssot: new deprecated import (${e.role})`;
    const link = sourceLink(report.links, e.file, e.line);
    lines.push(command(level, { file: e.file, line: e.line, title }, `${newEdgeMessage(e)}${link ? ` (${link})` : ""}`));
  }
  for (const e of outcome.fixed) {
    const hint = report.update ? "" : `; run ${updateCommand} to shrink the baseline`;
    lines.push(command("notice", { file: e.file, title: "ssot: deprecated import fixed" }, `${e.consolidation}: ${entryText(e)} is no longer imported here${hint}`));
  }
  for (const g of outcome.gates) {
    if (g.verdict === "passes")
      continue;
    const notMet = g.status === "not-met";
    const criteria = (notMet ? g.failing : g.unknown).map(criterionText).join("; ");
    const level2 = g.verdict === "fails" ? "error" : g.verdict === "notice" ? "notice" : "warning";
    lines.push(command(level2, { title: `ssot: gate ${g.consolidation}/${g.phase} ${g.status}` }, `${g.title}: ${gateStatusText(g)}: ${criteria}`));
  }
  for (const s of outcome.unanalysed)
    lines.push(command("error", { title: "ssot: file not analysed" }, `${s.file}: ${s.reason}`));
  const update = updateText(report);
  if (update)
    lines.push(command("notice", { title: "ssot: baseline" }, update));
  lines.push(command(checkFailed(report) ? "error" : "notice", { title: `ssot check (ssot-tracker ${report.toolVersion})` }, `${summaryText(report)}: ${verdictText(report)}`));
  return `${lines.join("\n")}
`;
}

// dist/reporters/escape/xml.js
var loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var invalidXml = /[\uFFFE\uFFFF]/g;
function xml(text) {
  return visible(text, "	\n\r").replace(loneSurrogate, "\uFFFD").replace(invalidXml, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function xmlComment(text) {
  return xml(text).replace(/-(?=-)/g, "- ");
}
function relativeUri(file) {
  return file.replace(loneSurrogate, "\uFFFD").split("/").map(encodeURIComponent).join("/");
}

// dist/reporters/check/junit.js
function edgeCase(e, accepted) {
  const name = `${e.file}:${e.line} ${e.statement}`;
  const message = newEdgeMessage(e);
  return {
    name,
    classname: `ssot.${e.consolidation}.new-deprecated-imports`,
    file: e.file,
    line: e.line,
    ...accepted ? { skipped: `accepted into the baseline: ${message}` } : { failure: { type: `ssot/${e.role}`, message, body: `${e.file}:${e.line}: ${message}` } }
  };
}
function gateCase(g) {
  const base = { name: `gate ${g.phase} (${g.title})`, classname: `ssot.${g.consolidation}.gates` };
  if (g.status === "not-met") {
    const body = g.failing.map(criterionText).join("\n");
    return { ...base, failure: { type: "ssot/gate", message: `${g.phase}: not met`, body } };
  }
  if (g.status === "unknown")
    return { ...base, skipped: `unknown: ${g.unknown.map(criterionText).join("; ")}` };
  return base;
}
function caseXml(t) {
  const attrs = [
    `name="${xml(t.name)}"`,
    `classname="${xml(t.classname)}"`,
    ...t.file !== void 0 ? [`file="${xml(t.file)}"`] : [],
    ...t.line !== void 0 ? [`line="${t.line}"`] : []
  ].join(" ");
  if (t.failure) {
    const f = t.failure;
    return `    <testcase ${attrs}>
      <failure type="${xml(f.type)}" message="${xml(f.message)}">${xml(f.body)}</failure>
    </testcase>`;
  }
  if (t.skipped !== void 0)
    return `    <testcase ${attrs}>
      <skipped message="${xml(t.skipped)}"/>
    </testcase>`;
  return `    <testcase ${attrs}/>`;
}
function suiteXml(name, cases) {
  const failures = cases.filter((t) => t.failure).length;
  const skipped = cases.filter((t) => t.skipped !== void 0).length;
  const head = `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`;
  return [head, ...cases.map(caseXml), "  </testsuite>"].join("\n");
}
function renderCheckJunit(report) {
  const { outcome } = report;
  const accepted = !newEdgesFail(report);
  const ids = [
    .../* @__PURE__ */ new Set([...outcome.consolidations, ...outcome.newEdges.map((e) => e.consolidation)])
  ];
  const suites = ids.map((id) => {
    const edges = outcome.newEdges.filter((e) => e.consolidation === id).map((e) => edgeCase(e, accepted));
    const none = {
      name: "no new deprecated imports",
      classname: `ssot.${id}.new-deprecated-imports`
    };
    const gates = outcome.gates.filter((g) => g.consolidation === id).map(gateCase);
    return { id, cases: [...edges.length > 0 ? edges : [none], ...gates] };
  });
  if (outcome.unanalysed.length > 0) {
    const cases = outcome.unanalysed.map((s) => ({
      name: `${s.file} not analysed`,
      classname: "ssot.files",
      failure: { type: "ssot/not-analysed", message: s.reason, body: `${s.file}: ${s.reason}` }
    }));
    suites.push({ id: "files", cases });
  }
  const all = suites.flatMap((s) => s.cases);
  const failures = all.filter((t) => t.failure).length;
  const skipped = all.filter((t) => t.skipped !== void 0).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ssot-tracker ${xmlComment(report.toolVersion)} -->`,
    `<testsuites name="ssot check" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites.map((s) => suiteXml(`ssot check: ${s.id}`, s.cases)),
    "</testsuites>",
    ""
  ].join("\n");
}

// dist/reporters/escape/markdown.js
var oneLine = (text) => visible(text.replace(/[\r\n\u2028\u2029]+/g, " "));
function mdText(text) {
  return oneLine(text).replace(/[\\`*_[\]|~$@#]|:(?=\/\/)|<(?=[A-Za-z/!?])|&(?=[#A-Za-z])/g, (ch) => `\\${ch}`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}
function mdCode(text, inTable = false) {
  const value = oneLine(text);
  if (value.trim() === "")
    return mdText(value);
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  const needsPad = value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") && value.endsWith(" ");
  const padded = needsPad ? ` ${value} ` : value;
  const body = inTable ? padded.replace(/\|/g, "\\|") : padded;
  return `${fence}${body}${fence}`;
}

// dist/reporters/check/markdown.js
var row = (cells) => `| ${cells.join(" | ")} |`;
var markdownUrl = (url) => url.replace(/[()<>|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
function renderCheckMarkdown(report) {
  const { outcome } = report;
  const failed = checkFailed(report);
  const lines = [
    `## ssot check: ${failed ? "failed \u2717" : "passed \u2713"}`,
    "",
    `ssot-tracker ${mdText(report.toolVersion)} \xB7 ${mdText(summaryText(report))}. Baseline: ${mdText(report.baselineFile)}.`
  ];
  if (outcome.newEdges.length > 0) {
    const heading = newEdgesFail(report) ? "New deprecated imports" : "New deprecated imports, added to the baseline";
    lines.push("", `### ${heading}`, "");
    lines.push(row(["use instead", "where", "batch", "deprecated import", "path"]));
    lines.push(row(["---", "---", "---", "---", "---"]));
    for (const e of outcome.newEdges) {
      const where = `${mdText(e.file)}:${e.line}`;
      const link = sourceLink(report.links, e.file, e.line);
      lines.push(row([
        mdText(e.suggestion ?? "the canonical module"),
        link ? `[${where}](${markdownUrl(link)})` : where,
        mdText(e.batch),
        mdText(e.statement),
        `${mdText(e.consolidation)}/${mdText(e.path)} (${mdText(e.role)})`
      ]));
    }
  }
  if (outcome.fixed.length > 0) {
    lines.push("", "### Fixed since the baseline", "");
    if (!report.update)
      lines.push(`Run \`${updateCommand}\` to shrink the baseline.`, "");
    lines.push(row(["file", "consolidation", "import"]), row(["---", "---", "---"]));
    for (const e of outcome.fixed)
      lines.push(row([mdText(e.file), mdText(e.consolidation), mdText(entryText(e))]));
  }
  if (outcome.gates.length > 0) {
    lines.push("", "### Gates", "", row(["consolidation", "phase", "status", "criteria"]), row(["---", "---", "---", "---"]));
    for (const g of outcome.gates) {
      const criteria = [...g.failing, ...g.unknown].map((k) => mdText(criterionText(k))).join("<br>");
      const status = mdText(gateStatusText(g));
      lines.push(row([mdText(g.consolidation), `${mdText(g.phase)} ${mdText(g.title)}`, status, criteria]));
    }
  }
  if (outcome.unanalysed.length > 0) {
    lines.push("", "### Not analysed", "", `${mdText(unanalysedText)}.`, "");
    lines.push(row(["file", "reason"]), row(["---", "---"]));
    for (const s of outcome.unanalysed)
      lines.push(row([mdText(s.file), mdText(s.reason)]));
  }
  const update = updateText(report);
  lines.push("", ...update ? [`${mdText(update)}.`, ""] : [], `**${mdText(verdictText(report))}**`, "");
  return lines.join("\n");
}

// dist/reporters/check/sarif.js
var rules = [
  {
    role: "shim",
    name: "DeprecatedShimImport",
    text: "Import through a deprecated re-export shim",
    help: "This module only re-exports the canonical implementation and is deprecated. Import from the canonical module instead."
  },
  {
    role: "direct",
    name: "DeprecatedDirectImport",
    text: "Direct import of an implementation module",
    help: "The implementation module is imported directly instead of through the canonical module. Import from the canonical module instead."
  },
  {
    role: "reexport",
    name: "DeprecatedReexportImport",
    text: "Import through a re-exporting package",
    help: "The package re-exports the canonical implementation; that path is deprecated. Import from the canonical module instead."
  }
];
var sarifSchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function renderCheckSarif(report) {
  const newLevel = newEdgesFail(report) ? "error" : "warning";
  const edges = [
    ...report.outcome.newEdges.map((e) => ({ e, level: newLevel, what: "new deprecated import" })),
    // --backlog: the imports the baseline accepts, as notes (the work left, not a failure).
    ...report.backlog ? report.outcome.knownEdges.map((e) => ({
      e,
      level: "note",
      what: "deprecated import (in the baseline)"
    })) : []
  ];
  const results = edges.map(({ e, level, what }) => {
    const ruleIndex = rules.findIndex((r) => r.role === e.role);
    const fix = report.fixes?.get(identityKey(e));
    return {
      ruleId: `ssot/${e.role}`,
      ...ruleIndex >= 0 ? { ruleIndex } : {},
      level,
      message: { text: newEdgeMessage(e, what) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(e.file), uriBaseId: "SRCROOT" },
            region: { startLine: e.line }
          }
        }
      ],
      partialFingerprints: {
        "ssotIdentity/v1": [e.consolidation, e.file, e.path, e.names.join(","), e.occurrence].join("|")
      },
      ...fix ? {
        fixes: [
          {
            description: { text: fix.description },
            artifactChanges: [
              {
                artifactLocation: { uri: relativeUri(e.file), uriBaseId: "SRCROOT" },
                replacements: fix.replacements
              }
            ]
          }
        ]
      } : {},
      properties: {
        consolidation: e.consolidation,
        path: e.path,
        module: e.module,
        batch: e.batch,
        ...report.canonical?.[e.consolidation] ? { canonical: report.canonical[e.consolidation] } : {},
        ...e.suggestion ? { use: e.suggestion } : {},
        ...e.blocked.length > 0 ? { blocked: e.blocked } : {}
      }
    };
  });
  const canonical = Object.entries(report.canonical ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const canonicalText = canonical.length > 0 ? ` The canonical module: ${canonical.map(([id, m]) => `${m} (${id})`).join(", ")}.` : "";
  const log = {
    $schema: sarifSchemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ssot-tracker",
            version: report.toolVersion,
            rules: rules.map((r) => ({
              id: `ssot/${r.role}`,
              name: r.name,
              shortDescription: { text: r.text },
              fullDescription: {
                text: `${r.text}: a deprecated path of a single-source-of-truth consolidation.`
              },
              help: {
                text: `${r.help}${canonicalText} \`ssot migrate --write\` rewrites the imports it can.`
              },
              defaultConfiguration: { level: "error" },
              properties: { tags: ["maintainability", "ssot"] }
            }))
          }
        },
        originalUriBaseIds: {
          SRCROOT: { description: { text: "The repository root (the config's root folder)." } }
        },
        results
      }
    ]
  };
  return `${visibleJson(JSON.stringify(log, null, 2))}
`;
}

// dist/reporters/check/text.js
function gateLines(g) {
  const mark = g.verdict === "passes" ? "\u2713" : g.verdict === "fails" ? "\u2717" : g.verdict === "notice" ? "!" : "?";
  const title = g.title !== g.phase ? ` ${g.title}` : "";
  const lines = [`  ${mark} ${g.consolidation}/${g.phase}${title}: ${gateStatusText(g)}`];
  for (const k of g.failing)
    lines.push(`      \u2717 ${criterionText(k)}`);
  for (const k of g.unknown)
    lines.push(`      ? ${criterionText(k)}`);
  return lines;
}
function renderCheckText(report) {
  const { outcome } = report;
  const lines = [
    `ssot check (ssot-tracker ${report.toolVersion}): ${summaryText(report)}; baseline ${report.baselineFile}`
  ];
  if (outcome.newEdges.length > 0) {
    const heading = newEdgesFail(report) ? "not in the baseline" : "added to the baseline";
    lines.push("", `New deprecated imports (${heading}):`);
    for (const e of outcome.newEdges) {
      lines.push(`  ${e.file}:${e.line}  use: ${e.suggestion ?? "the canonical module"}`);
      lines.push(`    instead of: ${e.statement}  [${e.consolidation}: ${e.path}, ${e.role}; batch ${e.batch}]`);
    }
  }
  if (outcome.fixed.length > 0) {
    const hint = report.update ? "" : ` (run \`${updateCommand}\` to shrink it)`;
    lines.push("", `Fixed since the baseline${hint}:`);
    for (const e of outcome.fixed)
      lines.push(`  ${e.file}  ${e.consolidation}: ${entryText(e)}`);
  }
  if (outcome.gates.length > 0)
    lines.push("", "Gates:", ...outcome.gates.flatMap(gateLines));
  if (outcome.unanalysed.length > 0) {
    lines.push("", `Not analysed (${unanalysedText}):`);
    for (const s of outcome.unanalysed)
      lines.push(`  ${s.file}  ${s.reason}`);
  }
  const update = updateText(report);
  lines.push("", ...update ? [update] : [], verdictText(report));
  return `${lines.map((l) => visible(l)).join("\n")}
`;
}

// dist/reporters/report/html/page.js
import { createHash } from "node:crypto";
import Handlebars2 from "handlebars";

// dist/reporters/escape/html.js
import Handlebars from "handlebars";
function html(text) {
  return Handlebars.Utils.escapeExpression(visible(text, "\n	"));
}
function htmlPage(page) {
  return visible(page, "\n	");
}

// dist/reporters/report/html/page.js
function renderPage(sources, model) {
  const hbs = Handlebars2.create();
  for (const [name, source] of Object.entries(sources.partials))
    hbs.registerPartial(name, source);
  const page = hbs.compile(sources.page, {
    strict: true,
    knownHelpersOnly: true,
    preventIndent: true
  });
  const script = sources.script?.trim();
  const base = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const csp = script === void 0 ? base : `${base}; script-src 'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
  return htmlPage(page({ ...model, csp, css: sources.css.trim(), ...script === void 0 ? {} : { script } }));
}

// dist/reporters/report/html/templates.js
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var defaultTemplatesDir = fileURLToPath(new URL("../../../../templates/", import.meta.url));
var readTemplate = (dir, name) => readFileSync(path.join(dir, name), "utf8");
var pageCss = (dir, name) => `${readTemplate(dir, "base.css").trim()}
${readTemplate(dir, name)}`;
function loadPartials(dir = defaultTemplatesDir) {
  const partialsDir = path.join(dir, "partials");
  return Object.fromEntries(readdirSync(partialsDir).filter((f) => f.endsWith(".hbs")).sort().map((f) => [f.slice(0, -".hbs".length), readFileSync(path.join(partialsDir, f), "utf8")]));
}
function loadReportTemplates(dir = defaultTemplatesDir) {
  const read = (name) => readTemplate(dir, name);
  return {
    page: read("report.hbs"),
    partials: loadPartials(dir),
    css: pageCss(dir, "report.css"),
    script: read("report.js")
  };
}

// dist/reporters/progress/format.js
var dash = "\u2013";
function delta(now, then) {
  return then === null ? dash : signed(now - then);
}
function shareDelta(now, then) {
  return then === null || now === null ? dash : `${signed((now - then) * 100, 1)} pp`;
}
function markdownTable(table) {
  const row3 = (cells) => `| ${cells.map((c, i) => i === 0 ? mdText(c) : c).join(" | ")} |`;
  const rule = `| ${table.headers.map((_, i) => table.numeric.has(i) ? "---:" : "---").join(" | ")} |`;
  return [`| ${table.headers.join(" | ")} |`, rule, ...table.rows.map(row3)].join("\n");
}
function htmlTable(table) {
  const cell = (tag, text, i) => `<${tag}${table.numeric.has(i) ? ' class="num"' : ""}>${html(text)}</${tag}>`;
  const head = `<tr>${table.headers.map((h, i) => cell("th", h, i)).join("")}</tr>`;
  const body = table.rows.map((r) => `<tr>${r.map((c, i) => cell("td", c, i)).join("")}</tr>`);
  return `<table>
<thead>${head}</thead>
<tbody>
${body.join("\n")}
</tbody>
</table>`;
}

// dist/reporters/escape/mermaid.js
var safe = /^[\p{L}\p{N} _.,:/()+\-=@·–]$/u;
function escapeChar(ch) {
  if (safe.test(ch))
    return ch;
  if (/^[\p{C}\p{Zl}\p{Zp}]$/u.test(ch))
    return " ";
  const code = ch.codePointAt(0) ?? 65533;
  return `#${code};`;
}
function mermaidText(text) {
  return Array.from(text, escapeChar).join("");
}
function mermaidLabel(...lines) {
  return `"${lines.map(mermaidText).join("<br/>")}"`;
}
function xychartText(text) {
  return text.replace(/["`]/g, "'").replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, " ").trim();
}
var NodeIds = class {
  next = 0;
  ids = /* @__PURE__ */ new Map();
  /** The id of a key, allocating the next one the first time. */
  of(key) {
    let id = this.ids.get(key);
    if (id === void 0) {
      id = `n${this.next++}`;
      this.ids.set(key, id);
    }
    return id;
  }
};

// dist/reporters/progress/chart.js
var percent1 = (share) => Math.round((share ?? 0) * 1e3) / 10;
function axisMax(values) {
  const max = Math.max(1, ...values);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}
var canonicalColour = "#2e7d32";
var deprecatedColours = ["#c62828", "#ef6c00", "#6a1b9a", "#ad1457", "#8d6e63", "#f9a825"];
var unknownColour = "#546e7a";
function palette(colours) {
  return [
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${colours.join(", ")}"`,
    "---"
  ];
}
function pathColours(paths2) {
  let nextDeprecated = 0;
  return paths2.map((p) => {
    if (p.deprecated === false)
      return canonicalColour;
    if (p.deprecated === null)
      return unknownColour;
    return deprecatedColours[nextDeprecated++ % deprecatedColours.length];
  });
}
function trendChart(series, kind) {
  const x = `  x-axis [${series.dates.map((d) => `"${xychartText(d)}"`).join(", ")}]`;
  const title = xychartText(series.title);
  if (kind === "share") {
    return [
      ...palette([deprecatedColours[0]]),
      "xychart-beta",
      `  title "Deprecated share: ${title}"`,
      x,
      '  y-axis "deprecated share (%)" 0 --> 100',
      `  line "deprecated share" [${series.deprecatedShare.map(percent1).join(", ")}]`,
      ""
    ].join("\n");
  }
  const all = series.paths.flatMap((p) => p.statements);
  return [
    ...palette(pathColours(series.paths)),
    "xychart-beta",
    `  title "Statements per path: ${title}"`,
    x,
    `  y-axis "statements" 0 --> ${axisMax(all)}`,
    ...series.paths.map((p) => `  line "${xychartText(p.id)}" [${p.statements.join(", ")}]`),
    ""
  ].join("\n");
}

// dist/reporters/progress/markdown.js
var num = (n) => n === null ? dash : count(n);
function columns(c) {
  const { last, previous, first } = c.dates;
  return {
    now: `now (${last})`,
    sincePrevious: `change since ${previous ?? "previous"}`,
    sinceFirst: first ? `change since ${first} (first)` : "change since first"
  };
}
function overview(c) {
  const col = columns(c);
  const counts = (label, v) => [
    label,
    num(v.last),
    delta(v.last, v.previous),
    delta(v.last, v.first)
  ];
  const s = c.deprecatedShare;
  return {
    headers: ["measure", col.now, col.sincePrevious, col.sinceFirst],
    numeric: /* @__PURE__ */ new Set([1, 2, 3]),
    rows: [
      [
        "deprecated share of statements",
        percent(s.last),
        shareDelta(s.last, s.previous),
        shareDelta(s.last, s.first)
      ],
      counts("deprecated statements", c.deprecatedStatements),
      counts("statements on all paths", c.statements)
    ]
  };
}
var fitText = (v) => `least squares over the last ${v.points} points, ${v.from} to ${v.to}`;
function shareMove(v) {
  const pp = Math.abs(v.perWeek).toFixed(1);
  if (pp === "0.0")
    return "is flat";
  return v.perWeek > 0 ? `falls ${pp} pp per week` : `rises ${pp} pp per week`;
}
function statementsMove(v) {
  const n = Math.abs(v.perWeek).toFixed(1);
  if (n === "0.0")
    return "are flat";
  return v.perWeek > 0 ? `fall by ${n} per week` : `grow by ${n} per week`;
}
function velocityText(c) {
  const share = c.shareVelocity;
  const v = c.velocity;
  if (!share || !v)
    return "Velocity: unknown (needs points on two different dates).";
  const parts = [
    `Velocity: the deprecated share ${shareMove(share)}; deprecated statements ${statementsMove(v)}`
  ];
  const total = c.statementsVelocity;
  const shareFalls = share.perWeek > 0 && share.perWeek.toFixed(1) !== "0.0";
  const grows = v.perWeek < 0 && v.perWeek.toFixed(1) !== "-0.0";
  if (shareFalls && grows && total)
    parts.push(`: the share falls because the code base grew (statements on all paths ${statementsMove(total).replace("are flat", "flat")}), not because imports moved`);
  else if (!shareFalls && v.perWeek > 0 && total && total.perWeek > 0)
    parts.push(": statements are removed, but the code base shrinks as fast");
  return `${parts.join("")} (${fitText(v)}).`;
}
function inDays(days) {
  if (days < 14)
    return `${days} day${days === 1 ? "" : "s"}`;
  return days % 7 === 0 ? `${days / 7} weeks` : `about ${Math.round(days / 7)} weeks`;
}
function projectionText(p) {
  switch (p.status) {
    case "reached":
      return "reached";
    case "projected":
      return `${p.date} (in ${inDays(p.days)})`;
    case "not-converging":
      return "not converging";
    case "unknown":
      return "unknown (needs more history)";
  }
}
var dueWords = {
  reached: "reached",
  "on-track": "on track",
  late: "late",
  overdue: "overdue",
  unknown: "unknown",
  "no-due": dash
};
function targets(c) {
  return {
    headers: [
      "target",
      "deprecated share at most",
      "deprecated statements at most",
      "to move",
      "projected",
      "due",
      "on track?"
    ],
    numeric: /* @__PURE__ */ new Set([1, 2, 3]),
    rows: c.targets.map((t) => [
      t.phase ? t.title && t.title !== t.phase ? `${t.phase}: ${t.title}` : t.phase : "zero deprecated statements",
      percent(t.maxShare),
      count(t.statements),
      count(t.toMove),
      projectionText(t.projection),
      t.due ?? dash,
      dueWords[t.dueStatus]
    ])
  };
}
function phaseStatusLines(c) {
  return c.phases.map((p) => {
    const head = `${p.title}${p.title !== p.id ? ` (${p.id})` : ""}`;
    const status = p.status.last;
    if (status === "met")
      return `${head}: met.`;
    if (status === notStartedStatus)
      return `${head}: not started (nothing reaches the paths yet).`;
    const bound = c.targets.find((t) => t.phase === p.id);
    const words = status === "not-met" ? "not met" : status;
    const due = p.due ? `, due ${p.due}` : "";
    if (!bound)
      return `${head}: ${words}${due}${p.due ? `: ${dueOnly(p.due, c)}` : ""}.`;
    const move = `${plural2(bound.toMove, "statement")} to move to reach ${percent(bound.maxShare)}`;
    const when = projectionText(bound.projection);
    const verdict = bound.due ? `: ${dueWords[bound.dueStatus]}` : "";
    return `${head}: ${words}: ${move}; projected ${when}${due}${verdict}.`;
  });
}
function dueOnly(due, c) {
  return due < c.today ? "overdue" : "open";
}
var plural2 = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;
function analysedText(c) {
  const a = c.analysed;
  if (!a)
    return void 0;
  const at = (date, commit) => commit ? `${date}, commit ${commit.slice(0, 12)}` : date;
  return `The history ends on ${at(a.historyEnd.date, a.historyEnd.commit)}: ${percent(a.historyEnd.deprecatedShare)} deprecated (${a.historyEnd.deprecatedStatements} statements). The analysed state (${at(a.date, a.commit)}) is the last point, "now": ${percent(c.deprecatedShare.last)} deprecated (${c.deprecatedStatements.last} statements). Run ssot snapshot to record it.`;
}
function notStartedText(c) {
  const n = c.notStarted;
  if (!n)
    return void 0;
  const span = n.from === n.to ? `on ${n.from}` : `from ${n.from} to ${n.to}`;
  const first = c.dates.first ?? c.dates.last;
  return `Not started ${span} (${plural2(n.points, "point")}: no statement reached the paths): comparisons start at ${first}, the first point where the consolidation existed.`;
}
var roleText = (deprecated) => deprecated === null ? dash : deprecated ? "deprecated" : "canonical";
function paths(c) {
  const col = columns(c);
  return {
    headers: ["path", "role", "files", "statements", col.sincePrevious, col.sinceFirst],
    numeric: /* @__PURE__ */ new Set([2, 3, 4, 5]),
    rows: c.paths.map((p) => [
      p.id,
      roleText(p.deprecated),
      num(p.files.last),
      num(p.statements.last),
      delta(p.statements.last, p.statements.previous),
      delta(p.statements.last, p.statements.first)
    ])
  };
}
function batches(c) {
  const col = columns(c);
  return {
    headers: [
      "batch",
      "statements",
      "deprecated",
      `deprecated: ${col.sincePrevious}`,
      `deprecated: ${col.sinceFirst}`
    ],
    numeric: /* @__PURE__ */ new Set([1, 2, 3, 4]),
    rows: c.batches.map((b) => [
      b.id,
      num(b.statements.last),
      num(b.deprecatedStatements.last),
      delta(b.deprecatedStatements.last, b.deprecatedStatements.previous),
      delta(b.deprecatedStatements.last, b.deprecatedStatements.first)
    ])
  };
}
function phases(c) {
  const { last, previous, first } = c.dates;
  return {
    headers: [
      "phase",
      `now (${last})`,
      previous ?? "previous",
      first ? `${first} (first)` : "first"
    ],
    numeric: /* @__PURE__ */ new Set(),
    rows: c.phases.map((p) => [
      p.id,
      p.status.last,
      p.status.previous ?? dash,
      p.status.first ?? dash
    ])
  };
}
function progressBlocks(c) {
  return {
    title: c.title,
    id: c.id,
    status: phaseStatusLines(c),
    notes: [analysedText(c), notStartedText(c)].filter((t) => t !== void 0),
    velocity: velocityText(c),
    overview: overview(c),
    targets: targets(c),
    paths: paths(c),
    batches: batches(c),
    phases: phases(c),
    charts: [trendChart(c.chart, "share"), trendChart(c.chart, "paths")]
  };
}
function progressIntro(view, escapeName) {
  const first = view.consolidations[0]?.dates;
  const span = !first ? "" : first.first ? `, ${first.first} to ${first.last}` : `, on ${first.last}`;
  const points = `${view.points} history point${view.points === 1 ? "" : "s"}`;
  const where = view.source ? escapeName(view.source) : "the history";
  return `ssot-tracker ${escapeName(view.toolVersion)} \xB7 ${points} in ${where}${span}.`;
}
function progressMarkdownLines(c, level) {
  const b = progressBlocks(c);
  const out = [];
  if (b.status.length > 0)
    out.push("", ...b.status.map((line2) => `- ${mdText(line2)}`));
  for (const note of b.notes)
    out.push("", `> ${mdText(note)}`);
  out.push("", markdownTable(b.overview), "", mdText(b.velocity));
  out.push("", markdownTable(b.targets), "", `${level} Paths`, "", markdownTable(b.paths));
  if (c.batches.length > 0)
    out.push("", `${level} Batches`, "", markdownTable(b.batches));
  if (c.phases.length > 0)
    out.push("", `${level} Phases`, "", markdownTable(b.phases));
  out.push("", `${level} Trend`);
  for (const chart of b.charts)
    out.push("", "```mermaid", chart.trimEnd(), "```");
  return out;
}
function renderProgressMarkdown(view) {
  const out = ["# Migration progress", "", progressIntro(view, mdText)];
  for (const c of view.consolidations) {
    out.push("", `## ${mdText(c.title)} (${mdText(c.id)})`, ...progressMarkdownLines(c, "###"));
  }
  return `${out.join("\n")}
`;
}

// dist/reporters/progress/svg.js
var wideChart = { width: 900, height: 320, font: 13 };
var narrowChart = { width: 360, height: 260, font: 12 };
var dateLabelEm = 6.2;
var margin = { top: 16, right: 44, bottom: 34, left: 48 };
var dayMs = 864e5;
var daysOf = (date) => Date.parse(`${date}T00:00:00Z`) / dayMs;
var fmt = (n) => String(Math.round(n * 10) / 10);
function frame(size, dates, extra, yMax) {
  const days = [...dates, ...extra].map(daysOf);
  const x0 = Math.min(...days);
  const x1 = Math.max(...days);
  const plot = {
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom
  };
  return { size, x0, x1, yMax, plot };
}
function xOf(f, date) {
  const span = f.x1 - f.x0;
  const t = span === 0 ? 0.5 : (daysOf(date) - f.x0) / span;
  return f.plot.left + t * (f.plot.right - f.plot.left);
}
var yOf = (f, value) => f.plot.bottom - value / f.yMax * (f.plot.bottom - f.plot.top);
function labelledIndexes(count2, plotWidth, font) {
  if (count2 === 0)
    return [];
  const fit = Math.max(1, Math.floor(plotWidth / (dateLabelEm * font)) + 1);
  const step = fit === 1 ? count2 : Math.max(1, Math.ceil((count2 - 1) / (fit - 1)));
  const out = [];
  for (let i = count2 - 1; i >= 0; i -= step)
    out.push(i);
  return out.reverse();
}
function xAxis(f, dates) {
  const { plot, size } = f;
  const out = [
    `<line class="axis" x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}"/>`
  ];
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = first && last && first !== last ? xOf(f, last) - xOf(f, first) : plot.right - plot.left;
  for (const i of labelledIndexes(dates.length, span, size.font)) {
    const date = dates[i];
    const x = xOf(f, date);
    out.push(`<line class="tick" x1="${fmt(xOf(f, date))}" y1="${plot.bottom}" x2="${fmt(xOf(f, date))}" y2="${plot.bottom + 4}"/>`, `<text class="x-label" x="${fmt(x)}" y="${plot.bottom + size.font + 8}" text-anchor="middle">${date}</text>`);
  }
  return out;
}
function yAxis(f, ticks, unit) {
  const { plot, size } = f;
  return ticks.flatMap((t) => {
    const y = fmt(yOf(f, t));
    return [
      `<line class="grid" x1="${plot.left}" y1="${y}" x2="${plot.right}" y2="${y}"/>`,
      `<text class="y-label" x="${plot.left - 6}" y="${fmt(yOf(f, t) + size.font / 3)}" text-anchor="end">${t}${unit}</text>`
    ];
  });
}
function segments(f, dates, values) {
  const runs = [];
  let run = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0)
        runs.push(run);
      run = [];
      return;
    }
    run.push(`${fmt(xOf(f, dates[i]))},${fmt(yOf(f, v))}`);
  });
  if (run.length > 0)
    runs.push(run);
  return runs;
}
function line(f, dates, values, cls) {
  return segments(f, dates, values).map((run) => run.length === 1 ? `<circle class="${cls} dot" cx="${run[0]?.split(",")[0]}" cy="${run[0]?.split(",")[1]}" r="3.5"/>` : `<polyline class="${cls}" fill="none" points="${run.join(" ")}"/>`);
}
function svg(size, title, body, variant) {
  return [
    `<svg class="chart chart-${variant}" viewBox="0 0 ${size.width} ${size.height}" role="img" font-size="${size.font}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${html(title)}</title>`,
    ...body,
    "</svg>"
  ].join("\n");
}
var short = (text, max = 28) => text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
function shareChartSvg(series, size, variant) {
  const dues = series.targets.flatMap((t) => t.due ? [t.due] : []);
  const f = frame(size, series.dates, dues, 100);
  const body = [...yAxis(f, [0, 25, 50, 75, 100], "%"), ...xAxis(f, series.dates)];
  series.targets.forEach((t, i) => {
    const y = fmt(yOf(f, t.maxShare * 100));
    body.push(`<line class="target" x1="${f.plot.left}" y1="${y}" x2="${f.plot.right}" y2="${y}"/>`, `<text class="target-label" x="${f.plot.right - 4}" y="${fmt(yOf(f, t.maxShare * 100) - 4 - i % 2 * 0)}" text-anchor="end">${html(short(t.label))} \u2264 ${fmt(t.maxShare * 100)}%</text>`);
    if (t.due) {
      const x = fmt(xOf(f, t.due));
      body.push(`<line class="due" x1="${x}" y1="${f.plot.top}" x2="${x}" y2="${f.plot.bottom}"/>`, `<text class="due-label" x="${fmt(xOf(f, t.due) - 4)}" y="${fmt(f.plot.top + size.font * (1 + i))}" text-anchor="end">due ${t.due}</text>`);
    }
  });
  const values = series.deprecatedShare.map((s) => s === null ? null : s * 100);
  body.push(...line(f, series.dates, values, "share"));
  const lastDate = series.dates[series.dates.length - 1];
  const lastValue = values[values.length - 1];
  if (series.analysed && lastDate && lastValue !== null && lastValue !== void 0)
    body.push(`<circle class="analysed" cx="${fmt(xOf(f, lastDate))}" cy="${fmt(yOf(f, lastValue))}" r="5"/>`);
  return svg(size, `Deprecated share: ${series.title}`, body, variant);
}
function countTicks(max) {
  const raw = Math.max(1, max);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => raw / s <= 5) ?? magnitude;
  const top = Math.ceil(raw / step) * step;
  const ticks = [];
  for (let k = 0; k * step <= top + 1e-9; k++)
    ticks.push(Math.round(k * step * 100) / 100);
  return { top, ticks };
}
function pathClasses(paths2) {
  let next = 0;
  return paths2.map((p) => p.deprecated === false ? "canonical" : p.deprecated === null ? "unlisted" : `deprecated-${next++ % 6}`);
}
function pathsLegend(paths2) {
  const classes = pathClasses(paths2);
  return paths2.map((p, i) => ({
    label: `${p.id}${p.deprecated === false ? " (canonical)" : p.deprecated ? " (deprecated)" : ""}`,
    cls: classes[i] ?? "unlisted"
  }));
}
function pathsChartSvg(series, size, variant) {
  const { top, ticks } = countTicks(Math.max(0, ...series.paths.flatMap((p) => p.statements)));
  const f = frame(size, series.dates, [], top);
  const body = [...yAxis(f, ticks, ""), ...xAxis(f, series.dates)];
  const classes = pathClasses(series.paths);
  series.paths.forEach((p, i) => {
    body.push(...line(f, series.dates, p.statements, `path ${classes[i]}`));
  });
  return svg(size, `Statements per path: ${series.title}`, body, variant);
}

// dist/reporters/progress/html.js
function loadProgressTemplates(dir = defaultTemplatesDir) {
  return {
    page: readTemplate(dir, "progress.hbs"),
    partials: loadPartials(dir),
    css: pageCss(dir, "progress.css")
  };
}
function statusClass(c, index) {
  const phase = c.phases[index];
  if (!phase)
    return "";
  if (phase.status.last === "met")
    return "met";
  if (phase.status.last === notStartedStatus)
    return "not-started";
  const bound = c.targets.find((t) => t.phase === phase.id);
  if (bound && (bound.dueStatus === "late" || bound.dueStatus === "overdue"))
    return bound.dueStatus;
  if (!bound && phase.due && phase.due < c.today)
    return "overdue";
  return bound?.dueStatus === "on-track" ? "on-track" : "open";
}
function consolidationModel(c, index) {
  const b = progressBlocks(c);
  const status = phaseStatusLines(c).map((text, i) => ({ text, cls: statusClass(c, i) }));
  return {
    anchor: `c${index + 1}`,
    title: b.title,
    id: b.id,
    share: percent(c.deprecatedShare.last),
    deprecatedStatements: count(c.deprecatedStatements.last),
    statements: count(c.statements.last),
    date: c.analysed ? `${c.dates.last} (analysed state)` : c.dates.last,
    status,
    notes: b.notes,
    velocity: b.velocity,
    charts: [
      {
        caption: "Deprecated share of statements, with each phase's bound and due date",
        wide: shareChartSvg(c.chart, wideChart, "wide"),
        narrow: shareChartSvg(c.chart, narrowChart, "narrow"),
        hasLegend: false,
        legend: []
      },
      {
        caption: "Statements per path",
        wide: pathsChartSvg(c.chart, wideChart, "wide"),
        narrow: pathsChartSvg(c.chart, narrowChart, "narrow"),
        hasLegend: true,
        legend: pathsLegend(c.chart.paths)
      }
    ],
    targets: htmlTable(b.targets),
    overview: htmlTable(b.overview),
    paths: htmlTable(b.paths),
    hasBatches: c.batches.length > 0,
    batches: htmlTable(b.batches),
    hasPhases: c.phases.length > 0,
    phases: htmlTable(b.phases)
  };
}
function renderProgressHtml(view, templates = loadProgressTemplates()) {
  return renderPage(templates, {
    toolVersion: view.toolVersion,
    intro: progressIntro(view, (t) => t),
    consolidations: view.consolidations.map(consolidationModel)
  });
}

// dist/reporters/report/html/render.js
function renderReportHtml(model, templates) {
  return renderPage(templates, model);
}

// dist/reporters/report/context.js
var diagramKinds = [
  "before",
  "current",
  "target",
  "trend-share",
  "trend-paths"
];
function diagramName(consolidationId, kind) {
  if (kind === "trend-share")
    return `trend-${consolidationId}-share`;
  if (kind === "trend-paths")
    return `trend-${consolidationId}-paths`;
  return `${consolidationId}-${kind}`;
}
var isTrendKind = (kind) => kind === "trend-share" || kind === "trend-paths";
var otherBatch = "other";
function batchOfFile(context, consolidationId, file) {
  return context.batches[consolidationId]?.[file] ?? otherBatch;
}

// dist/reporters/report/fleet.js
function fleetOf(result) {
  const fleet = result.fleet;
  if (!fleet)
    return void 0;
  const tables = result.consolidations.map((c) => {
    const paths2 = c.paths.map((p) => ({ id: p.id, deprecated: p.role !== "canonical" }));
    const rows2 = fleet.repositories.flatMap((repo) => {
      const mine = repo.consolidations.find((x) => x.id === c.id);
      if (!mine)
        return [];
      return [
        {
          name: repo.name,
          statements: count(mine.totals.statements),
          deprecated: count(mine.totals.deprecatedStatements),
          share: percent(mine.deprecatedShare.statements),
          perPath: paths2.map((p) => {
            const found = mine.paths.find((x) => x.id === p.id);
            return found ? count(found.statements) : "\u2013";
          })
        }
      ];
    });
    return {
      id: c.id,
      title: c.title,
      paths: paths2,
      rows: rows2,
      total: {
        name: rows2.length === 1 ? "all (1 repository)" : `all ${count(rows2.length)} repositories`,
        statements: count(c.totals.statements),
        deprecated: count(c.totals.deprecatedStatements),
        share: percent(c.deprecatedShare.statements),
        perPath: c.paths.map((p) => count(p.statements))
      }
    };
  });
  return {
    repositories: fleet.repositories.length,
    names: fleet.repositories.map((r) => r.name),
    tables
  };
}

// dist/reporters/report/headline.js
function headlineOf(c, before) {
  const t = c.totals;
  const then = before?.consolidations.find((b) => b.id === c.id)?.deprecatedShare;
  return {
    deprecatedShare: percent(c.deprecatedShare.statements),
    deprecatedStatements: count(t.deprecatedStatements),
    statements: count(t.statements),
    deprecatedFilesShare: percent(c.deprecatedShare.files),
    deprecatedFiles: count(t.deprecatedFiles),
    files: count(t.files),
    done: t.deprecatedStatements === 0,
    ...then && before ? { before: { share: percent(then.statements), when: before.date ?? before.source } } : {}
  };
}

// dist/reporters/report/not-counted.js
var maxRows = 50;
function notCountedOf(c) {
  const more = [];
  const cap = (rows2, what) => {
    if (rows2.length > maxRows)
      more.push(`and ${count(rows2.length - maxRows)} more ${what} in result.json`);
    return rows2.slice(0, maxRows);
  };
  const byPath = (ids) => [...new Set(ids)].map((id) => `${id} ${count(ids.filter((x) => x === id).length)}`).join(", ");
  const blockers = c.blockers.map((b) => `blocked: the canonical module does not define ${b.name} (${plural(b.statements, "deprecated statement")} in ${plural(b.files, "file")})`);
  return {
    any: c.problems.length + c.blockers.length + c.unrelatedImports.length + c.allowedEdges.length > 0,
    problems: c.problems.map((p) => p.message),
    blockers,
    unrelatedSummary: c.unrelatedImports.length === 0 ? "" : `${plural(c.unrelatedImports.length, "statement")} on re-export paths import only names unrelated to the consolidation (by path: ${byPath(c.unrelatedImports.map((u) => u.path))}); not counted`,
    unrelated: cap(c.unrelatedImports.map((u) => ({
      location: `${u.file}:${u.line}`,
      path: u.path,
      names: u.names.join(", ")
    })), "unrelated imports"),
    allowedSummary: c.allowedEdges.length === 0 ? "" : `${plural(c.allowedEdges.length, "deprecated statement")} allowed on purpose (by path: ${byPath(c.allowedEdges.map((a) => a.path))}); not counted, never failing ssot check`,
    allowed: cap(c.allowedEdges.map((a) => ({
      location: `${a.file}:${a.line}`,
      path: a.path,
      reason: `${a.reason} (${a.by === "pragma" ? "# ssot: allow" : "config allow"})`
    })), "allowed imports"),
    more
  };
}

// dist/reporters/report/groups.js
function folderOf(file, depth) {
  const parts = file.split("/").slice(0, -1);
  return parts.slice(0, depth).join("/");
}
function add(groups, kind, name, edge) {
  const key = `${kind}:${name}`;
  let g = groups.get(key);
  if (!g) {
    g = { kind, name, files: /* @__PURE__ */ new Set(), statements: 0, byPath: /* @__PURE__ */ new Map() };
    groups.set(key, g);
  }
  g.files.add(edge.file);
  g.statements++;
  let p = g.byPath.get(edge.path);
  if (!p) {
    p = { files: /* @__PURE__ */ new Set(), statements: 0 };
    g.byPath.set(edge.path, p);
  }
  p.files.add(edge.file);
  p.statements++;
}
var maxFolderDepth = 8;
function childrenOf(g) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of g.edges) {
    const name = folderOf(e.file, g.depth + 1);
    byName.set(name, [...byName.get(name) ?? [], e]);
  }
  return [...byName].map(([name, edges]) => ({
    name,
    depth: g.depth + 1,
    leaf: name === g.name,
    direct: name === g.name,
    edges
  }));
}
function folderGroups(edges, limit) {
  let groups = childrenOf({ name: "", depth: 0, leaf: false, direct: false, edges: [...edges] });
  for (; ; ) {
    const heaviestFirst2 = [...groups].sort((a, b) => b.edges.length - a.edges.length);
    let split;
    for (const g of heaviestFirst2) {
      if (g.leaf || g.depth >= maxFolderDepth)
        continue;
      const children2 = childrenOf(g);
      if (children2.length === 1 && children2[0]?.leaf)
        g.leaf = true;
      else if (groups.length - 1 + children2.length <= Math.max(limit, groups.length)) {
        split = { g, children: children2 };
        break;
      }
    }
    if (!split)
      break;
    const { g: parent, children } = split;
    groups = groups.flatMap((g) => g === parent ? children : [g]);
  }
  return groups;
}
function folderLabel(g) {
  if (g.name === "")
    return "(repository root)";
  return g.direct && g.depth > 1 ? `${g.name}/ (files directly in it)` : `${g.name}/`;
}
function accumulate(edges, batchOf, limit) {
  const groups = /* @__PURE__ */ new Map();
  const unbatched = [];
  for (const edge of edges) {
    const batch = batchOf(edge.file);
    if (batch === otherBatch)
      unbatched.push(edge);
    else
      add(groups, "batch", batch, edge);
  }
  const room = Math.max(1, limit - groups.size);
  for (const g of folderGroups(unbatched, room))
    for (const edge of g.edges)
      add(groups, "folder", folderLabel(g), edge);
  return [...groups.values()];
}
var byWeight = (a, b) => b.statements - a.statements || (a.kind === b.kind ? 0 : a.kind === "batch" ? -1 : 1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
function merge(groups) {
  const files = /* @__PURE__ */ new Set();
  const byPath = /* @__PURE__ */ new Map();
  let statements = 0;
  for (const g of groups) {
    for (const f of g.files)
      files.add(f);
    statements += g.statements;
    for (const [path2, p] of g.byPath) {
      const into = byPath.get(path2) ?? { files: /* @__PURE__ */ new Set(), statements: 0 };
      for (const f of p.files)
        into.files.add(f);
      into.statements += p.statements;
      byPath.set(path2, into);
    }
  }
  return {
    kind: "others",
    name: "",
    members: groups.length,
    files: files.size,
    statements,
    byPath: counted(byPath)
  };
}
function counted(byPath) {
  return new Map([...byPath].map(([path2, p]) => [path2, { files: p.files.size, statements: p.statements }]));
}
function importerGroups(edges, batchOf, limit = 8) {
  const sorted = accumulate(edges, batchOf, limit).sort(byWeight);
  const shown = sorted.length > limit + 1 ? sorted.slice(0, limit) : sorted;
  const rest = sorted.slice(shown.length);
  const groups = shown.map((g) => ({
    kind: g.kind,
    name: g.name,
    members: 1,
    files: g.files.size,
    statements: g.statements,
    byPath: counted(g.byPath)
  }));
  if (rest.length > 0)
    groups.push(merge(rest));
  return groups;
}

// dist/reporters/report/html/breakdowns.js
function row2(label, files, statements, deprecated) {
  const share = statements === 0 ? 0 : deprecated / statements;
  return {
    label,
    files: count(files),
    statements: count(statements),
    deprecatedStatements: count(deprecated),
    deprecatedShare: percent(share),
    barWidth: Math.round(share * 1e3) / 10
  };
}
var maxBreakdownRows = 30;
var heaviestFirst = ([a, x], [b, y]) => y.deprecated - x.deprecated || y.statements - x.statements || (a < b ? -1 : a > b ? 1 : 0);
function rows(tallies, noun) {
  const sorted = [...tallies].sort(heaviestFirst);
  const shown = sorted.length > maxBreakdownRows + 1 ? sorted.slice(0, maxBreakdownRows) : sorted;
  const result = shown.map(([label, t]) => row2(label, t.files.size, t.statements, t.deprecated));
  const rest = sorted.slice(shown.length).map(([, t]) => t);
  if (rest.length > 0) {
    const files = new Set(rest.flatMap((t) => [...t.files]));
    const sum = (pick) => rest.reduce((n, t) => n + pick(t), 0);
    const label = `(${count(rest.length)} more ${noun})`;
    result.push(row2(label, files.size, sum((t) => t.statements), sum((t) => t.deprecated)));
  }
  return result;
}
function tally(c, noun, keysOf) {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const tallies = /* @__PURE__ */ new Map();
  for (const e of c.edges) {
    for (const key of keysOf(e.file)) {
      const t = tallies.get(key) ?? { files: /* @__PURE__ */ new Set(), statements: 0, deprecated: 0 };
      t.files.add(e.file);
      t.statements++;
      if (deprecated.has(e.path))
        t.deprecated++;
      tallies.set(key, t);
    }
  }
  return rows(tallies, noun);
}
var rootFolderLabel = "(repository root)";
var noOwnerLabel = "(no owner)";
function byFolder(c) {
  return tally(c, "folders", (file) => {
    const folder = folderOf(file, 2);
    return [folder === "" ? rootFolderLabel : `${folder}/`];
  });
}
function byBatch(c) {
  return c.batches.filter((b) => b.statements > 0 || b.id !== otherBatch).map((b) => row2(b.id, b.files, b.statements, b.deprecatedStatements));
}
function byOwner(c, owners) {
  return tally(c, "owners", (file) => {
    const mine = owners.byFile[file] ?? [];
    return mine.length > 0 ? mine : [noOwnerLabel];
  });
}

// dist/reporters/report/mermaid/flowchart.js
var classDefs = {
  canonical: "fill:#e6f4ea,stroke:#1e7b34,stroke-width:2px,color:#0d3318",
  deprecated: "fill:#fdecea,stroke:#b3261e,color:#4a0f0b",
  missing: "fill:#f4f4f4,stroke:#8a8a8a,color:#555555,stroke-dasharray:4 3",
  group: "fill:#eef1f6,stroke:#52606d,color:#1f2933"
};
var linkStyles = {
  canonical: "stroke:#1e7b34,stroke-width:2px",
  deprecated: "stroke:#b3261e,stroke-width:2px,stroke-dasharray:6 4",
  internal: "stroke:#8a8a8a,stroke-width:1px"
};
function byStyle(items, style, value) {
  const out = /* @__PURE__ */ new Map();
  items.forEach((t, i) => {
    out.set(style(t), [...out.get(style(t)) ?? [], value(t, i)]);
  });
  return out;
}
var Flowchart = class {
  ids = new NodeIds();
  nodes = [];
  edges = [];
  /** Declare a node; `key` is ours (never shown), `lines` are its label. */
  node(key, style, shape, ...lines) {
    this.nodes.push({ id: this.ids.of(key), style, shape, lines });
  }
  /** An edge from an importer to what it imports, with a count label. */
  edge(fromKey, toKey, style, label) {
    this.edges.push({ from: this.ids.of(fromKey), to: this.ids.of(toKey), style, label });
  }
  /** The Mermaid text of the model. */
  toString() {
    const lines = ["flowchart LR"];
    for (const n of this.nodes) {
      const label = mermaidLabel(...n.lines);
      lines.push(n.shape === "box" ? `  ${n.id}[${label}]` : `  ${n.id}(${label})`);
    }
    for (const e of this.edges) {
      const arrow = e.style === "internal" ? "-.->" : "-->";
      lines.push(`  ${e.from} ${arrow}|${mermaidLabel(e.label)}| ${e.to}`);
    }
    const nodeClasses = byStyle(this.nodes, (n) => n.style, (n) => n.id);
    for (const [style, ids] of nodeClasses) {
      lines.push(`  classDef ${style} ${classDefs[style]}`, `  class ${ids.join(",")} ${style}`);
    }
    const edgeClasses = byStyle(this.edges, (e) => e.style, (_, i) => String(i));
    for (const [style, indexes] of edgeClasses) {
      lines.push(`  linkStyle ${indexes.join(",")} ${linkStyles[style]}`);
    }
    return `${lines.join("\n")}
`;
  }
};

// dist/reporters/report/mermaid/diagrams.js
function groupLabel(g) {
  if (g.kind === "others")
    return `${count(g.members)} more groups`;
  if (g.kind === "batch")
    return `batch ${g.name}`;
  return g.name;
}
function pathTitle(p) {
  return p.id === p.role ? roleLabels[p.role] : `${p.id}: ${roleLabels[p.role]}`;
}
function pathStyle(p) {
  if (!p.exists)
    return "missing";
  return isDeprecated(p) ? "deprecated" : "canonical";
}
function pathLines(p, counts) {
  return [
    `${pathTitle(p)}${p.exists ? "" : " (missing)"}`,
    p.module,
    `${plural(counts.statements, "import")} in ${plural(counts.files, "file")}`
  ];
}
var edgeLabel = (n) => `${plural(n.statements, "import")}, ${plural(n.files, "file")}`;
function addGroups(chart, groups) {
  groups.forEach((g, i) => {
    chart.node(`group:${i}`, "group", "round", groupLabel(g), plural(g.files, "file"));
  });
}
function internalCounts(c) {
  const byPair = /* @__PURE__ */ new Map();
  for (const e of c.internalEdges) {
    const key = JSON.stringify([e.from, e.path]);
    const pair = byPair.get(key) ?? { from: e.from, to: e.path, n: 0 };
    pair.n++;
    byPair.set(key, pair);
  }
  return byPair;
}
function currentDiagram(c, options2) {
  const chart = new Flowchart();
  for (const p of c.paths)
    chart.node(`path:${p.id}`, pathStyle(p), "box", ...pathLines(p, p));
  const groups = importerGroups(c.edges, options2.batchOf, options2.maxGroups);
  addGroups(chart, groups);
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  groups.forEach((g, i) => {
    for (const p of c.paths) {
      const n = g.byPath.get(p.id);
      if (n)
        chart.edge(`group:${i}`, `path:${p.id}`, deprecated.has(p.id) ? "deprecated" : "canonical", edgeLabel(n));
    }
  });
  for (const { from, to, n } of internalCounts(c).values()) {
    chart.edge(`path:${from}`, `path:${to}`, "internal", `${plural(n, "internal import")}`);
  }
  return chart;
}
function movesFrom(g, deprecated) {
  return deprecated.flatMap((p) => {
    const n = g.byPath.get(p.id);
    return n ? [`${p.id} ${count(n.statements)}`] : [];
  }).join(", ");
}
function targetDiagram(c, options2) {
  const canonical = c.paths.find((p) => p.role === "canonical");
  if (!canonical)
    return void 0;
  const deprecated = c.paths.filter(isDeprecated);
  const deprecatedEdges2 = c.edges.filter((e) => e.path !== canonical.id);
  const lines = [pathTitle(canonical), canonical.module];
  lines.push(`${plural(canonical.statements + deprecatedEdges2.length, "import")} after the move (${count(canonical.statements)} now)`);
  const blocked = c.blockers.map((b) => b.name);
  if (blocked.length > 0) {
    const shown = blocked.slice(0, 3).join(", ");
    lines.push(`must define first: ${shown}${blocked.length > 3 ? ` and ${blocked.length - 3} more` : ""}`);
  }
  const chart = new Flowchart();
  chart.node(`path:${canonical.id}`, "canonical", "box", ...lines);
  for (const p of deprecated) {
    const n = c.edges.filter((e) => e.path === p.id).length;
    chart.node(`path:${p.id}`, "missing", "box", `${p.id}: removed`, p.module);
    if (n > 0)
      chart.edge(`path:${p.id}`, `path:${canonical.id}`, "internal", `${plural(n, "import")} move`);
  }
  const moving = importerGroups(deprecatedEdges2, options2.batchOf, options2.maxGroups);
  moving.forEach((g, i) => {
    chart.node(`group:${i}`, "group", "round", groupLabel(g), `${plural(g.files, "file")} to change`);
    chart.edge(`group:${i}`, `path:${canonical.id}`, "canonical", `rewrite ${movesFrom(g, deprecated)}`);
  });
  const changing = new Set(deprecatedEdges2.map((e) => e.file));
  const settled = new Set(c.edges.filter((e) => !changing.has(e.file)).map((e) => e.file));
  if (settled.size > 0) {
    chart.node("settled", "group", "round", `${plural(settled.size, "file")} already on ${canonical.id}`);
    chart.edge("settled", `path:${canonical.id}`, "internal", "no change");
  }
  return chart;
}

// dist/reporters/report/html/drilldown.js
var maxBarGroups = 15;
var maxDrillRows = 5e3;
var maxTreeChildren = 40;
var width = (n, of) => of === 0 ? 0 : Math.round(n / of * 1e3) / 10;
function groupBars(c, batchOf) {
  const groups = importerGroups(c.edges, batchOf, maxBarGroups);
  const widest = Math.max(0, ...groups.map((g) => g.statements));
  const paths2 = [...c.paths].sort((a, b) => Number(isDeprecated(a)) - Number(isDeprecated(b)));
  return groups.map((g) => {
    const deprecated = paths2.filter(isDeprecated).reduce((n, p) => n + (g.byPath.get(p.id)?.statements ?? 0), 0);
    return {
      label: groupLabel(g),
      files: plural(g.files, "file"),
      statements: count(g.statements),
      deprecated: count(deprecated),
      segments: paths2.flatMap((p) => {
        const n = g.byPath.get(p.id)?.statements ?? 0;
        if (n === 0)
          return [];
        const role = isDeprecated(p) ? "deprecated" : "canonical";
        return [{ path: p.id, role, statements: count(n), width: width(n, widest) }];
      })
    };
  });
}
var emptyTally = () => ({
  files: /* @__PURE__ */ new Set(),
  statements: 0,
  deprecated: 0,
  children: /* @__PURE__ */ new Map()
});
function nodeOf(label, t, depth) {
  const sorted = [...t.children].sort(([a, x], [b, y]) => y.deprecated - x.deprecated || y.statements - x.statements || (a < b ? -1 : a > b ? 1 : 0));
  const shown = sorted.slice(0, maxTreeChildren).map(([name, child]) => nodeOf(`${name}/`, child, depth + 1));
  const rest = sorted.slice(maxTreeChildren).map(([, child]) => child);
  if (rest.length > 0) {
    const merged = emptyTally();
    for (const r of rest) {
      for (const f of r.files)
        merged.files.add(f);
      merged.statements += r.statements;
      merged.deprecated += r.deprecated;
    }
    shown.push(nodeOf(`(${count(rest.length)} more folders)`, merged, depth + 1));
  }
  const share = t.statements === 0 ? 0 : t.deprecated / t.statements;
  return {
    label,
    files: count(t.files.size),
    statements: count(t.statements),
    deprecated: count(t.deprecated),
    share: percent(share),
    barWidth: width(share, 1),
    hasChildren: shown.length > 0,
    children: shown,
    open: depth < 2
  };
}
function folderTree(c) {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const root = emptyTally();
  for (const e of c.edges) {
    const folders = e.file.split("/").slice(0, -1);
    const chain = folders.length === 0 ? [rootFolderLabel] : folders;
    let at = root;
    for (const name of chain) {
      let next = at.children.get(name);
      if (!next) {
        next = emptyTally();
        at.children.set(name, next);
      }
      next.files.add(e.file);
      next.statements++;
      if (deprecated.has(e.path))
        next.deprecated++;
      at = next;
    }
  }
  return nodeOf("", root, 0).children.map((n) => n.label === `${rootFolderLabel}/` ? { ...n, label: rootFolderLabel } : n);
}
function isRewritable(e) {
  return e.fix !== void 0 && e.fix.blocked.length === 0 && e.fix.imports.length > 0;
}
function migrateNext(c, context, batchOf) {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  const byFile = /* @__PURE__ */ new Map();
  for (const e of c.edges) {
    if (!deprecated.has(e.path))
      continue;
    const f = byFile.get(e.file) ?? { rewritable: 0, blocked: 0, missing: /* @__PURE__ */ new Set() };
    if (isRewritable(e))
      f.rewritable++;
    else {
      f.blocked++;
      for (const name of e.fix?.blocked ?? [])
        f.missing.add(name);
    }
    byFile.set(e.file, f);
  }
  const rows2 = [...byFile].map(([file, f]) => ({
    file,
    batch: batchOf(file),
    owners: (context.owners?.byFile[file] ?? []).join(" "),
    rewritable: f.rewritable,
    blocked: f.blocked,
    missing: [...f.missing].sort().join(", ")
  })).sort((a, b) => b.rewritable - a.rewritable || a.blocked - b.blocked || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { rows: rows2.slice(0, maxDrillRows), total: rows2.length };
}
function brokenByRemoval(c) {
  const modules = new Map(c.paths.filter(isDeprecated).map((p) => [p.id, p.module]));
  const rows2 = c.stringReferences.filter((r) => modules.has(r.path)).map((r) => ({
    location: `${r.file}:${r.line}`,
    path: r.path,
    module: modules.get(r.path) ?? "",
    value: r.value
  }));
  return { rows: rows2.slice(0, maxDrillRows), total: rows2.length };
}

// dist/reporters/report/trend.js
var historyFileHint = ".ssot/history.jsonl";
function trendOf(context, consolidationId) {
  return context.progress?.consolidations.find((p) => p.id === consolidationId);
}
function trendHint(context, consolidationId) {
  if (!context.progress)
    return `No trend yet: no history (${historyFileHint}); run ssot snapshot weekly, or ssot backfill --since YYYY-MM-DD to record the past from git.`;
  return `No trend: ${context.progress.source} holds no entry for ${consolidationId}; ssot snapshot records one.`;
}
function trendIntro(source, p) {
  const points = `${p.points} history point${p.points === 1 ? "" : "s"}`;
  const end = p.analysed?.historyEnd.date ?? p.dates.last;
  const span = p.dates.first && p.dates.first !== end ? `, ${p.dates.first} to ${end}` : `, on ${end}`;
  return `${points} in ${source}${span}.`;
}

// dist/reporters/report/html/summary.js
var statusLabels = { met: "met", "not-met": "not met", unknown: "unknown" };
var flat = 1e-3;
function trendOfShare(context, id) {
  const share = trendOf(context, id)?.deprecatedShare;
  if (!share || share.last === null || share.previous === null || share.previous === void 0)
    return { trendArrow: "\u2013", trendClass: "unknown", trendText: "no trend yet" };
  const change = share.last - share.previous;
  if (Math.abs(change) < flat)
    return { trendArrow: "\u2192", trendClass: "flat", trendText: "flat" };
  const points = `${(Math.abs(change) * 100).toFixed(1)} points`;
  return change < 0 ? { trendArrow: "\u2193", trendClass: "good", trendText: `down ${points}` } : { trendArrow: "\u2191", trendClass: "bad", trendText: `up ${points}` };
}
function summaryRows(result, context) {
  return result.consolidations.map((c, i) => ({
    anchor: `c${i}`,
    title: c.title,
    id: c.id,
    share: percent(c.deprecatedShare.statements),
    shareSort: c.deprecatedShare.statements ?? -1,
    deprecatedStatements: `${count(c.totals.deprecatedStatements)} of ${count(c.totals.statements)}`,
    deprecatedSort: c.totals.deprecatedStatements,
    phases: c.phases.map((p) => ({
      id: p.id,
      statusClass: p.status,
      statusLabel: statusLabels[p.status]
    })),
    ...trendOfShare(context, c.id)
  }));
}

// dist/reporters/report/html/trend-view.js
function tableView(table) {
  const cell = (text, i) => ({ text, numeric: table.numeric.has(i) });
  return {
    headers: table.headers.map(cell),
    rows: table.rows.map((row3) => ({
      head: cell(row3[0] ?? "", 0),
      cells: row3.slice(1).map((text, i) => cell(text, i + 1))
    }))
  };
}
var emptyTable = { headers: [], rows: [] };
function trendView(consolidationId, context, diagrams2, diagramView2) {
  const trend2 = trendOf(context, consolidationId);
  if (!trend2 || !context.progress) {
    return {
      hasTrend: false,
      hint: trendHint(context, consolidationId),
      intro: "",
      velocity: "",
      overview: emptyTable,
      targets: emptyTable,
      paths: emptyTable,
      hasBatches: false,
      batches: emptyTable,
      hasPhases: false,
      phases: emptyTable,
      charts: []
    };
  }
  const b = progressBlocks(trend2);
  return {
    hasTrend: true,
    hint: "",
    intro: [trendIntro(context.progress.source, trend2), ...b.notes].join(" "),
    velocity: b.velocity,
    overview: tableView(b.overview),
    targets: tableView(b.targets),
    paths: tableView(b.paths),
    hasBatches: trend2.batches.length > 0,
    batches: tableView(b.batches),
    hasPhases: trend2.phases.length > 0,
    phases: tableView(b.phases),
    charts: diagrams2.filter((d) => d.consolidationId === consolidationId && isTrendKind(d.kind)).map(diagramView2)
  };
}

// dist/reporters/report/html/view-model.js
var statusLabels2 = {
  met: "met",
  "not-met": "not met",
  unknown: "unknown"
};
var maxEvidence = 20;
var maxParseErrors = 50;
function criterionView(k) {
  const evidence = k.evidence.slice(0, maxEvidence);
  return {
    metric: k.metric,
    description: metricDescriptions[k.metric] ?? "",
    actual: actualText(k.actual),
    expected: k.expected,
    statusClass: k.status,
    statusLabel: statusLabels2[k.status],
    hasEvidence: evidence.length > 0,
    evidence,
    hasMoreEvidence: k.evidence.length > maxEvidence,
    moreEvidence: `and ${count(k.evidence.length - maxEvidence)} more`
  };
}
function phaseView(p) {
  return {
    id: p.id,
    title: p.title,
    hasTitle: p.title !== p.id,
    gate: p.gate,
    statusClass: p.status,
    statusLabel: statusLabels2[p.status],
    criteria: p.criteria.map(criterionView)
  };
}
function pathViews(c) {
  return c.paths.map((p) => {
    const share = c.totals.statements === 0 ? 0 : p.statements / c.totals.statements;
    return {
      id: p.id,
      roleLabel: roleLabels[p.role],
      module: p.module,
      isCanonical: !isDeprecated(p),
      missing: !p.exists,
      files: count(p.files),
      statements: count(p.statements),
      nested: count(p.nestedStatements),
      typeChecking: count(p.typeCheckingStatements),
      stringReferences: count(p.stringReferences),
      share: percent(share),
      barWidth: Math.round(share * 1e3) / 10
    };
  });
}
function edgeFlags(e) {
  const flags = [
    e.nested ? "nested" : "",
    e.typeChecking ? "TYPE_CHECKING" : "",
    e.level > 0 ? "relative" : ""
  ];
  return flags.filter(Boolean).join(", ");
}
function edgeViews(c, context) {
  const deprecated = new Set(c.paths.filter(isDeprecated).map((p) => p.id));
  return c.edges.filter((e) => deprecated.has(e.path)).map((e) => {
    const href = sourceLink(context.links, e.file, e.line);
    const flags = edgeFlags(e);
    return {
      location: `${e.file}:${e.line}`,
      hasHref: href !== void 0,
      href: href ?? "",
      path: e.path,
      batch: batchOfFile(context, c.id, e.file),
      names: e.names.join(", "),
      kind: e.kind,
      hasFlags: flags !== "",
      flags,
      owners: (context.owners?.byFile[e.file] ?? []).join(" ")
    };
  });
}
function diagramView(d) {
  return {
    graph: !isTrendKind(d.kind),
    wide: d.drawn.wide,
    narrow: d.drawn.narrow,
    hasLegend: d.drawn.legend.length > 0,
    legend: d.drawn.legend,
    name: d.name,
    title: d.title,
    caption: d.caption
  };
}
var options = (values) => [...new Set(values)].sort().map((v) => ({ value: v, label: v }));
function consolidationView(c, index, context, diagrams2, notes) {
  const headline2 = headlineOf(c, context.before);
  const edges = edgeViews(c, context);
  const owners = context.owners;
  const batchOf = (file) => batchOfFile(context, c.id, file);
  const bars = groupBars(c, batchOf);
  const migrate = migrateNext(c, context, batchOf);
  const refs = brokenByRemoval(c);
  const more = (shown, total, what) => total > shown ? `The first ${count(shown)} of ${count(total)} ${what}; all are in result.json.` : "";
  return {
    id: c.id,
    title: c.title,
    anchor: `c${index}`,
    headline: {
      ...headline2,
      hasBefore: headline2.before !== void 0,
      beforeShare: headline2.before?.share ?? "",
      beforeWhen: headline2.before?.when ?? ""
    },
    paths: pathViews(c),
    notCounted: notCountedOf(c),
    hasPhases: c.phases.length > 0,
    phases: c.phases.map(phaseView),
    diagrams: diagrams2.filter((d) => d.consolidationId === c.id && !isTrendKind(d.kind)).map(diagramView),
    hasDiagramNotes: notes.length > 0,
    diagramNotes: [...notes],
    trend: trendView(c.id, context, diagrams2, diagramView),
    byBatch: byBatch(c),
    hasBatches: c.batches.some((b) => b.id !== otherBatch),
    byFolder: byFolder(c),
    hasOwners: owners !== void 0,
    ownersSource: owners?.source ?? "",
    byOwner: owners ? byOwner(c, owners) : [],
    hasEdges: edges.length > 0,
    edgeCount: count(edges.length),
    edges,
    groupBars: bars,
    hasGroupBars: bars.length > 0,
    folderTree: folderTree(c),
    migrate: migrate.rows,
    hasMigrate: migrate.rows.length > 0,
    migrateCount: count(migrate.total),
    migrateMore: more(migrate.rows.length, migrate.total, "files"),
    stringRefs: refs.rows,
    hasStringRefs: refs.rows.length > 0,
    stringRefCount: count(refs.total),
    stringRefsMore: more(refs.rows.length, refs.total, "string references"),
    filterPaths: options(edges.map((e) => e.path)),
    filterBatches: options(edges.map((e) => e.batch))
  };
}
function reportViewModel(result, context, diagrams2, notes) {
  const f = result.files;
  return {
    toolVersion: result.tool.version,
    hasCommit: context.commit !== void 0,
    commit: context.commit?.slice(0, 12) ?? "",
    scanSummary: [
      `${scannedFiles(f)} scanned`,
      plural(f.parseErrors.length, "parse error"),
      `${count(f.skipped.length)} skipped`
    ].join(" \xB7 "),
    hasParseErrors: f.parseErrors.length > 0,
    parseErrors: f.parseErrors.slice(0, maxParseErrors).map((e) => ({ location: `${e.file}:${e.line}`, message: e.message })),
    hasMoreParseErrors: f.parseErrors.length > maxParseErrors,
    moreParseErrors: `and ${count(f.parseErrors.length - maxParseErrors)} more in result.json`,
    hasSummary: result.consolidations.length > 1,
    summary: summaryRows(result, context),
    consolidations: result.consolidations.map((c, i) => consolidationView(c, i, context, diagrams2, notes[c.id] ?? [])),
    ...fleetField(result)
  };
}
function fleetField(result) {
  const fleet = fleetOf(result);
  return fleet ? { fleet } : {};
}

// dist/reporters/report/fleet-markdown.js
function fleetMarkdown(result) {
  const fleet = fleetOf(result);
  if (!fleet)
    return [];
  const lines = [
    "",
    `## Organisation: ${fleet.repositories} repositories`,
    "",
    `Each repository's files are listed as \`repository/file\`; the sections below sum them. Repositories: ${fleet.names.map((n) => mdCode(n, true)).join(", ")}.`
  ];
  for (const t of fleet.tables) {
    lines.push("", `### ${mdText(t.title)} (${mdCode(t.id)}): deprecated share per repository`, "", `| repository | statements | deprecated | deprecated share | ${t.paths.map((p) => mdCode(p.id, true)).join(" | ")} |`, `| --- | ---: | ---: | ---: | ${t.paths.map(() => "---:").join(" | ")} |`);
    for (const r of [...t.rows, t.total]) {
      const name = r === t.total ? `**${mdText(r.name)}**` : mdCode(r.name, true);
      lines.push(`| ${name} | ${r.statements} | ${r.deprecated} | ${r.share} | ${r.perPath.join(" | ")} |`);
    }
  }
  return lines;
}

// dist/reporters/report/markdown.js
var marks = { met: "\u2705", "not-met": "\u274C", unknown: "\u2754" };
var statusWords = {
  met: "met",
  "not-met": "not met",
  unknown: "unknown"
};
var maxEvidence2 = 5;
function headline(c, context) {
  const h = headlineOf(c, context.before);
  const lines = [
    `**${h.deprecatedShare}** of import statements use deprecated paths (${h.deprecatedStatements} of ${h.statements}); **${h.deprecatedFilesShare}** of importing files (${h.deprecatedFiles} of ${h.files}).`
  ];
  if (h.before)
    lines.push("", `Before: ${h.before.share} of import statements (${mdText(h.before.when)}).`);
  lines.push("", "| path | role | module | files | statements |", "| --- | --- | --- | ---: | ---: |");
  for (const p of c.paths) {
    const module = `${mdCode(p.module, true)}${p.exists ? "" : " (missing)"}`;
    lines.push(`| ${mdCode(p.id, true)} | ${roleLabels[p.role]} | ${module} | ${count(p.files)} | ${count(p.statements)} |`);
  }
  return lines;
}
function phases2(c) {
  if (c.phases.length === 0)
    return [];
  const lines = ["", "### Phases", ""];
  for (const phase of c.phases) {
    const title = phase.title !== phase.id ? ` ${mdText(phase.title)}` : "";
    lines.push(`- ${marks[phase.status]} **${mdText(phase.id)}**${title}${phase.gate ? " (gate)" : ""}: ${statusWords[phase.status]}`);
    for (const k of phase.criteria) {
      const shown = k.evidence.slice(0, maxEvidence2).map((e) => mdCode(e));
      if (k.evidence.length > maxEvidence2)
        shown.push(`and ${count(k.evidence.length - maxEvidence2)} more`);
      const evidence = shown.length > 0 ? `; ${shown.join("; ")}` : "";
      lines.push(`  - ${marks[k.status]} ${mdCode(k.metric)}: ${actualText(k.actual)} (expected ${mdText(k.expected)})${evidence}`);
    }
  }
  return lines;
}
function diagrams(mine, notes) {
  const lines = ["", "### Diagrams"];
  for (const d of mine) {
    lines.push("", `#### ${d.title}`, "", mdText(d.caption), "", "```mermaid", d.mermaid.trimEnd(), "```");
  }
  for (const note of notes)
    lines.push("", `> ${mdText(note)}`);
  return lines;
}
function trend(c, context) {
  const lines = ["", "### Progress over time", ""];
  const progress = trendOf(context, c.id);
  if (!progress || !context.progress)
    return [...lines, `> ${mdText(trendHint(context, c.id))}`];
  lines.push(mdText(trendIntro(context.progress.source, progress)));
  return [...lines, ...progressMarkdownLines(progress, "####")];
}
function batches2(c) {
  const rows2 = c.batches.filter((b) => b.statements > 0);
  if (rows2.length === 0)
    return [];
  const lines = [
    "",
    "### By batch",
    "",
    "| batch | files | statements | deprecated | deprecated share |",
    "| --- | ---: | ---: | ---: | ---: |"
  ];
  for (const b of rows2) {
    const share = percent(b.statements === 0 ? 0 : b.deprecatedStatements / b.statements);
    lines.push(`| ${mdCode(b.id, true)} | ${count(b.files)} | ${count(b.statements)} | ${count(b.deprecatedStatements)} | ${share} |`);
  }
  return lines;
}
function notCounted(c) {
  const n = notCountedOf(c);
  if (!n.any)
    return [];
  const items = [
    ...n.problems.map((p) => `- \u26A0 ${mdText(p)}`),
    ...n.blockers.map((b) => `- ${mdText(b)}`),
    ...n.unrelatedSummary ? [`- ${mdText(n.unrelatedSummary)}`] : [],
    ...n.allowedSummary ? [`- ${mdText(n.allowedSummary)}`] : [],
    ...n.allowed.map((a) => `  - ${mdCode(a.location)} ${mdCode(a.path)}: ${mdText(a.reason)}`)
  ];
  return ["", "### Not counted, and why", "", ...items];
}
function renderReportMarkdown(result, context, set) {
  const f = result.files;
  const meta = [
    `ssot-tracker ${mdText(result.tool.version)}`,
    ...context.commit ? [`commit ${mdCode(context.commit.slice(0, 12))}`] : [],
    `${scannedFiles(f)} scanned`,
    plural(f.parseErrors.length, "parse error"),
    `${count(f.skipped.length)} skipped`
  ];
  const lines = ["# SSOT consolidation report", "", meta.join(" \xB7 "), ...fleetMarkdown(result)];
  for (const c of result.consolidations) {
    lines.push("", `## ${mdText(c.title)} (${mdCode(c.id)})`, "", ...headline(c, context));
    lines.push(...notCounted(c));
    lines.push(...phases2(c));
    lines.push(...diagrams(set.diagrams.filter((d) => d.consolidationId === c.id && !isTrendKind(d.kind)), set.notes[c.id] ?? []));
    lines.push(...trend(c, context));
    lines.push(...batches2(c));
    const deprecated = c.totals.deprecatedStatements;
    if (deprecated > 0) {
      lines.push("", `Every one of the ${plural(deprecated, "deprecated import")}, with owners and links: report.html.`);
    }
  }
  return `${lines.join("\n")}
`;
}

// dist/reporters/index.js
var registry = {
  analyze: analyzeReporters,
  check: {
    text: (report) => renderCheckText(report),
    github: (report) => renderCheckGithub(report),
    sarif: (report) => renderCheckSarif(report),
    junit: (report) => renderCheckJunit(report),
    markdown: (report) => renderCheckMarkdown(report)
  },
  progress: {
    markdown: (view) => renderProgressMarkdown(view),
    html: (view) => renderProgressHtml(view)
  },
  report: {
    html: (r) => renderReportHtml(reportViewModel(r.result, r.context, r.diagrams, r.set.notes), loadReportTemplates()),
    markdown: (r) => renderReportMarkdown(r.result, r.context, r.set)
  }
};
var reportCommands = Object.keys(registry);
function formatsOf(command2) {
  return formatsIn(registry[command2]);
}
function reporter(command2, format) {
  return pickReporter(command2, registry[command2], format);
}

export {
  checkBaseline,
  updatedBaseline,
  checkFailed,
  xml,
  trendChart,
  wideChart,
  narrowChart,
  shareChartSvg,
  pathsLegend,
  pathsChartSvg,
  diagramKinds,
  diagramName,
  batchOfFile,
  Flowchart,
  pathTitle,
  pathStyle,
  currentDiagram,
  targetDiagram,
  trendOf,
  formatsOf,
  reporter
};
