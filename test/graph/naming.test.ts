import { describe, expect, it } from "vitest";
import { caption, idOf, shortTitle, spokenName } from "../../src/graph/naming.js";

describe("naming", () => {
  it("captions a node as label then title, the reference standing in for a missing title unless told otherwise", () => {
    expect(caption({ ref: "s/g1", label: "1", title: "Civic space" })).toBe("1 Civic space");
    expect(caption({ ref: "s/g1", label: null, title: "Civic space" })).toBe("Civic space");
    expect(caption({ ref: "s/g1", label: "1" })).toBe("1 s/g1");
    expect(caption({ ref: "s/g1" }, { untitled: "(untitled)" })).toBe("(untitled)");
  });

  it("cuts a caption's title exactly at titleMax, as ogp graph draws a box", () => {
    expect(caption({ ref: "s/g1", label: "1", title: "one two three" }, { titleMax: 5 })).toBe("1 one …");
  });

  it("names a node in a sentence as kind, number and quoted short title (one line, no space before the '…')", () => {
    expect(spokenName("goal", "3", "Protect and\n  expand civic space")).toBe('goal 3 "Protect and expand civic space"');
    expect(spokenName("goal", "3", "Protect and expand civic space", 12)).toBe('goal 3 "Protect and…"');
    expect(spokenName("deliverable", "'fundraising'", undefined)).toBe("deliverable 'fundraising'");
    expect(shortTitle("a".repeat(60))).toHaveLength(50);
  });

  it("takes a node's own id from its reference", () => {
    expect(idOf("ogp-strategy-2023/civic-space")).toBe("civic-space");
    expect(idOf("ogp-strategy-2023")).toBe("ogp-strategy-2023");
  });
});
