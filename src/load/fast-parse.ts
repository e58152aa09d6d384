import jsYaml from "js-yaml";

/**
 * The fast path of the loader: js-yaml 4 parses plain plan files several times faster than the
 * `yaml` package and keeps no document tree, so most files cost a parse and nothing more. It is
 * taken only where it gives exactly the data `yaml` would (a property test holds the two to
 * that): any file with a directive (`%YAML 1.1` changes the schema), an alias (the `yaml` path
 * limits expansions), a key js-yaml would spell differently (null, list or mapping keys),
 * nesting past the limit or any js-yaml error goes to the `yaml` path, which explains the problem
 * with its position. Positions of files without findings are never needed, so never computed.
 */

// YAML 1.2 core schema scalars as the `yaml` package resolves them (js-yaml's own int and float
// accept '_' separators and binary, which YAML 1.2 reads as strings).
const scalar = (tag: string, resolve: (s: string) => boolean, construct: (s: string) => unknown) =>
  new jsYaml.Type(`tag:yaml.org,2002:${tag}`, { kind: "scalar", resolve: (s: string | null) => s !== null && resolve(s), construct });

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * Whether `s` starts with one of `chars`: js-yaml asks every implicit type about every plain
 * scalar, and most plain scalars of a plan (titles, ids) start with a letter no number or
 * boolean starts with, so this first-character test spares them the type's expressions (each
 * of which requires one of those first characters, so the answers do not change).
 */
const startsWithOneOf = (s: string, chars: string) => s.length > 0 && chars.includes(s.charAt(0));
const NUMBER_START = "-+0123456789";

const CORE_1_2 = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", (s) => (s.length === 0 || startsWithOneOf(s, "~nN")) && NULL.test(s), () => null),
    scalar("bool", (s) => startsWithOneOf(s, "tTfF") && BOOL.test(s), (s) => s[0] === "t" || s[0] === "T"),
    scalar("int", (s) => startsWithOneOf(s, NUMBER_START) && (INT.test(s) || INT_OCT.test(s) || INT_HEX.test(s)), (s) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10))),
    scalar("float", (s) => startsWithOneOf(s, `.${NUMBER_START}`) && (FLOAT_NAN.test(s) || FLOAT.test(s)), (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : FLOAT_NAN.test(s) ? (s[0] === "-" ? -Infinity : Infinity) : parseFloat(s))),
  ],
});

/**
 * Texts the fast path leaves to `yaml` (the cases below joined into one expression, see
 * declinedFor); a false alarm only costs the slower path. Each line below
 * is a place where js-yaml 4 reads YAML otherwise than `yaml` does (the YAML test suite's cases,
 * test/load/yaml-test-suite.test.ts, hold the two to one reading):
 * - a directive line (`%YAML 1.1` switches `yaml` to another schema, with merge keys);
 * - what may be an alias or an anchor, `*name` or `&name` where a node can start (`yaml` limits
 *   alias expansions; js-yaml accepts two anchors on one node, 4JVG), or an explicit key `? `
 *   there (js-yaml spells collection keys differently);
 * - what may be a tag, ` !` (the two resolve empty and unknown tags differently);
 * - a tab anywhere (js-yaml accepts tabs where `yaml` reports tab indentation);
 * - an empty compact list entry (`- - ` at a line's end), where js-yaml 4 nests the next entry;
 * - a document marker with content on its line (`---word`, `--- key: value`: 82AN, 9KBC, CXX2) or `...`;
 * - a comment glued to a quote, bracket or comma (`"x"# c`, `]#c`, `,#c`: SU5Z, 9JBA, CVW2;
 *   a quoted `"#"` is not one);
 * - a flow collection used as a key (`[id]: s1`, which js-yaml reads as `id: s1`: LX3P);
 * - a flow collection, or a quoted value of a key or list item, that does not end on its line
 *   (`yaml` checks the indentation of the lines that follow; js-yaml does not: 9C9N, QB6E);
 * - a block scalar whose first lines hold only spaces (S98Z).
 */
const DECLINED: { source: string; needs?: string }[] = [
  { source: /^%/.source },
  { source: /(?:^[ ]*|[:?-][ ]+|[[{,][ ]*)(?:[*&][^\s,[\]{}]|\?(?: |$))/.source, needs: "*&?" },
  { source: /(?:^|[ [{,])!/.source, needs: "!" },
  { source: /\t/.source },
  { source: /-[ ]+-[ ]*$/.source },
  { source: /^(?:---(?:[^ \r\n]|[ ]+[^#\s])|\.\.\.(?:\s|$))/.source },
  { source: /["'\]},]#(?!["'])/.source },
  { source: /[\]}][ ]*:(?:[ \r]|$)/.source },
  { source: /(?:^[ ]*|[:?-][ ]+)[[{][^\n\]}]*$/.source, needs: "[{" },
  { source: /^[ ]*(?:-[ ]+)*(?:[^\s"'#:[{-][^:\n"']*:[ ]+)?(?:"(?:[^"\\\n]|\\.)*(?:\\)?|'(?:[^'\n]|'')*)$/.source },
  { source: /[|>][0-9+-]*[ ]*(?:#.*)?\r?\n[ ]+\r?\n/.source },
];

/**
 * The one expression of the DECLINED cases that can match `text`. A case with `needs` matches
 * only text that holds one of those characters (each of its matches contains one), so leaving
 * it out where the text holds none changes no answer; a plan without '!' or '[' spares the
 * run those cases at every character (about a third of the expression's time on the 20 copies).
 * One expression per set of cases, made on first need (at most 8).
 */
function declinedFor(text: string): RegExp {
  let mask = 0;
  DECLINED.forEach(({ needs }, i) => {
    if (needs && [...needs].some((c) => text.includes(c))) mask |= 1 << i;
  });
  let expression = DECLINED_BY_MASK.get(mask);
  if (!expression) {
    const sources = DECLINED.filter(({ needs }, i) => !needs || mask & (1 << i)).map(({ source }) => source);
    DECLINED_BY_MASK.set(mask, (expression = new RegExp(sources.join("|"), "m")));
  }
  return expression;
}
const DECLINED_BY_MASK = new Map<number, RegExp>();

export type FastParse = { ok: true; data: unknown } | { ok: false };

/** Parses `text` with js-yaml when it is certain to give what `yaml` would; `{ ok: false }` sends the file to the `yaml` path. */
export function fastParse(text: string, maxDepth: number): FastParse {
  if (declinedFor(text).test(text)) return { ok: false };
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: CORE_1_2 });
  } catch {
    // Syntax errors, duplicate keys, several documents, unknown tags, a stack overflow: `yaml` explains them.
    return { ok: false };
  }
  // An empty file is a problem with its own message, given by the `yaml` path.
  if (data === undefined || data === null) return { ok: false };
  return plainAndShallow(data, maxDepth) ? { ok: true, data } : { ok: false };
}

/**
 * Whether no key is one js-yaml spells differently from `yaml` ('null' for a null key, 'a,b' or '' for a
 * list key, '[object Object]' for a mapping key) and nesting stays within `maxDepth`. Iterative,
 * so deep data cannot overflow the stack.
 */
function plainAndShallow(data: unknown, maxDepth: number): boolean {
  // Two stacks in step (values and their depths) rather than a pair per value: no allocation per node.
  const values: unknown[] = [data];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (depth > maxDepth) return false;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== null && typeof item === "object") {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (key === "null" || key === "" || key.includes(",") || key === "[object Object]") return false;
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === "object") {
          values.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return true;
}
