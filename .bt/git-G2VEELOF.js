import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  git,
  gitText,
  headCommit,
  headCommitAsync,
  runGit,
  runGitAsync
} from "./chunk-ANWQWNOV.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";
export {
  git,
  gitText,
  headCommit,
  headCommitAsync,
  runGit,
  runGitAsync
};
