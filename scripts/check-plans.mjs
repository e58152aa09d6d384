// Temporary checker for plan encoders until `ogp lint` lands: schema + ids + references.
import Ajv from "ajv/dist/2020.js";
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
for (const f of ["common", "strategy", "workplan", "deliverable"]) ajv.addSchema(JSON.parse(fs.readFileSync(`schemas/${f}.schema.json`, "utf8")));
const files = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.ya?ml$/.test(e.name)) files.push(p); } };
walk(process.argv[2] ?? "plans");
const docs = new Map(); let problems = 0;
const say = (f, m) => { problems++; console.log(`${f}: ${m}`); };
for (const f of files) {
  const doc = parseDocument(fs.readFileSync(f, "utf8"), { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) { for (const e of doc.errors) say(f, e.message); continue; }
  const data = doc.toJS();
  const v = ajv.getSchema(`https://ogp.dev/schemas/${data?.kind}.schema.json`);
  if (!v) { say(f, `unknown kind ${data?.kind}`); continue; }
  if (!v(data)) for (const e of v.errors) say(f, `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  const nodes = new Map(); const links = [];
  const visit = (x, where) => {
    if (Array.isArray(x)) { x.forEach((y, i) => visit(y, `${where}/${i}`)); return; }
    if (!x || typeof x !== "object") return;
    if (typeof x.id === "string" && where !== "") { if (nodes.has(x.id)) say(f, `duplicate id ${x.id} at ${where} (first at ${nodes.get(x.id)})`); nodes.set(x.id, where); }
    for (const [k, v] of Object.entries(x)) {
      if (["advances", "refs", "derivedFrom", "serves"].includes(k) && Array.isArray(v)) v.forEach((l, i) => links.push({ ref: typeof l === "string" ? l : l.ref, cite: l?.cite, where: `${where}/${k}/${i}` }));
      else if ((k === "strategy" || k === "workplan") && where === "") links.push({ ref: typeof v === "string" ? v : v.ref, where: k, doc: true });
      else visit(v, `${where}/${k}`);
    }
  };
  visit(data, "");
  docs.set(data.id, { f, nodes, links });
}
for (const [id, { f, links }] of docs) for (const l of links) {
  if (!l.doc && !l.cite) say(f, `link at ${l.where} has no cite`);
  const [d, n] = l.ref.includes("/") ? l.ref.split("/") : l.doc ? [l.ref] : [id, l.ref];
  if (!docs.has(d)) { say(f, `link at ${l.where}: no document ${d} (among ${[...docs.keys()].join(", ")})`); continue; }
  if (n && !docs.get(d).nodes.has(n)) say(f, `link at ${l.where}: no node ${n} in ${d}`);
}
console.log(`${files.length} files, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
