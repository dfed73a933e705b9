import { describe, expect, it } from "vitest";
import { decodeScan, encodeScan } from "../../src/analyze/python/scan-codec.js";
import { scanPython } from "../../src/analyze/python/scanner.js";

const source = `import a.b as c, d
from ..pkg import (x as y,
    z)
if TYPE_CHECKING:
    from t import T
def f():
    import nested
class K:
    class Inner: pass
REF = "pkg.mod.Name"
import warnings
warnings.warn("pkg.old is deprecated", DeprecationWarning)
__all__ = ["f", "K"]
broken = (
`;

describe("the cache's compact scan form", () => {
  it("round-trips a scan exactly", () => {
    const scan = scanPython(source);
    expect(scan.imports.length).toBe(5);
    expect(scan.errors.length).toBe(1);
    const encoded = encodeScan(scan);
    expect(decodeScan(JSON.parse(JSON.stringify(encoded)))).toEqual(scan);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(scan).length / 2);
  });
});
