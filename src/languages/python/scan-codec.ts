import type { ImportedName, PythonScan, WarnCall } from "./scan-types.js";
import { shared, sharedAll } from "./shared-text.js";

/**
 * A compact, positional form of PythonScan for the on-disk cache: about a third of the
 * JSON size of the object form, so a warm run parses and collects much less. Round-trips
 * exactly (tested).
 */
export type EncodedScan = [
  imports: (string | number | string[])[][],
  strings: (string | number)[][],
  /** JSON text of the class tuples: parsed only when `implementation` asks. */
  classes: string,
  /** [line, message, names, inGetattr 0/1] */
  warnings: (string | number | string[])[][],
  /** JSON text: only the path modules' names are ever read (canonical-defines, migrate). */
  moduleNames: string,
  dunderAll: string[],
  errors: PythonScan["errors"],
  /** JSON text, like moduleNames. */
  definedNames: string,
  getattrTargets: string[],
  /** [line, reason] */
  pragmas: (string | number)[][],
];

/**
 * The text fields of a decoded scan not read yet (see `lazy`), exactly as encodeScan wrote
 * them: encoding that scan again reuses them instead of parsing and printing them anew.
 */
type TextField = "classes" | "moduleNames" | "definedNames";
const unreadText = new WeakMap<PythonScan, Partial<Record<TextField, string>>>();

const NESTED = 2;
const TYPE_CHECKING = 4;

const encodeName = (n: ImportedName) =>
  n.alias === undefined ? n.name : `${n.name} as ${n.alias}`;
function decodeName(text: string): ImportedName {
  const at = text.indexOf(" as ");
  return at < 0
    ? { name: shared(text) }
    : { name: shared(text.slice(0, at)), alias: shared(text.slice(at + 4)) };
}

export function encodeScan(scan: PythonScan): EncodedScan {
  const text = unreadText.get(scan);
  return [
    scan.imports.map((s) => [
      (s.kind === "from" ? 1 : 0) | (s.nested ? NESTED : 0) | (s.typeChecking ? TYPE_CHECKING : 0),
      s.line,
      s.start,
      s.end,
      s.module,
      s.moduleStart,
      s.moduleEnd,
      s.level,
      s.names.map(encodeName),
      s.endLine - s.line,
    ]),
    scan.strings.map((s) => [s.value, s.line, s.start, s.end]),
    text?.classes ??
      JSON.stringify(scan.classes.map((c) => [c.name, c.line, c.start, c.nested ? 1 : 0, c.bases])),
    scan.warnings.map((w) => [w.line, w.message, w.names, w.inGetattr ? 1 : 0]),
    text?.moduleNames ?? JSON.stringify(scan.moduleNames),
    scan.dunderAll,
    scan.errors,
    text?.definedNames ?? JSON.stringify(scan.definedNames),
    scan.getattrTargets,
    scan.pragmas.map((p) => [p.line, p.reason]),
  ];
}

export function decodeScan(data: EncodedScan): PythonScan {
  const [imports, strings, classes, warnings, moduleNames, dunderAll, errors, ...more] = data;
  const [definedNames, getattrTargets, pragmas] = more;
  const scan: PythonScan = {
    imports: imports.map((s) => {
      const flags = s[0] as number;
      return {
        kind: flags & 1 ? "from" : "import",
        line: s[1] as number,
        start: s[2] as number,
        end: s[3] as number,
        module: shared(s[4] as string),
        moduleStart: s[5] as number,
        moduleEnd: s[6] as number,
        level: s[7] as number,
        names: (s[8] as string[]).map(decodeName),
        nested: (flags & NESTED) !== 0,
        typeChecking: (flags & TYPE_CHECKING) !== 0,
        endLine: (s[1] as number) + (s[9] as number),
      };
    }),
    strings: strings.map((s) => ({
      value: s[0] as string,
      line: s[1] as number,
      start: s[2] as number,
      end: s[3] as number,
    })),
    classes: [],
    warnings: warnings.map(decodeWarning),
    moduleNames: [],
    definedNames: [],
    dunderAll: sharedAll(dunderAll),
    getattrTargets,
    pragmas: pragmas.map((p) => ({ line: p[0] as number, reason: p[1] as string })),
    errors,
  };
  // A warm run reads every file's scan from the cache; these three are needed for few files,
  // so they stay text until first read (most of the cache's parse and collection cost).
  unreadText.set(scan, { classes, moduleNames, definedNames });
  lazy(scan, "classes", classes, parseClasses);
  lazy(scan, "moduleNames", moduleNames, parseNames);
  lazy(scan, "definedNames", definedNames, parseNames);
  return scan;
}

const parseClasses = (text: string): PythonScan["classes"] =>
  (JSON.parse(text) as [string, number, number, number, string[]][]).map((c) => ({
    name: c[0],
    line: c[1],
    start: c[2],
    nested: c[3] === 1,
    bases: c[4],
  }));

const parseNames = (text: string): string[] => sharedAll(JSON.parse(text) as string[]);

/**
 * The JSON text of each scan's encoding, made once: the scan cache's line and the output
 * memo's hash of the same scan share it (each was a second encoding of every file read in
 * full). Scans are never changed once made, so the text stays the scan's.
 */
const texts = new WeakMap<PythonScan, string>();

/** `JSON.stringify(encodeScan(scan))`, made at most once per scan. */
export function scanText(scan: PythonScan): string {
  let text = texts.get(scan);
  if (text === undefined) {
    text = JSON.stringify(encodeScan(scan));
    texts.set(scan, text);
  }
  return text;
}

/** The scan a `scanText` stands for (throws on text that is not one). */
export function scanFromText(text: string): PythonScan {
  const scan = decodeScan(JSON.parse(text) as EncodedScan);
  texts.set(scan, text);
  return scan;
}

function decodeWarning(w: (string | number | string[])[]): WarnCall {
  return {
    line: w[0] as number,
    message: w[1] as string,
    names: w[2] as string[],
    inGetattr: w[3] === 1,
  };
}

/**
 * Replace a property by one parsed from `text` on first read (still enumerable, so it
 * serialises). The getter holds only its own text, and lets it go once parsed: a closure
 * over decodeScan's variables would keep all three texts for the scan's lifetime.
 */
function lazy<K extends TextField>(
  scan: PythonScan,
  key: K,
  text: string,
  parse: (text: string) => PythonScan[K],
): void {
  let unread: string | undefined = text;
  let value: PythonScan[K] | undefined;
  Object.defineProperty(scan, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (unread !== undefined) {
        value = parse(unread);
        unread = undefined;
        // Read now, so perhaps changed later: encoding must print it anew.
        const stored = unreadText.get(scan);
        if (stored) delete stored[key];
      }
      return value;
    },
  });
}
