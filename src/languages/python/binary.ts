/** A NUL byte in the first 8 KiB marks a binary file, as git decides it. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}
