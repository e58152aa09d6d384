import { describe, expect, it } from "vitest";
import { HAS_SHARED, SHARED } from "./helpers.js";

// Tests over the seeds, the StratML samples and schemas and the SARIF schema read ../shared, which
// CI puts beside the checkout. A clone elsewhere runs everything else and skips those; under CI a
// missing ../shared must fail rather than skip them in silence.
describe("../shared beside the checkout", () => {
  it.runIf(Boolean(process.env.CI) && process.env.CI !== "false")("is there under CI", () => {
    expect(HAS_SHARED, `${SHARED} is missing: the source-fidelity, StratML and SARIF tests need it`).toBe(true);
  });

  // Shown as a skipped test, so that a local run says why fewer tests ran.
  if (!HAS_SHARED) it.skip(`is missing (${SHARED}): the tests that read it are skipped`, () => {});
});
