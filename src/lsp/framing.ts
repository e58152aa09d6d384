import type { Readable } from "node:stream";
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from "vscode-languageserver/node";

/** Largest message body accepted: a 2 MB buffer sent whole fits many times over; a claimed 1e9 does not. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

// A header block: `Content-Length: n`, any other header lines, then an empty line; CR optional
// (some clients write bare LF). Found anywhere in the bytes, so that the reader finds its footing
// again after a fault.
const HEADER = /Content-Length:[ \t]*(\d{1,12})[ \t]*\r?\n(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n)*\r?\n/i;

/**
 * Reads the Language Server Protocol's framing from a stream, and never goes deaf: the library's
 * reader, given a Content-Length too small, not a number, missing, negative or 1e9, or header
 * lines without CR, stopped answering for good. Here a fault costs the faulty message only: bytes
 * that are not a header block are skipped up to the next `Content-Length:` header, a length over
 * MAX_BODY_BYTES is refused, a body cut short by the next header (a length too large) is dropped,
 * and a body that is not a JSON-RPC message, or a notification whose text is not a string, is
 * dropped too. `dropped` is told why.
 */
export class TolerantMessageReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** The body length expected, while reading one; undefined while looking for a header. */
  private expected: number | undefined;
  /** How far the current body has been searched for a header (bodies are searched once, however they arrive). */
  private searched = 0;
  /** Whether the client asked for shutdown: the process then ends with 0 when input ends. */
  shutdownReceived = false;

  constructor(
    private readonly input: Readable,
    private readonly dropped: (reason: string) => void = () => {},
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      for (const message of this.take()) callback(message);
    };
    const onEnd = () => this.fireClose();
    const onError = (error: unknown) => this.fireError(error);
    this.input.on("data", onData);
    this.input.on("end", onEnd);
    this.input.on("close", onEnd);
    this.input.on("error", onError);
    return {
      dispose: () => {
        this.input.off("data", onData);
        this.input.off("end", onEnd);
        this.input.off("close", onEnd);
        this.input.off("error", onError);
      },
    };
  }

  /** The whole messages the buffer holds now; faults dropped on the way. */
  private *take(): Generator<Message> {
    for (;;) {
      if (this.expected === undefined) {
        // Headers are ASCII: latin1 keeps one character per byte, so offsets match.
        const text = this.buffer.toString("latin1", 0, Math.min(this.buffer.length, 64 * 1024));
        const header = HEADER.exec(text);
        if (!header) {
          // Keep what may be the start of a header (from its last 'Content-Length', else the last
          // bytes, which may hold one half sent); what comes before can be no message.
          const last = text.toLowerCase().lastIndexOf("content-length");
          const keep = last >= 0 ? last : Math.max(0, this.buffer.length - 64);
          if (keep > 0) {
            this.dropped("bytes that are not a message header");
            this.buffer = this.buffer.subarray(keep);
          }
          return;
        }
        if (header.index > 0) this.dropped("bytes before a message header (a length too small, a header without length)");
        const length = Number(header[1]);
        this.buffer = this.buffer.subarray(header.index + header[0].length);
        if (length > MAX_BODY_BYTES) {
          this.dropped(`a message of ${length} bytes, over the limit of ${MAX_BODY_BYTES}`);
          continue;
        }
        this.expected = length;
        this.searched = 0;
      }
      // A raw header inside a body means the length was too large: a JSON body holds no raw line break inside a string.
      const cut = this.headerInBody();
      if (cut !== undefined) {
        this.dropped("a message cut short by the next header (its length was too large)");
        this.buffer = this.buffer.subarray(cut);
        this.expected = undefined;
        continue;
      }
      if (this.buffer.length < this.expected) return;
      const body = this.buffer.subarray(0, this.expected);
      this.buffer = this.buffer.subarray(this.expected);
      this.expected = undefined;
      const message = this.parse(body);
      if (message) yield message;
    }
  }

  /** Where a header starts inside the body read so far, if one does. */
  private headerInBody(): number | undefined {
    const end = Math.min(this.buffer.length, this.expected!);
    const from = Math.max(0, this.searched - 20);
    const text = this.buffer.toString("latin1", from, end);
    this.searched = end;
    const match = /Content-Length:[ \t]*\d+[ \t]*\r?\n/i.exec(text);
    return match ? from + match.index : undefined;
  }

  private parse(body: Buffer): Message | undefined {
    let message: unknown;
    try {
      message = JSON.parse(body.toString("utf8"));
    } catch {
      this.dropped("a message body that is not JSON");
      return undefined;
    }
    const problem = malformed(message);
    if (problem) {
      this.dropped(problem);
      return undefined;
    }
    if ((message as { method?: unknown }).method === "shutdown") this.shutdownReceived = true;
    return message as Message;
  }
}

/** Why a parsed body cannot be served (undefined: it can). */
function malformed(message: unknown): string | undefined {
  if (message === null || typeof message !== "object" || Array.isArray(message)) return "a message that is not a JSON-RPC object";
  const { method, params } = message as { method?: unknown; params?: { textDocument?: { text?: unknown; uri?: unknown }; contentChanges?: unknown } };
  if (method !== undefined && typeof method !== "string") return "a message whose method is not a string";
  // Text that is not a string would be kept as the document's text and fail every later request.
  if (method === "textDocument/didOpen" && (typeof params?.textDocument?.text !== "string" || typeof params.textDocument.uri !== "string")) return "a didOpen without a text string";
  if (method === "textDocument/didChange") {
    const changes = params?.contentChanges;
    if (!Array.isArray(changes) || changes.some((c: { text?: unknown }) => c === null || typeof c !== "object" || typeof c.text !== "string")) return "a didChange without text strings";
  }
  return undefined;
}
