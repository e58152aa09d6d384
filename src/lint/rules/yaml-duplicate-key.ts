import { YAML_DUPLICATE_KEY_MESSAGES } from "../../load/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({
  id: "yaml-duplicate-key",
  defaultSeverity: "error",
  codeFrame: true,
  description: "A mapping defines the same key twice; YAML parsers disagree on which value wins, so ogp refuses both.",
  messages: YAML_DUPLICATE_KEY_MESSAGES,
});
