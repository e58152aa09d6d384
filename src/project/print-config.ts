import path from "node:path";
import { stringify } from "yaml";
import { displayPath } from "../load/files.js";
import type { RuleSetting } from "./config.js";
import { findConfig, loadConfig } from "./config.js";
import { resolvedSettings } from "./rule-settings.js";

/**
 * The resolved config as the text of a config file (so it is itself valid against
 * config.schema.json): the plans, and every rule's setting, for one file when one is named
 * (with the overrides that match it) or for the project as a whole.
 */
export async function printConfig(configOption: string | undefined, file: string | undefined, defaults: ReadonlyMap<string, RuleSetting>, cwd = process.cwd()): Promise<string> {
  const configFile = configOption ?? findConfig(cwd);
  const config = configFile ? await loadConfig(configFile, cwd) : undefined;
  const rules = await resolvedSettings(config, file ? path.resolve(cwd, file) : undefined, defaults);
  const source = config ? `from ${displayPath(config.file, cwd)}` : "no ogp.config.yaml found: the defaults";
  const header = `# ogp: the resolved config${file ? ` for ${file}` : ""}, ${source}\n`;
  return header + stringify({ plans: config?.plans ?? ["plans"], rules });
}
