import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  outputMemoRecorder,
  replayOutputMemo
} from "./chunk-SNZDXHSB.js";
import "./chunk-NPKQCN5C.js";
import "./chunk-BOARFHT4.js";
import "./chunk-UKP2FFEH.js";
import "./chunk-TOPJG2UI.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";
export {
  outputMemoRecorder,
  replayOutputMemo
};
