import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/util/round.js
var round = (n) => Math.round(n * 1e4) / 1e4;

export {
  round
};
