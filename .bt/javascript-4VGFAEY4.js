import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  contentHash,
  globFilter,
  isJavaScriptSource,
  isResolutionConfig,
  javascriptEnvironment,
  unsafeTreePath
} from "./chunk-RZVQHAKH.js";
import "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  assertReadable,
  classPattern,
  consolidationLanguage,
  javascriptExtensions,
  pathExists,
  readBytes,
  require_picomatch
} from "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import {
  installedPackagesStamp
} from "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import {
  writeAll
} from "./chunk-GVSHMJPT.js";
import {
  ConfigError,
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";
import {
  __toESM
} from "./chunk-KBQ5HHDO.js";

// dist/analyze/resolve/javascript.js
import path3 from "node:path";

// dist/languages/javascript/cruise.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
var firstUnsupportedTypeScript = 7;
function assertSupportedTypeScript(version, where) {
  const major = Number.parseInt(version, 10);
  if (!(major < firstUnsupportedTypeScript)) {
    throw new InputError(`typescript ${version} (${where}) is not supported by dependency-cruiser 17, which would silently skip every .ts file: install typescript ~5.9`);
  }
}
function cruiserTypeScript() {
  const require2 = createRequire(import.meta.url);
  const dir = (require2.resolve.paths("dependency-cruiser") ?? []).map((modules) => path.join(modules, "dependency-cruiser")).find((candidate) => existsSync(path.join(candidate, "package.json")));
  if (!dir)
    throw new InputError("dependency-cruiser is not installed: reinstall ssot-tracker");
  const manifest = path.join(dir, "package.json");
  try {
    const where = createRequire(manifest).resolve("typescript/package.json");
    return { version: createRequire(manifest)(where).version, where };
  } catch (error) {
    throw new InputError("typescript is not installed beside dependency-cruiser: install ~5.9", {
      cause: error
    });
  }
}
function startPoints(files) {
  const out = /* @__PURE__ */ new Set();
  for (const file of files) {
    const scan = import_picomatch.default.scan(file);
    out.add(scan.isGlob ? scan.base || "." : file);
  }
  return [...out].sort();
}
async function parsedTsConfig(file) {
  const { default: extractTSConfig } = await import("dependency-cruiser/config-utl/extract-ts-config");
  try {
    return extractTSConfig(file);
  } catch (error) {
    throw new InputError(`${file}: ${error.message.trim()}`, { cause: error });
  }
}
function cruiseOptions(input) {
  return {
    // Everything is relative to `dir`, never to the process's working folder.
    baseDir: input.dir,
    // Parse TypeScript before compilation: type-only imports count as statements too.
    tsPreCompilationDeps: true,
    // Neither walked into (the folder itself matches too) nor followed into.
    doNotFollow: { path: "(^|/)node_modules(/|$)" },
    exclude: { path: "(^|/)\\.git(/|$)" },
    moduleSystems: ["es6", "cjs"],
    // Resolve mocked modules too: they become string references.
    exoticRequireStrings: ["jest.mock", "vi.mock"],
    skipAnalysisNotInRules: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"]
    },
    ...input.tsConfig ? { tsConfig: { fileName: input.tsConfig } } : {},
    ...input.maxDepth ? { maxDepth: input.maxDepth } : {}
  };
}
async function resolveImports(input) {
  const resolutions = /* @__PURE__ */ new Map();
  if (input.files.length === 0)
    return resolutions;
  const ts = cruiserTypeScript();
  assertSupportedTypeScript(ts.version, ts.where);
  const { cruise } = await import("dependency-cruiser");
  const tsConfig = input.tsConfig ? await parsedTsConfig(input.tsConfig) : void 0;
  let result;
  try {
    const { output } = await cruise(startPoints(input.files), cruiseOptions(input), {}, tsConfig ? { tsConfig } : {});
    if (typeof output === "string")
      throw new Error("dependency-cruiser returned text");
    result = output;
  } catch (error) {
    throw new InputError(`dependency-cruiser failed in ${input.dir}: ${error.message}`, {
      cause: error
    });
  }
  const wanted = new Set(input.files);
  for (const module of result.modules) {
    if (!wanted.has(module.source))
      continue;
    const bySpecifier = /* @__PURE__ */ new Map();
    for (const d of module.dependencies) {
      if (!d.couldNotResolve && !d.coreModule && !bySpecifier.has(d.module))
        bySpecifier.set(d.module, d.resolved);
    }
    resolutions.set(module.source, bySpecifier);
  }
  return resolutions;
}

// dist/workspace/materialise.js
import { closeSync, constants, existsSync as existsSync2, lstatSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";
function folderFor(dir, file) {
  let at = dir;
  for (const part of file.split("/").slice(0, -1)) {
    at = path2.join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (st === void 0)
      mkdirSync(at);
    else if (!st.isDirectory() || st.isSymbolicLink())
      throw new InputError(`${file}: a part of its path is not a folder in the commit's tree`);
  }
  return at;
}
function writeNew(dir, file, bytes) {
  const unsafe = unsafeTreePath(file);
  const abs = path2.resolve(dir, file);
  if (unsafe || !abs.startsWith(`${dir}${path2.sep}`))
    throw new InputError(`${file}: unsafe path in the commit (${unsafe ?? "outside"}): not written`);
  folderFor(dir, file);
  const fd = openSync(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 420);
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
function materialise(contents, root) {
  const dir = mkdtempSync(path2.join(os.tmpdir(), "ssot-js-"));
  try {
    for (const [file, bytes] of contents) {
      writeNew(dir, file, bytes);
      if (path2.posix.basename(file) === "package.json") {
        const installed = path2.join(root, path2.dirname(file), "node_modules");
        const link = path2.join(dir, path2.dirname(file), "node_modules");
        if (existsSync2(installed) && !lstatSync(link, { throwIfNoEntry: false }))
          symlinkSync(installed, link, "dir");
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// dist/analyze/resolve/javascript.js
function javascriptPaths(files) {
  const fileOf = (module) => {
    const m = module.replace(/^\.\//, "").replace(/\/+$/, "");
    if (files.has(m))
      return m;
    for (const candidate of [
      ...javascriptExtensions.map((ext) => `${m}${ext}`),
      ...javascriptExtensions.map((ext) => `${m}/index${ext}`)
    ]) {
      if (files.has(candidate))
        return candidate;
    }
    return void 0;
  };
  return { fileOf, exists: (module) => fileOf(module) !== void 0, candidates: () => files };
}
function tsConfigIn(dir, config) {
  const configured = config.javascript.tsConfig;
  if (configured === void 0) {
    const fallback = path3.join(dir, "tsconfig.json");
    return pathExists(fallback) ? fallback : void 0;
  }
  const file = path3.resolve(dir, configured);
  if (pathExists(file))
    return file;
  if (dir !== config.root)
    throw new InputError(`javascript.tsConfig: ${configured} is not in the analysed commit`);
  throw new ConfigError(`${config.file}: javascript.tsConfig: ${configured} does not exist under the repository root ${config.root}`);
}
function readSources(source) {
  const skipped = [];
  const unreadable = (file, why) => skipped.push({ file, reason: `cannot read: ${why}` });
  const absPath = source.absPath;
  if (absPath) {
    const items2 = [];
    for (const { file, version } of source.files.filter((f) => isJavaScriptSource(f.file))) {
      try {
        assertReadable(absPath(file));
        items2.push({ file, version, abs: absPath(file) });
      } catch (error) {
        unreadable(file, errorCode(error));
      }
    }
    return { items: items2, skipped, contents: void 0 };
  }
  const wanted = source.files.filter((f) => isJavaScriptSource(f.file) || isResolutionConfig(f.file));
  const read = source.readMany(wanted);
  const contents = /* @__PURE__ */ new Map();
  for (const { file } of wanted) {
    const bytes = read.get(file);
    if (bytes instanceof Uint8Array)
      contents.set(file, bytes);
    else if (isJavaScriptSource(file))
      unreadable(file, bytes ? errorCode(bytes) : "not found");
  }
  const versions = new Map(wanted.map((f) => [f.file, f.version]));
  const items = [...contents].filter(([file]) => isJavaScriptSource(file)).map(([file, bytes]) => ({ file, version: versions.get(file) ?? "", bytes }));
  return { items, skipped, contents };
}
function relevance(consolidations, paths) {
  const js = consolidations.filter((c) => consolidationLanguage(c) === "javascript");
  const pathFiles = new Set(js.flatMap((c) => c.paths.map((p) => paths.fileOf(p.module) ?? "")));
  const wanted = js.flatMap(({ implementation: spec }) => spec ? [
    {
      pattern: classPattern(spec.classPattern),
      inScope: globFilter(spec.include, spec.exclude)
    }
  ] : []);
  return {
    reachesPath: (resolved) => resolved !== void 0 && [...resolved.values()].some((file) => pathFiles.has(file)),
    wantsClasses: (file) => wanted.some((w) => w.inScope(file)),
    /** A cheap text test first: only a file naming such a class is located for it. */
    mayDeclare: (file, names) => wanted.some((w) => w.inScope(file) && names.some((name) => w.pattern.test(name)))
  };
}
var nothing = { imports: [], mocks: [], classes: [] };
var bytesOf = (item) => item.bytes ?? readBytes(item.abs ?? "");
function environmentOf(config, source, sources, tsConfig) {
  const configs = source.files.filter((f) => isResolutionConfig(f.file));
  const read = source.readMany(configs);
  return javascriptEnvironment({
    tool: toolVersion,
    settings: config.javascript,
    tsConfig: tsConfig === void 0 ? void 0 : path3.relative(config.root, tsConfig),
    sources,
    configs: configs.map(({ file }) => {
      const bytes = read.get(file);
      return [file, bytes instanceof Uint8Array ? contentHash(bytes) : "unreadable"];
    }),
    packages: installedPackagesStamp(config.root)
  });
}
async function analyzeJavaScript(config, source, store) {
  const { items, skipped, contents } = readSources(source);
  const names = items.map((i) => i.file);
  const written = contents && names.length > 0 ? materialise(contents, config.root) : void 0;
  const known = /* @__PURE__ */ new Map();
  let cache;
  let resolutions;
  try {
    const dir = written?.dir ?? config.root;
    const tsConfig = names.length > 0 ? tsConfigIn(dir, config) : void 0;
    if (store && !written && names.length > 0)
      cache = store.open(environmentOf(config, source, names, tsConfig));
    const toCruise = [];
    for (const item of items) {
      const hit = cache?.get(item.file, item.version, () => readOrUndefined(item));
      if (hit)
        known.set(item.file, hit);
      else
        toCruise.push(item);
    }
    const hashes = cache ? toCruise.map((item) => readOrUndefined(item)) : [];
    resolutions = await resolveImports({
      dir,
      files: toCruise.map((i) => i.file),
      ...tsConfig ? { tsConfig } : {},
      // The other files' resolutions are known: resolve these files' imports, follow none.
      ...known.size > 0 ? { maxDepth: 1 } : {}
    });
    toCruise.forEach((item, i) => {
      const bytes = hashes[i];
      const resolved = resolutions.get(item.file);
      if (bytes)
        cache?.set(item.file, item.version, contentHash(bytes), {
          resolved: resolved ? [...resolved] : null
        });
    });
  } finally {
    written?.dispose();
  }
  for (const [file, facts] of known) {
    if (facts.resolved)
      resolutions.set(file, new Map(facts.resolved));
  }
  const files = await locate(config, items, resolutions, known, skipped, cache);
  return {
    files,
    resolutions,
    paths: javascriptPaths(new Set(files.map((f) => f.file))),
    skipped
  };
}
function readOrUndefined(item) {
  try {
    return bytesOf(item);
  } catch {
    return void 0;
  }
}
async function locate(config, items, resolutions, known, skipped, cache) {
  const relevant = relevance(config.consolidations, javascriptPaths(new Set(items.map((i) => i.file))));
  const decoder = new TextDecoder("utf-8");
  let locations;
  const files = [];
  for (const item of items) {
    const { file } = item;
    const reaches = relevant.reachesPath(resolutions.get(file));
    if (!reaches && !relevant.wantsClasses(file)) {
      files.push({ file, ...nothing });
      continue;
    }
    const hit = known.get(file);
    let text;
    const read = () => text ??= decoder.decode(bytesOf(item));
    try {
      let wanted = reaches;
      if (!wanted) {
        let candidates = hit?.candidates;
        if (candidates === void 0) {
          locations ??= await import("./locations-34DFBIDR.js");
          candidates = locations.classNameCandidates(read());
          cache?.add(file, { candidates });
        }
        wanted = relevant.mayDeclare(file, candidates);
      }
      let located = nothing;
      if (wanted) {
        located = hit?.located ?? nothing;
        if (hit?.located === void 0) {
          locations ??= await import("./locations-34DFBIDR.js");
          located = locations.locateImports(read());
          cache?.add(file, { located });
        }
      }
      files.push({ file, ...located });
    } catch (error) {
      skipped.push({ file, reason: `cannot read: ${errorCode(error)}` });
    }
  }
  return files;
}
export {
  analyzeJavaScript,
  javascriptPaths
};
