/**
 * Untrusted text (file names, module names, messages quoting the repository) shown to a
 * person. Control characters would move the terminal's cursor or start an escape sequence,
 * and bidirectional overrides reorder what is shown, so both are shown as escapes instead.
 */

// C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates, and the
// Unicode line and paragraph separators (which some viewers take as line breaks).
const unsafe =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a character up to U+00FF, `\u202e` above. */
export function escapeCharacter(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control and bidi character escaped; characters in `keep` stay as they are. */
export function visible(text: string, keep = ""): string {
  return text.replace(unsafe, (c) => (keep.includes(c) ? c : escapeCharacter(c)));
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (U+009B starts a terminal
// escape sequence on its own) and the bidi characters raw.
const rawInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with those characters as `\uXXXX` escapes: the same JSON value, safe to print.
 * They can only occur inside strings, where such an escape means the same character.
 */
export function visibleJson(json: string): string {
  return json.replace(rawInJson, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
