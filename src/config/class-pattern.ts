import { RE2JS } from "re2js";

/**
 * `implementation.classPattern` and the class names it is matched against both come from
 * the analysed repository. JavaScript's backtracking RegExp takes exponential time on
 * patterns such as `^(a+)+$`, so patterns run on RE2 (re2js, a pure-JS port), which matches
 * in linear time. The meaning is the same search as `RegExp.test`; RE2 does not accept
 * lookaround or backreferences, which is then a config error.
 */
export interface NamePattern {
  /** Whether the pattern matches somewhere in `name`. */
  test(name: string): boolean;
}

/** Compile a class pattern; throws the engine's syntax error (checked when the config loads). */
export function classPattern(pattern: string): NamePattern {
  return RE2JS.compile(pattern);
}

/** Why RE2 refuses `pattern`, or undefined when it compiles. */
export function classPatternProblem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, "");
    return `not a regular expression ssot accepts (RE2 syntax, matched in linear time; no lookaround or backreferences): ${message}`;
  }
}
