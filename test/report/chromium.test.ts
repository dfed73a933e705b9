import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumOnPath, findChromium } from "../../src/report/svg.js";
import { tempRepo } from "../helpers/temp.js";

describe("finding a browser", () => {
  it("takes the first executable of chromium, google-chrome-stable, google-chrome, chromium-browser on PATH", () => {
    const a = tempRepo({ chromium: "not executable", "chromium-browser": "#!/bin/sh\n" });
    const b = tempRepo({ "google-chrome": "#!/bin/sh\n" });
    chmodSync(path.join(a, "chromium-browser"), 0o755);
    chmodSync(path.join(b, "google-chrome"), 0o755);
    mkdirSync(path.join(b, "chromium")); // a folder is no browser
    const PATH = ["relative/bin", a, b].join(path.delimiter);
    expect(chromiumOnPath(PATH)).toBe(path.join(b, "google-chrome"));
    expect(chromiumOnPath(a)).toBe(path.join(a, "chromium-browser"));
    expect(chromiumOnPath(undefined)).toBeUndefined();
    expect(chromiumOnPath("relative/bin")).toBeUndefined();
  });

  it("prefers SSOT_CHROMIUM, and says where it looked when there is none", () => {
    expect(findChromium({ SSOT_CHROMIUM: process.execPath, PATH: "/nowhere" })).toEqual({
      path: process.execPath,
    });
    const found = findChromium({ PATH: "" });
    if ("problem" in found)
      expect(found.problem).toBe(
        "no Chromium at /usr/lib/chromium/chromium or /usr/bin/chromium, nor chromium, google-chrome-stable, google-chrome, chromium-browser on PATH",
      );
    else expect(["/usr/lib/chromium/chromium", "/usr/bin/chromium"]).toContain(found.path);
  });
});
