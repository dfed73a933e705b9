import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  classNameCandidates,
  locateImports
} from "./chunk-RQVYUEXZ.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-KBQ5HHDO.js";
export {
  classNameCandidates,
  locateImports
};
