import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/util/file-name.js
import { isUtf8 } from "node:buffer";
var undecodableNameReason = "the file name is not valid UTF-8, so it is not analysed; rename it";
var isUndecodableName = (reason) => reason.includes("name is not valid UTF-8");
var isUtf8Name = (bytes) => isUtf8(bytes);
function sequenceLength(b, i) {
  const lead = b[i];
  const cont = (k, lo = 128, hi = 191) => {
    const v = b[i + k];
    return v !== void 0 && v >= lo && v <= hi;
  };
  if (lead < 128)
    return 1;
  if (lead >= 194 && lead <= 223)
    return cont(1) ? 2 : 0;
  if (lead >= 224 && lead <= 239) {
    const [lo, hi] = lead === 224 ? [160, 191] : lead === 237 ? [128, 159] : [128, 191];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 240 && lead <= 244) {
    const [lo, hi] = lead === 240 ? [144, 191] : lead === 244 ? [128, 143] : [128, 191];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
function escapedName(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += `\\x${bytes[i].toString(16).padStart(2, "0")}`;
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + n)).toString("utf8");
      i += n;
    }
  }
  return out;
}
function splitNul(bytes) {
  const out = [];
  let at = 0;
  for (let nul = bytes.indexOf(0, at); nul !== -1; nul = bytes.indexOf(0, at)) {
    if (nul > at)
      out.push(bytes.subarray(at, nul));
    at = nul + 1;
  }
  if (at < bytes.length)
    out.push(bytes.subarray(at));
  return out;
}

export {
  undecodableNameReason,
  isUndecodableName,
  isUtf8Name,
  escapedName,
  splitNul
};
