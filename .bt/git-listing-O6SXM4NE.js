import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  gitListing,
  gitListingAsync
} from "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import "./chunk-ANWQWNOV.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";
export {
  gitListing,
  gitListingAsync
};
