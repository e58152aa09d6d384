import { Command, type CommandUnknownOpts } from "@commander-js/extra-typings";
import { coverageCommand } from "./coverage/index.js";
import { diffCommand } from "./diff/index.js";
import { exportStratmlCommand } from "./export-stratml/index.js";
import { graphCommand } from "./graph/index.js";
import { importStratmlCommand } from "./import-stratml/index.js";
import { initCommand } from "./init/index.js";
import { lintCommand } from "./lint/index.js";
import { lspCommand } from "./lsp/index.js";
import { reportCommand } from "./report/index.js";
import { schemaCommand } from "./schema/index.js";
import { showCommand } from "./show/index.js";

// Every command of ogp, in the order `ogp --help` lists them. Each folder holds one command:
// definition.ts (options, arguments, help), run.ts (what it does, loaded only when it runs) and
// index.ts (the two joined). `import` and `export` group one command per format.

const importGroup = new Command("import").description("convert plans from another format into ogp plan files").addCommand(importStratmlCommand);
const exportGroup = new Command("export").description("write an ogp plan in another format").addCommand(exportStratmlCommand);

export const COMMANDS: readonly CommandUnknownOpts[] = [lintCommand, graphCommand, showCommand, lspCommand, coverageCommand, diffCommand, importGroup, exportGroup, initCommand, schemaCommand, reportCommand];
