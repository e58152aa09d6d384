// The corpora `npm run bench` measures: the shipped plans, renamed copies of them, synthetic plans
// from the seeded generator at three sizes, and two synthetic corpora built to be slow: every
// file has problems (so every file's positions are resolved), every reference is broken.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "./generate.mjs";

function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    const info = statSync(file);
    if (info.isFile() && /\.ya?ml$/.test(name)) {
      files++;
      bytes += info.size;
    }
  }
  return { files, bytes };
}

const described = (label, dir) => {
  const { files, bytes } = sizeOf(dir);
  return `${label} (${files} files, ${bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`})`;
};

/** `copies` copies of the shipped plans, each with its document ids renamed so that ids stay unique and references still resolve. */
function copiesOfShipped(root, dir, copies) {
  rmSync(dir, { recursive: true, force: true });
  const plans = path.join(root, "plans");
  const files = readdirSync(plans, { recursive: true }).filter((f) => /\.ya?ml$/.test(f));
  const texts = files.map((f) => readFileSync(path.join(plans, f), "utf8"));
  const ids = texts.map((t) => /^id: (\S+)$/m.exec(t)?.[1]).filter(Boolean).sort((a, b) => b.length - a.length);
  const idPattern = new RegExp(`(?<![\\w-])(${ids.map((id) => id.replace(/[.-]/g, "\\$&")).join("|")})(?![\\w-])`, "g");
  for (let c = 1; c <= copies; c++) {
    files.forEach((f, i) => {
      const target = path.join(dir, `copy-${String(c).padStart(2, "0")}`, f);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, texts[i].replace(idPattern, `copy${c}-$1`));
    });
  }
}

/**
 * The corpora, each { key, label, dir, rounds, clean }. `clean` corpora are those where a linter's
 * cost should stay below the parse floor; `size` groups the generated sizes for the growth table.
 */
export function buildCorpora(root, here, { quick }) {
  const base = path.join(here, "corpus");
  const corpora = [{ key: "shipped", label: described("shipped plans", path.join(root, "plans")), dir: path.join(root, "plans"), rounds: quick ? 3 : 11, clean: true }];
  const copies = path.join(base, "copies");
  copiesOfShipped(root, copies, 20);
  corpora.push({ key: "copies", label: described("20 renamed copies of the shipped plans", copies), dir: copies, rounds: quick ? 3 : 5, clean: true });
  const sizes = quick ? [1000] : [1000, 3000, 10000];
  for (const deliverables of sizes) {
    const dir = path.join(base, String(deliverables));
    generateCorpus(dir, { deliverables });
    corpora.push({ key: `generated-${deliverables}`, label: described(`${deliverables.toLocaleString("en")} deliverables`, dir), dir, rounds: quick ? 3 : deliverables >= 10000 ? 3 : 5, clean: true, size: deliverables });
  }
  const problems = path.join(base, "problems");
  generateCorpus(problems, { deliverables: 1000, flaw: "problems" });
  corpora.push({ key: "problems", label: described("every file has problems, 1,000 deliverables", problems), dir: problems, rounds: quick ? 3 : 5, clean: false });
  const broken = path.join(base, "broken-refs");
  generateCorpus(broken, { deliverables: 1000, flaw: "broken-refs" });
  corpora.push({ key: "broken-refs", label: described("every reference broken, 1,000 deliverables", broken), dir: broken, rounds: quick ? 3 : 5, clean: false });
  return corpora;
}
