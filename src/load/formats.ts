import type { Finding } from "../core/problem.js";
import type { FileName, ParsedText, PositionOf } from "./loaded-file.js";

// The formats plan files are written in, as the loader sees them. The loader knows none by name:
// the caller hands it the formats it reads (src/project/plan-formats.ts registers YAML, which
// lives here in load, and StratML, which lives above), so the load layer never imports a format
// built on top of it.

/** A file's bytes as text, or the problem of the whole file that says why they are not. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly finding: Finding };

/** The half of a format that reads text: loaded on first need, so that a run served wholly by the cache loads no parser. */
export interface TextReader {
  parse(name: FileName, text: string): ParsedText;
  /** Positions in a text an earlier run parsed (the cache keeps its data, not its parse); for formats the cache keeps. */
  positionsIn?(text: string): PositionOf;
}

export interface PlanFormat {
  /** Whether the file at this path is written in this format (by its name). */
  matches(absolutePath: string): boolean;
  /** The bytes as text, in the encodings the format allows (XML declares its own). */
  decode(name: FileName, bytes: Uint8Array): Promise<DecodedText>;
  /** The format's reader, loaded on first use. */
  reader(): Promise<TextReader>;
  /** The reader when it is loaded already, else undefined (positions asked of a cache-served file). */
  loadedReader(): TextReader | undefined;
  /** Whether `ogp lint --cache` keeps what the reader makes of a content (needs `positionsIn`). */
  readonly cacheable: boolean;
}

/** The first of `formats` the file is written in; the last format is every other file's. */
export function formatOf(formats: readonly PlanFormat[], absolutePath: string): PlanFormat {
  const last = formats[formats.length - 1];
  if (!last) throw new Error("the loader was given no plan format");
  return formats.find((format) => format.matches(absolutePath)) ?? last;
}
