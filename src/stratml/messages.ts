import type { MessageTable } from "../core/messages.js";

// The wording of the findings a StratML file gives when read directly (`ogp lint plan.xml`).
// The importer words each slip of the source itself (its summary lists them too), so the
// `stratml` table passes that sentence on whole.

export const XML_SYNTAX_MESSAGES = {
  notWellFormed: "not well-formed XML: {{detail}}",
} as const satisfies MessageTable;

export const STRATML_MESSAGES = {
  notStratml: "{{detail}}",
  slip: "{{detail}}",
} as const satisfies MessageTable;
