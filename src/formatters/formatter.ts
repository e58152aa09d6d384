import type { Severity } from "../core/problem.js";
import type { Colors } from "./colors.js";
import { safeOutput, type OutputKind } from "../core/printable.js";

// One signature for every formatter of every command (Spectral's model): a formatter receives
// the analysis result and this context, and returns the whole text to write. It decides nothing:
// what to report, and whether the run fails, is the analysis layer's answer.

/** What a formatter may say about a rule (SARIF and JUnit describe rules; stylish names them). */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: string;
  docsUrl?: string;
  /** Human-readable formats quote the source line with a caret under the column (TRLC style). */
  codeFrame?: boolean;
}

export interface FormatContext {
  /** Every rule's metadata, by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Colours to use: the no-op chalk when colour is off (NO_COLOR, --no-color, not a terminal). */
  colors: Colors;
  /** The working directory that file paths in the result are relative to. */
  cwd: string;
  /** The tool's version, for formats that record it (SARIF, JSON contracts). */
  version: string;
  /** Terminal width for formats that lay out to it (COLUMNS, else 80). */
  width: number;
  /** The text of one source line (1-based), for code frames; absent where the source is not at hand. */
  sourceLine?: (file: string, line: number) => string | undefined;
}

export type Formatter<Result> = (result: Result, context: FormatContext) => string;

/**
 * A command's formats by name, each loaded only when chosen (so one format's dependencies stay
 * off the others' start-up). The keys feed commander's `.choices()` and the help text.
 */
export type FormatRegistry<Result> = Readonly<Record<string, () => Promise<Formatter<Result>>>>;

/** What each format's output is, by format name, for safeOutput; any other format is text. */
const OUTPUT_KINDS: Readonly<Record<string, OutputKind>> = { json: "json", sarif: "json", junit: "xml", html: "html" };

/** The kind of output a format name writes. */
export function outputKind(name: string): OutputKind {
  return OUTPUT_KINDS[name] ?? "text";
}

/**
 * Loads the named formatter from a registry; the CLI has already checked the name against the keys.
 * Its output goes through safeOutput, so no format passes on what a plan could do to a terminal or a parser.
 */
export async function formatterFor<Result>(registry: FormatRegistry<Result>, name: string): Promise<Formatter<Result>> {
  const load = registry[name];
  if (!load) throw new Error(`unknown format '${name}'`);
  const format = await load();
  const kind = outputKind(name);
  return (result, context) => safeOutput(format(result, context), kind, { colors: context.colors.level > 0 });
}
