import type { GateOutcome } from "../../check/compare.js";
import type { DeprecatedEdge } from "../../check/identity.js";
import { type CheckReport, newEdgesFail } from "../../check/report.js";
import { xml, xmlComment } from "../escape/xml.js";
import { criterionText, newEdgeMessage } from "./words.js";

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  failure?: { type: string; message: string; body: string };
  skipped?: string;
}

function edgeCase(e: DeprecatedEdge, accepted: boolean): TestCase {
  const name = `${e.file}:${e.line} ${e.statement}`;
  const message = newEdgeMessage(e);
  return {
    name,
    classname: `ssot.${e.consolidation}.new-deprecated-imports`,
    file: e.file,
    line: e.line,
    ...(accepted
      ? { skipped: `accepted into the baseline: ${message}` }
      : { failure: { type: `ssot/${e.role}`, message, body: `${e.file}:${e.line}: ${message}` } }),
  };
}

function gateCase(g: GateOutcome): TestCase {
  const base = { name: `gate ${g.phase} (${g.title})`, classname: `ssot.${g.consolidation}.gates` };
  if (g.status === "not-met") {
    const body = g.failing.map(criterionText).join("\n");
    return { ...base, failure: { type: "ssot/gate", message: `${g.phase}: not met`, body } };
  }
  if (g.status === "unknown")
    return { ...base, skipped: `unknown: ${g.unknown.map(criterionText).join("; ")}` };
  return base;
}

function caseXml(t: TestCase): string {
  const attrs = [
    `name="${xml(t.name)}"`,
    `classname="${xml(t.classname)}"`,
    ...(t.file !== undefined ? [`file="${xml(t.file)}"`] : []),
    ...(t.line !== undefined ? [`line="${t.line}"`] : []),
  ].join(" ");
  if (t.failure) {
    const f = t.failure;
    return `    <testcase ${attrs}>\n      <failure type="${xml(f.type)}" message="${xml(f.message)}">${xml(f.body)}</failure>\n    </testcase>`;
  }
  if (t.skipped !== undefined)
    return `    <testcase ${attrs}>\n      <skipped message="${xml(t.skipped)}"/>\n    </testcase>`;
  return `    <testcase ${attrs}/>`;
}

function suiteXml(name: string, cases: TestCase[]): string {
  const failures = cases.filter((t) => t.failure).length;
  const skipped = cases.filter((t) => t.skipped !== undefined).length;
  const head = `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`;
  return [head, ...cases.map(caseXml), "  </testsuite>"].join("\n");
}

/**
 * JUnit XML for CI dashboards: per consolidation, one failing test case per new deprecated
 * import (or one passing case when there is none) and one case per gate.
 */
export function renderCheckJunit(report: CheckReport): string {
  const { outcome } = report;
  const accepted = !newEdgesFail(report);
  const ids = [
    ...new Set([...outcome.consolidations, ...outcome.newEdges.map((e) => e.consolidation)]),
  ];
  const suites = ids.map((id) => {
    const edges = outcome.newEdges
      .filter((e) => e.consolidation === id)
      .map((e) => edgeCase(e, accepted));
    const none: TestCase = {
      name: "no new deprecated imports",
      classname: `ssot.${id}.new-deprecated-imports`,
    };
    const gates = outcome.gates.filter((g) => g.consolidation === id).map(gateCase);
    return { id, cases: [...(edges.length > 0 ? edges : [none]), ...gates] };
  });
  if (outcome.unanalysed.length > 0) {
    const cases = outcome.unanalysed.map((s) => ({
      name: `${s.file} not analysed`,
      classname: "ssot.files",
      failure: { type: "ssot/not-analysed", message: s.reason, body: `${s.file}: ${s.reason}` },
    }));
    suites.push({ id: "files", cases });
  }
  const all = suites.flatMap((s) => s.cases);
  const failures = all.filter((t) => t.failure).length;
  const skipped = all.filter((t) => t.skipped !== undefined).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ssot-tracker ${xmlComment(report.toolVersion)} -->`,
    `<testsuites name="ssot check" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites.map((s) => suiteXml(`ssot check: ${s.id}`, s.cases)),
    "</testsuites>",
    "",
  ].join("\n");
}
