/** The config's plan globs, matched by the loader's own folder walker and picomatch as globby matched them (globby is gone). */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolvePlans } from "../../src/project/resolve.js";
import { tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

function tree(): string {
  const dir = tempDir();
  for (const folder of ["plans/sub/.hid", "plans/node_modules", ".git", "more"]) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const file of ["plans/a.yaml", "plans/b.yml", "plans/.h.yaml", "plans/sub/c.yaml", "plans/sub/.hid/d.yaml", "plans/node_modules/e.yaml", ".git/g.yaml", "more/f.yaml", "x.yaml", "plans/sub/g.txt"]) writeFileSync(path.join(dir, file), "");
  symlinkSync(path.join(dir, "x.yaml"), path.join(dir, "plans/lx.yaml"));
  return dir;
}

async function matches(dir: string, glob: string): Promise<string[]> {
  writeFileSync(path.join(dir, "ogp.config.yaml"), `plans: ['${glob}']\n`);
  return (await resolvePlans({ paths: [] }, dir)).load;
}

describe("plan globs in ogp.config.yaml", () => {
  // What globby 16 gave for each (with node_modules and .git ignored), on the same tree.
  const cases: [string, string[]][] = [
    ["plans/*.yaml", ["plans/a.yaml", "plans/lx.yaml"]],
    ["plans/**", ["plans/a.yaml", "plans/b.yml", "plans/lx.yaml", "plans/sub/c.yaml", "plans/sub/g.txt"]],
    ["plans/**/*.yaml", ["plans/a.yaml", "plans/lx.yaml", "plans/sub/c.yaml"]],
    // The config file itself matches these two, with globby too.
    ["**/*.yaml", ["more/f.yaml", "ogp.config.yaml", "plans/a.yaml", "plans/lx.yaml", "plans/sub/c.yaml", "x.yaml"]],
    ["*.yaml", ["ogp.config.yaml", "x.yaml"]],
    ["more/*", ["more/f.yaml"]],
    ["plans/{a,b}.y*ml", ["plans/a.yaml", "plans/b.yml"]],
    ["plans/.h*", ["plans/.h.yaml"]],
    ["plans/**/.hid/*", ["plans/sub/.hid/d.yaml"]],
  ];
  it.each(cases)("%s", async (glob, expected) => {
    expect(await matches(tree(), glob)).toEqual(expected);
  });

  it("a glob that matches nothing is a usage error naming it", async () => {
    await expect(matches(tree(), "nowhere/*.yaml")).rejects.toThrow(/plans: 'nowhere\/\*\.yaml' matches no files/);
  });
});
