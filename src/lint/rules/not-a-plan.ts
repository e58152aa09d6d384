import { loadStageRule } from "../rule.js";

export default loadStageRule("not-a-plan", "error", "The file is YAML but not an ogp plan: it is empty, or not a mapping, or has no 'kind'.");
