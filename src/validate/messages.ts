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
  badDateSuggest: "{{place}} {{value}} is not a date: dates are written year first, YYYY-MM-DD; did you mean \"{{suggestion}}\"?",
  badReference: "{{place}} {{value}} is not a valid reference: write '<document-id>/<node-id>', or a bare '<node-id>' in the same document",
  noSuchDay: "{{place}} {{value}} is not a real date: {{monthName}} {{year}} has {{days}} days",
  outOfRange: "{{place}} {{value}} is out of range ({{limit}})",
  empty: "{{place}} must not be empty",
  emptyMapping: "{{place}} must not be empty: give at least one of its keys",
  other: "{{place}} {{detail}}",
} as const satisfies MessageTable;

/**
 * The phrases schema messages carry in their data: the place in the document ({{place}}), what a
 * value must be ({{expected}}) and what it is ({{got}}), the kind of mapping an unknown key sits
 * in ({{placeName}}), month names ({{monthName}}) and what a file that is no mapping holds
 * (not-a-plan's {{got}}). Worded here, not in code, so they translate with the messages.
 */
export const SCHEMA_PHRASES = {
  placeKey: "'{{key}}'",
  placeItem: "item {{number}} of '{{list}}'",
  placeDocument: "the document",
  // what a value must be: one type ("a string"), or two ("a string or mapping")
  eitherType: "{{first}} or {{second}}",
  typeString: "a string",
  typeArray: "a list",
  typeObject: "a mapping",
  typeInteger: "an integer",
  typeNumber: "a number",
  typeBoolean: "a boolean",
  typeNull: "null",
  typeOther: "{{type}}",
  bareString: "string",
  bareArray: "list",
  bareObject: "mapping",
  bareInteger: "integer",
  bareNumber: "number",
  bareBoolean: "boolean",
  bareNull: "null",
  // what a value is, as a plan editor wrote it
  gotList: "a list",
  gotNull: "empty (null)",
  gotTimestamp: "a timestamp (YAML reads an unquoted date-time, or !!timestamp, as one)",
  gotBinary: "binary data (!!binary)",
  gotMapping: "a mapping",
  gotNumber: "number {{value}}",
  gotString: "string {{value}}",
  gotBoolean: "boolean {{value}}",
  gotOther: "{{type}} {{value}}",
  // what a file holds instead of a plan's mapping
  fileList: "a list",
  fileString: "a string value",
  fileNumber: "a number value",
  fileBoolean: "a boolean value",
  fileOther: "a {{type}} value",
  // the mapping an unknown key sits in, by schema definition
  inStrategy: "a strategy document",
  inWorkplan: "a workplan document",
  inDeliverable: "a deliverable document",
  inGoal: "a goal or sub-goal",
  inIndicator: "an indicator",
  inDeliverableBody: "a deliverable",
  inAction: "an action",
  inStrategicApproach: "a strategic approach",
  inBox: "a box",
  inStakeholder: "a stakeholder",
  inItem: "this item",
  inLink: "a link",
  inSource: "a source",
  inPeriod: "a period",
  inAltTitle: "an altTitles entry",
  month1: "January",
  month2: "February",
  month3: "March",
  month4: "April",
  month5: "May",
  month6: "June",
  month7: "July",
  month8: "August",
  month9: "September",
  month10: "October",
  month11: "November",
  month12: "December",
} as const satisfies MessageTable;

export type SchemaPhraseId = keyof typeof SCHEMA_PHRASES;
