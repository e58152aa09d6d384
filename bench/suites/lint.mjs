// `ogp lint` and the peer tools that check the same files (the schema only), per corpus.
import path from "node:path";

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
