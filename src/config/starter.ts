/** Facts the starter config is prefilled from (see analyze/detect.ts). */
export interface StarterFacts {
  sourceRoots: string[];
  warningModules: { module: string; message: string }[];
  hasTests: boolean;
}

const yamlString = (s: string) => JSON.stringify(s);

/** A commented starter `ssot.config.yaml`; valid as written, to be edited by the user. */
export function starterConfig(facts: StarterFacts): string {
  const canonical = "your_package.canonical_module";
  const shims =
    facts.warningModules.length > 0
      ? facts.warningModules.map((w) => w.module)
      : ["your_package.legacy_module"];
  const pathLines = [
    `      - { id: canonical, module: ${yamlString(canonical)}, role: canonical }`,
    ...shims.map(
      (m, i) =>
        `      - { id: ${yamlString(shims.length === 1 ? "legacy" : `legacy-${i + 1}`)}, module: ${yamlString(m)}, role: shim }`,
    ),
  ];
  const detectedNote =
    facts.warningModules.length > 0
      ? "    # The shims below were detected: they raise a module-level DeprecationWarning.\n"
      : "";
  return `# ssot-tracker configuration. Reference: README.md ("Configuration").
# Editors complete this file with the JSON Schema in schema/ssot.config.schema.json.
root: .                          # repository root, relative to this file
exclude: []                      # globs on top of .gitignore, e.g. ["backups/**"]
python:
  sourceRoots: ${JSON.stringify(facts.sourceRoots)}           # folders whose children are top-level packages
consolidations:
  - id: my-consolidation
    title: My SSOT consolidation
    # One path per way of importing the same thing. Roles: canonical (the single source
    # of truth), shim (legacy re-export module), direct (implementation imported
    # directly), reexport (a package __init__ that re-exports).
${detectedNote}    paths:
${pathLines.join("\n")}
    # symbols: { OldName: NewName }       # renames, for \`ssot migrate\`
    # implementation: { classPattern: "Manager$", include: ["your_package/**"] }
    batches:                              # first match wins; the rest is "other"
${facts.hasTests ? '      - { id: tests, include: ["tests/**", "**/tests/**", "**/test_*.py"] }' : '      - { id: tests, include: ["tests/**", "**/test_*.py"] }'}
    phases:
      - id: phase-1
        title: Deprecation warnings everywhere
        criteria:
          - { metric: deprecation-warnings, min: 1.0 }
      - id: phase-2
        title: Imports migrated
        gate: false                       # true: \`ssot check\` fails while not met
        criteria:
          - { metric: deprecated-share, max: 0.10 }
      - id: phase-3
        title: Legacy modules removed
        criteria:
          - { metric: deprecated-modules-present, max: 0 }
`;
}
