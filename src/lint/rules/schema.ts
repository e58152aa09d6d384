import { SCHEMA_MESSAGES } from "../../validate/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({
  id: "schema",
  defaultSeverity: "error",
  description: "The document does not match the JSON Schema of its kind: a wrong type, a missing required key, an unknown key, a value outside its enum or pattern.",
  messages: SCHEMA_MESSAGES,
});
