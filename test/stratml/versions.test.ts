import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importStratml } from "../../src/stratml/import.js";
import { HAS_SHARED } from "../helpers.js";
import { sample } from "./fixtures.js";

// Two versions of one plan: SMLC2011.xml (the StratML committee's 2011 report, unedited) and
// versions/SMLC2012.xml, a later report written by hand from it: every GUID Identifier
// regenerated (as the committee's form does for each report), objectives 1.1 and 1.2 listed in
// the other order, 1.3 renamed, 2.4 removed, 3.3 added.

type Json = Record<string, unknown>;
const LATER = readFileSync(path.join(import.meta.dirname, "versions/SMLC2012.xml"), "utf8");

/** Every goal, objective and indicator: its kind, label (or title), id and StratML Identifier. */
function nodes(data: Json): { kind: string; key: string; id: string; identifier?: string }[] {
  const out: { kind: string; key: string; id: string; identifier?: string }[] = [];
  const visit = (list: unknown, kind: string) => {
    for (const node of (list ?? []) as Json[]) {
      const identifier = ((node.data as Json | undefined)?.stratml as Json | undefined)?.identifier as string | undefined;
      out.push({ kind, key: String(node.label ?? node.title), id: String(node.id), identifier });
      visit(node.objectives, "objective");
      visit(node.indicators, `indicator of ${String(node.id)}`);
    }
  };
  visit(data.goals, "goal");
  return out;
}

type Nodes = ReturnType<typeof nodes>;

describe.skipIf(!HAS_SHARED)("ids across two versions of one plan", () => {
  // Read in beforeAll, not while the tests are collected: a clone without ../shared skips this block.
  let before: Nodes = [];
  let after: Nodes = [];
  beforeAll(() => {
    before = nodes(importStratml(sample("SMLC2011.xml"), "SMLC2011.xml").data);
    after = nodes(importStratml(LATER, "SMLC2012.xml").data);
  });

  it("the later version regenerated every Identifier, so Identifiers cannot pair its nodes", () => {
    const old = new Set(before.map((n) => n.identifier).filter(Boolean));
    expect(after.filter((n) => n.identifier && old.has(n.identifier))).toEqual([]);
  });

  it("gives the same id to every goal and objective whose sequence indicator is unchanged, wherever it is listed", () => {
    const labelled = (list: Nodes) => new Map(list.filter((n) => n.kind === "goal" || n.kind === "objective").map((n) => [n.key, n.id]));
    const old = labelled(before);
    const now = labelled(after);
    const common = [...old.keys()].filter((label) => now.has(label));
    expect(common.length).toBe(12); // 3 goals and 9 of the 10 objectives (2.4 was removed)
    for (const label of common) expect(now.get(label), label).toBe(old.get(label));
    expect(now.get("1.3")).toBe("objective-1.3"); // renamed: the number holds its id
    expect(now.get("3.3")).toBe("objective-3.3");
    expect(old.get("Part 1")).toBe("goal-part-1");
  });

  it("gives the same id to the indicators of unchanged objectives", () => {
    const indicators = (list: Nodes) => list.filter((n) => n.kind.startsWith("indicator")).map((n) => n.id);
    const now = new Set(indicators(after));
    const kept = indicators(before).filter((id) => !id.startsWith("objective-2.4-"));
    expect(kept.length).toBe(10);
    expect(kept.filter((id) => !now.has(id))).toEqual([]);
  });
});
