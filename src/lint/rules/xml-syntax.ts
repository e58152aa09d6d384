import { XML_SYNTAX_MESSAGES } from "../../stratml/messages.js";
import { loadStageRule } from "../rule.js";

export default loadStageRule({ id: "xml-syntax", defaultSeverity: "error", description: "A StratML (.xml) file cannot be read: not well-formed XML, in an encoding ogp cannot read, holding a control character, or declaring entities in a DOCTYPE (ogp never expands DTD or external entities).", messages: XML_SYNTAX_MESSAGES });
