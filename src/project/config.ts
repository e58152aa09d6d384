import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";
import { isRuleId, RULE_IDS, type RuleId } from "../core/rule-ids.js";
import type { RuleSetting } from "../core/problem.js";
import { didYouMean } from "../core/suggest.js";
import { packageRoot } from "./default-paths.js";

export const CONFIG_FILE_NAME = "ogp.config.yaml";

export type { RuleSetting };
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

/** ogp.config.yaml, checked against schemas/config.schema.json. */
export interface ProjectConfig {
  /** The config file's absolute path. */
  file: string;
  /** Its folder: the base of `plans` and `overrides[].files`. */
  dir: string;
  /** Paths or globs, relative to `dir`; `plans` when the file names none. */
  plans: string[];
  rules: RuleSettings;
  overrides: { files: string[]; rules: RuleSettings }[];
}

/** The nearest ogp.config.yaml from `cwd` upward, or undefined. */
export function findConfig(cwd = process.cwd()): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const TOP_KEYS = ["plans", "rules", "overrides"];
const OVERRIDE_KEYS = ["files", "rules"];
const SETTINGS = ["off", "info", "warning", "error"];

/**
 * Reads and checks a config file. Every mistake is a usage error (exit 2) naming the file, the
 * line and what to do, so a typo in a rule id never silently leaves a rule at its default.
 */
export async function loadConfig(file: string, cwd = process.cwd()): Promise<ProjectConfig> {
  const absolute = path.resolve(cwd, file);
  const shown = path.relative(cwd, absolute) || absolute;
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: ${ioProblem(error)}`);
  }
  // `yaml` is loaded only when there is a config to read: a project without one (or a warm cached run) never pays for it.
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = await import("./yaml-module.js");
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const fail = (node: { range?: [number, number, number] | null } | null | undefined, message: string): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new UsageError(`${shown}:${line}: ${message}`);
  };
  const syntax = document.errors[0];
  if (syntax) throw new UsageError(`${shown}:${syntax.linePos?.[0].line ?? 1}: not valid YAML: ${syntax.message.split("\n")[0]}`);
  const root = document.contents;
  const config: ProjectConfig = { file: absolute, dir: path.dirname(absolute), plans: ["plans"], rules: {}, overrides: [] };
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) return fail(root, "the config must be a mapping of plans, rules and overrides");

  type Node = Parameters<typeof fail>[0];
  const keyName = (pair: { key: unknown }) => (isScalar(pair.key) ? String(pair.key.value) : "");
  const unknownKey = (key: Node, name: string, allowed: string[], where: string) =>
    fail(key, `unknown key '${name}' ${where}${didYouMean(name, allowed) || `; allowed: ${allowed.join(", ")}`}`);
  const strings = (value: unknown, what: string): string[] => {
    if (!isSeq(value) || value.items.length === 0) return fail(value as Node, `${what} must be a non-empty list of paths or globs`);
    return value.items.map((item) => (isScalar(item) && typeof item.value === "string" && item.value !== "" ? item.value : fail(item as Node, `${what}: each entry must be a path or glob (a string)`)));
  };
  const rules = (value: unknown, where: string): RuleSettings => {
    if (!isMap(value)) return fail(value as Node, `${where} must map rule ids to a severity (off, info, warning, error)`);
    const settings: RuleSettings = {};
    for (const pair of value.items) {
      const id = keyName(pair);
      if (!isRuleId(id)) return fail(pair.key as Node, `unknown rule id '${id}' in ${where}${didYouMean(id, RULE_IDS) || "; 'ogp lint --help' lists the rules"}`);
      const setting = isScalar(pair.value) ? String(pair.value.value) : "";
      if (!SETTINGS.includes(setting)) return fail((pair.value ?? pair.key) as Node, `bad severity '${setting}' for rule ${id}: use off, info, warning or error`);
      settings[id] = setting as RuleSetting;
    }
    return settings;
  };

  for (const pair of root.items) {
    const name = keyName(pair);
    if (name === "plans") config.plans = strings(pair.value, "plans");
    else if (name === "rules") config.rules = rules(pair.value, "rules");
    else if (name === "overrides") {
      if (!isSeq(pair.value)) return fail(pair.value as Node, "overrides must be a list of { files, rules }");
      config.overrides = pair.value.items.map((item, i) => {
        if (!isMap(item)) return fail(item as Node, `overrides[${i}] must be a mapping with files and rules`);
        const override: { files?: string[]; rules?: RuleSettings } = {};
        for (const entry of item.items) {
          const key = keyName(entry);
          if (key === "files") override.files = strings(entry.value, `overrides[${i}].files`);
          else if (key === "rules") override.rules = rules(entry.value, `overrides[${i}].rules`);
          else unknownKey(entry.key as Node, key, OVERRIDE_KEYS, `in overrides[${i}]`);
        }
        if (!override.files || !override.rules) return fail(item as Node, `overrides[${i}] needs both 'files' (globs) and 'rules'`);
        return { files: override.files, rules: override.rules };
      });
    } else unknownKey(pair.key as Node, name, TOP_KEYS, "in the config");
  }
  return config;
}

/** Where the config schema lives in the installed package (for `$schema` modelines). */
export function configSchemaFile(): string {
  return path.join(packageRoot(), "schemas", "config.schema.json");
}
