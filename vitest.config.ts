import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests run bin/ogp.js, which loads dist/: rebuild it first when src/ or the schemas
    // changed since the last build, so that `npx vitest run test/x.test.ts` never tests stale code.
    globalSetup: ["test/global-setup.ts"],
    // End-to-end tests start the built binary; give slow CI machines room without timing anything.
    testTimeout: 60_000,
    pool: "forks",
  },
});
