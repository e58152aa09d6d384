import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Command, type CommandUnknownOpts } from "@commander-js/extra-typings";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/commands/index.js";
import { day, formatNames, globalsOf, integer, percentage, positive } from "../../src/commands/options.js";
import { COVERAGE_FORMATS } from "../../src/formatters/coverage-formats.js";
import { DIFF_FORMATS } from "../../src/formatters/diff-formats.js";
import { EVOLUTION_FORMATS } from "../../src/formatters/evolution-formats.js";
import { GRAPH_FORMATS } from "../../src/formatters/graph-formats.js";
import { REPORT_FORMATS } from "../../src/formatters/html/formats.js";
import { IMPORT_FORMATS } from "../../src/formatters/import-formats.js";
import { LINT_FORMATS } from "../../src/formatters/lint-formats.js";
import { SHOW_FORMATS } from "../../src/formatters/show-formats.js";
import { ROOT } from "../helpers.js";

/** The command at a path of names from the top ("import stratml"). */
function commandAt(names: string): CommandUnknownOpts {
  let found: CommandUnknownOpts | undefined;
  let within: readonly CommandUnknownOpts[] = COMMANDS;
  for (const name of names.split(" ")) {
    found = within.find((command) => command.name() === name);
    if (!found) throw new Error(`no command '${names}'`);
    within = found.commands;
  }
  return found!;
}

describe("command definitions", () => {
  it("list the commands in the order ogp --help shows them", () => {
    expect(COMMANDS.map((command) => command.name())).toEqual(["lint", "graph", "show", "lsp", "coverage", "diff", "import", "export", "init", "schema", "report"]);
  });

  it.each([
    ["lint", LINT_FORMATS],
    ["graph", GRAPH_FORMATS],
    ["show", SHOW_FORMATS],
    ["coverage", COVERAGE_FORMATS],
    ["diff", DIFF_FORMATS],
    ["import stratml", IMPORT_FORMATS],
    ["report", REPORT_FORMATS],
  ])("ogp %s --format offers exactly its format registry's names", (names, registry) => {
    const format = commandAt(names).options.find((option) => option.long === "--format");
    expect(format?.argChoices).toEqual(Object.keys(registry));
  });

  it("diff --evolution has a formatter for every name diff's --format offers", () => {
    expect(Object.keys(EVOLUTION_FORMATS)).toEqual(Object.keys(DIFF_FORMATS));
  });

  it("formatNames gives a registry's keys in their order", () => {
    expect(formatNames({ b: 1, a: 2 })).toEqual(["b", "a"]);
  });
});

describe("option parsers", () => {
  it("integer takes whole numbers from 0, positive from 1", () => {
    expect(integer("0")).toBe(0);
    expect(positive("12")).toBe(12);
    for (const bad of ["-1", "1.5", "x", ""]) expect(() => integer(bad)).toThrow("expected a whole number of 0 or more.");
    for (const bad of ["0", "01", "-2"]) expect(() => positive(bad)).toThrow("expected a whole number of 1 or more.");
  });

  it("percentage takes up to 100, and negative numbers of goals", () => {
    expect(percentage("80")).toBe(80);
    expect(percentage("-2")).toBe(-2);
    for (const bad of ["101", " ", "abc"]) expect(() => percentage(bad)).toThrow("expected a percentage up to 100");
  });

  it("day takes real dates written YYYY-MM-DD", () => {
    expect(day("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2025-13-01", "2025-7-1"]) expect(() => day(bad)).toThrow("expected a date written YYYY-MM-DD");
  });
});

describe("globalsOf", () => {
  const program = () => {
    const root = new Command("ogp").option("--no-color").option("--color").option("--debug").option("--config <file>").exitOverride();
    const leaf = new Command("stratml").action(() => undefined);
    root.addCommand(new Command("import").addCommand(leaf));
    return { root, leaf };
  };

  it("reads the program's options from a command two levels down", () => {
    const { root, leaf } = program();
    root.parse(["--debug", "--config", "c.yaml", "import", "stratml"], { from: "user" });
    expect(globalsOf(leaf)).toEqual({ color: undefined, debug: true, config: "c.yaml" });
  });

  it("leaves colour to the environment unless a colour flag was given", () => {
    const { root, leaf } = program();
    root.parse(["--no-color", "import", "stratml"], { from: "user" });
    expect(globalsOf(leaf).color).toBe(false);
  });
});

describe("the commands' modules", () => {
  const folders = readdirSync(path.join(ROOT, "src/commands"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const staticImports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^import [^;]*? from "([^"]+)";$/gms)].map((match) => match[1]);

  it("each folder holds a definition, a runner and the module joining them", () => {
    expect(folders.length).toBe(11);
    for (const folder of folders) expect(readdirSync(path.join(folder.parentPath, folder.name)).sort()).toEqual(["definition.ts", "index.ts", "run.ts"]);
  });

  it("load no runner until the command runs (ogp --help stays light)", () => {
    for (const folder of folders) {
      const dir = path.join(folder.parentPath, folder.name);
      for (const file of ["definition.ts", "index.ts"]) expect(staticImports(path.join(dir, file)), `${folder.name}/${file}`).not.toContain("./run.js");
      // The definition imports commander, the shared options and small constants (format registries, rule metadata, schema names).
      for (const imported of staticImports(path.join(dir, "definition.ts"))) {
        expect(imported, `${folder.name}/definition.ts`).toMatch(/^(@commander-js\/extra-typings|\.\.\/options\.js|\.\.\/\.\.\/formatters\/(html\/)?[a-z-]*formats\.js|\.\.\/\.\.\/runs\/lint-rules\.js|\.\.\/\.\.\/project\/schema-kinds\.js|\.\.\/\.\.\/core\/fit-text\.js)$/);
      }
    }
  });
});
