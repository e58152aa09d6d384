import { describe, expect, it } from "vitest";
import { lintFiles, STRATEGY, WORKPLAN } from "./helpers.js";

describe("fixtures", () => {
  it("the minimal strategy and workplan lint clean", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN });
    expect(result.problems).toEqual([]);
    expect(result.documents).toBe(2);
  });
});
