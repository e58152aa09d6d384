// ESLint for ogp's own code, run by `npm test` before vitest (`npx eslint` alone lints everything).
// typescript-eslint's recommended set on top of ESLint's, without type information: `tsc` has
// type-checked just before, and a second type-aware pass would double the time for little more.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // Built or generated output, and folders of data other tools write.
    ignores: ["dist/", "src/generated/", "coverage/", "test-artifacts/", "bench/corpus/", "bench/node_modules/", "bench/peer-config/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // A parameter named `_x` is unused on purpose (a formatter that ignores its context, a
      // handler's fixed signature), and `{ $id, ...rest }` drops a key by naming it.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // ogp reads and writes text with control characters on purpose: it finds them in plan files,
      // strips terminal colour codes, and escapes them in XML and YAML.
      "no-control-regex": "off",
      // A pattern over YAML text shows its indentation as it is written ("      - id:"), which
      // reads better next to the YAML than a count ("( ){6}- id:").
      "no-regex-spaces": "off",
    },
  },
  {
    // Plain CommonJS files: the binary's loader and the VS Code extension.
    files: ["bin/**/*.js", "editors/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Its page.evaluate callbacks run in the browser.
    files: ["scripts/report-screenshot.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // House rule: no function over 120 lines in src/ (data tables are not functions).
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }] },
  },

);
