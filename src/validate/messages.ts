import type { MessageTable } from "../core/messages.js";

// The wording of every schema finding, shared with the `schema` rule's definition. `{{place}}`
// names the place in the document as a plan editor would ("'title'", "item 2 of 'goals'").
// A message that can suggest the nearest key or value comes twice: "...Suggest" (or
// unknownKeyHere) with `{{suggestion}}` (the one nearest key or value, "title"), and without,
// so every sentence is here.

export const SCHEMA_MESSAGES = {
  unknownKind: "unknown kind {{kind}}: use strategy, workplan or deliverable",
  unknownKindSuggest: "unknown kind {{kind}}: use strategy, workplan or deliverable; did you mean '{{suggestion}}'?",
  unknownKey: "unknown key '{{key}}'",
  unknownKeySuggest: "unknown key '{{key}}'; did you mean '{{suggestion}}'?",
  invisibleInKey: "key '{{key}}' contains an invisible character ({{characters}}): delete it and write the key as '{{visible}}'",
  unknownKeyHere: "unknown key '{{key}}' in {{placeName}}; did you mean '{{suggestion}}'?",
  unknownKeyAllowed: "unknown key '{{key}}' in {{placeName}}; allowed here: {{allowed}}",
  unknownKeyAllowedAnywhere: "unknown key '{{key}}'; allowed here: {{allowed}}",
  missingKey: "{{place}} is missing the required key '{{key}}'",
  taggedForString: "{{place}} must be {{expected}}, not {{got}}: quote the value to keep it as text",
  wrongType: "{{place}} must be {{expected}}, not {{got}}",
  numberForString: "{{place}} must be {{expected}}, not {{got}}: quote it, e.g. \"{{value}}\" (unquoted, YAML reads it as a number)",
  notInEnum: "{{place}} must be one of {{allowed}}; got {{value}}",
  notInEnumSuggest: "{{place}} must be one of {{allowed}}; got {{value}}; did you mean '{{suggestion}}'?",
  notConst: "{{place}} must be {{value}}",
  badId: "{{place}} {{value}} is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit",
  badDate: "{{place}} {{value}} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
  badReference: "{{place}} {{value}} is not a valid reference: write '<document-id>/<node-id>', or a bare '<node-id>' in the same document",
  noSuchDay: "{{place}} {{value}} is not a real date: {{monthName}} {{year}} has {{days}} days",
  outOfRange: "{{place}} {{value}} is out of range ({{limit}})",
  empty: "{{place}} must not be empty",
  emptyMapping: "{{place}} must not be empty: give at least one of its keys",
  other: "{{place}} {{detail}}",
} as const satisfies MessageTable;
