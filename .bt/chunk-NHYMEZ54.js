import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  escapedName,
  isUtf8Name,
  splitNul
} from "./chunk-3X7W323C.js";
import {
  runGit,
  runGitAsync
} from "./chunk-ANWQWNOV.js";

// dist/workspace/git-listing.js
import { createHash } from "node:crypto";
var listingArgs = ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."];
var hashOf = (bytes) => createHash("sha256").update(bytes).digest("hex");
async function gitListingAsync(root) {
  const run = await runGitAsync(root, listingArgs);
  if (run.error || run.status !== 0 || run.stdout.length === 0)
    return void 0;
  return listingOf(run.stdout);
}
function gitListing(root) {
  const run = runGit(root, listingArgs);
  if (run.error || run.status !== 0)
    return void 0;
  const listing = listingOf(run.stdout);
  if (listing.files.length === 0 && listing.undecodable.length === 0 && runGit(root, ["check-ignore", "-q", "--", "."]).status === 0)
    return void 0;
  return listing;
}
function listingOf(stdout) {
  const undecodable = [];
  const names = isUtf8Name(stdout) ? stdout.toString("utf8").split("\0") : splitNul(stdout).flatMap((bytes) => {
    if (isUtf8Name(bytes))
      return [bytes.toString("utf8")];
    undecodable.push(escapedName(bytes));
    return [];
  });
  const files = [...new Set(names)].filter((f) => f !== "");
  return { files, undecodable: [...new Set(undecodable)], hash: hashOf(stdout) };
}

export {
  gitListingAsync,
  gitListing
};
