import { Command } from "@commander-js/extra-typings";

/** `ogp init`: its options, arguments and help. */
export const initDefinition = new Command("init")
  .description("scaffold a plan repository: ogp.config.yaml, a strategy, a work plan, a deliverable, a GitHub Actions workflow, a pre-commit hook, a README and .gitignore")
  .argument("[dir]", "the folder to scaffold (created if missing)", ".")
  .option("--force", "overwrite the scaffold's files that already exist (without it, existing files are kept and listed)")
  .option("--readme", "add a section about the plans to an existing README.md")
  .addHelpText(
    "after",
    `
In a repository that already has some of these files, init writes the missing ones and lists
those it kept. .gitignore is created, or extended with the lines it lacks (node_modules/,
.ogpcache), keeping its own.

Examples:
  npm install --save-dev plans-as-code && npx ogp init && npx ogp lint
  ogp init my-plans
  ogp init --readme          (in a repository with a README of its own)`,
  );

/** The options of `ogp init` as commander parses them. */
export type InitCommandOptions = ReturnType<typeof initDefinition.opts>;
