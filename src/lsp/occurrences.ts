import type { Range } from "vscode-languageserver/node";
import type { Location } from "../core/problem.js";
import type { Project } from "../project/open.js";

/**
 * One place where an id is written: the `id:` of a node or document (a declaration), or a link
 * (`advances`, `refs`, `derivedFrom`, `serves`, `strategy`, `workplan`) naming one (a reference).
 * The range covers the id's text alone, quotes excluded, so that an edit there keeps the quoting.
 */
export interface Occurrence {
  file: string;
  range: Range;
  role: "declaration" | "reference";
  /** The node's reference or the document's id it declares or names (as written when it does not resolve). */
  target: string;
  resolved: boolean;
  /** The text at the range: an id, or a reference '<document>/<node>'. */
  written: string;
}

const XML_FILE = /\.xml$/i;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether an id is declared in a StratML file, whose Identifier a rename here must not rewrite (its Relationships may name it too). */
export function declaredInStratml(occurrence: Occurrence): boolean {
  return XML_FILE.test(occurrence.file);
}

/** One mention of a node or document id: the range of exactly that id's text (the node part of 'doc/node', say). */
export interface Mention {
  file: string;
  range: Range;
  role: "declaration" | "reference";
}

/** Every id written in the project's files, per file in source order; collected once per build. */
export class Occurrences {
  private readonly byFile = new Map<string, Occurrence[]>();
  private readonly declarations = new Map<string, Occurrence>();

  /** `collect: false` leaves it empty, for inSlices to fill. */
  constructor(private readonly project: Project, collect = true) {
    if (!collect) return;
    const steps = this.collect();
    while (!steps.next().done);
    this.sort();
  }

  /**
   * The same, collected in slices with `pause` between them: a 2 MB plan holds 60,000 ids, whose
   * positions take the better part of a second, and a server must read messages meanwhile.
   */
  static async inSlices(project: Project, pause: () => Promise<void>, slice = 4096): Promise<Occurrences> {
    const occurrences = new Occurrences(project, false);
    let done = 0;
    for (const steps = occurrences.collect(); !steps.next().done; ) if (++done % slice === 0) await pause();
    occurrences.sort();
    return occurrences;
  }

  /** Adds the occurrences one id at a time (a step per id). */
  private *collect(): Generator<void> {
    const { graph } = this.project;
    for (const document of graph.documents.values()) {
      this.add({ file: document.file, path: ["id"] }, "declaration", document.id, true, document.id);
      yield;
      for (const node of document.nodes) {
        // A deliverable document is also its own node: its `id` is declared once, as the document's.
        if (node.ref !== document.id) this.add({ file: node.file, path: [...node.path, "id"] }, "declaration", node.ref, true, node.id);
        yield;
      }
    }
    for (const edge of graph.edges) {
      if (edge.at) this.add(edge.at, "reference", edge.to, edge.resolved, edge.written);
      yield;
    }
  }

  private sort(): void {
    for (const list of this.byFile.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  /** The occurrence under a 0-based position of a file, if any (the end of the id counts: the cursor just after it). */
  at(file: string, line: number, character: number): Occurrence | undefined {
    return this.byFile.get(file)?.find((o) => o.range.start.line === line && o.range.start.character <= character && character <= o.range.end.character);
  }

  declarationOf(target: string): Occurrence | undefined {
    return this.declarations.get(target);
  }

  /**
   * Every place that names `target`, as the range of its id alone: its declaration (when asked),
   * links to it, and for a document also the document part of every 'doc/node' reference into it.
   * Find-references lists these; rename rewrites exactly these.
   */
  mentionsOf(target: string, includeDeclaration: boolean): Mention[] {
    const mentions: Mention[] = [];
    const declaration = this.declarations.get(target);
    if (declaration && includeDeclaration) mentions.push({ file: declaration.file, range: this.idPart(declaration, target), role: "declaration" });
    const isDocument = this.project.graph.document(target) !== undefined;
    for (const list of this.byFile.values()) {
      for (const o of list) {
        if (o.role !== "reference" || !o.resolved) continue;
        if (o.target === target || (isDocument && o.written.startsWith(`${target}/`))) mentions.push({ file: o.file, range: this.idPart(o, target), role: "reference" });
      }
    }
    return mentions;
  }

  /**
   * What the cursor names within an occurrence: in '<document>/<node>' the part before the slash
   * names the document, the rest the node; elsewhere the whole target.
   */
  targetAt(occurrence: Occurrence, character: number): string {
    const slash = occurrence.written.indexOf("/");
    if (occurrence.role === "reference" && slash >= 0 && character <= occurrence.range.start.character + slash) return occurrence.written.slice(0, slash);
    return occurrence.target;
  }

  /** The range of the id of `target` inside an occurrence: the whole text, or one side of its slash. */
  idPart(occurrence: Occurrence, target: string): Range {
    const { start, end } = occurrence.range;
    const slash = occurrence.written.indexOf("/");
    if (slash < 0) return occurrence.range;
    if (target === occurrence.written.slice(0, slash) && occurrence.target !== target) return { start, end: { line: start.line, character: start.character + slash } };
    return { start: { line: start.line, character: start.character + slash + 1 }, end };
  }

  private add(at: Location, role: Occurrence["role"], target: string, resolved: boolean, written: string): void {
    const range = this.rangeOfText(at, written);
    if (!range) return;
    const occurrence: Occurrence = { file: at.file, range, role, target, resolved, written };
    let list = this.byFile.get(at.file);
    if (!list) this.byFile.set(at.file, (list = []));
    list.push(occurrence);
    if (role === "declaration" && !this.declarations.has(target)) this.declarations.set(target, occurrence);
  }

  /**
   * The range of `expected` at a located value, found through the project's source index. The text
   * there is checked, so that an edit never lands anywhere but on the id (a quoted, aliased or
   * multi-line value that does not read as the id is left out).
   */
  private rangeOfText(at: Location, expected: string): Range | undefined {
    const position = this.project.index.position(at);
    if (position.endLine !== undefined && position.endLine !== position.line) return undefined;
    const lineText = this.project.index.line(at.file, position.line);
    if (lineText === undefined) return undefined;
    let start = position.column - 1;
    let end = position.endColumn !== undefined ? position.endColumn - 1 : start + expected.length;
    const first = lineText[start];
    if ((first === '"' || first === "'") && lineText[end - 1] === first) {
      start++;
      end--;
    }
    if (lineText.slice(start, end) !== expected) {
      // A StratML file places a written id at its Identifier element: the id is the element's text on that line.
      const inElement = XML_FILE.test(at.file) ? new RegExp(`^<[^>]*>\\s*(${escapeRegExp(expected)})\\s*</`).exec(lineText.slice(position.column - 1)) : null;
      if (!inElement) return undefined;
      start = position.column - 1 + inElement[0].indexOf(expected, inElement[0].indexOf(">") + 1);
      end = start + expected.length;
    }
    const line = position.line - 1;
    return { start: { line, character: start }, end: { line, character: end } };
  }
}
