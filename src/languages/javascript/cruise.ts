import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ICruiseOptions, ICruiseResult } from "dependency-cruiser";
import picomatch from "picomatch";
import { InputError } from "../../util/errors.js";

/** Importing file -> (specifier as written -> the repository file it resolves to). */
export type Resolutions = Map<string, Map<string, string>>;

export interface CruiseInput {
  /** The folder holding the files (the repository root, or a commit written out to disk). */
  dir: string;
  /** Repository-relative posix paths of the JS/TS files to analyse. */
  files: readonly string[];
  /** Absolute path of the tsconfig whose `paths`/`baseUrl` resolve aliases, if any. */
  tsConfig?: string;
}

/** dependency-cruiser 17 reads TypeScript from 2.x up to, not including, 7. */
const firstUnsupportedTypeScript = 7;

/** Fail clearly where dependency-cruiser would silently skip every .ts file. */
export function assertSupportedTypeScript(version: string, where: string): void {
  const major = Number.parseInt(version, 10);
  if (!(major < firstUnsupportedTypeScript)) {
    throw new InputError(
      `typescript ${version} (${where}) is not supported by dependency-cruiser 17, which would silently skip every .ts file: install typescript ~5.9`,
    );
  }
}

/**
 * The TypeScript that dependency-cruiser loads: resolved from its own folder, as it does.
 * Its package.json is not exported, so its folder is found along the module lookup paths.
 */
function cruiserTypeScript(): { version: string; where: string } {
  const require = createRequire(import.meta.url);
  const dir = (require.resolve.paths("dependency-cruiser") ?? [])
    .map((modules) => path.join(modules, "dependency-cruiser"))
    .find((candidate) => existsSync(path.join(candidate, "package.json")));
  if (!dir) throw new InputError("dependency-cruiser is not installed: reinstall ssot-tracker");
  const manifest = path.join(dir, "package.json");
  try {
    const where = createRequire(manifest).resolve("typescript/package.json");
    return { version: (createRequire(manifest)(where) as { version: string }).version, where };
  } catch (error) {
    throw new InputError("typescript is not installed beside dependency-cruiser: install ~5.9", {
      cause: error,
    });
  }
}

/**
 * What to hand dependency-cruiser as start points. It reads a path with glob characters
 * (Next.js `app/[id]/page.tsx`, route groups `(auth)/…`) as a glob and lists its whole base
 * folder recursively for each one, node_modules included; so such a path is replaced by that
 * folder, listed once. Extra files cruised there are ignored.
 */
export function startPoints(files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    const scan = picomatch.scan(file);
    out.add(scan.isGlob ? scan.base || "." : file);
  }
  return [...out].sort();
}

async function parsedTsConfig(file: string): Promise<unknown> {
  const { default: extractTSConfig } = await import(
    "dependency-cruiser/config-utl/extract-ts-config"
  );
  try {
    return extractTSConfig(file);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message.trim()}`, { cause: error });
  }
}

function cruiseOptions(input: CruiseInput): ICruiseOptions {
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
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    ...(input.tsConfig ? { tsConfig: { fileName: input.tsConfig } } : {}),
  };
}

/**
 * Resolve every import of the given files with dependency-cruiser, in one `cruise()`.
 * Unresolvable imports (packages not installed, core modules, missing files) are left out.
 */
export async function resolveImports(input: CruiseInput): Promise<Resolutions> {
  const resolutions: Resolutions = new Map();
  if (input.files.length === 0) return resolutions;
  const ts = cruiserTypeScript();
  assertSupportedTypeScript(ts.version, ts.where);
  const { cruise } = await import("dependency-cruiser");
  const tsConfig = input.tsConfig ? await parsedTsConfig(input.tsConfig) : undefined;
  let result: ICruiseResult;
  try {
    const { output } = await cruise(
      startPoints(input.files),
      cruiseOptions(input),
      {},
      tsConfig ? { tsConfig } : {},
    );
    if (typeof output === "string") throw new Error("dependency-cruiser returned text");
    result = output;
  } catch (error) {
    throw new InputError(`dependency-cruiser failed in ${input.dir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const wanted = new Set(input.files);
  for (const module of result.modules) {
    if (!wanted.has(module.source)) continue;
    const bySpecifier = new Map<string, string>();
    for (const d of module.dependencies) {
      if (!d.couldNotResolve && !d.coreModule && !bySpecifier.has(d.module))
        bySpecifier.set(d.module, d.resolved);
    }
    resolutions.set(module.source, bySpecifier);
  }
  return resolutions;
}
