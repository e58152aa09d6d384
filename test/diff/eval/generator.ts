import type { OldNodeTruth, TruthFile } from "./truth.js";

// Realistic edits of a plan with their truth known by construction, seeded so that every run
// makes the same edits: ids renamed, rewordings with other words for the same thing, renumbering,
// moves to another parent, promotion and demotion, real splits (the description divided between
// two new nodes) and merges, deletions, a new sibling repeating a title under another parent, the
// same person or organisation named under several parents, and new nodes whose title shares one
// common word with a removed node but means something else.

type Json = Record<string, unknown>;

/** Words and their synonyms: the same thing said otherwise. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  build: "develop", strengthen: "reinforce", expand: "broaden", support: "assist", improve: "enhance",
  increase: "raise", ensure: "guarantee", promote: "foster", publish: "issue", develop: "create",
  government: "administration", governments: "administrations", citizens: "residents", community: "network",
  leaders: "champions", reforms: "changes", partnership: "alliance", partners: "allies", goal: "aim",
  goals: "aims", stakeholders: "interested parties", participation: "involvement", standard: "norm",
  countries: "nations", country: "nation", action: "activity", actions: "activities", help: "aid",
  plan: "programme", plans: "programmes", provide: "supply", encourage: "urge", create: "establish",
  results: "outcomes", report: "account", reports: "accounts", public: "civic", global: "worldwide",
  skills: "abilities", learning: "study", share: "exchange", use: "usage", maintain: "sustain",
};

/** Text from another world: what a new node that merely shares a word with an old one is about. */
const UNRELATED = [
  "Replace the street lighting of the harbour district with low-energy lamps before the winter.",
  "Publish the tide tables for the three ferry landings every month.",
  "Repair the roof of the municipal swimming pool and reopen it in spring.",
  "Train volunteer lifeguards for the summer season at the north beach.",
  "Renew the fleet of refuse collection vehicles with electric trucks.",
  "Count the migratory birds on the salt marsh twice a year.",
];
const UNRELATED_TAILS = ["for the ferry landings", "of the swimming pool", "at the north beach", "of the refuse fleet", "on the salt marsh", "in the harbour district"];
const STOPWORDS = new Set("the and for with from into that this their other more most open government governments public ogp".split(" "));

export type EditKind = "rename" | "reword" | "renumber" | "move" | "promote" | "demote" | "split" | "merge" | "delete" | "same-title" | "same-entity" | "shared-word";

interface Entry {
  id: string;
  node: Json;
  /** The array the node sits in, and its key; the owner is the parent node or the document. */
  array: Json[];
  key: string;
  owner: Json;
  parent?: Entry;
  depth: number;
}

/** A seeded PRNG (mulberry32): the same seed, the same edits. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isNodeArray = (value: unknown): value is Json[] => Array.isArray(value) && value.length > 0 && value.every((x) => x && typeof x === "object" && typeof (x as Json).id === "string");

/** Every node of a document in document order, with where it sits. */
function index(document: Json): Entry[] {
  const entries: Entry[] = [];
  const walk = (owner: Json, parent: Entry | undefined, depth: number) => {
    for (const [key, value] of Object.entries(owner)) {
      if (key === "data" || !isNodeArray(value)) continue;
      for (const node of value) {
        const entry: Entry = { id: node.id as string, node, array: value, key, owner, ...(parent ? { parent } : {}), depth };
        entries.push(entry);
        walk(node, entry, depth + 1);
      }
    }
  };
  walk(document, undefined, 0);
  return entries;
}

const words = (text: unknown) => (typeof text === "string" ? text : "");
/** A text's sentences: not cut after an abbreviation ("(e.g. mailing lists") a writer would not split a node at. */
const sentences = (text: string) => text.split(/(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs|No|Mr|Ms|Dr)\.)\s+/).filter(Boolean);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const childArrays = (node: Json) => Object.entries(node).filter(([key, value]) => key !== "data" && isNodeArray(value));
const isLeaf = (node: Json) => childArrays(node).length === 0;
/** No outline nodes below (people and indicators may be). */
const hasNoOutlineChildren = (node: Json) => childArrays(node).every(([key]) => ["stakeholders", "indicators"].includes(key));
/** Outline nodes: what plans are made of (not values, people or indicators). */
const isOutline = (e: Entry) => !["values", "stakeholders", "indicators"].includes(e.key);

/** Replaces words of the synonym table; how many were replaced. */
export function reword(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(/[A-Za-z]+/g, (word) => {
    const synonym = SYNONYMS[word.toLowerCase()];
    if (!synonym) return word;
    replaced++;
    return word[0] === word[0]!.toUpperCase() ? capital(synonym) : synonym;
  });
  return { text: out, replaced };
}

export interface Generated {
  old: Json;
  new: Json;
  truth: TruthFile;
  /** The edits made, by kind (some kinds may find no node to edit in a small plan). */
  edits: Partial<Record<EditKind, number>>;
}

/** One edited version of `document`, with its truth; ids of new nodes are 'gen-...'. */
export function generate(document: Json, seed: number): Generated {
  const editor = new PlanEditor(document, seed);
  // Structure first, so that the text edits land on nodes that stay where they are.
  editor.renumber();
  editor.sharedWord();
  editor.move();
  editor.promote();
  editor.demote();
  editor.split();
  editor.merge();
  editor.remove();
  editor.sameTitle();
  editor.sameEntity();
  editor.rename(2);
  editor.reword(3);
  return editor.result(seed);
}

/** The edits of one generated version, made on a copy of the plan while the truth is written. */
class PlanEditor {
  private readonly random: () => number;
  private readonly oldDoc: Json;
  private readonly edited: Json;
  private readonly entries: Entry[];
  /** By node object, not id: a renamed node keeps its entry. */
  private readonly entryOf: Map<Json, Entry>;
  private readonly truth: Map<string, OldNodeTruth>;
  private readonly added = new Map<string, { notFrom?: string[]; why: string }>();
  private readonly edits: Partial<Record<EditKind, number>> = {};
  /** Nodes an edit already changed: no other edit takes them, nor (for structure) their ancestors and descendants. */
  private readonly touched = new Set<string>();
  private fresh = 0;

  constructor(document: Json, seed: number) {
    this.random = prng(seed);
    this.oldDoc = structuredClone(document);
    this.edited = structuredClone(document);
    this.edited.id = `${String(document.id)}-edited`;
    this.entries = index(this.edited);
    this.entryOf = new Map(this.entries.map((e) => [e.node, e]));
    this.truth = new Map(this.entries.map((e) => [e.id, { kind: "same", to: e.id, why: "untouched" }]));
  }

  result(seed: number): Generated {
    const nodes = Object.fromEntries(index(this.oldDoc).map((e) => [e.id, this.truth.get(e.id)!]));
    const truth: TruthFile = { old: String(this.oldDoc.id), new: String(this.edited.id), sources: [`generated, seed ${seed}`], complete: true, runs: [{ name: "ids kept" }, { name: "ids scrambled", scramble: true }], nodes, added: Object.fromEntries(this.added) };
    return { old: this.oldDoc, new: this.edited, truth, edits: this.edits };
  }

  private pick<T>(list: readonly T[]): T | undefined {
    return list.length ? list[Math.floor(this.random() * list.length)] : undefined;
  }
  private count(kind: EditKind): void {
    this.edits[kind] = (this.edits[kind] ?? 0) + 1;
  }
  private newId(kind: string): string {
    return `gen-${kind}-${++this.fresh}`;
  }
  private ancestors(e: Entry): string[] {
    const out: string[] = [];
    for (let p = e.parent; p; p = p.parent) out.push(p.id);
    return out;
  }
  private descendants(e: Entry): Entry[] {
    return this.entries.filter((d) => this.ancestors(d).includes(e.id));
  }
  private untouched = (e: Entry): boolean => !this.touched.has(e.id);
  /** Untouched, and no ancestor or descendant touched: structural edits do not overlap. */
  private free = (e: Entry): boolean => this.untouched(e) && !this.ancestors(e).some((a) => this.touched.has(a)) && !this.descendants(e).some((d) => this.touched.has(d.id));
  /** A node object that was in the plan before the edits (nodes made by an edit are not) and is free. */
  private freeNode = (node: Json): boolean => this.entryOf.has(node) && this.free(this.entryOf.get(node)!);
  private touch(e: Entry): void {
    this.touched.add(e.id);
  }
  private detach(e: Entry): void {
    e.array.splice(e.array.indexOf(e.node), 1);
  }
  /** Other nodes of the same kind and depth as `e`'s parent: places `e` can go without changing level. */
  private otherParents(e: Entry, ok: (p: Entry) => boolean): Entry[] {
    return this.entries.filter((p) => p !== e.parent && p !== e && p.key === e.parent!.key && p.depth === e.parent!.depth && ok(p));
  }
  private append(owner: Json, key: string, node: Json): void {
    if (!Array.isArray(owner[key])) owner[key] = [];
    (owner[key] as Json[]).push(node);
  }
  /** A node and everything under it: removed. */
  private removeSubtree(e: Entry, why: string, extra: Partial<OldNodeTruth> = {}): void {
    this.touch(e);
    this.detach(e);
    this.truth.set(e.id, { kind: "removed", ...extra, why });
    for (const d of this.descendants(e)) {
      this.touch(d);
      this.truth.set(d.id, { kind: "removed", why: "edit: delete (inside a deleted node)" });
    }
  }

  /** A deletion in a numbered sibling list, the later siblings (and their descendants) relabelled. */
  renumber(): void {
    const gap = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && typeof e.node.label === "string" && /\d$/.test(e.node.label as string) && e.array.indexOf(e.node) < e.array.length - 1));
    if (!gap) return;
    const later = gap.array.slice(gap.array.indexOf(gap.node) + 1).map((n) => this.entryOf.get(n)!);
    for (const sibling of later) relabel(sibling, this.entries);
    this.removeSubtree(gap, "edit: delete (siblings renumbered)");
    for (const sibling of later) {
      this.touch(sibling);
      this.truth.get(sibling.id)!.why = "edit: renumber";
    }
    this.count("renumber");
  }

  /** A removed node, and a new one elsewhere whose title shares one common word with it. */
  sharedWord(): void {
    const worded = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && hasNoOutlineChildren(e.node) && e.parent && contentWord(words(e.node.title)) !== undefined));
    if (!worded) return;
    const word = contentWord(words(worded.node.title))!;
    const host = this.pick(this.otherParents(worded, this.untouched)) ?? worded.parent!;
    const id = this.newId("shared-word");
    this.removeSubtree(worded, "edit: shared-word (removed; a new node shares one word of its title)", { notWith: [id] });
    this.append(host.node, worded.key, { id, title: `${capital(word)} ${this.pick(UNRELATED_TAILS)!}`, description: this.pick(UNRELATED)! });
    this.added.set(id, { notFrom: [worded.id], why: "edit: shared-word" });
    this.count("shared-word");
  }

  /** A node under another parent of the same kind, at the same depth. */
  move(): void {
    const moving = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && e.parent && this.otherParents(e, this.free).length > 0));
    if (!moving) return;
    const target = this.pick(this.otherParents(moving, this.free))!;
    this.touch(moving);
    this.touch(target);
    this.detach(moving);
    this.append(target.node, moving.key, moving.node);
    this.truth.set(moving.id, { kind: "moved", to: moving.id, why: "edit: move" });
    this.count("move");
  }

  /** A node one level up, beside its former parent. */
  promote(): void {
    const promoted = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && e.parent && isOutline(e.parent) && this.free(e.parent)));
    if (!promoted) return;
    this.touch(promoted);
    this.touch(promoted.parent!);
    this.detach(promoted);
    promoted.parent!.array.push(promoted.node);
    this.truth.set(promoted.id, { kind: "promoted", to: promoted.id, why: "edit: promote" });
    this.count("promote");
  }

  /** A node under one of its siblings, as the plan nests such nodes (objectives in objectives), or a top-level leaf as its siblings keep children. */
  demote(): void {
    const nesting = new Set(this.entries.filter((e) => isNodeArray(e.node[e.key])).map((e) => e.key));
    const keyOf = (e: Entry) => (nesting.has(e.key) ? e.key : !e.parent && isLeaf(e.node) ? childKeyOf(e) : undefined);
    const demoted = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && keyOf(e) !== undefined && e.array.some((s) => s !== e.node && this.freeNode(s))));
    if (!demoted) return;
    const host = this.pick(demoted.array.filter((s) => s !== demoted.node && this.freeNode(s)))!;
    this.touch(demoted);
    this.touch(this.entryOf.get(host)!);
    this.detach(demoted);
    this.append(host, keyOf(demoted)!, demoted.node);
    this.truth.set(demoted.id, { kind: "demoted", to: demoted.id, why: "edit: demote" });
    this.count("demote");
  }

  /** The description divided between two new nodes in the old one's place; its people and indicators go with the first. */
  split(): void {
    const splittable = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && hasNoOutlineChildren(e.node) && sentences(words(e.node.description)).length >= 2));
    if (!splittable) return;
    const parts = sentences(words(splittable.node.description));
    const half = Math.ceil(parts.length / 2);
    const [a, b] = [parts.slice(0, half).join(" "), parts.slice(half).join(" ")];
    const title = words(splittable.node.title);
    const cut = title.search(/,| and /);
    const titles = cut > 0 ? [title.slice(0, cut), capital(title.slice(cut).replace(/^(,| and)\s*/, ""))] : [title, b.split(/\s+/).slice(0, 8).join(" ").replace(/[.,;:]$/, "")];
    const ids = [this.newId("split"), this.newId("split")];
    const second: Json = { id: ids[1], title: titles[1], description: b };
    if (typeof splittable.node.label === "string") second.label = `${splittable.node.label}b`;
    this.touch(splittable);
    for (const d of this.descendants(splittable)) this.truth.get(d.id)!.why = "edit: split (under the split node, now under its first part)";
    splittable.array.splice(splittable.array.indexOf(splittable.node), 1, { ...splittable.node, id: ids[0], title: titles[0], description: a }, second);
    this.truth.set(splittable.id, { kind: "split", to: ids, why: "edit: split" });
    this.count("split");
  }

  /** Two siblings with text become one node, with the people and indicators of both. */
  merge(): void {
    const mergeable = this.entries.filter((e) => this.free(e) && isOutline(e) && hasNoOutlineChildren(e.node) && words(e.node.description).length > 0);
    const first = this.pick(mergeable.filter((e) => mergeable.some((o) => o !== e && o.array === e.array)));
    if (!first) return;
    const second = this.pick(mergeable.filter((o) => o !== first && o.array === first.array))!;
    const id = this.newId("merged");
    const merged: Json = { ...first.node, id, title: `${words(first.node.title)} and ${words(second.node.title).replace(/^./, (c) => c.toLowerCase())}`, description: `${words(first.node.description)} ${words(second.node.description)}` };
    for (const [key, children] of childArrays(second.node)) merged[key] = [...((merged[key] as Json[] | undefined) ?? []), ...(children as Json[])];
    this.touch(first);
    this.touch(second);
    first.array.splice(first.array.indexOf(first.node), 1, merged);
    this.detach(second);
    for (const e of [first, second]) {
      this.truth.set(e.id, { kind: "merged", to: id, why: "edit: merge" });
      for (const d of this.descendants(e)) this.truth.get(d.id)!.why = "edit: merge (under a merged node, now under the merged one)";
    }
    this.count("merge");
  }

  /** A deletion of a node with no outline below it. */
  remove(): void {
    const deleted = this.pick(this.entries.filter((e) => this.free(e) && isOutline(e) && hasNoOutlineChildren(e.node) && e.parent));
    if (!deleted) return;
    this.removeSubtree(deleted, "edit: delete");
    this.count("delete");
  }

  /** A new node under another parent that repeats a kept node's title. */
  sameTitle(): void {
    const repeated = this.pick(this.entries.filter((e) => this.untouched(e) && isOutline(e) && e.parent && words(e.node.title).length > 0 && this.otherParents(e, this.untouched).length > 0));
    if (!repeated) return;
    const host = this.pick(this.otherParents(repeated, this.untouched))!;
    const id = this.newId("same-title");
    this.append(host.node, repeated.key, { id, title: repeated.node.title, description: this.pick(UNRELATED)! });
    this.touch(repeated);
    this.truth.get(repeated.id)!.why = "edit: same-title (the kept node whose title a new node repeats)";
    this.added.set(id, { notFrom: [repeated.id], why: "edit: same-title (a new sibling with a kept node's title under another parent)" });
    this.count("same-title");
  }

  /** The same person or organisation named under two other parents (only where the plan names people). */
  sameEntity(): void {
    const person = this.pick(this.entries.filter((e) => e.key === "stakeholders" && this.untouched(e) && words(e.node.title).length > 0));
    if (!person) return;
    const holders = new Set(this.entries.filter((e) => Array.isArray(e.node.stakeholders)).map((e) => e.key));
    const hosts = this.entries.filter((p) => holders.has(p.key) && p !== person.parent && this.untouched(p) && p.parent);
    for (let i = 0; i < 2 && hosts.length; i++) {
      const host = hosts.splice(Math.floor(this.random() * hosts.length), 1)[0]!;
      const id = this.newId("same-entity");
      this.append(host.node, "stakeholders", { id, title: person.node.title, ...(person.node.role ? { role: person.node.role } : {}) });
      this.added.set(id, { notFrom: [person.id], why: "edit: same-entity (a person or organisation also named under another parent)" });
    }
    this.touch(person);
    this.truth.get(person.id)!.why = "edit: same-entity (the person or organisation also named elsewhere)";
    this.count("same-entity");
  }

  /** New ids for untouched nodes: the same node. */
  rename(times: number): void {
    for (let i = 0; i < times; i++) {
      const e = this.pick(this.entries.filter(this.untouched));
      if (!e) return;
      this.touch(e);
      const id = this.newId("renamed");
      e.node.id = id;
      this.truth.set(e.id, { kind: "same", to: id, why: "edit: rename" });
      this.count("rename");
    }
  }

  /** Other words for the same thing (SYNONYMS) in the title and description of untouched nodes. */
  reword(times: number): void {
    for (let i = 0; i < times; i++) {
      const e = this.pick(this.entries.filter((x) => this.untouched(x) && reword(words(x.node.title)).replaced > 0));
      if (!e) return;
      this.touch(e);
      e.node.title = reword(words(e.node.title)).text;
      if (typeof e.node.description === "string") e.node.description = reword(e.node.description).text;
      this.truth.set(e.id, { kind: "reworded", to: e.id, why: "edit: reword" });
      this.count("reword");
    }
  }
}

/** The key the top-level siblings of a node keep their children under ('objectives', 'strategies'). */
function childKeyOf(e: Entry): string | undefined {
  for (const sibling of e.array) for (const [key] of childArrays(sibling)) if (!["stakeholders", "indicators", "values"].includes(key)) return key;
  return undefined;
}

/** One less on the last number of a node's label, and the same on its descendants' labels. */
function relabel(e: Entry, entries: Entry[]): void {
  const label = e.node.label as string;
  const relabelled = label.replace(/(\d+)$/, (n) => String(Number(n) - 1));
  for (const d of entries) {
    const own = d.node.label;
    if (d === e || (typeof own === "string" && own.startsWith(`${label}.`) && isInside(d, e))) d.node.label = relabelled + (own as string).slice(label.length);
  }
}

function isInside(d: Entry, e: Entry): boolean {
  for (let p = d.parent; p; p = p.parent) if (p === e) return true;
  return false;
}

function contentWord(title: string): string | undefined {
  return title.toLowerCase().match(/[a-z]{5,}/g)?.find((w) => !STOPWORDS.has(w));
}
