import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/load/decode.js";
import { unreadFile, type LoadedFile } from "../../src/load/loaded-file.js";
import { parseText } from "../../src/load/parse-text.js";
import { SourceIndex } from "../../src/load/source-index.js";

function loaded(file: string, text: string): LoadedFile {
  return parseText({ file, absolutePath: file }, text);
}

const PLAN = `kind: strategy
id: s
title: A strategy
status: approved
period: { start: "2020", end: "2025" }
notes:
goals:
  - id: g1
    label: "1"
    title: Goal one
  - id: g2
    label: "2"
    title: Goal two
    objectives:
      - id: o21
        title: Objective
"2020": a year as a key
`;

const index = new SourceIndex([loaded("p.yaml", PLAN)]);
const at = (path: (string | number)[], atKey = false) => {
  const { line, column } = index.position({ file: "p.yaml", path, atKey });
  return `${line}:${column}`;
};

describe("SourceIndex.position", () => {
  it("returns a known position unchanged", () => {
    const position = { line: 7, column: 3, endLine: 7, endColumn: 9 };
    expect(index.position({ file: "p.yaml", position, path: ["title"] })).toEqual(position);
  });

  it("points at the value of a key, with its end", () => {
    expect(index.position({ file: "p.yaml", path: ["title"] })).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 18 });
  });

  it("points at the key with atKey", () => {
    expect(at(["title"], true)).toBe("3:1");
    expect(at(["goals", 1, "title"], true)).toBe("13:5");
  });

  it("walks into sequences and flow mappings", () => {
    expect(at(["goals", 1, "title"])).toBe("13:12");
    expect(at(["goals", 1, "objectives", 0, "id"])).toBe("15:13");
    expect(at(["period", "end"])).toBe("5:31");
  });

  it("points at the document for an empty path", () => {
    expect(at([])).toBe("1:1");
  });

  it("points into the line of a key whose value is empty ('notes:')", () => {
    expect(at(["notes"])).toMatch(/^6:/);
  });

  it("points at the key itself when its value is empty ('notes:')", () => {
    expect(at(["notes"])).toBe("6:1");
  });

  it("matches numeric path segments against keys that look like numbers", () => {
    expect(at([2020])).toBe("17:9");
    expect(at(["2020"], true)).toBe("17:1");
  });

  it("falls back to the nearest ancestor that exists", () => {
    expect(at(["goals", 1, "missing"])).toBe("11:5"); // the goal
    expect(at(["goals", 9, "title"])).toBe("8:3"); // no tenth goal: the list
    expect(at(["goals", "title"])).toBe("8:3"); // a name on a list: the list
    expect(at(["title", "deeper"])).toBe("3:8"); // below a scalar: the scalar
    expect(at(["nope"], true)).toBe("1:1");
  });

  it("is 1:1 for a file it does not know, a location without a path, or a file that did not parse", () => {
    expect(index.position({ file: "other.yaml", path: ["title"] })).toEqual({ line: 1, column: 1 });
    expect(index.position({ file: "p.yaml" })).toEqual({ line: 1, column: 1 });
    const unread = new SourceIndex([unreadFile({ file: "bin.yaml", absolutePath: "bin.yaml" }, [])]);
    expect(unread.position({ file: "bin.yaml", path: ["title"] })).toEqual({ line: 1, column: 1 });
  });

  it("handles an empty document", () => {
    const empty = new SourceIndex([loaded("e.yaml", "")]);
    expect(empty.position({ file: "e.yaml", path: ["kind"] })).toEqual({ line: 1, column: 1 });
  });

  it("points at an alias rather than into the anchored value", () => {
    const aliases = new SourceIndex([loaded("a.yaml", "base: &b { x: 1 }\nuse: *b\n")]);
    expect(aliases.position({ file: "a.yaml", path: ["use", "x"] })).toMatchObject({ line: 2, column: 6 });
  });

  it("gives correct positions in text that had a BOM and CRLF line ends", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${PLAN.replace(/\n/g, "\r\n")}`);
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    const crlf = new SourceIndex([loaded("c.yaml", decoded.text)]);
    expect(crlf.position({ file: "c.yaml", path: ["goals", 1, "title"] })).toMatchObject({ line: 13, column: 12 });
    expect(crlf.position({ file: "c.yaml", path: ["title"] })).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 18 });
  });

  it("uses the latest version of a file added again (an editor re-parsing a buffer)", () => {
    const live = new SourceIndex([loaded("x.yaml", "title: a\n")]);
    live.add(loaded("x.yaml", "\n\ntitle: b\n"));
    expect(live.position({ file: "x.yaml", path: ["title"] })).toMatchObject({ line: 3, column: 8 });
  });

  it("ends a collection's range on its first line", () => {
    const position = index.position({ file: "p.yaml", path: ["goals", 1] });
    expect(position.line).toBe(11);
    expect(position.endLine).toBe(11);
  });
});

describe("SourceIndex.line", () => {
  it("returns one source line, 1-based", () => {
    expect(index.line("p.yaml", 3)).toBe("title: A strategy");
  });

  it("drops the CR of CRLF line ends", () => {
    const crlf = new SourceIndex([loaded("c.yaml", "a: 1\r\nb: 2\r\n")]);
    expect(crlf.line("c.yaml", 2)).toBe("b: 2");
  });

  it("is undefined past the end, for an unknown file, and for a file without text", () => {
    expect(index.line("p.yaml", 1000)).toBeUndefined();
    expect(index.line("other.yaml", 1)).toBeUndefined();
    const unread = new SourceIndex([unreadFile({ file: "bin.yaml", absolutePath: "bin.yaml" }, [])]);
    expect(unread.line("bin.yaml", 1)).toBeUndefined();
  });
});
