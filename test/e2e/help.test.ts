import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { runOgp } from "../helpers.js";

// Every command's --help, whole: the help texts live in src/commands/*/definition.ts, and a
// change of wording or layout should be a change someone meant (UPDATE_GOLDEN=1 to accept it).
const COMMANDS = ["", "lint", "graph", "show", "lsp", "coverage", "diff", "import", "import stratml", "export", "export stratml", "init", "schema", "report"];

describe("--help (built binary)", () => {
  it.each(COMMANDS.map((command) => [`ogp ${command ? `${command} ` : ""}--help`, command]))("%s", async (_, command = "") => {
    const { code, stdout, stderr } = await runOgp([...command.split(" ").filter(Boolean), "--help"], { env: { COLUMNS: "100" } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expectGolden(`help-${command.replace(" ", "-") || "ogp"}.txt`, stdout);
  });
});
