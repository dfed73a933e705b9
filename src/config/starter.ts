/** Facts the starter config is prefilled from (see analyze/detect.ts). */
export interface StarterFacts {
  sourceRoots: string[];
  warningModules: { module: string; message: string; canonical?: string }[];
  hasTests: boolean;
}

const yamlString = (s: string) => JSON.stringify(s);

export const placeholderCanonical = "your_package.canonical_module";

/** An id the config accepts, from a dotted module's last part (`_impl` -> `impl`). */
function idOf(module: string, taken: Set<string>): string {
  const base = (module.split(".").pop() ?? module).replace(/^[^A-Za-z0-9]+/, "") || "module";
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/**
 * Shims grouped by the module they forward to, following shim-to-shim forwarding to its
 * end, so that each consolidation has one canonical module and analyses as written.
 */
export function groupShims(
  warningModules: StarterFacts["warningModules"],
): { canonical: string; shims: string[] }[] {
  const shimSet = new Map(warningModules.map((w) => [w.module, w.canonical]));
  const end = (module: string): string => {
    let at = module;
    const seen = new Set<string>();
    while (shimSet.has(at) && !seen.has(at)) {
      seen.add(at);
      const next = shimSet.get(at);
      if (next === undefined) return placeholderCanonical;
      at = next;
    }
    return shimSet.has(at) ? placeholderCanonical : at;
  };
  const groups = new Map<string, string[]>();
  for (const w of warningModules) {
    const canonical = end(w.module);
    groups.set(canonical, [...(groups.get(canonical) ?? []), w.module]);
  }
  if (groups.size === 0) groups.set(placeholderCanonical, ["your_package.legacy_module"]);
  return [...groups]
    .map(([canonical, shims]) => ({ canonical, shims }))
    .sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
}

export function consolidationText(
  group: { canonical: string; shims: string[] },
  ids: Set<string>,
  facts: StarterFacts,
): string {
  const pathIds = new Set(["canonical"]);
  const detected = group.canonical !== placeholderCanonical;
  const pathLines = [
    `      - { id: canonical, module: ${yamlString(group.canonical)}, role: canonical }`,
    ...group.shims.map(
      (m) =>
        `      - { id: ${yamlString(idOf(m, pathIds))}, module: ${yamlString(m)}, role: shim }`,
    ),
  ];
  const note = detected
    ? `    # Detected: these modules warn of their deprecation and forward to ${group.canonical}.\n`
    : facts.warningModules.length > 0
      ? "    # Detected: these modules warn of their deprecation; where they forward to was not seen.\n"
      : "";
  return `  - id: ${yamlString(detected ? idOf(group.canonical, ids) : idOf("my-consolidation", ids))}
    title: ${yamlString(detected ? `${group.canonical} SSOT` : "My SSOT consolidation")}
    # One path per way of importing the same thing. Roles: canonical (the single source
    # of truth), shim (legacy re-export module), direct (implementation imported
    # directly), reexport (a package __init__ that re-exports).
${note}    paths:
${pathLines.join("\n")}
    # symbols: { OldName: NewName }       # renames, for \`ssot migrate\`
    # implementation: { classPattern: "Manager$", include: ["your_package/**"] }
${
  facts.hasTests
    ? `    batches:                              # first match wins; the rest is "other"
      - { id: tests, include: ["tests/**", "**/tests/**", "**/test_*.py"] }`
    : `    batches: []                           # e.g. - { id: tests, include: ["tests/**"] }`
}
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

/** A commented starter `ssot.config.yaml`; valid as written, to be edited by the user. */
export function starterConfig(facts: StarterFacts): string {
  const ids = new Set<string>();
  const consolidations = groupShims(facts.warningModules).map((g) =>
    consolidationText(g, ids, facts),
  );
  return `# ssot-tracker configuration. Reference: README.md ("Configuration").
# Editors complete this file with the JSON Schema in schema/ssot.config.schema.json.
root: .                          # repository root, relative to this file
exclude: []                      # globs on top of .gitignore, e.g. ["backups/**"]
python:
  sourceRoots: ${JSON.stringify(facts.sourceRoots)}           # folders whose children are top-level packages
consolidations:
${consolidations.join("")}`;
}
