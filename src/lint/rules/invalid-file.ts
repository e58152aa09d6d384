import { loadStageRule } from "../rule.js";

export default loadStageRule("invalid-file", "error", "The file cannot be read as a plan at all: binary content, invalid UTF-8, too large, nested too deeply, or an alias bomb.");
