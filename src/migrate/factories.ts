import type { ImportStatement } from "../languages/python/scan-types.js";
import type { FileContext } from "./file-context.js";
import { isOp, type Token } from "./tokens.js";
import { bindingProblem, formatProblem, passedAsValue, type UseCheck } from "./uses.js";

/** The call sites of a deprecated class imported under `local`, as calls of its factory. */
export interface FactoryCalls {
  /** Why the calls cannot all be seen whole (then nothing is rewritten). */
  problem?: string;
  /** `local(` -> `factory(` at each call; the arguments stay as written. */
  edits: UseCheck["edits"];
  /** The class is still read other than by a call: a type, an attribute, a comparison. */
  classUsed: boolean;
}

/**
 * `factories: { WebSocketManager: get_websocket_manager }`: every `WebSocketManager(…)` call
 * of the file becomes `get_websocket_manager(…)`. Refused when a call cannot be seen whole:
 * the class handed on as a value (whoever calls it is out of sight), inside an f-string, or
 * its name bound again; and when the factory's name is already bound to something else.
 */
export function factoryCalls(
  ctx: FileContext,
  stmt: ImportStatement,
  local: string,
  factory: string,
): FactoryCalls {
  const view = ctx.facts.view();
  const fail = (problem: string): FactoryCalls => ({ problem, edits: [], classUsed: true });
  const twice = ctx.otherBinding(stmt, local);
  const problem =
    formatProblem(view, local) ??
    bindingProblem(view, local) ??
    (twice === undefined ? undefined : `${local} is also bound by the import on line ${twice}`);
  if (problem !== undefined) return fail(problem);
  const edits: UseCheck["edits"] = [];
  let classUsed = false;
  for (const k of view.occurrences.get(local) ?? []) {
    const t = view.tokens[k] as Token;
    const line = view.lines.lineAt(t.start);
    if (isOp(view.tokens[k + 1], "(")) {
      if ((view.syntax().closeOf[k + 1] ?? -1) < 0)
        return fail(`the call of ${local} on line ${line} cannot be read whole`);
      edits.push({ start: t.start, end: t.end, replacement: factory });
    } else if (passedAsValue(view, k)) {
      return fail(
        `${local} is passed on as a value (line ${line}): a call through it cannot be rewritten to ${factory}`,
      );
    } else classUsed = true;
  }
  if (edits.length === 0) return { edits, classUsed };
  const bound = bindingProblem(view, factory);
  if (bound !== undefined) return fail(`${factory} cannot be imported: ${bound}`);
  const other = ctx
    .importsBinding(factory)
    .find(
      (s) =>
        s !== stmt && !s.names.some((n) => n.name === factory && (n.alias ?? factory) === factory),
    );
  if (other !== undefined)
    return fail(`${factory} is bound by the import on line ${other.line} to another name`);
  return { edits, classUsed };
}
