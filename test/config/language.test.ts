import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/util/errors.js";
import { tempRepo } from "../helpers/temp.js";

function errorOf(yaml: string): string {
  const dir = tempRepo({ "ssot.config.yaml": yaml });
  try {
    loadConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.replace(dir + path.sep, "");
  }
  throw new Error("expected a ConfigError");
}

describe("one language per consolidation", () => {
  it("refuses a consolidation mixing Python modules and JS/TS files, naming both paths", () => {
    expect(
      errorOf(`consolidations:
  - id: ws
    paths:
      - { id: canonical, module: pkg.websocket_manager, role: canonical }
      - { id: shim, module: pkg.manager, role: shim }
      - { id: web, module: web/src/ws/manager.ts, role: shim }
`),
    ).toBe(
      'ssot.config.yaml: invalid configuration\n  consolidations[0].paths[2].module: "web/src/ws/manager.ts" is a JS/TS file, but consolidations[0].paths[0].module "pkg.websocket_manager" is a Python module; a consolidation measures one language, so put them in two consolidations',
    );
  });

  it("refuses criteria that read Python modules on a JS/TS consolidation", () => {
    expect(
      errorOf(`consolidations:
  - id: web
    paths:
      - { id: canonical, module: src/ws/websocket-manager.ts, role: canonical }
    phases:
      - id: p1
        criteria:
          - { metric: deprecated-share, max: 0.1 }
          - { metric: deprecation-warnings, min: 1 }
`),
    ).toBe(
      'ssot.config.yaml: invalid configuration\n  consolidations[0].phases[0].criteria[1].metric: "deprecation-warnings" reads Python modules and cannot be measured for JS/TS paths',
    );
  });

  it("accepts a Python and a JS/TS consolidation side by side", () => {
    const dir = tempRepo({
      "ssot.config.yaml": `consolidations:
  - id: py
    paths: [{ id: c, module: pkg.a, role: canonical }]
  - id: js
    paths: [{ id: c, module: src/a.ts, role: canonical }]
`,
    });
    expect(loadConfig(dir).consolidations.map((c) => c.id)).toEqual(["py", "js"]);
  });
});
