import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/reporters/escape/terminal.js
var unsafe = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
function escapeCharacter(c) {
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function visible(text, keep = "") {
  return text.replace(unsafe, (c) => keep.includes(c) ? c : escapeCharacter(c));
}
var rawInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visibleJson(json) {
  return json.replace(rawInJson, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  visible,
  visibleJson
};
