import { identityKey } from "../../check/identity.js";
import { type CheckReport, newEdgesFail } from "../../check/report.js";
import { visibleJson } from "../escape/terminal.js";
import { relativeUri } from "../escape/xml.js";
import { newEdgeMessage } from "./words.js";

/** One rule per deprecated path role, in a fixed order so rule indexes never move. */
const rules = [
  {
    role: "shim",
    name: "DeprecatedShimImport",
    text: "Import through a deprecated re-export shim",
    help: "This module only re-exports the canonical implementation and is deprecated. Import from the canonical module instead.",
  },
  {
    role: "direct",
    name: "DeprecatedDirectImport",
    text: "Direct import of an implementation module",
    help: "The implementation module is imported directly instead of through the canonical module. Import from the canonical module instead.",
  },
  {
    role: "reexport",
    name: "DeprecatedReexportImport",
    text: "Import through a re-exporting package",
    help: "The package re-exports the canonical implementation; that path is deprecated. Import from the canonical module instead.",
  },
] as const;

export const sarifSchemaUri =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one result per new
 * deprecated import, on its file and line relative to SRCROOT (the repository root), with
 * a fingerprint from its identity so an alert follows the import when lines move.
 */
export function renderCheckSarif(report: CheckReport): string {
  // New imports that went into the baseline (--allow-growth) are warnings, not errors.
  const newLevel = newEdgesFail(report) ? "error" : "warning";
  const edges = [
    ...report.outcome.newEdges.map((e) => ({ e, level: newLevel, what: "new deprecated import" })),
    // --backlog: the imports the baseline accepts, as notes (the work left, not a failure).
    ...(report.backlog
      ? report.outcome.knownEdges.map((e) => ({
          e,
          level: "note",
          what: "deprecated import (in the baseline)",
        }))
      : []),
  ];
  const results = edges.map(({ e, level, what }) => {
    const ruleIndex = rules.findIndex((r) => r.role === e.role);
    const fix = report.fixes?.get(identityKey(e));
    return {
      ruleId: `ssot/${e.role}`,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level,
      message: { text: newEdgeMessage(e, what) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(e.file), uriBaseId: "SRCROOT" },
            region: { startLine: e.line },
          },
        },
      ],
      partialFingerprints: {
        "ssotIdentity/v1": [e.consolidation, e.file, e.path, e.names.join(","), e.occurrence].join(
          "|",
        ),
      },
      ...(fix
        ? {
            fixes: [
              {
                description: { text: fix.description },
                artifactChanges: [
                  {
                    artifactLocation: { uri: relativeUri(e.file), uriBaseId: "SRCROOT" },
                    replacements: fix.replacements,
                  },
                ],
              },
            ],
          }
        : {}),
      properties: {
        consolidation: e.consolidation,
        path: e.path,
        module: e.module,
        batch: e.batch,
        ...(report.canonical?.[e.consolidation]
          ? { canonical: report.canonical[e.consolidation] }
          : {}),
        ...(e.suggestion ? { use: e.suggestion } : {}),
        ...(e.blocked.length > 0 ? { blocked: e.blocked } : {}),
      },
    };
  });
  const canonical = Object.entries(report.canonical ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const canonicalText =
    canonical.length > 0
      ? ` The canonical module: ${canonical.map(([id, m]) => `${m} (${id})`).join(", ")}.`
      : "";
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
                text: `${r.text}: a deprecated path of a single-source-of-truth consolidation.`,
              },
              help: {
                text: `${r.help}${canonicalText} \`ssot migrate --write\` rewrites the imports it can.`,
              },
              defaultConfiguration: { level: "error" },
              properties: { tags: ["maintainability", "ssot"] },
            })),
          },
        },
        originalUriBaseIds: {
          SRCROOT: { description: { text: "The repository root (the config's root folder)." } },
        },
        results,
      },
    ],
  };
  return `${visibleJson(JSON.stringify(log, null, 2))}\n`;
}
