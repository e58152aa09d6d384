import { loadStageRule } from "../rule.js";

export default loadStageRule("yaml-syntax", "error", "The file is not well-formed YAML (bad indentation, unclosed quotes or brackets, tabs, several documents in one file).");
