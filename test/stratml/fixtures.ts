import { execFile, execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isPlaceholder } from "../../src/stratml/identifiers.js";
import type { XmlElement } from "../../src/stratml/xml.js";
import { HAS_SHARED, SHARED } from "../helpers.js";

export const STRATML_DIR = path.join(SHARED, "stratml");
export const SAMPLES_DIR = path.join(STRATML_DIR, "samples");
/** StratML 3.5 documents (OrganizationalStrategyDocument), kept apart in ../shared, read with the others. */
export const SAMPLES_35_DIR = path.join(STRATML_DIR, "samples-3.5");
const xmlIn = (dir: string) => (HAS_SHARED ? readdirSync(dir).filter((f) => f.endsWith(".xml")) : []);
const SAMPLE_PATHS = new Map([...xmlIn(SAMPLES_DIR).map((f) => [f, path.join(SAMPLES_DIR, f)] as const), ...xmlIn(SAMPLES_35_DIR).map((f) => [f, path.join(SAMPLES_35_DIR, f)] as const)]);
/** The real StratML files of ../shared, Part 1, Part 2 and 3.5 (none in a clone without it: the tests over them are then skipped). */
export const SAMPLES = [...SAMPLE_PATHS.keys()].sort();
/** Where a sample of SAMPLES is. */
export const samplePath = (name: string): string => SAMPLE_PATHS.get(name) ?? path.join(SAMPLES_DIR, name);
export const XSD = {
  1: path.join(STRATML_DIR, "xsd/StrategicPlanISOVersion20140401.xsd"),
  2: path.join(STRATML_DIR, "xsd/PerformancePlanOrReport20160216.xsd"),
} as const;

export const sample = (name: string) => readFileSync(samplePath(name), "utf8");

/** A minimal StratML document of the given root and namespace (none when ""), with a prefix when asked. */
export function minimal(root: "StrategicPlan" | "PerformancePlanOrReport", namespace: string, body: string, prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = namespace ? ` xmlns${prefix ? `:${prefix}` : ""}="${namespace}"` : "";
  const wrapped = body.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${p}${root}${ns}>${wrapped}</${p}${root}>\n`;
}

export function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Validates a file with `xmllint --schema`; resolves to "" when valid, else xmllint's complaints. */
export function xmllintErrors(file: string, part: 1 | 2): Promise<string> {
  return new Promise((resolve) => {
    execFile("xmllint", ["--noout", "--schema", XSD[part], file], (error, _stdout, stderr) => resolve(error ? stderr : ""));
  });
}

/** Every text and attribute value with content in the source, placeholders aside. */
export function sourceTexts(element: XmlElement, out: string[] = []): string[] {
  const text = element.text.trim();
  if (text && !isPlaceholder(text)) out.push(text);
  for (const [name, value] of Object.entries(element.attributes)) if (value.trim() && name !== "schemaLocation") out.push(value.trim());
  element.children.forEach((child) => sourceTexts(child, out));
  return out;
}
