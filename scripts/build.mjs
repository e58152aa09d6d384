// Build: (1) compile the JSON Schemas into standalone validators, so no run pays for ajv's compiler;
// (2) derive TypeScript types from the same schemas, so types and schemas cannot drift;
// (3) bundle the CLI with esbuild, so start-up does not resolve hundreds of module files.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const generated = path.join(root, "src/generated");
const KINDS = ["strategy", "workplan", "deliverable"];
const SCHEMA_FILES = ["common", ...KINDS];
// The schemas have no $id, so that editors resolve their relative $refs next to the file
// (an absolute $id would send the YAML language server to fetch a URL); ajv knows them by file name.
const idOf = (name) => `${name}.schema.json`;

async function loadSchemas() {
  const schemas = {};
  for (const name of SCHEMA_FILES) schemas[name] = JSON.parse(await readFile(path.join(root, "schemas", `${name}.schema.json`), "utf8"));
  return schemas;
}

/**
 * A skeleton of the schemas for messages: for each definition, the keys allowed in it and the
 * definition each key's value (or list item) follows. validate.ts walks it along an error's
 * instance path to say which keys are allowed at that place ("did you mean ...?").
 */
function schemaSkeleton(schemas) {
  const defs = {};
  const nameOfRef = (ref) => (ref.includes("#/$defs/") ? ref.split("#/$defs/")[1] : ref.replace(/\.schema\.json$/, ""));
  const resolve = (ref) => schemas.common.$defs[nameOfRef(ref)];
  const collect = (name, schema) => {
    if (defs[name]) return;
    const entry = (defs[name] = { keys: [], children: {} });
    const visit = (part) => {
      if (!part || typeof part !== "object") return;
      if (typeof part.items?.$ref === "string") {
        // A list definition (links): its items follow the item's definition.
        entry.item = nameOfRef(part.items.$ref);
        collect(entry.item, resolve(part.items.$ref));
      }
      if (typeof part.$ref === "string") {
        const target = nameOfRef(part.$ref);
        collect(target, resolve(part.$ref));
        for (const key of defs[target].keys) if (!entry.keys.includes(key)) entry.keys.push(key);
        Object.assign(entry.children, { ...defs[target].children, ...entry.children });
        if (defs[target].item && !entry.item) entry.item = defs[target].item;
      }
      for (const sub of part.allOf ?? []) visit(sub);
      for (const [key, property] of Object.entries(part.properties ?? {})) {
        if (!entry.keys.includes(key)) entry.keys.push(key);
        const value = property.items ?? property;
        if (typeof value.$ref === "string") {
          entry.children[key] = nameOfRef(value.$ref);
          collect(entry.children[key], resolve(value.$ref));
        } else if (value.properties) {
          entry.children[key] = `${name}.${key}`;
          collect(entry.children[key], value);
        }
      }
    };
    visit(schema);
  };
  for (const kind of KINDS) collect(kind, schemas[kind]);
  return defs;
}

/** Every property name the schemas define, for "did you mean ...?" on unknown keys. */
function propertyNames(schemas) {
  const names = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    if (value.properties && typeof value.properties === "object") for (const key of Object.keys(value.properties)) names.add(key);
    Object.values(value).forEach(walk);
  };
  walk(Object.values(schemas));
  return [...names].sort();
}

async function buildValidators(schemas) {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, code: { source: true, esm: true, lines: false } });
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, idOf(name));
  const exports = Object.fromEntries(KINDS.map((kind) => [kind, idOf(kind)]));
  let code = standaloneCode(ajv, exports);
  // ajv's standalone output still uses require() for its small runtime helpers; make it plain ESM.
  const imports = [];
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g, (_, module) => {
    const name = `runtime_${imports.length}`;
    // The runtime helpers are CommonJS modules with a `default` export property.
    imports.push(`import ${name}_module from "${module}.js";\nconst ${name} = ${name}_module.default ?? ${name}_module;`);
    return name;
  });
  // ajv gathers a called validator's errors with `vErrors.concat(...)`, copying every error found so
  // far once per list item: quadratic on a long list of wrong items. Appending in place is linear.
  code = code.replace(/vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g, (_, fn) => `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`);
  if (/vErrors\.concat\(/.test(code)) throw new Error("standalone validator code still concatenates errors: update scripts/build.mjs");
  if (/require\(/.test(code)) throw new Error("standalone validator code still uses require(): update scripts/build.mjs");
  const header = "// Generated by scripts/build.mjs from schemas/*.schema.json. Do not edit.\n";
  await writeFile(path.join(generated, "validators.js"), `${header}${imports.join("\n")}\n${code}\nexport const propertyNames = ${JSON.stringify(propertyNames(schemas))};\nexport const skeleton = ${JSON.stringify(schemaSkeleton(schemas))};\n`);
  // Kept apart from the validators, so that a run served by the cache need not load them to check the key.
  await writeFile(path.join(generated, "schema-hash.js"), `${header}export const schemaHash = ${JSON.stringify(createHash("sha256").update(JSON.stringify(schemas)).digest("hex"))};\n`);
  await writeFile(path.join(generated, "schema-hash.d.ts"), `${header}export declare const schemaHash: string;\n`);
  await writeFile(
    path.join(generated, "validators.d.ts"),
    `${header}import type { ValidateFunction } from "./validate-function.js";\n${KINDS.map((k) => `export declare const ${k}: ValidateFunction;`).join("\n")}\nexport declare const propertyNames: string[];\nexport declare const skeleton: Record<string, { keys: string[]; children: Record<string, string>; item?: string }>;\n`,
  );
  await writeFile(
    path.join(generated, "validate-function.ts"),
    `${header}export interface SchemaError { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string; schemaPath: string }\nexport interface ValidateFunction { (data: unknown): boolean; errors?: SchemaError[] | null }\n`,
  );
}

async function buildTypes(schemas) {
  const { compile } = await import("json-schema-to-typescript");
  // One combined schema with the shared definitions inlined, so every $ref resolves locally (no $id fetching).
  const local = (value) => JSON.parse(JSON.stringify(value).replaceAll('"common.schema.json#/$defs/', '"#/$defs/'));
  const $defs = { ...schemas.common.$defs };
  for (const kind of KINDS) {
    const { $id, $schema, ...schema } = local(schemas[kind]);
    $defs[`${kind}Document`] = schema;
  }
  const combined = { title: "PlanDocument", anyOf: KINDS.map((kind) => ({ $ref: `#/$defs/${kind}Document` })), $defs };
  const ts = await compile(combined, "PlanDocument", { bannerComment: "/* Generated by scripts/build.mjs from schemas/*.schema.json. Do not edit. */", additionalProperties: false, unreachableDefinitions: true });
  await writeFile(path.join(generated, "plan-types.ts"), ts);
}

/**
 * commander requires node:child_process when it loads, for subcommands that are separate
 * executables (ogp has none); loading it (with net, streams, dgram) costs every command a few
 * milliseconds of start-up. commander gets a stand-in that requires it on first use.
 */
const lazyChildProcessForCommander = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "ogp-lazy" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "ogp-lazy" }, () => ({
      contents: 'let real; const load = () => (real ??= require("node:child_process")); module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });',
      loader: "js",
      resolveDir: root,
    }));
  },
};

/**
 * chalk detects the terminal's colour support when it loads (its vendored supports-color reads
 * node:tty and node:os: about 3 ms of every command's start-up, net and streams included). ogp
 * never asks chalk to detect: formatters/colors.ts always gives the level itself (a terminal, NO_COLOR,
 * FORCE_COLOR, --color). So chalk's detection gets a stand-in that detects nothing.
 */
const chalkWithoutDetection = {
  name: "chalk-without-detection",
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: "no-color-detection", namespace: "ogp-chalk" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "ogp-chalk" }, () => ({ contents: "export default { stdout: false, stderr: false };", loader: "js", resolveDir: root }));
  },
};

/**
 * What this build is made of: a hash of the sources, the schemas and the locked dependencies. The
 * lint cache's key holds it (core/version.ts's BUILD, in load/cache.ts's cacheKey), so that a build whose rules or parser
 * changed never serves findings a build before it recorded, though package.json's version is the
 * same (a checkout between releases, `npm link`).
 */
async function buildId() {
  const hash = createHash("sha256");
  const files = [];
  for (const folder of ["src", "schemas"]) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)));
    }
  }
  for (const file of [...files.sort(), "package.json", "package-lock.json"]) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The CLI as CommonJS chunks in dist/ (dist/package.json says so), loaded by bin/ogp.js through a
 * V8 code cache. esbuild splits only ESM, so the bundle is built as ESM chunks (one per command,
 * shared code in chunk-*.js) and each chunk is then turned into CommonJS: `import()` of a command
 * becomes a `require` inside a promise. CommonJS is what lets Node 20 use a code cache
 * (`vm.Script` with `cachedData`) and skips the ESM loader's start-up.
 */
async function bundle() {
  const { build, transform } = await import("esbuild");
  const outdir = path.join(root, "dist");
  const result = await build({
    entryPoints: { cli: path.join(root, "src/cli/main.ts") },
    outdir,
    write: false,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    define: { OGP_VERSION: JSON.stringify(JSON.parse(await readFile(path.join(root, "package.json"), "utf8")).version), OGP_BUILD: JSON.stringify(await buildId()) },
    plugins: [lazyChildProcessForCommander, chalkWithoutDetection],
  });
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await writeFile(path.join(outdir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  // A content hash of each chunk as written, for bin/ogp.js's code cache: V8 checks only the
  // source's length, so a rebuilt chunk of the same length would otherwise run stale cached code.
  const hashes = {};
  for (const output of result.outputFiles) {
    const { code } = await transform(output.text, {
      format: "cjs",
      platform: "node",
      target: "node20",
      loader: "js",
      legalComments: "none",
      supported: { "dynamic-import": false },
      define: { "import.meta.url": "__ogp_import_meta_url" },
    });
    if (/\bimport\(/.test(code.replace(/\/\/.*$/gm, ""))) throw new Error(`${path.basename(output.path)}: an import() is left in the CommonJS output: the code cache loader cannot serve it`);
    // ESM is strict mode; the chunks keep it. import.meta.url is the chunk's own URL, as it was.
    const meta = code.includes("__ogp_import_meta_url") ? 'var __ogp_import_meta_url = require("node:url").pathToFileURL(__filename).href;\n' : "";
    const text = `"use strict";\n${meta}${code}`;
    await writeFile(output.path, text);
    hashes[path.basename(output.path)] = createHash("sha256").update(text).digest("hex").slice(0, 32);
  }
  await writeFile(path.join(outdir, "code-hashes.json"), `${JSON.stringify(hashes)}\n`);
}

await mkdir(generated, { recursive: true });
const schemas = await loadSchemas();
await buildValidators(schemas);
if (!process.argv.includes("--no-types")) await buildTypes(schemas);
if (!process.argv.includes("--no-bundle")) await bundle();
