/** The kinds of plan document, each with its schema (kept apart so that code which only names them loads no validator). */
export const DOCUMENT_KINDS = ["strategy", "workplan", "deliverable"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
