import { describe, expect, it } from "vitest";
import {
  decodeScan,
  encodeScan,
  scanFromText,
  scanText,
} from "../../../src/languages/python/scan-codec.js";
import { scanPython } from "../../../src/languages/python/scanner.js";

const source = `import a.b as c, d
from ..pkg import (x as y,
    z)
if TYPE_CHECKING:
    from t import T
def f():
    import nested
class K(Base, metaclass=M):
    class Inner(pkg.Mixin): pass
REF = "pkg.mod.Name"
import warnings
warnings.warn("pkg.old is deprecated", DeprecationWarning)
def __getattr__(name):
    warnings.warn(f"{name} moved", FutureWarning)
    return getattr(_impl, name)
__all__ = ["f", "K"]  # ssot: allow -- kept
broken = (
`;

describe("the cache's compact scan form", () => {
  it("round-trips a scan exactly", () => {
    const scan = scanPython(source);
    expect(scan.imports.length).toBe(5);
    expect(scan.errors.length).toBe(1);
    expect(scan.imports[1]?.endLine).toBe(3);
    expect(scan.classes.map((c) => c.bases)).toEqual([["Base"], ["Mixin"]]);
    expect(scan.warnings.map((w) => w.inGetattr)).toEqual([false, true]);
    expect(scan.definedNames).toEqual(["f", "K", "REF", "__getattr__", "__all__", "broken"]);
    expect(scan.getattrTargets).toEqual(["_impl"]);
    expect(scan.pragmas).toEqual([{ line: 16, reason: "kept" }]);
    const encoded = encodeScan(scan);
    expect(decodeScan(JSON.parse(JSON.stringify(encoded)))).toEqual(scan);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(scan).length / 2);
  });

  it("encodes a decoded scan as it was stored, and a read field as it is now", () => {
    const stored = JSON.stringify(encodeScan(scanPython(source)));
    const decoded = decodeScan(JSON.parse(stored));
    expect(JSON.stringify(encodeScan(decoded))).toBe(stored);
    // Read, then changed: the encoding must not reuse the stored text.
    decoded.moduleNames.push("later");
    const again = JSON.parse(JSON.stringify(encodeScan(decoded)));
    expect(decodeScan(again).moduleNames.at(-1)).toBe("later");
    expect(decodeScan(again).classes).toEqual(scanPython(source).classes);
  });

  it("has one text per scan: a fresh scan's encoding, a stored scan's own line", () => {
    const fresh = scanPython(source);
    const text = scanText(fresh);
    expect(text).toBe(JSON.stringify(encodeScan(fresh)));
    const decoded = scanFromText(text);
    expect(decoded).toEqual(fresh);
    expect(scanText(decoded)).toBe(text);
    expect(() => scanFromText("[1,")).toThrow();
  });
});
