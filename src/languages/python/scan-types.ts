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
  /**
   * Line of the statement's last token (the closing paren of a parenthesised from-import).
   * Equal to `line` for one-line statements.
   */
  endLine: number;
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
  /**
   * Base classes as written, each reduced to its last dotted part
   * (`warnings.DeprecationWarning` → "DeprecationWarning"). Keyword arguments (`metaclass=`)
   * are not bases; a base that is not a plain dotted name (a call, a subscript `Generic[T]`,
   * `*bases`) is left out. Grouping parentheses do not matter: `(a.B)` is "B". Empty
   * without bases.
   */
  bases: string[];
}

/**
 * A `warn(…)` call in module-level code (also inside module-level if/try/with/for/while
 * blocks, decorators and def/class headers) or anywhere inside the body of a module-level
 * `def __getattr__` (PEP 562). The callee is `warnings.warn`, any bare `warn`, or an alias
 * bound earlier at module level (`import warnings as W` → `W.warn`, `from warnings import
 * warn as w` → `w`), directly followed by `(`.
 */
export interface WarnCall {
  /** Line of the `warn` name. */
  line: number;
  /**
   * The concatenated values of the string literals among the call's arguments, directly or
   * inside grouping parentheses, not inside other brackets or nested calls (f-strings with
   * their raw text, escapes left as written).
   */
  message: string;
  /**
   * Every identifier among the call's arguments, deduplicated, in first-seen order: a dotted
   * name gives its last part, keyword-argument names (`category=`) and lambda parameters are
   * left out (their values are not), names inside f-strings are not seen.
   */
  names: string[];
  /** Inside a module-level `def __getattr__` body. */
  inGetattr: boolean;
}

/** A `# ssot: allow` comment. */
export interface Pragma {
  line: number;
  /**
   * The text after the first `--` that follows `allow`, without leading and trailing
   * spaces, tabs, form feeds and vertical tabs; "" when there is none.
   */
  reason: string;
}

export interface ParseError {
  line: number;
  message: string;
}

export interface PythonScan {
  imports: ImportStatement[];
  strings: StringLiteral[];
  classes: ClassStatement[];
  /** Every warn call (see WarnCall), whatever its category. */
  warnings: WarnCall[];
  /** Names bound at module level: def, class, simple assignments, imports, `__all__` entries. */
  moduleNames: string[];
  /** Names listed in a module-level `__all__` (empty when there is none). */
  dunderAll: string[];
  /**
   * Names defined at module level (outside def/class bodies, inside if/try/with/for/while
   * blocks too): def, async def and class names, plain `NAME =` targets (chained `A = B = v`
   * too, `__all__` itself included), `NAME: T = v` with a value. Not import bindings, not
   * `__all__` entries. Deduplicated, first-seen order.
   */
  definedNames: string[];
  /**
   * `X` of every `getattr(X, …)` call (bare `getattr`, at least two arguments, the first a
   * bare name) inside a module-level `def __getattr__` body: the PEP 562 shim forwarding to
   * its implementation module. Deduplicated, first-seen order.
   */
  getattrTargets: string[];
  /**
   * `# ssot: allow` comments anywhere (continuation lines of a statement too): a comment
   * that opens with `#`, optional spaces or tabs, `ssot:`, optional spaces or tabs, then
   * `allow` as a whole word (not followed by `[A-Za-z0-9_]`). In source order; not inside
   * string literals or f-string replacement fields; not after other comment text
   * (`# noqa  # ssot: allow` is none).
   */
  pragmas: Pragma[];
  errors: ParseError[];
}
