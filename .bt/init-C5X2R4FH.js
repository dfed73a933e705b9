import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  loadConfig,
  require_dist
} from "./chunk-RRBM5MZF.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import {
  deprecationCategories,
  deprecationWarningsOf,
  discoverWorkingTree,
  readFromDisk,
  scanPythonFiles
} from "./chunk-AFIXXXQQ.js";
import {
  absoluteFromModule,
  buildModuleIndex
} from "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import "./chunk-ANWQWNOV.js";
import {
  writeOutput
} from "./chunk-TOPJG2UI.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import {
  pathExists
} from "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  ConfigError,
  InputError
} from "./chunk-XGZIY2SH.js";
import {
  __toESM
} from "./chunk-KBQ5HHDO.js";

// dist/cli/commands/init.js
import { existsSync } from "node:fs";
import path2 from "node:path";

// dist/analyze/detect.js
import path from "node:path";

// dist/analyze/resolve/python-forwarding.js
var machinery = /* @__PURE__ */ new Set(["warnings", "__future__", "typing", "sys", "importlib", "functools"]);
function forwardTarget(file, scan, index) {
  const own = index.moduleOf.get(file);
  const bound = /* @__PURE__ */ new Map();
  const froms = [];
  for (const s of scan.imports) {
    if (s.kind === "import") {
      for (const n of s.names)
        if (n.alias)
          bound.set(n.alias, n.name);
      continue;
    }
    const base = absoluteFromModule(s.module, s.level, own?.package);
    if (base === void 0 || machinery.has(base.split(".")[0] ?? base))
      continue;
    for (const n of s.names) {
      const sub = `${base}.${n.name}`;
      if (n.name !== "*" && index.exists.has(sub))
        bound.set(n.alias ?? n.name, sub);
    }
    if (!s.nested) {
      const star = s.names.some((n) => n.name === "*");
      froms.push({ module: base, names: s.names.length, star });
    }
  }
  const inRepo = (m) => index.exists.has(m) && m !== own?.module;
  const viaGetattr = scan.getattrTargets.map((name) => bound.get(name)).filter((m) => m !== void 0);
  const ranked = [
    ...viaGetattr,
    ...froms.filter((f) => f.star).map((f) => f.module),
    ...froms.filter((f) => !f.star).sort((a, b) => b.names - a.names).map((f) => f.module)
  ].filter((m) => m !== own?.module);
  return ranked.find(inRepo) ?? ranked[0];
}

// dist/analyze/detect.js
async function detectRepository(root) {
  const { files } = discoverWorkingTree({ root, exclude: [], accept: (n) => n.endsWith(".py") });
  const sourceRoots = pathExists(path.join(root, "src")) && files.some((f) => f.file.startsWith("src/")) ? ["src"] : ["."];
  const index = buildModuleIndex(files.map((f) => f.file), sourceRoots);
  const source = { files, skipped: [], readMany: readFromDisk((f) => path.join(root, f)) };
  const { scans } = await scanPythonFiles(files, source);
  const categories = deprecationCategories([...scans.values()].flatMap((s) => s.classes));
  const warningModules = [];
  for (const [file, scan] of [...scans].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const [warning] = deprecationWarningsOf(scan, categories);
    const module = index.moduleOf.get(file)?.module;
    if (!warning || !module)
      continue;
    const canonical = forwardTarget(file, scan, index);
    warningModules.push({ module, message: warning.message, ...canonical ? { canonical } : {} });
  }
  return {
    sourceRoots,
    warningModules,
    hasTests: files.some((f) => /(^|\/)(tests?\/|test_[^/]*\.py$)/.test(f.file)),
    pythonFiles: files.length
  };
}

// dist/config/refresh.js
var import_yaml = __toESM(require_dist(), 1);

// dist/config/starter.js
var yamlString = (s) => JSON.stringify(s);
var placeholderCanonical = "your_package.canonical_module";
function idOf(module, taken) {
  const base = (module.split(".").pop() ?? module).replace(/^[^A-Za-z0-9]+/, "") || "module";
  let id = base;
  for (let i = 2; taken.has(id); i++)
    id = `${base}-${i}`;
  taken.add(id);
  return id;
}
function groupShims(warningModules) {
  const shimSet = new Map(warningModules.map((w) => [w.module, w.canonical]));
  const end = (module) => {
    let at = module;
    const seen = /* @__PURE__ */ new Set();
    while (shimSet.has(at) && !seen.has(at)) {
      seen.add(at);
      const next = shimSet.get(at);
      if (next === void 0)
        return placeholderCanonical;
      at = next;
    }
    return shimSet.has(at) ? placeholderCanonical : at;
  };
  const groups = /* @__PURE__ */ new Map();
  for (const w of warningModules) {
    const canonical = end(w.module);
    groups.set(canonical, [...groups.get(canonical) ?? [], w.module]);
  }
  if (groups.size === 0)
    groups.set(placeholderCanonical, ["your_package.legacy_module"]);
  return [...groups].map(([canonical, shims]) => ({ canonical, shims })).sort((a, b) => a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0);
}
function consolidationText(group, ids, facts) {
  const pathIds = /* @__PURE__ */ new Set(["canonical"]);
  const detected = group.canonical !== placeholderCanonical;
  const pathLines = [
    `      - { id: canonical, module: ${yamlString(group.canonical)}, role: canonical }`,
    ...group.shims.map((m) => `      - { id: ${yamlString(idOf(m, pathIds))}, module: ${yamlString(m)}, role: shim }`)
  ];
  const note = detected ? `    # Detected: these modules warn of their deprecation and forward to ${group.canonical}.
` : facts.warningModules.length > 0 ? "    # Detected: these modules warn of their deprecation; where they forward to was not seen.\n" : "";
  return `  - id: ${yamlString(detected ? idOf(group.canonical, ids) : idOf("my-consolidation", ids))}
    title: ${yamlString(detected ? `${group.canonical} SSOT` : "My SSOT consolidation")}
    # One path per way of importing the same thing. Roles: canonical (the single source
    # of truth), shim (legacy re-export module), direct (implementation imported
    # directly), reexport (a package __init__ that re-exports).
${note}    paths:
${pathLines.join("\n")}
    # symbols: { OldName: NewName }       # renames, for \`ssot migrate\`
    # implementation: { classPattern: "Manager$", include: ["your_package/**"] }
${facts.hasTests ? `    batches:                              # first match wins; the rest is "other"
      - { id: tests, include: ["tests/**", "**/tests/**", "**/test_*.py"] }` : `    batches: []                           # e.g. - { id: tests, include: ["tests/**"] }`}
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
function starterConfig(facts) {
  const ids = /* @__PURE__ */ new Set();
  const consolidations = groupShims(facts.warningModules).map((g) => consolidationText(g, ids, facts));
  return `# ssot-tracker configuration. Reference: README.md ("Configuration").
# Editors complete this file with the JSON Schema in schema/ssot.config.schema.json.
root: .                          # repository root, relative to this file
exclude: []                      # globs on top of .gitignore, e.g. ["backups/**"]
python:
  sourceRoots: ${JSON.stringify(facts.sourceRoots)}           # folders whose children are top-level packages
consolidations:
${consolidations.join("")}`;
}

// dist/config/refresh.js
var idOfPath = (module, taken) => {
  const base = (module.split(".").pop() ?? module).replace(/^[^A-Za-z0-9]+/, "") || "module";
  let id = base;
  for (let i = 2; taken.has(id); i++)
    id = `${base}-${i}`;
  taken.add(id);
  return id;
};
function refreshConfig(file, text, facts) {
  const doc = (0, import_yaml.parseDocument)(text, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    throw new ConfigError(`${file}: cannot refresh: ${doc.errors[0]?.message ?? "invalid YAML"}`);
  const list = doc.get("consolidations", true);
  if (!(0, import_yaml.isSeq)(list))
    throw new ConfigError(`${file}: cannot refresh: \`consolidations\` is not a list`);
  const seq = list;
  const named = /* @__PURE__ */ new Set();
  const byCanonical = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Set();
  for (const c of seq.items) {
    if (!(0, import_yaml.isMap)(c))
      continue;
    const id = c.get("id");
    if (typeof id === "string")
      ids.add(id);
    const paths = c.get("paths", true);
    if (!(0, import_yaml.isSeq)(paths))
      continue;
    for (const p of paths.items) {
      if (!(0, import_yaml.isMap)(p))
        continue;
      const module = p.get("module");
      if (typeof module !== "string")
        continue;
      named.add(module);
      if (p.get("role") === "canonical" && !byCanonical.has(module))
        byCanonical.set(module, c);
    }
  }
  const fresh = facts.warningModules.filter((w) => !named.has(w.module));
  const known = facts.warningModules.length - fresh.length;
  const groups = fresh.length === 0 ? [] : groupShims(fresh);
  const added = [];
  const newConsolidations = [];
  const inserts = [];
  for (const group of groups) {
    const existing = byCanonical.get(group.canonical);
    const paths = existing?.get("paths", true);
    if (existing && (0, import_yaml.isSeq)(paths) && !paths.flow && group.canonical !== placeholderCanonical) {
      const taken = new Set(paths.items.flatMap((p) => (0, import_yaml.isMap)(p) ? [String(p.get("id"))] : []));
      const lines = group.shims.map((shim) => `- { id: ${JSON.stringify(idOfPath(shim, taken))}, module: ${JSON.stringify(shim)}, role: shim }`);
      inserts.push(afterItem(text, paths.items.at(-1), lines.join("\n")));
      added.push(...group.shims);
      continue;
    }
    const yaml = consolidationText(group, ids, facts).replace(/^ {2}/gm, "").trimEnd();
    inserts.push(afterItem(text, seq.flow ? void 0 : seq.items.at(-1), yaml));
    added.push(...group.shims);
    newConsolidations.push(...group.shims);
  }
  let out = text;
  for (const { at, text: piece } of inserts.sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + piece + out.slice(at);
  return { text: out, added, newConsolidations, known };
}
function afterItem(text, item, block) {
  const range = item?.range;
  if (!range)
    throw new ConfigError("cannot refresh: the list to extend is empty or written in flow style ([...]); write it as a block list");
  const lineStart = text.lastIndexOf("\n", range[0] - 1) + 1;
  const dash = text.lastIndexOf("-", range[0]);
  const indent = " ".repeat(Math.max(0, dash - lineStart));
  const eol = text.indexOf("\n", range[1] - 1);
  const at = eol < 0 ? text.length : eol;
  const body = block.split("\n").map((line) => line === "" ? line : indent + line).join("\n");
  return { at, text: `
${body}` };
}

// dist/cli/commands/init.js
var options = (y) => y.option("force", {
  type: "boolean",
  default: false,
  describe: "overwrite an existing config"
}).option("discover", {
  type: "boolean",
  default: false,
  describe: "add newly detected shims to the existing config, keeping every edit"
});
var command = defineCommand({
  name: "init",
  description: "write a commented starter config, prefilled from what can be detected",
  options,
  run: (a, io) => runInit({ ...a.config ? { config: a.config } : {}, force: a.force, discover: a.discover }, io)
});
async function runInit(args, io) {
  const target = path2.resolve(io.cwd, args.config ?? "ssot.config.yaml");
  if (args.discover && existsSync(target))
    return runDiscover(target, io);
  if (existsSync(target) && !args.force) {
    throw new InputError(`${target}: already exists; pass --force to overwrite it, or --discover to add the newly detected shims to it`);
  }
  const facts = await detectRepository(path2.dirname(target));
  writeOutput(io.cwd, target, starterConfig(facts));
  io.stdout.write(`wrote ${path2.relative(io.cwd, target) || target} (${facts.pythonFiles} Python files seen; ${facts.warningModules.length} deprecated module${facts.warningModules.length === 1 ? "" : "s"} detected). Edit the paths, then run \`ssot analyze\`.
`);
  return ExitCode.ok;
}
async function runDiscover(target, io) {
  if (!/\.ya?ml$/.test(target))
    throw new InputError(`${target}: --discover refreshes YAML configs only`);
  const text = readRegularText(target, { what: "the config" }) ?? "";
  const facts = await detectRepository(path2.dirname(target));
  const refreshed = refreshConfig(target, text, facts);
  const name = path2.relative(io.cwd, target) || target;
  if (refreshed.added.length === 0) {
    io.stdout.write(`${name}: up to date (${facts.warningModules.length} deprecated modules detected, all configured)
`);
    return ExitCode.ok;
  }
  writeOutput(io.cwd, target, refreshed.text);
  loadConfig(io.cwd, target, { allowOutsideRoot: true });
  io.stdout.write(`updated ${name}: ${refreshed.added.length} newly detected shim${refreshed.added.length === 1 ? "" : "s"} added (${refreshed.newConsolidations.length} in new consolidations), ${refreshed.known} already configured. Check the new paths, then run \`ssot analyze\`.
`);
  return ExitCode.ok;
}
export {
  command
};
