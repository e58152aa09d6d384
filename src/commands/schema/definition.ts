import { Argument, Command } from "@commander-js/extra-typings";
import { SCHEMA_KINDS } from "../../project/schema-kinds.js";

/** `ogp schema`: its arguments and help. */
export const schemaDefinition = new Command("schema")
  .description("print a JSON Schema (self-contained), for editors and other tools; without a kind, list the schema files")
  .addArgument(new Argument("[kind]", "which schema").choices(SCHEMA_KINDS))
  .addHelpText(
    "after",
    `
The plan files' schemas (strategy, workplan, deliverable, with common's definitions copied in),
ogp.config.yaml's and the baseline's, and the contracts of every command's JSON output.

Examples:
  ogp schema strategy > strategy.schema.json
  ogp schema coverage-output     what 'ogp coverage --format json' prints
  ogp schema                     list the schema files of the installed package (for $schema modelines)`,
  );
