import type { MessageTable } from "../core/messages.js";

// The wording of every problem found while reading and parsing a file, one table per rule id,
// shared with the rule's `loadStageRule` definition (src/lint/rules/*), so that each message can
// be found, tested and later translated in one place.

export const INVALID_FILE_MESSAGES = {
  tooLarge: "file is {{size}}, over the {{limit}} limit for a plan file; split it (deliverables can have files of their own), or raise the limit with OGP_MAX_FILE_SIZE for files you trust",
  utf16: "UTF-16 text: save the file as UTF-8",
  binary: "binary file (it contains NUL bytes): not a YAML plan",
  invalidUtf8: "invalid UTF-8: plan files must be UTF-8 text",
  tooDeepToParse: "nesting is too deep to parse: no plan needs more than {{limit}} levels; check for runaway indentation or brackets",
  tooDeep: "nesting is deeper than {{limit}} levels: no plan needs this; check for runaway indentation or brackets",
  tooManyErrors: "YAML parsing stopped after {{limit}} syntax errors (the rest of the file was not read): fix the first problems, then lint again",
  aliasBomb: "too many alias expansions (over {{limit}}): this looks like an alias bomb; plans do not need aliases this heavily",
  unreadable: "cannot read the YAML document: {{detail}}",
  nonUtf8Name: "file name is not valid UTF-8: rename the file with UTF-8 characters to lint it",
} as const satisfies MessageTable;

/** Past the cap of problems listed per file (loading and schema), one more problem counts the rest. */
export const CAP_MESSAGES = {
  moreProblems: "{{rest}} more {{noun}} in this file not listed (only the first {{cap}} are): fix these, then lint again",
} as const satisfies MessageTable;

export const YAML_SYNTAX_MESSAGES = {
  multipleDocuments: "several YAML documents in one file ('---'): put each plan document in its own file",
  tabIndent: "tab used for indentation: YAML indents with spaces only",
  tabIndentAdvice: "a tab indents '{{key}}': YAML indents with spaces only; replace the tab with {{spaces}} spaces, {{relation}} '{{aboveKey}}' above",
  tabIndentFirst: "a tab indents '{{key}}': YAML indents with spaces only; replace the tab with spaces",
  firstKeyIndented: "the first key '{{key}}' is indented {{found}} spaces, but the keys after it are indented {{expected}}: a plan's top-level keys start at the beginning of the line; remove the spaces before '{{key}}'",
  misalignedDash: "the '- ' before '{{key}}' is indented {{found}} spaces, but the items of the list above it are indented {{expected}}: the items of one list line up, so indent this '- ' by {{expected}} spaces",
  lostDash: "'{{key}}' starts a new list item but has no '- ' before it, so its keys joined the item above ({{keys}} given twice): write the line as '{{fixed}}'",
  syntax: "YAML syntax error: {{detail}}",
  misindentedKey: "'{{key}}' is indented {{found}} spaces, but '{{previousKey}}' above it is indented {{expected}}: the keys of one item line up, so indent '{{key}}' by {{expected}} spaces (or move it under the item it belongs to)",
  keyTooDeep: "'{{key}}' is indented {{found}} spaces, deeper than '{{previousKey}}' above it ({{expected}}), so YAML reads it as part of the value of '{{previousKey}}': indent it by {{expected}} spaces",
  colonInValue: "the value of '{{key}}' holds ': ', which YAML reads as a second key on one line: quote the value, e.g. {{key}}: \"{{value}}\"",
  missingColon: "'{{text}}' is neither a key (no ':') nor a list item (no '-'): write it as '{{text}}: <value>'",
  unclosedQuote: "this value's opening {{quote}} is never closed: end the value with {{quote}} on the same line, or remove the quote",
  unclosedBracket: "this '{{open}}' is never closed: close it with '{{close}}' on the same line, or write the value as an indented block",
  crLineEnds: "the line ends are CR only (old Mac style), so YAML reads the whole file as one line: save it with LF (or CRLF) line ends",
  complexKey: "a key that is a list or mapping ('? [a, b]') cannot be a plan key: write each key as a plain word",
  aliasInItself: "alias '*{{name}}' sits inside the value its anchor '&{{name}}' names, so that value would contain itself without end: repeat the content instead of the alias",
  undefinedAlias: "alias '*{{name}}' refers to no anchor '&{{name}}' defined before it",
  aliasOfPlanNodes: "alias '*{{name}}' repeats plan nodes (items with an 'id'), and every id must be unique: write each goal, objective or deliverable out once, and link to it by reference instead",
} as const satisfies MessageTable;

export const YAML_DUPLICATE_KEY_MESSAGES = {
  duplicateKey: "duplicate key: this key is already defined in the same mapping; remove or rename one",
  duplicateKeyNamed: "duplicate key '{{key}}': it is already defined in the same mapping; remove or rename one",
  firstDefinition: "'{{key}}' first defined here",
} as const satisfies MessageTable;

/** not-a-plan findings come from both stages: an empty file (load) and data that is no plan (validate). */
export const NOT_A_PLAN_MESSAGES = {
  emptyFile: "empty file (no YAML content): a plan file holds one mapping with 'kind', 'id', 'title' and 'status'",
  notMapping: "not an ogp plan: the file holds {{got}}, not a mapping with 'kind', 'id', 'title' and 'status'",
  notAPlanFile: "not a plan file: a YAML mapping with no plan 'kind' and no 'id', 'title' or 'status' (its keys: {{keys}}); keep other tools' YAML out of the plans folder, or lint the plan files by path",
  noKind: "not an ogp plan: no 'kind' key (expected kind: strategy, workplan or deliverable)",
} as const satisfies MessageTable;
