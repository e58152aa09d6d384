import { STRATML_MESSAGES } from "../../stratml/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({ id: "stratml", defaultSeverity: "warning", description: "A StratML file read directly (or imported) has slips of its own: placeholders such as '[To_be_identified]', an Identifier used twice, objective numbers that contradict where they are written, a relationship to nothing, a date that is not a date.", messages: STRATML_MESSAGES });
