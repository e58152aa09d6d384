import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { displayPath, expandPaths } from "../../src/load/files.js";
import { tempDir } from "../helpers.js";

const PLAN = "kind: strategy\n";

/** The expanded paths relative to `dir`, for readable assertions. */
async function expand(dir: string, inputs: string[]): Promise<string[]> {
  return (await expandPaths(inputs, dir)).map((p) => path.relative(dir, p).split(path.sep).join("/"));
}

function hasMkfifo(): boolean {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("expandPaths", () => {
  it("returns a named file as an absolute path, whatever its extension", async () => {
    const dir = tempDir({ "plan.txt": PLAN, "a.yaml": PLAN });
    expect(await expandPaths(["plan.txt"], dir)).toEqual([path.join(dir, "plan.txt")]);
    expect(await expand(dir, ["plan.txt", "a.yaml"])).toEqual(["plan.txt", "a.yaml"]);
  });

  it("searches a directory recursively for .yaml and .yml files, in sorted order", async () => {
    const dir = tempDir({
      "b.yaml": PLAN,
      "a.yml": PLAN,
      "sub/c.yaml": PLAN,
      "sub/deeper/d.yaml": PLAN,
      "notes.md": "# notes",
      "data.json": "{}",
      "x.yaml.bak": PLAN,
    });
    expect(await expand(dir, ["."])).toEqual(["a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.yaml"]);
  });

  it("skips node_modules and .git", async () => {
    const dir = tempDir({ "a.yaml": PLAN, "node_modules/pkg/x.yaml": PLAN, "sub/node_modules/y.yaml": PLAN, ".git/z.yaml": PLAN });
    expect(await expand(dir, ["."])).toEqual(["a.yaml"]);
  });

  it("skips a directory named like a plan file inside a searched directory", async () => {
    const dir = tempDir({ "a.yaml": PLAN });
    mkdirSync(path.join(dir, "x.yaml"));
    expect(await expand(dir, ["."])).toEqual(["a.yaml"]);
  });

  it("searches a directory named like a plan file when it is named directly", async () => {
    const dir = tempDir({ "x.yaml/inner.yaml": PLAN });
    expect(await expand(dir, ["x.yaml"])).toEqual(["x.yaml/inner.yaml"]);
  });

  it("lists each file once, in the order the inputs name them", async () => {
    const dir = tempDir({ "p/a.yaml": PLAN, "p/b.yaml": PLAN, "q/c.yaml": PLAN });
    expect(await expand(dir, ["q", "p/b.yaml", "p", "./p/a.yaml", "p/../p/b.yaml"])).toEqual(["q/c.yaml", "p/b.yaml", "p/a.yaml"]);
  });

  it("resolves inputs against the given working directory", async () => {
    const dir = tempDir({ "sub/a.yaml": PLAN });
    expect(await expandPaths(["a.yaml"], path.join(dir, "sub"))).toEqual([path.join(dir, "sub/a.yaml")]);
    expect(await expandPaths([path.join(dir, "sub/a.yaml")], "/")).toEqual([path.join(dir, "sub/a.yaml")]);
  });

  it("returns nothing for no inputs", async () => {
    expect(await expandPaths([], tempDir())).toEqual([]);
  });

  it("throws a UsageError naming a path that does not exist", async () => {
    const dir = tempDir();
    await expect(expandPaths(["missing.yaml"], dir)).rejects.toThrow(new UsageError("missing.yaml: no such file or directory"));
    await expect(expandPaths(["missing.yaml"], dir)).rejects.toBeInstanceOf(UsageError);
  });

  it("throws a UsageError for a path below a file", async () => {
    const dir = tempDir({ "a.yaml": PLAN });
    await expect(expandPaths(["a.yaml/b.yaml"], dir)).rejects.toBeInstanceOf(UsageError);
  });

  it("throws a UsageError for a dangling symbolic link", async () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, "nowhere.yaml"), path.join(dir, "dangling.yaml"));
    await expect(expandPaths(["dangling.yaml"], dir)).rejects.toThrow("dangling.yaml: no such file or directory");
  });

  it("throws a UsageError for a symbolic link loop named directly", async () => {
    const dir = tempDir();
    symlinkSync("b.yaml", path.join(dir, "a.yaml"));
    symlinkSync("a.yaml", path.join(dir, "b.yaml"));
    await expect(expandPaths(["a.yaml"], dir)).rejects.toThrow(new UsageError("a.yaml: symbolic link loop"));
  });

  it("does not hang or throw on symbolic link loops inside a searched directory", async () => {
    const dir = tempDir({ "ok.yaml": PLAN });
    symlinkSync("b.yaml", path.join(dir, "a.yaml"));
    symlinkSync("a.yaml", path.join(dir, "b.yaml"));
    symlinkSync(".", path.join(dir, "self"));
    symlinkSync("..", path.join(dir, "parent.yaml"));
    expect(await expand(dir, ["."])).toEqual(["ok.yaml"]);
  });

  it("follows a symbolic link named directly", async () => {
    const dir = tempDir({ "real/a.yaml": PLAN });
    symlinkSync(path.join(dir, "real/a.yaml"), path.join(dir, "link.yaml"));
    expect(await expand(dir, ["link.yaml"])).toEqual(["link.yaml"]);
  });

  it.skipIf(!hasMkfifo())("throws a UsageError for a path that is neither a file nor a directory (a FIFO)", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [path.join(dir, "pipe.yaml")]);
    await expect(expandPaths(["pipe.yaml"], dir)).rejects.toThrow(new UsageError("pipe.yaml: not a regular file or directory"));
  });

  it("finds plan files with upper-case extensions in a directory (.YAML, .Yml)", async () => {
    const dir = tempDir({ "PLAN.YAML": PLAN, "other.Yml": PLAN });
    expect(await expand(dir, ["."])).toEqual(["PLAN.YAML", "other.Yml"]);
  });

  // Links to files inside a searched folder are read like the files they point at; links to folders are
  // not descended into, which is enough to rule out loops.
  it("finds a symbolic link to a plan file inside a searched directory", async () => {
    const dir = tempDir({ "elsewhere/a.yaml": PLAN, "plans/b.yaml": PLAN });
    symlinkSync(path.join(dir, "elsewhere/a.yaml"), path.join(dir, "plans/a.yaml"));
    expect(await expand(dir, ["plans"])).toEqual(["plans/a.yaml", "plans/b.yaml"]);
  });
});

describe("displayPath", () => {
  it("is relative to the working directory, with '/' separators", () => {
    expect(displayPath(path.join("/work/project", "plans", "2023", "s.yaml"), "/work/project")).toBe("plans/2023/s.yaml");
  });
  it("climbs out of the working directory with '..'", () => {
    expect(displayPath("/work/other/s.yaml", "/work/project")).toBe("../other/s.yaml");
  });
  it("uses the base name when the path is the working directory itself", () => {
    expect(displayPath("/work/project", "/work/project")).toBe("project");
  });
});

describe("expandPaths: skipped files are never skipped in silence", () => {
  it("skips hidden files and folders in a searched directory (the rule --help states), but lints a hidden file named directly", async () => {
    const dir = tempDir({ "a.yaml": PLAN, ".hidden.yaml": PLAN, ".config/b.yaml": PLAN, "sub/.c.yml": PLAN });
    expect(await expand(dir, ["."])).toEqual(["a.yaml"]);
    expect(await expand(dir, [".hidden.yaml"])).toEqual([".hidden.yaml"]);
  });

  it("reports a plan file whose name is not valid UTF-8 instead of dropping it", async () => {
    const dir = tempDir({ "a.yaml": PLAN });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from(".yaml")]), PLAN);
    const reported: string[] = [];
    expect(await expand(dir, ["."])).toEqual(["a.yaml"]);
    await expandPaths(["."], dir, (absolute, reason) => reported.push(`${path.basename(absolute)}: ${reason}`));
    expect(reported).toEqual(["caf\uFFFD.yaml: nonUtf8Name"]);
  });
});
