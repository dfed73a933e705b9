import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { ConfigError } from "../util/errors.js";
import {
  consolidationText,
  groupShims,
  placeholderCanonical,
  type StarterFacts,
} from "./starter.js";

export interface Refreshed {
  text: string;
  /** Detected shims the config did not name, now added. */
  added: string[];
  /** Of them, those that went into a new consolidation. */
  newConsolidations: string[];
  /** Detected shims the config already names (left as they are). */
  known: number;
}

const idOfPath = (module: string, taken: Set<string>) => {
  const base = (module.split(".").pop() ?? module).replace(/^[^A-Za-z0-9]+/, "") || "module";
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
};

/**
 * `ssot init --discover`: the existing YAML config with every newly detected shim added,
 * and nothing else touched (comments, order, hand-written paths and phases stay). A shim
 * whose canonical module already has a consolidation joins it; the rest get new ones.
 */
export function refreshConfig(file: string, text: string, facts: StarterFacts): Refreshed {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    throw new ConfigError(`${file}: cannot refresh: ${doc.errors[0]?.message ?? "invalid YAML"}`);
  const list = doc.get("consolidations", true);
  if (!isSeq(list))
    throw new ConfigError(`${file}: cannot refresh: \`consolidations\` is not a list`);
  const seq = list as YAMLSeq<YAMLMap>;
  const named = new Set<string>();
  const byCanonical = new Map<string, YAMLMap>();
  const ids = new Set<string>();
  for (const c of seq.items) {
    if (!isMap(c)) continue;
    const id = c.get("id");
    if (typeof id === "string") ids.add(id);
    const paths = c.get("paths", true);
    if (!isSeq(paths)) continue;
    for (const p of paths.items) {
      if (!isMap(p)) continue;
      const module = p.get("module");
      if (typeof module !== "string") continue;
      named.add(module);
      if (p.get("role") === "canonical" && !byCanonical.has(module)) byCanonical.set(module, c);
    }
  }
  const fresh = facts.warningModules.filter((w) => !named.has(w.module));
  const known = facts.warningModules.length - fresh.length;
  const groups = fresh.length === 0 ? [] : groupShims(fresh);
  const added: string[] = [];
  const newConsolidations: string[] = [];
  // Edits are insertions into the text as written, so every byte the user wrote stays.
  const inserts: { at: number; text: string }[] = [];
  for (const group of groups) {
    const existing = byCanonical.get(group.canonical);
    const paths = existing?.get("paths", true);
    if (existing && isSeq(paths) && !paths.flow && group.canonical !== placeholderCanonical) {
      const taken = new Set(paths.items.flatMap((p) => (isMap(p) ? [String(p.get("id"))] : [])));
      const lines = group.shims.map(
        (shim) =>
          `- { id: ${JSON.stringify(idOfPath(shim, taken))}, module: ${JSON.stringify(shim)}, role: shim }`,
      );
      inserts.push(afterItem(text, paths.items.at(-1), lines.join("\n")));
      added.push(...group.shims);
      continue;
    }
    const yaml = consolidationText(group, ids, facts).replace(/^ {2}/gm, "").trimEnd();
    inserts.push(afterItem(text, seq.flow ? undefined : seq.items.at(-1), yaml));
    added.push(...group.shims);
    newConsolidations.push(...group.shims);
  }
  let out = text;
  for (const { at, text: piece } of inserts.sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + piece + out.slice(at);
  return { text: out, added, newConsolidations, known };
}

/**
 * Where to insert block-list items after `item` (the end of its last line), indented as it
 * is; a list that cannot take block items (flow style, empty) is refused with the reason.
 */
function afterItem(text: string, item: unknown, block: string): { at: number; text: string } {
  const range = (item as { range?: [number, number, number] } | undefined)?.range;
  if (!range)
    throw new ConfigError(
      "cannot refresh: the list to extend is empty or written in flow style ([...]); write it as a block list",
    );
  const lineStart = text.lastIndexOf("\n", range[0] - 1) + 1;
  const dash = text.lastIndexOf("-", range[0]);
  const indent = " ".repeat(Math.max(0, dash - lineStart));
  const eol = text.indexOf("\n", range[1] - 1);
  const at = eol < 0 ? text.length : eol;
  const body = block
    .split("\n")
    .map((line) => (line === "" ? line : indent + line))
    .join("\n");
  return { at, text: `\n${body}` };
}
