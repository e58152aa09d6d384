import { NOT_A_PLAN_MESSAGES } from "../../load/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({
  id: "not-a-plan",
  defaultSeverity: "error",
  description: "The file is YAML but not an ogp plan: it is empty, or not a mapping, or has no 'kind'.",
  messages: NOT_A_PLAN_MESSAGES,
});
