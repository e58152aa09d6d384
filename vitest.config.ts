import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start the built binary; give slow CI machines room without timing anything.
    testTimeout: 60_000,
    pool: "forks",
  },
});
