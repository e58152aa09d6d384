import { describe, expect, it } from "vitest";
import { lint, reportedPart, verdict } from "../../src/lint/lint.js";
import { lintFiles, projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

// One warning (goal g2 advanced by nothing) and one error (an unknown key).
const result = lintFiles({ "s.yaml": STRATEGY.replace("title: A strategy", "title: A strategy\nowner: x"), "w.yaml": WORKPLAN.replace("      - { ref: s/g2, cite: \"it says so too\" }\n", "") });

describe("reportedPart and verdict", () => {
  it("the fixture has one error and one warning", () => {
    expect([result.errorCount, result.warningCount]).toEqual([1, 1]);
  });

  it("--quiet keeps errors only, with counts to match", () => {
    const quiet = reportedPart(result, { quiet: true });
    expect(quiet.problems.map((p) => p.severity)).toEqual(["error"]);
    expect([quiet.errorCount, quiet.warningCount]).toEqual([1, 0]);
    expect(reportedPart(result, {})).toBe(result);
  });

  it("fails on errors, and on more warnings than --max-warnings unless quiet", () => {
    expect(verdict(result, {})).toEqual({ failed: true });
    const warningsOnly = { ...result, errorCount: 0 };
    expect(verdict(warningsOnly, { maxWarnings: 1 })).toEqual({ failed: false });
    expect(verdict(warningsOnly, { maxWarnings: 0 })).toEqual({ failed: true, reason: "1 warning, more than --max-warnings 0" });
    expect(verdict(warningsOnly, { maxWarnings: 0, quiet: true })).toEqual({ failed: false });
  });
});

describe("lint options: severity per rule", () => {
  const files = { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(/    advances:\n      - \{ ref: s\/g1, cite: "it says so" \}\n      - \{ ref: s\/g2, cite: "it says so too" \}\n/, "") };
  const rulesOf = (result: ReturnType<typeof lint>) => result.problems.map((p) => `${p.rule} ${p.severity}`);

  it("uses each rule's default severity when none is configured", () => {
    expect(rulesOf(lint(projectFrom(files)))).toContain("advances-nothing warning");
  });

  it("raises or lowers a rule's severity, and counts it as configured", () => {
    const result = lint(projectFrom(files), { rules: { "advances-nothing": "error" } });
    expect(rulesOf(result)).toContain("advances-nothing error");
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it("skips a rule that is off", () => {
    const result = lint(projectFrom(files), { rules: { "advances-nothing": "off" } });
    expect(result.problems.map((p) => p.rule)).not.toContain("advances-nothing");
  });
});
