import type { Location } from "../core/problem.js";
import type { Duplicate, Edge, EdgeType, PlanDocument, PlanNode } from "./model.js";

const NONE: readonly Edge[] = Object.freeze([]);

/**
 * Every document, node and reference of a set of plans, loaded once. Lookups by reference are
 * constant-time in both directions, so lint, coverage, diff and a long-running editor server
 * can share one instance.
 */
export class PlanGraph {
  readonly documents = new Map<string, PlanDocument>();
  readonly nodes = new Map<string, PlanNode>();
  readonly edges: Edge[] = [];
  readonly duplicateDocuments: Duplicate<PlanDocument>[] = [];
  readonly duplicateNodes: Duplicate<PlanNode>[] = [];
  private readonly out = new Map<string, Edge[]>();
  private readonly in = new Map<string, Edge[]>();
  private byPlace?: Map<string, PlanNode>;

  /**
   * The node a place in a file belongs to: the node whose path is the longest prefix of the
   * place's path (a goal's title belongs to the goal); undefined outside every node.
   */
  nodeAt(file: string, path: readonly (string | number)[]): PlanNode | undefined {
    if (!this.byPlace) {
      this.byPlace = new Map();
      for (const node of this.nodes.values()) this.byPlace.set(`${node.file}\u0000${node.path.join("\u0001")}`, node);
    }
    for (let length = path.length; length >= 0; length--) {
      const node = this.byPlace.get(`${file}\u0000${path.slice(0, length).join("\u0001")}`);
      if (node) return node;
    }
    return undefined;
  }

  addEdge(edge: Edge): void {
    this.edges.push(edge);
    push(this.out, edge.from, edge);
    if (edge.resolved) push(this.in, edge.to, edge);
  }

  node(ref: string): PlanNode | undefined {
    return this.nodes.get(ref);
  }

  document(id: string): PlanDocument | undefined {
    return this.documents.get(id);
  }

  /** Links leaving a node or document, optionally of one type. */
  outgoing(ref: string, type?: EdgeType): readonly Edge[] {
    const edges = this.out.get(ref) ?? NONE;
    return type ? edges.filter((e) => e.type === type) : edges;
  }

  /** Resolved links arriving at a node or document, optionally of one type. */
  incoming(ref: string, type?: EdgeType): readonly Edge[] {
    const edges = this.in.get(ref) ?? NONE;
    return type ? edges.filter((e) => e.type === type) : edges;
  }

  parent(node: PlanNode): PlanNode | undefined {
    return node.parent ? this.nodes.get(node.parent) : undefined;
  }

  children(node: PlanNode): PlanNode[] {
    return node.children.map((ref) => this.nodes.get(ref)!).filter(Boolean);
  }

  /** The node and every node beneath it, depth first. */
  *subtree(node: PlanNode): Generator<PlanNode> {
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop()!;
      yield current;
      // Pushed last child first, so that the first child is taken (and yielded) next.
      for (const childRef of [...current.children].reverse()) {
        const child = this.nodes.get(childRef);
        if (child) stack.push(child);
      }
    }
  }

  /** The deliverables of a workplan: those written inline and the deliverable documents that name it. */
  deliverablesOf(workplanId: string): PlanNode[] {
    const inline = (this.documents.get(workplanId)?.nodes ?? []).filter((n) => n.type === "deliverable");
    const separate = this.incoming(workplanId, "workplan").map((e) => this.nodes.get(e.from)).filter((n): n is PlanNode => n?.type === "deliverable");
    return [...inline, ...separate];
  }

  /** Earlier versions of a node: what it derives from, and what those derive from, nearest first (cycle-safe). */
  ancestry(ref: string): PlanNode[] {
    return this.follow(ref, (r) => this.outgoing(r, "derivedFrom").filter((e) => e.resolved).map((e) => e.to));
  }

  /** Later versions of a node: the nodes that derive from it, and from those, nearest first (cycle-safe). */
  descendants(ref: string): PlanNode[] {
    return this.follow(ref, (r) => this.incoming(r, "derivedFrom").map((e) => e.from));
  }

  private follow(start: string, next: (ref: string) => string[]): PlanNode[] {
    const seen = new Set([start]);
    const found: PlanNode[] = [];
    const queue = [start];
    while (queue.length > 0) {
      for (const ref of next(queue.shift()!)) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        const node = this.nodes.get(ref);
        if (node) found.push(node);
        queue.push(ref);
      }
    }
    return found;
  }

  /** Nodes of one document without a parent node (its goals, deliverables, values, ...). */
  roots(documentId: string): PlanNode[] {
    return (this.documents.get(documentId)?.nodes ?? []).filter((n) => n.parent === undefined && n.ref !== documentId);
  }

  /** Where a node or document is written: file and path, resolved to line:column by the source index. */
  location(ref: string): Location | undefined {
    const node = this.nodes.get(ref);
    if (node) return { file: node.file, path: node.path };
    const document = this.documents.get(ref);
    return document ? { file: document.file, path: [] } : undefined;
  }

  /**
   * The part of the graph written in `files`: their documents and nodes, and the links written
   * there (a link belongs to the file of the node it leaves). For checks that read one file at a
   * time: over this part they find exactly what they find about those files over the whole.
   */
  restrictedTo(files: ReadonlySet<string>): PlanGraph {
    const part = new PlanGraph();
    for (const [id, document] of this.documents) if (files.has(document.file)) part.documents.set(id, document);
    for (const [ref, node] of this.nodes) if (files.has(node.file)) part.nodes.set(ref, node);
    for (const edge of this.edges) {
      const from = this.nodes.get(edge.from)?.file ?? this.documents.get(edge.from)?.file;
      if (from !== undefined && files.has(from)) part.addEdge(edge);
    }
    for (const duplicate of this.duplicateDocuments) if (files.has(duplicate.again.file)) part.duplicateDocuments.push(duplicate);
    for (const duplicate of this.duplicateNodes) if (files.has(duplicate.again.file)) part.duplicateNodes.push(duplicate);
    return part;
  }

  /** Resolves a reference as written in `fromDocument`: '<doc>/<node>', a bare node id of that document, or a document id. */
  resolve(written: string, fromDocument: string): string | undefined {
    const slash = written.indexOf("/");
    if (slash >= 0) return this.nodes.has(written) ? written : undefined;
    const local = `${fromDocument}/${written}`;
    if (this.nodes.has(local)) return local;
    return this.documents.has(written) ? written : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
