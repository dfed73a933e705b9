import path from "node:path";

const posix = path.posix;

/** Extensions a specifier may write for a file of another extension (NodeNext: `./x.js` -> x.ts). */
const writtenFor: Record<string, readonly string[]> = {
  ".js": [".js", ".ts", ".tsx", ".jsx"],
  ".jsx": [".jsx", ".tsx"],
  ".mjs": [".mjs", ".mts"],
  ".cjs": [".cjs", ".cts"],
  ".ts": [".ts"],
  ".tsx": [".tsx"],
  ".mts": [".mts"],
  ".cts": [".cts"],
};

const stripExt = (file: string) => file.slice(0, file.length - posix.extname(file).length);

/** How a specifier names its file: with the file's own extension, without one, another one, or its folder. */
type Style =
  | { kind: "real" }
  | { kind: "none" }
  | { kind: "written"; ext: string }
  | { kind: "folder" };

interface Reading {
  style: Style;
  /** The specifier without what the style adds (no extension; no trailing slash). */
  specPath: string;
  /** The repository path that `specPath` stands for. */
  targetPath: string;
}

/** How `spec` names the repository file `target`, judged by its last part; undefined if it does not. */
function readSpecifier(spec: string, target: string): Reading | undefined {
  const trimmed = spec.replace(/\/+$/, "");
  const last = posix.basename(trimmed);
  const base = posix.basename(target);
  if (last === base) return { style: { kind: "real" }, specPath: trimmed, targetPath: target };
  if (last === stripExt(base))
    return { style: { kind: "none" }, specPath: trimmed, targetPath: stripExt(target) };
  const ext = posix.extname(last);
  if (
    ext !== "" &&
    stripExt(last) === stripExt(base) &&
    writtenFor[ext]?.includes(posix.extname(base))
  ) {
    return {
      style: { kind: "written", ext },
      specPath: stripExt(trimmed),
      targetPath: stripExt(target),
    };
  }
  const folder = posix.dirname(target);
  if (stripExt(base) === "index" && last === posix.basename(folder)) {
    return { style: { kind: "folder" }, specPath: trimmed, targetPath: folder };
  }
  return undefined;
}

const isRelative = (spec: string) =>
  spec === "." || spec === ".." || spec.startsWith("./") || spec.startsWith("../");

/** The repository path the canonical file gets in the old specifier's style, or a problem. */
function styledTarget(style: Style, canonical: string): string | { problem: string } {
  switch (style.kind) {
    case "real":
      return canonical;
    case "none":
      return stripExt(canonical);
    case "written":
      return writtenFor[style.ext]?.includes(posix.extname(canonical))
        ? `${stripExt(canonical)}${style.ext}`
        : { problem: `a "${style.ext}" specifier cannot name ${canonical}` };
    case "folder":
      return stripExt(posix.basename(canonical)) === "index"
        ? posix.dirname(canonical)
        : stripExt(canonical);
  }
}

export type SpecifierRewrite = { value: string } | { problem: string };

/**
 * Whether `spec`, written in `importer`, names the repository file `target` by its path: a
 * relative specifier must lead there; an alias (`@/ws/manager`) must end with the file's
 * path, the rest being the alias of a folder (`@` -> `src`).
 */
export function namesFile(importer: string, spec: string, target: string): boolean {
  const reading = readSpecifier(spec, target);
  if (!reading) return false;
  if (isRelative(spec)) {
    return (
      posix.normalize(posix.join(posix.dirname(importer), reading.specPath)) === reading.targetPath
    );
  }
  return aliasParts(reading) !== undefined;
}

/** An alias specifier split into the alias and the folder it stands for. */
function aliasParts(reading: Reading): { alias: string[]; folder: string[] } | undefined {
  const spec = reading.specPath.split("/");
  const target = reading.targetPath.split("/");
  let k = 0;
  while (
    k < spec.length &&
    k < target.length &&
    spec[spec.length - 1 - k] === target[target.length - 1 - k]
  )
    k++;
  if (k === 0) return undefined;
  return { alias: spec.slice(0, spec.length - k), folder: target.slice(0, target.length - k) };
}

/**
 * The specifier that names `canonical` the way `spec` names `target` in `importer`: relative
 * stays relative, an alias keeps its alias, and the extension style is kept.
 */
export function rewriteSpecifier(
  importer: string,
  spec: string,
  target: string,
  canonical: string,
): SpecifierRewrite {
  const reading = readSpecifier(spec, target);
  if (!reading) return { problem: `cannot tell how "${spec}" names ${target}` };
  const styled = styledTarget(reading.style, canonical);
  if (typeof styled !== "string") return styled;
  if (isRelative(spec)) {
    const rel = posix.relative(posix.dirname(importer), styled);
    return { value: rel.startsWith("../") || rel === ".." ? rel : `./${rel}` };
  }
  const parts = aliasParts(reading);
  if (!parts) return { problem: `cannot tell how "${spec}" names ${target}` };
  const folder = parts.folder.join("/");
  if (folder !== "" && !styled.startsWith(`${folder}/`)) {
    return { problem: `the alias of "${spec}" (${folder}/) does not reach ${canonical}` };
  }
  const rest = folder === "" ? styled : styled.slice(folder.length + 1);
  return { value: [...parts.alias, rest].join("/") };
}
