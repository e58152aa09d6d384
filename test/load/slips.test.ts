import { describe, expect, it } from "vitest";
import { parseText } from "../../src/load/parse-text.js";
import type { LoadedFile } from "../../src/load/loaded-file.js";

const parse = (text: string) => parseText({ file: "p.yaml", absolutePath: "/p.yaml" } as unknown as LoadedFile, text).findings.map((f) => `${f.at.position!.line} ${f.messageId}`);

describe("slips said once (src/load/slips.ts)", () => {
  it("a misaligned '- ' among the items of a list", () => {
    expect(parse("kind: strategy\ngoals:\n  - id: a\n    title: A\n   - id: b\n    title: B\n")).toEqual(["5 misalignedDash"]);
  });

  it("not a misaligned '- ' when the line above opens a new list (another slip on that line keeps its own words)", () => {
    expect(parse("kind: strategy\ngoals:\n  - id: a\n    objectives:\n      - id: b: c\n")).toEqual(["5 colonInValue"]);
  });

  it("a key given twice in a list item is a duplicate key, not a lost '- '", () => {
    expect(parse("kind: strategy\ngoals:\n  - id: a\n    title: A\n    title: B\n")).toEqual(["5 duplicateKeyNamed"]);
  });

  it("a lost '- ' repeats the item's first key", () => {
    expect(parse("kind: strategy\ngoals:\n  - id: a\n    title: A\n    id: b\n    title: B\n")).toEqual(["5 lostDash"]);
  });
});

describe("a tab", () => {
  it("in an indentation is one finding with the spaces to type", () => {
    expect(parse("kind: strategy\ngoals:\n  - id: a\n\ttitle: A\n")).toEqual(["4 tabIndentAdvice"]);
  });

  it("inside a block scalar's text is content: another slip later keeps its own finding", () => {
    expect(parse('kind: strategy\ndescription: |\n  text\n  \tindented text\nid: s\ntitle: "T\n')).toEqual(["6 unclosedQuote"]);
  });
});
