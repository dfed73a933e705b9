import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/version.js
import { readFileSync } from "node:fs";
var toolVersion = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

export {
  toolVersion
};
