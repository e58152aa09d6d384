// `node bench/diff-eval.mjs` (also run by `npm run bench`): how right `ogp diff` is by meaning.
// Runs the evaluation set of test/diff/eval (hand-made truths for the real version pairs, and
// seeded generated edits with known truth) through the real diff() and prints precision and
// recall per change kind, the pairs, the false splits and merges, and the floors of
// test/diff/eval/floors.json that the figures break. The evaluation code is TypeScript: it is
// bundled with esbuild (a dev dependency) into a temporary folder and run from there.
// Flags: --json (the figures only), --no-misses (no list of wrong nodes), --write-floors (set the
// floors to today's figures, after the matcher improved; review the change before committing).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = mkdtempSync(path.join(os.tmpdir(), "ogp-diff-eval-"));
try {
  const outfile = path.join(dir, "report.mjs");
  await build({
    entryPoints: [path.join(root, "test/diff/eval/report.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    // CommonJS dependencies bundled into ESM call require().
    // (Under a name of its own: the bundled sources may import createRequire too.)
    banner: { js: "import { createRequire as __bannerCreateRequire } from 'node:module'; const require = __bannerCreateRequire(import.meta.url);" },
  });
  process.env.OGP_EVAL_ROOT = root;
  const { report } = await import(pathToFileURL(outfile).href);
  process.exitCode = report(process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
