import { describe, expect, it } from "vitest";
import type { CoverageRow } from "../../src/coverage/model.js";
import { pairsUsed, statusText } from "../../src/formatters/coverage-common.js";

// How the coverage formats name the pairs of versions a row's links come through (--strategy).

const row = (mapped?: CoverageRow["mapped"]): CoverageRow => ({ ref: "d/g3", label: "3", level: 1, kind: "goal", status: "covered", items: [], ...(mapped ? { mapped } : {}) });

describe("a row reached through pairs of versions", () => {
  it("is marked in its status, and only then", () => {
    expect(statusText(row())).toBe("covered");
    expect(statusText(row([{ from: { ref: "a/g4" }, to: { ref: "d/g3" }, by: "id", score: 1 }]))).toBe("covered ⇄");
  });

  it("names each pair: the node it comes from, the node beneath it lands on, how it was paired", () => {
    const mapped = row([
      { from: { ref: "a/progress" }, to: { ref: "d/g3", label: "3" }, by: "meaning", score: 0.37, ambiguous: true },
      { from: { ref: "a/civic" }, to: { ref: "d/civic", label: "3.4" }, by: "derivedFrom", score: 1 },
      { from: { ref: "a/x" }, to: { ref: "d/x", label: "3.5" }, by: "pin", score: 1 },
    ]);
    expect(pairsUsed(mapped)).toBe("from a/progress (by meaning, score 0.37, ambiguous); 3.4 from a/civic (derivedFrom); 3.5 from a/x (pinned)");
  });
});
