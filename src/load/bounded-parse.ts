import { Composer, Document, Parser, YAMLParseError, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from "yaml";

/**
 * `yaml`'s parseDocument, stopping once the document holds `maxErrors` errors: a line of `"`
 * is one error per pair of quotes (3 million in 6 MB), each an Error object, which took minutes
 * and gigabytes while only the first hundred problems of a file are ever listed. Otherwise the
 * same parse as parseDocument's (the same Parser and Composer, MULTIPLE_DOCS likewise). A parse
 * that stopped gives an empty document that holds the errors found so far.
 */
export function parseBounded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & { lineCounter: LineCounter }, maxErrors: number): { document: Document.Parsed; stopped: boolean } {
  const parser = new Parser(options.lineCounter.addNewLine);
  const composer = new Composer(options);
  // The composer gathers errors in its own list (moved into the document when the document ends)
  // through its onError, which it reads at each use: wrapped, it stops the parse at the cap.
  const inside = composer as unknown as { errors: YAMLParseError[]; onError: (...args: unknown[]) => void };
  const onError = inside.onError;
  inside.onError = (...args) => {
    onError(...args);
    if (inside.errors.length >= maxErrors) throw STOP;
  };
  // No stack traces for the parser's errors: nothing reads them, and capturing one per error was most of their cost.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    let document: Document.Parsed | undefined;
    for (const next of composer.compose(parser.parse(text), true, text.length)) {
      if (!document) document = next as Document.Parsed;
      else {
        document.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
        break;
      }
    }
    return { document: document!, stopped: false };
  } catch (error) {
    if (error !== STOP) throw error;
    const document = new Document(null, options) as unknown as Document.Parsed;
    document.errors = inside.errors;
    return { document, stopped: true };
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
}

const STOP = Symbol("stop parsing");
