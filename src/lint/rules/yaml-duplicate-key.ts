import { loadStageRule } from "../rule.js";

export default loadStageRule("yaml-duplicate-key", "error", "A mapping defines the same key twice; YAML parsers disagree on which value wins, so ogp refuses both.");
