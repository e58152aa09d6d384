/**
 * Writes plain data (what an import produces: mappings, lists, strings, numbers, booleans) as
 * block-style YAML that reads back to the same data. The `yaml` package's stringify takes about
 * a second per 2 MB of plan (twenty times JSON.stringify), more than reading the StratML; this
 * writer does the one thing an import needs, and a property test checks it against the parser.
 */
export function toYaml(value: Record<string, unknown>): string {
  const lines: string[] = [];
  writeEntries(Object.entries(value), 0, lines);
  return lines.length === 0 ? "{}\n" : `${lines.join("\n")}\n`;
}

// Plain scalars only where no YAML reading can differ: a letter first, then words and safe punctuation.
const PLAIN = /^[A-Za-z][A-Za-z0-9 _.,()'/&+-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
// Characters a block literal cannot carry as written (controls, Unicode line breaks, BOM).
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;

function quoted(text: string): string {
  // JSON's escapes are YAML double-quoted escapes; escape the Unicode breaks JSON leaves raw.
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function scalar(value: unknown): string {
  if (typeof value === "string") return PLAIN.test(value) && !value.endsWith(" ") && !RESERVED.test(value) ? value : quoted(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "null";
}

/** A text of several lines, written as a literal block (`|-`) when it can be read back unchanged. */
function asBlock(value: unknown): string[] | undefined {
  if (typeof value !== "string" || !value.includes("\n")) return undefined;
  if (/^\s/.test(value) || /\s$/.test(value) || UNSAFE_IN_BLOCK.test(value) || /\n[ \t]+(\n|$)/.test(value) || value.includes("\r")) return undefined;
  return value.split("\n");
}

function writeKeyed(head: string, value: unknown, indent: number, lines: string[]): void {
  const block = asBlock(value);
  if (block) {
    lines.push(`${head} |-`);
    const pad = " ".repeat(indent + 2);
    for (const line of block) lines.push(line === "" ? "" : `${pad}${line}`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${head} []`);
    else {
      lines.push(head);
      writeSequence(value, indent + 2, lines);
    }
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) lines.push(`${head} {}`);
    else {
      lines.push(head);
      writeEntries(entries, indent + 2, lines);
    }
  } else lines.push(`${head} ${scalar(value)}`);
}

function writeEntries(entries: [string, unknown][], indent: number, lines: string[], firstLead?: string): void {
  let first = true;
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const lead = first && firstLead !== undefined ? firstLead : " ".repeat(indent);
    first = false;
    writeKeyed(`${lead}${scalar(key)}:`, value, indent, lines);
  }
}

function writeSequence(items: unknown[], indent: number, lines: string[]): void {
  const pad = " ".repeat(indent);
  for (const item of items) {
    const entries = item !== null && typeof item === "object" && !Array.isArray(item) ? Object.entries(item).filter(([, v]) => v !== undefined) : undefined;
    if (entries && entries.length > 0) writeEntries(entries, indent + 2, lines, `${pad}- `);
    else if (entries) lines.push(`${pad}- {}`);
    else if (Array.isArray(item)) {
      if (item.length === 0) lines.push(`${pad}- []`);
      else {
        lines.push(`${pad}-`);
        writeSequence(item, indent + 2, lines);
      }
    } else {
      const block = asBlock(item);
      if (block) {
        lines.push(`${pad}- |-`);
        for (const line of block) lines.push(line === "" ? "" : `${pad}  ${line}`);
      } else lines.push(`${pad}- ${scalar(item)}`);
    }
  }
}
