// The measurement suites `npm run bench` runs on every corpus, interleaved with that corpus's
// parse floor. To measure another command (coverage, diff, report ...), add a file beside
// lint.mjs that exports { name, commands(corpus, context) } and list it here.
import coverage from "./coverage.mjs";
import lint from "./lint.mjs";

export const SUITES = [lint, coverage];
