import { createHash } from "node:crypto";

/** Text a form or template leaves where a value should go: "[To_be_identified]", "ID-${uuid}", "${date(yyyy-MM-dd)}". */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  // Bracketed form text is short and plain ("[To be determined]"); a long bracketed note ("[Editor's note: ...]") is content.
  return /^\[[A-Za-z][A-Za-z _-]{0,38}\]$/.test(trimmed) || /\$\{[^}]*\}/.test(trimmed);
}

/** An `xsd:ID` (an XML NCName), restricted to ASCII, as StratML's `Identifier` must be. */
export function isXsdId(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9._-]*$/.test(text);
}

/** Usable as an ogp node id and as an xsd:ID both, so that export can give it back unchanged. */
export function isUsableId(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9._-]*$/.test(text) && text.length <= 200;
}

/**
 * An Identifier a tool made rather than a person wrote: one holding a UUID ("aa83925e-f243-...",
 * "uuid-6289635d-..."), or a long run of hex digits. Such Identifiers change from one version of a
 * plan to the next (forms regenerate them), so they make no stable ids.
 */
export function looksGenerated(text: string): boolean {
  return /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i.test(text) || /[0-9a-f]{16,}/i.test(text);
}

/** A readable id fragment from a name: lower case words joined by '-', at most six words. */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter(Boolean);
  return words.slice(0, 6).join("-").slice(0, 60).replace(/-+$/, "");
}

/** `_` + a UUID derived from the seed (name-based, like UUID v5): the same plan exports the same identifiers every run. */
export function stableUuidId(seed: string): string {
  const hex = createHash("sha1").update(seed).digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `_${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Hands out ids unique in one document: the wanted id, else the id with -2, -3 ... appended. */
export class IdAllocator {
  private readonly used = new Set<string>();

  reserve(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** The next suffix to try for each base: 4,000 stakeholders of one name cost 4,000 tries, not 8 million. */
  private readonly nextSuffix = new Map<string, number>();

  allocate(wanted: string): string {
    const base = isUsableId(wanted) ? wanted : `n-${wanted}`.replace(/[^A-Za-z0-9._-]/g, "-");
    if (this.reserve(base)) return base;
    for (let n = this.nextSuffix.get(base) ?? 2; ; n++) {
      if (this.reserve(`${base}-${n}`)) {
        this.nextSuffix.set(base, n + 1);
        return `${base}-${n}`;
      }
    }
  }
}

/** The name import and export give a goal that has none (StratML requires one): "Goal 3", or "Unnamed goal". */
export function unnamedGoal(label: string | undefined): string {
  return label ? `Goal ${label}` : "Unnamed goal";
}
