import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ReusedBufferReader } from "../../src/workspace/source.js";
import { tempRepo } from "../helpers/temp.js";

describe("the reused read buffer", () => {
  // 3 MiB + 7 bytes: past the 1 MiB start, so the buffer grows twice mid-file.
  const large = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => (i * 31) % 251);
  const root = tempRepo({ "large.py": large, "small.py": "import os\n", "empty.py": "" });
  const reader = new ReusedBufferReader();

  it("reads each file whole, whatever its size, and the next read replaces the bytes", () => {
    const first = reader.read(path.join(root, "large.py"));
    expect(first.length).toBe(3_145_735);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(large))).toBe(0);
    expect(Buffer.from(reader.read(path.join(root, "small.py"))).toString()).toBe("import os\n");
    expect(reader.read(path.join(root, "empty.py")).length).toBe(0);
    expect(Buffer.from(reader.read(path.join(root, "large.py"))).equals(Buffer.from(large))).toBe(
      true,
    );
  });

  it("fails with the file's error code, and never waits on a named pipe", () => {
    const code = (file: string) => {
      try {
        reader.read(path.join(root, file));
        return "read";
      } catch (error) {
        return (error as NodeJS.ErrnoException).code;
      }
    };
    expect(code("missing.py")).toBe("ENOENT");
    expect(code(".")).toBe("EISDIR");
    execFileSync("mkfifo", [path.join(root, "pipe.py")]);
    // Swapped in after discovery: opened without blocking, it reads as empty (no writer).
    expect(reader.read(path.join(root, "pipe.py")).length).toBe(0);
  });
});
