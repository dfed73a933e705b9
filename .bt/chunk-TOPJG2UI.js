import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  writeFileSafely
} from "./chunk-GVSHMJPT.js";

// dist/cli/io.js
import path from "node:path";
function useColor(io) {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}
function writeOutput(cwd, file, text) {
  const abs = path.resolve(cwd, file);
  writeFileSafely(abs, text, { base: cwd });
  return abs;
}
function emitOutput(out, text, io) {
  if (out) {
    const file = writeOutput(io.cwd, out, text);
    io.stderr.write(`wrote ${path.relative(io.cwd, file) || file}
`);
  } else {
    io.stdout.write(text);
  }
}

export {
  useColor,
  writeOutput,
  emitOutput
};
