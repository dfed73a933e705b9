import { isUtf8 } from "node:buffer";

/**
 * File names are bytes on Linux, and git stores them as bytes. A name that is not UTF-8
 * cannot be shown, matched by a glob or keyed in a baseline faithfully, so it is never
 * analysed under a guessed name: it is listed as skipped with this reason, and
 * `ssot check` fails on it (a deprecated import there would otherwise pass unseen).
 */
export const undecodableNameReason =
  "the file name is not valid UTF-8, so it is not analysed; rename it";

/** Skipped because of its name: `ssot check` fails on such files. */
export const isUndecodableName = (reason: string): boolean =>
  reason.includes("name is not valid UTF-8");

/** Whether the bytes are a UTF-8 name (the common case: one native check). */
export const isUtf8Name = (bytes: Uint8Array): boolean => isUtf8(bytes);

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i] as number;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const v = b[i + k];
    return v !== undefined && v >= lo && v <= hi;
  };
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [lo, hi] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** A name for messages: its UTF-8 parts as they are, every other byte as `\xNN`. */
export function escapedName(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += `\\x${(bytes[i] as number).toString(16).padStart(2, "0")}`;
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + n)).toString("utf8");
      i += n;
    }
  }
  return out;
}

/** Split NUL-separated bytes (`git … -z` output) into the records' bytes. */
export function splitNul(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let nul = bytes.indexOf(0, at); nul !== -1; nul = bytes.indexOf(0, at)) {
    if (nul > at) out.push(bytes.subarray(at, nul));
    at = nul + 1;
  }
  if (at < bytes.length) out.push(bytes.subarray(at));
  return out;
}
