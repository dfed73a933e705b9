import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Fixture repositories may hold files named *.test.ts: they are data, not our tests.
    exclude: ["test/fixtures/**", "node_modules/**"],
    testTimeout: 60_000,
    // Hooks build fixture repositories and run the CLI: as slow as a test on a loaded machine.
    hookTimeout: 60_000,
  },
});
