import { URI } from "vscode-uri";
import type { Snapshot } from "./workspace.js";

/**
 * A plan file has three spellings: the URI the client names it by, its absolute path (what the
 * workspace reads from disk and keys buffers by) and the project's name for it (what lint and the
 * graph report, relative to the workspace folder). This table is the one place that turns one
 * into another, so the language service speaks URIs only and everything below it paths and names.
 */
export class FileTable {
  /** The URI the client used for each absolute path it opened (its spelling wins over ours, e.g. a drive letter's case). */
  private readonly clientUris = new Map<string, string>();

  /** The absolute path a URI names; the client's spelling is kept for answers about the file. */
  remember(uri: string): string {
    const absolute = this.pathOf(uri);
    this.clientUris.set(absolute, uri);
    return absolute;
  }

  pathOf(uri: string): string {
    return URI.parse(uri).fsPath;
  }

  /** The URI to answer with for an absolute path: the client's when it opened the file, else the file URI. */
  uriOfPath(absolute: string): string {
    return this.clientUris.get(absolute) ?? URI.file(absolute).toString();
  }

  /** The project's name, in a build, for the file a URI names (undefined: the build does not hold it). */
  nameIn(snapshot: Snapshot, uri: string): string | undefined {
    return snapshot.names.get(this.pathOf(uri));
  }

  /** The URI for a file a build names. */
  uriIn(snapshot: Snapshot, name: string): string {
    return this.uriOfPath(snapshot.absolute.get(name) ?? name);
  }
}
