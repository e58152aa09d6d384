import { execFile, execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HAS_SHARED, SHARED } from "../helpers.js";

export const STRATML_DIR = path.join(SHARED, "stratml");
export const SAMPLES_DIR = path.join(STRATML_DIR, "samples");
/** The real StratML files of ../shared (none in a clone without it: the tests over them are then skipped). */
export const SAMPLES = HAS_SHARED ? readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xml")).sort() : [];
export const XSD = {
  1: path.join(STRATML_DIR, "xsd/StrategicPlanISOVersion20140401.xsd"),
  2: path.join(STRATML_DIR, "xsd/PerformancePlanOrReport20160216.xsd"),
} as const;

export const sample = (name: string) => readFileSync(path.join(SAMPLES_DIR, name), "utf8");

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
