// `ogp coverage` of the synthetic corpora against a cold `ogp lint` of the same files: it shares
// lint's load, and issue 11 allows it at most 1.2 times a cold lint (the "x lint" ratio).
import path from "node:path";

export default {
  name: "coverage",
  commands(corpus, { root, node }) {
    if (!corpus.size) return [];
    return [{ label: "ogp coverage", command: node, args: [path.join(root, "bin/ogp.js"), "coverage", corpus.dir, "--format", "json"], ratioTo: "ogp lint", unit: "x lint" }];
  },
};
