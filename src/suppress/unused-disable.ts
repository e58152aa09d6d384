import type { RuleMeta } from "../report/formatter.js";

/** The one rule of the suppression step: a directive that suppresses nothing (or cannot, being malformed). */
export const UNUSED_DISABLE: RuleMeta = {
  id: "unused-disable",
  defaultSeverity: "warning",
  description:
    "An '# ogp-disable-line' or '# ogp-disable-next-line' comment that suppresses nothing: the problem it accepted is gone, it names an unknown rule, or it gives no reason after '--'.",
};
