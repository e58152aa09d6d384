// `ogp lint` and the peer tools that check the same files (the schema only), per corpus.
import { appendFileSync, cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * A copy of the corpus in which one workplan changes before every run (a comment line appended,
 * then the next): each run's cache holds every other file as it is, and the changed one is new.
 */
function changingCopy(corpus, here) {
  const dir = path.join(here, "corpus", `changing-${corpus.key}`);
  let file;
  let round = 0;
  return {
    dir,
    prepare() {
      rmSync(dir, { recursive: true, force: true });
      cpSync(corpus.dir, dir, { recursive: true });
      const workplan = readdirSync(dir, { recursive: true }).find((f) => /workplan.*\.yaml$/.test(f)) ?? readdirSync(dir, { recursive: true }).find((f) => /\.yaml$/.test(f));
      file = path.join(dir, workplan);
    },
    before() {
      appendFileSync(file, `# edited before run ${++round}\n`);
    },
  };
}

export default {
  name: "lint",
  /** Commands to interleave with the corpus's parse floor; `workplans` are the corpus's workplan files. */
  commands(corpus, { root, here, node, peers, workplans }) {
    const lint = [path.join(root, "bin/ogp.js"), "lint", corpus.dir, "--format", "json"];
    const commands = [
      { label: "ogp lint", command: node, args: lint },
      // Warm: the warm-up round fills the cache, every measured run reuses it.
      { label: "ogp lint --cache (warm)", command: node, args: [...lint, "--cache-location", path.join(here, "corpus", `.cache-${corpus.key}.json`)] },
    ];
    // On the shipped plans a warm run is all start-up: it is measured against node's own start, in the same rounds.
    if (corpus.key === "shipped") {
      commands[1] = { ...commands[1], ratioTo: 'node -e ""', unit: "x node" };
      commands.push({ label: 'node -e ""', command: node, args: ["-e", ""] });
    }
    // Warm, with one file changed since the last run: the checks across files run again. Run
    // from bench/corpus, which is no project: only the copy is loaded (from the repository's root
    // the shipped plans would join it, and a copy of them would clash with them).
    const changing = changingCopy(corpus, here);
    commands.push({
      label: "ogp lint --cache, one file changed",
      command: node,
      cwd: path.join(here, "corpus"),
      args: [path.join(root, "bin/ogp.js"), "lint", changing.dir, "--format", "json", "--cache-location", path.join(here, "corpus", `.cache-changing-${corpus.key}.json`)],
      prepare: changing.prepare,
      before: changing.before,
    });
    if (peers && workplans.length > 0) {
      commands.push({
        label: "ajv-cli validate (workplans, schema only)",
        command: path.join(here, "node_modules/.bin/ajv"),
        args: ["validate", "--spec=draft2020", "--strict=false", "--all-errors", "-c", "ajv-formats", "-s", path.join(here, "peer-config/workplan.schema.json"), ...workplans.flatMap((f) => ["-d", f])],
      });
      commands.push({
        label: "spectral lint (workplans, schema rule)",
        command: path.join(here, "node_modules/.bin/spectral"),
        args: ["lint", "--quiet", "--ruleset", path.join(here, "peer-config/.spectral.json"), ...workplans],
      });
    }
    return commands;
  },
};
