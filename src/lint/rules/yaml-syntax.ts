import { YAML_SYNTAX_MESSAGES } from "../../load/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({
  id: "yaml-syntax",
  defaultSeverity: "error",
  codeFrame: true,
  description: "The file is not well-formed YAML (bad indentation, unclosed quotes or brackets, tabs, several documents in one file).",
  messages: YAML_SYNTAX_MESSAGES,
});
