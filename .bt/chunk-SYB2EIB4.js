import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/cli/exit.js
var ExitCode = { ok: 0, failed: 1, badInput: 2 };

export {
  ExitCode
};
