import type { MessageTable } from "../core/messages.js";

// The wording of everything the StratML import says: the findings a StratML file gives when read
// directly (`ogp lint plan.xml`) and the changes its summary lists (`ogp import stratml`, text and
// `--format json`). The importer records a message id and its data (element names, values,
// identifiers); the words are here only.

export const XML_SYNTAX_MESSAGES = {
  /** `reason` is the XML parser's own (saxes) account of where reading stopped. */
  notWellFormed: "not well-formed XML: {{reason}}",
  noRoot: "not well-formed XML: no root element: the file holds no XML element",
  tooDeep: "elements are nested more than {{limit}} levels deep: no StratML plan needs this; check for unclosed or runaway elements",
  doctypeEntities: "the DOCTYPE declares entities: ogp never expands DTD or external entities; remove the DOCTYPE (StratML needs none)",
  /** `code` is the character as U+XXXX. */
  controlCharacter: "the text holds the control character {{code}} (XML 1.1 lets a character reference such as &#x1b; write one); a plan holds none: remove it",
  unsupportedEncoding: "the file is in the encoding '{{encoding}}', which ogp cannot read; save it as UTF-8 (or declare the encoding it is in)",
  invalidInEncoding: "the bytes are not valid {{encoding}}, the encoding the file declares or starts in; save it in the encoding it declares, or as UTF-8",
  invalidUtf8: "invalid UTF-8: an XML file that declares no encoding (or UTF-8) must be UTF-8; declare the encoding it is in (encoding=\"ISO-8859-1\") or save it as UTF-8",
  nulBytes: "the file holds NUL bytes and does not start as UTF-16 XML: not a StratML plan, or in an encoding ogp cannot read",
} as const satisfies MessageTable;

export type XmlSyntaxMessageId = keyof typeof XML_SYNTAX_MESSAGES;

export const STRATML_MESSAGES = {
  notStratml: "not a StratML plan: the root element is <{{root}}>, expected <StrategicPlan> (Part 1), <PerformancePlanOrReport> (Part 2 and 3) or <OrganizationalStrategyDocument> (3.5)",
  /** `ogp import stratml` of two files whose documents have the same id. */
  sameDocumentId: "another file of this run also imports as '{{id}}' ({{output}}); import it on its own into another folder",

  // Slips of the source: lint findings of the file read directly, and problems in the summary.
  placeholder: "<{{element}}> holds the placeholder '{{value}}' instead of a value; it was dropped. Fill it in or remove it",
  duplicateIdentifier: "{{nodeKind}} {{name}}: Identifier '{{identifier}}' was used before in the document; this one is given the id '{{id}}'. Give each element its own Identifier",
  duplicateIdentifierUnnamed: "{{nodeKind}}: Identifier '{{identifier}}' was used before in the document; this one is given the id '{{id}}'. Give each element its own Identifier",
  duplicateIdentifierFirst: "first used here (id '{{id}}')",
  objectiveOfOtherGoal: "objective '{{label}}' is written under goal '{{goal}}', but its number belongs to another goal; kept under goal '{{goal}}'. Renumber it or move it",
  objectiveWithoutParent: "objective '{{label}}' has no objective '{{parent}}' before it in goal '{{goal}}'; kept directly under the goal. Add '{{parent}}' or renumber",
  objectiveAwayFromParent: "objective '{{label}}' is listed after '{{after}}' and its objectives, away from '{{parent}}' that its number puts it under; placed under '{{parent}}'. Move it next to '{{parent}}' or renumber it",
  objectiveAwayFromParentFirst: "objective '{{label}}' is listed after other objectives, away from '{{parent}}' that its number puts it under; placed under '{{parent}}'. Move it next to '{{parent}}' or renumber it",
  unresolvedReferent: "<ReferentIdentifier> '{{referent}}' names no element of this document; kept under data.stratml.relationships only",
  invalidDate: "<{{element}}> '{{value}}' is not a date (YYYY-MM-DD); kept as text under data.stratml.{{key}}",

  // Routine changes: counted in the summary, listed one by one in --format json.
  emptyDropped: "empty <{{element}}> dropped",
  emptyContainerDropped: "<{{element}}> holds nothing but empty elements and placeholders; dropped",
  emptyStakeholderDropped: "<Stakeholder> without name, description or role dropped",
  emptyTypedStakeholderDropped: "<Stakeholder> without name, description or role dropped (its type '{{type}}' with it)",
  identifierReplaced: "{{nodeKind}} {{name}}: Identifier '{{identifier}}' is generated or not usable as an id; replaced by the readable id '{{id}}', which stays the same in the plan's next version, and kept under data.stratml for export",
  identifierReplacedUnnamed: "{{nodeKind}}: Identifier '{{identifier}}' is generated or not usable as an id; replaced by the readable id '{{id}}', and kept under data.stratml for export",
  legacyElement: "legacy element <{{element}}> read as <{{isoName}}>",
  legacyAttribute: "legacy attribute {{attribute}} read as {{isoName}}",
  keptInData: "<{{element}}> has no place in the plan model; kept under data.stratml.other",
  furtherOrganization: "a further <Organization> ('{{name}}') kept under data.stratml.otherOrganizations; its stakeholders are the plan's",
  untitledPlan: "the plan has no <Name>; its title is the file name '{{fileName}}'",
  unnamedStakeholder: "a <Stakeholder> without a <Name> is named '{{title}}'",
  unnamedGoal: "a <Goal> without a <Name> is named '{{title}}'",
  unnamedIndicator: "a <PerformanceIndicator> without a <MeasurementDimension> is named '{{title}}'",
} as const satisfies MessageTable;

export type StratmlMessageId = keyof typeof STRATML_MESSAGES;
