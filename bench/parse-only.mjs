// The floor of any YAML linter: read and parse the same files with the same parser, nothing else.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";

const files = [];
const walk = (p) => {
  if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  else if (/\.ya?ml$/.test(p)) files.push(p);
};
process.argv.slice(2).forEach(walk);
let errors = 0;
for (const file of files) errors += parseDocument(readFileSync(file, "utf8"), { uniqueKeys: true }).errors.length;
process.exitCode = errors > 0 ? 1 : 0;
