import type { YAMLError } from "yaml";
import { findingFrom } from "../core/messages.js";
import type { Finding, Location } from "../core/problem.js";
import { INVALID_FILE_MESSAGES, YAML_DUPLICATE_KEY_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";

/** One parser error as a finding worded from the load stage's tables, at the given place. */
export function yamlErrorFinding(error: YAMLError, at: Location, maxDepth: number): Finding {
  switch (error.code) {
    case "DUPLICATE_KEY":
      return findingFrom("yaml-duplicate-key", YAML_DUPLICATE_KEY_MESSAGES, "duplicateKey", {}, at);
    case "RESOURCE_EXHAUSTION":
      return findingFrom("invalid-file", INVALID_FILE_MESSAGES, "tooDeepToParse", { limit: maxDepth }, at);
    case "MULTIPLE_DOCS":
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "multipleDocuments", {}, at);
    case "TAB_AS_INDENT":
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "tabIndent", {}, at);
    default:
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "syntax", { detail: parserSentence(error.message) }, at);
  }
}

/** The yaml package's messages end with a position and a code frame: keep the sentence. */
function parserSentence(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
