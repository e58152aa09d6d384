import { INVALID_FILE_MESSAGES } from "../../load/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({
  id: "invalid-file",
  defaultSeverity: "error",
  description: "The file cannot be read as a plan at all: binary content, invalid UTF-8, too large, nested too deeply, or an alias bomb.",
  messages: INVALID_FILE_MESSAGES,
});
