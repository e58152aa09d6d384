#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run automatically by `npm ci` and `npm install`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write("ogp: the CLI is not built yet; run 'npm run build' (or 'npm ci') in the ogp folder first\n");
  process.exit(2);
}
await import(bundle.href);
