import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runOgp, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

const SKIPPED = WORKPLAN.replace("title: Action one\n", 'title: Action one\n  - id: d2\n    label: "3"\n    title: Deliverable two\n    advances: [{ ref: s/g1, cite: "x" }]\n');

describe("accepting findings through the CLI", () => {
  it("--write-baseline records today's findings; later runs report only new ones and count what can be pruned", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/w.yaml": SKIPPED });
    const write = await runOgp(["lint", "--write-baseline"], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toBe("ogp: recorded 1 finding in ogp-baseline.json; later runs report only new ones\n");
    expect((JSON.parse(readFileSync(path.join(dir, "ogp-baseline.json"), "utf8")) as { findings: unknown[] }).findings).toHaveLength(1);

    const clean = await runOgp(["lint", "--max-warnings", "0"], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: "", stderr: "" });

    writeFileSync(path.join(dir, "plans/w.yaml"), WORKPLAN);
    const fixed = await runOgp(["lint", "--max-warnings", "0"], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe("ogp: 1 baseline entry matches no finding any more (fixed); prune with ogp lint --write-baseline\n");

    const named = await runOgp(["lint", "--write-baseline", "plans/w.yaml"], { cwd: dir });
    expect(named.code).toBe(2);
  });

  it("an inline directive accepts one finding; one that suppresses nothing is a warning", async () => {
    const accepted = SKIPPED.replace('    label: "3"', '    # ogp-disable-next-line label-sequence -- numbered as in the source\n    label: "3"');
    const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/w.yaml": accepted });
    expect(await runOgp(["lint"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    writeFileSync(path.join(dir, "plans/w.yaml"), accepted.replace('label: "3"', 'label: "2"'));
    const { stdout } = await runOgp(["lint", "--format", "json"], { cwd: dir });
    expect((JSON.parse(stdout) as { problems: { rule: string; message: string }[] }).problems).toEqual([
      expect.objectContaining({ rule: "unused-disable", message: "ogp-disable-next-line for label-sequence suppresses nothing: the problem it accepted is gone; remove the comment" }),
    ]);
  });
});
