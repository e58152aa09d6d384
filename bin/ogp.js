#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run automatically by `npm ci` and `npm install`)
// as CommonJS chunks, which this file loads through a V8 code cache: compiled code is kept
// between runs, so start-up does not compile the same JavaScript again (scripts/build.mjs).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dist = path.join(__dirname, "..", "dist");
const entry = path.join(dist, "cli.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("ogp: the CLI is not built yet; run 'npm run build' (or 'npm ci') in the ogp folder first\n");
  process.exit(2);
}

const Module = require("node:module");
// OGP_CODE_CACHE=0 runs without a code cache; OGP_CODE_CACHE_DIR puts Node 20's elsewhere.
const off = process.env.OGP_CODE_CACHE === "0";
if (off) {
  require(entry);
} else if (typeof Module.enableCompileCache === "function") {
  // Node 22+: Node's own compile cache (in the system's temporary folder unless NODE_COMPILE_CACHE says where).
  Module.enableCompileCache();
  require(entry);
} else {
  runWithCodeCache();
}

/**
 * Node 20 has no compile cache for modules: each chunk of dist/ is compiled as a `vm.Script`
 * given the code V8 produced for it on an earlier run. V8 checks that cached code belongs to
 * this very source, V8 version and flags and rejects it otherwise (`cachedDataRejected`); a
 * cache file also carries its length and a checksum of its bytes, so a damaged one is never
 * handed to V8 (which checks its own checksum only in debug builds). node:crypto is not used: it
 * would cost more start-up than the cache saves for a short command. A chunk
 * whose cache is missing, damaged or rejected runs from source, and its cache is written when
 * the process exits (atomically: temp file + rename). Without a writable cache folder, the
 * chunks simply run uncached.
 */
function runWithCodeCache() {
  const vm = require("node:vm");
  const cacheDir = path.join(process.env.OGP_CODE_CACHE_DIR || path.join(__dirname, "..", "node_modules", ".cache", "ogp"), `v8-${process.version}-${process.arch}`);
  const nodeRequire = Module.createRequire(entry);
  // Each chunk's cache is named by the chunk's content hash (written by the build): V8 itself
  // compares only the source's length, and a rebuilt chunk of the same length must not run the
  // old chunk's code. A chunk the list does not name runs uncached.
  let hashes = {};
  try {
    hashes = JSON.parse(fs.readFileSync(path.join(dist, "code-hashes.json"), "utf8"));
  } catch {
    // no list: nothing is cached
  }
  const modules = new Map();
  const stale = [];
  const readCache = (file) => {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    if (bytes.length <= 8) return undefined;
    const data = bytes.subarray(8);
    return bytes.readUInt32LE(0) === data.length && bytes.readUInt32LE(4) === checksum(data) ? data : undefined;
  };

  const load = (name) => {
    const known = modules.get(name);
    if (known) return known.exports;
    const filename = path.join(dist, name);
    const module = { exports: {}, filename, id: filename, loaded: false };
    modules.set(name, module);
    const source = fs.readFileSync(filename, "utf8");
    const hash = Object.hasOwn(hashes, name) && typeof hashes[name] === "string" && /^[0-9a-f]{32}$/.test(hashes[name]) ? hashes[name] : undefined;
    const cacheFile = hash && path.join(cacheDir, `${name}.${hash}.cache`);
    const cachedData = cacheFile ? readCache(cacheFile) : undefined;
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, cachedData });
    if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) stale.push({ script, cacheFile });
    script.runInThisContext().call(module.exports, module.exports, requireFrom, module, filename, dist);
    module.loaded = true;
    return module.exports;
  };

  // The chunks require each other as "./name.js"; everything else is Node's (built-in modules).
  function requireFrom(specifier) {
    return specifier.startsWith("./") ? load(specifier.slice(2)) : nodeRequire(specifier);
  }

  process.on("exit", () => {
    if (stale.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      for (const { script, cacheFile } of stale) {
        const data = script.createCachedData();
        const temp = `${cacheFile}.${process.pid}.tmp`;
        const header = Buffer.alloc(8);
        header.writeUInt32LE(data.length, 0);
        header.writeUInt32LE(checksum(data), 4);
        fs.writeFileSync(temp, Buffer.concat([header, data]));
        fs.renameSync(temp, cacheFile);
      }
      // Caches of chunks that a later build no longer has are removed.
      const chunks = new Set(Object.entries(hashes).map(([name, hash]) => `${name}.${hash}.cache`));
      for (const name of fs.readdirSync(cacheDir)) if (name.endsWith(".cache") && !chunks.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
    } catch {
      // a cache that cannot be written costs speed only
    }
  });

  load("cli.js");
}

/**
 * A checksum of the bytes, 32 bits: catches a damaged file (not meant against tampering; who can
 * write the cache can write dist/). zlib's CRC-32 where Node has it (20.15+): native, about 0.2 ms
 * for the 0.4 MB a run reads, where FNV-1a in JavaScript took 3-6 ms of every start-up.
 */
function checksum(bytes) {
  const { crc32 } = require("node:zlib");
  if (typeof crc32 === "function") return crc32(bytes);
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}
