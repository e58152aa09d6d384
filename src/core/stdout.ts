import { fstatSync, writeSync } from "node:fs";
import { EXIT } from "./errors.js";
import { safeOutput } from "./printable.js";
import { writeProblem } from "./write-problem.js";

// Standard output without Node's stream where it is not needed: for a pipe or a file,
// `process.stdout` builds a socket or a write stream (net, streams: about 4 ms of every
// command's start-up, an eighth of what a warm `ogp lint --cache` spent over Node's own). The
// output is written with writeSync on descriptor 1, which is what Node's stream does for files and
// (on Linux) pipes anyway; a terminal gets Node's stream, which knows its width.

/** What a formatter needs to know of standard output. */
export interface OutputTarget {
  isTTY?: boolean;
  columns?: number;
}

let stream: NodeJS.WriteStream | undefined;

/** Node's stream for standard output, with the one error handler every write through it needs. */
export function stdoutStream(): NodeJS.WriteStream {
  if (stream) return stream;
  stream = process.stdout;
  stream.on("error", failedWrite);
  return stream;
}

/** Whether standard output is a terminal, and its width: a pipe or a file (never a character device) is told without Node's stream. */
export function stdoutTarget(): OutputTarget {
  return isCharacterDevice(1) ? stdoutStream() : { isTTY: false };
}

/** Writes the text to standard output, all of it, before returning (or hands the rest to Node's stream when the descriptor would block). */
export function writeStdout(text: string): void {
  if (!text) return;
  if (stream) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
  } catch (error) {
    // A descriptor left non-blocking by whoever opened it: Node's stream waits for it to drain.
    if ((error as NodeJS.ErrnoException).code === "EAGAIN") stdoutStream().write(bytes.subarray(done));
    else failedWrite(error as NodeJS.ErrnoException);
  }
}

/**
 * Writes a message to standard error, made safe as standard output is (core/printable.ts): messages
 * name goals, files and ids from the plans (a coverage gate's "goal ... is missing now"), and
 * nothing from a plan may drive the terminal or a CI log from there either.
 */
export function writeStderr(text: string): void {
  process.stderr.write(safeOutput(text, "text"));
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** A closed pipe (`ogp graph | head`) is not a failure of ours; any other (a full disk) is one line and exit 2. */
function failedWrite(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`ogp: cannot write the output: ${writeProblem(error)}\n`);
  process.exit(EXIT.usage);
}
