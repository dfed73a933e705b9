/**
 * What the Python scanner extracts from one file. Plain, serialisable data: it is cached
 * by content hash and must not depend on the configuration.
 *
 * Offsets are UTF-16 code unit indexes into the decoded text (what JavaScript strings
 * index), `end` exclusive. Lines are 1-based.
 */

/** One imported name: `b as c` gives `{ name: "b", alias: "c" }`. */
export interface ImportedName {
  name: string;
  alias?: string;
}

export interface ImportStatement {
  /** `import a.b as c, d` → "import"; `from x import y` → "from". */
  kind: "import" | "from";
  /** Line of the `import` / `from` keyword. */
  line: number;
  /** Statement span, from the keyword to the end of the last name (closing paren included). */
  start: number;
  end: number;
  /**
   * For "from": the module text after the dots (`""` for `from . import x`).
   * For "import": empty; the modules are the `names`.
   */
  module: string;
  /** Span of the module text including leading dots (for "from"); -1 for "import". */
  moduleStart: number;
  moduleEnd: number;
  /** Number of leading dots of a relative import; 0 for absolute ones. */
  level: number;
  /** For "import": the dotted modules; for "from": the names (`*` for a star import). */
  names: ImportedName[];
  /** Inside a def or class body (at any depth). */
  nested: boolean;
  /** Inside an `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`) block. */
  typeChecking: boolean;
}

/**
 * A plain string literal (no f-, t- or bytes literal) whose value looks like a dotted name.
 * `start`/`end` span the value between the quotes: `text.slice(start, end) === value`.
 */
export interface StringLiteral {
  value: string;
  line: number;
  start: number;
  end: number;
}

export interface ClassStatement {
  name: string;
  line: number;
  /** Offset of the `class` keyword. */
  start: number;
  /** Inside a def or class body (at any depth). */
  nested: boolean;
}

/** A module-level `warnings.warn(…, DeprecationWarning…)` or `warn(…)` call. */
export interface DeprecationWarningCall {
  /** Line of the `warn` name. */
  line: number;
  /**
   * The concatenated values of the string literals among the call's arguments (f-strings
   * with their raw text, escapes left as written).
   */
  message: string;
}

export interface ParseError {
  line: number;
  message: string;
}

export interface PythonScan {
  imports: ImportStatement[];
  strings: StringLiteral[];
  classes: ClassStatement[];
  warnings: DeprecationWarningCall[];
  /** Names bound at module level: def, class, simple assignments, imports, `__all__` entries. */
  moduleNames: string[];
  /** Those a def, class or assignment binds (not the imports, not the `__all__` entries). */
  definedNames: string[];
  /** Names listed in a module-level `__all__` (empty when there is none). */
  dunderAll: string[];
  errors: ParseError[];
}
