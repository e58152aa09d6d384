/**
 * The directive comments found without the YAML lexer (src/suppress/quick-comments.ts) are the
 * lexer's, or the quick scan declines: on the shipped plans, on lines made of pieces where a `#`
 * and the marker stand in comments, quoted strings, block strings and plain values, and on the
 * cases where only the lexer can tell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { lexedDirectiveComments as lexed } from "../../src/suppress/directives.js";
import { commentsWithoutLexer } from "../../src/suppress/quick-comments.js";
import { ROOT } from "../helpers.js";

function parsed(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

describe("directive comments without the lexer", () => {
  it("on the shipped plans that hold directives: found without the lexer, and the lexer's", async () => {
    for (const file of ["plans/2020/workplan.yaml", "plans/2023/strategy-consultation.yaml"]) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const quick = commentsWithoutLexer(text, parsed(text));
      expect(quick, file).toBeDefined();
      expect(quick).toEqual(await lexed(text));
      expect(quick!.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["a quoted value", 'title: "a # ogp-disable-line schema"\n'],
    ["a quote before the comment", 'title: "it is" # ogp-disable-line schema\n'],
    ["a block string", "description: |\n  # ogp-disable-line schema\n  more\n"],
    ["a quoted string over two lines", 'title: "long\n  # ogp-disable-line schema\n  end"\n'],
    ["a second document", "id: a\n---\ndescription: |\n  # ogp-disable-next-line schema\n"],
    ["a key", '"ogp-disable": 1\n'],
  ])("declines where only the lexer can tell: %s", (_, text) => {
    expect(commentsWithoutLexer(text, parsed(text) ?? {})).toBeUndefined();
  });

  it("finds a comment after a block string's header, and none in a plain value glued to '#'", () => {
    const text = "description: > # ogp-disable-line schema\n  text\ntitle: a#b\n";
    expect(commentsWithoutLexer(text, parsed(text))).toEqual([{ line: 1, column: 16, text: "# ogp-disable-line schema" }]);
  });

  it("on lines made of random pieces: the lexer's comments whenever it answers", async () => {
    const piece = fc.constantFrom(
      "title: plain text",
      "title: a#b",
      'title: "quoted # ogp-disable-line schema"',
      "title: 'single # not a comment'",
      'title: "x"  # ogp-disable-line schema -- why',
      'title: "a # b"  # ogp-disable-line schema',
      "- id: d1  # ogp-disable-line missing-title",
      "  # ogp-disable-next-line label-sequence",
      "# a comment # ogp-disable-line x",
      "description: |",
      "  # ogp-disable-line inside a block",
      "tags: [a, b]  # ogp-disable-line schema",
      "note: x # plain # ogp-disable-line y",
      "",
    );
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.boolean(), async (lines, crlf) => {
        const text = lines.join(crlf ? "\r\n" : "\n") + "\n";
        const data = parsed(text);
        const quick = commentsWithoutLexer(text, data);
        if (quick === undefined) return;
        answered++;
        expect(quick).toEqual(await lexed(text));
      }),
      { numRuns: 500 },
    );
    // The scan answers often enough for the property to say something.
    expect(answered).toBeGreaterThan(40);
  });
});
