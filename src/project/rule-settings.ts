import path from "node:path";
import { RULE_IDS, type RuleId } from "../core/rule-ids.js";
import type { ProjectConfig, RuleSetting, RuleSettings } from "./config.js";
import { loadPicomatch, type Picomatch } from "./globs.js";

/**
 * The rule settings that apply to a file: the config's `rules`, then every override whose `files`
 * globs match the file (relative to the config's folder), later ones winning. Matchers are
 * compiled once, and each file's settings computed once.
 */
function settingsResolver(config: ProjectConfig, picomatch: Picomatch): (absoluteFile: string) => RuleSettings {
  const overrides = config.overrides.map((o) => ({ matches: picomatch(o.files, { dot: true }), rules: o.rules }));
  const cache = new Map<string, RuleSettings>();
  return (absoluteFile) => {
    let settings = cache.get(absoluteFile);
    if (!settings) {
      const relative = path.relative(config.dir, absoluteFile).split(path.sep).join("/");
      settings = { ...config.rules };
      for (const override of overrides) if (override.matches(relative)) Object.assign(settings, override.rules);
      cache.set(absoluteFile, settings);
    }
    return settings;
  };
}

/** Every rule's setting for one file (or the config's base without a file), the rule's default where the config says nothing: for --print-config. */
export async function resolvedSettings(config: ProjectConfig | undefined, absoluteFile: string | undefined, defaults: ReadonlyMap<string, RuleSetting>): Promise<Record<RuleId, RuleSetting>> {
  const configured = config ? (absoluteFile ? settingsResolver(config, await loadPicomatch())(absoluteFile) : config.rules) : {};
  return Object.fromEntries(RULE_IDS.map((id) => [id, configured[id] ?? defaults.get(id) ?? "off"])) as Record<RuleId, RuleSetting>;
}

/** For lint: the configured setting of a rule for a file as lint names it (relative to `cwd`), or undefined for the rule's default. */
export async function settingLookup(config: ProjectConfig, cwd = process.cwd()): Promise<(file: string, rule: RuleId) => RuleSetting | undefined> {
  const settingsOf = settingsResolver(config, await loadPicomatch());
  return (file, rule) => settingsOf(path.resolve(cwd, file))[rule];
}
