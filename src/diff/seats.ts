import type { PlanNode } from "../graph/model.js";
import { foldTypography } from "./text.js";

// Stakeholders the source names no one for: a StratML person imported without a name is titled by
// its roles ("Senior Vice President; Engineering"), and so is a seat to be filled. Such a title says
// which seat, not who: the phases that pair named entities in their place ask here first.

/**
 * Whether two stakeholders the source names no one for (titled by their role: "Senior Vice
 * President; Engineering", "Vice President; Psychology") hold different roles: their titles say
 * which seat, not who, so words in common ("vice president") are not the same person.
 */
export function differentSeats(u: PlanNode, v: PlanNode): boolean {
  return namedByRole(u) && namedByRole(v) && foldTypography(u.title ?? "").toLowerCase() !== foldTypography(v.title ?? "").toLowerCase();
}

/** A stakeholder whose title is its role, word for word (a StratML person imported without a name). */
function namedByRole(node: PlanNode): boolean {
  return typeof node.data.role === "string" && node.title !== undefined && node.data.role === node.title;
}
