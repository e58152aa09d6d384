// The files `ogp init` writes: a small plan repository that lints clean, to be edited into the
// user's own. `schemaDir` is the installed package's schemas folder, relative to the repository.

const modeline = (schemaDir: string, depth: number, kind: string) => `# yaml-language-server: $schema=${"../".repeat(depth)}${schemaDir}/${kind}.schema.json`;

export function scaffoldFiles(schemaDir: string, packageName: string): Record<string, string> {
  return {
    "ogp.config.yaml": `${modeline(schemaDir, 0, "config")}
# ogp's configuration: which files make up the project, and how severe each rule is.
# 'npx ogp lint --help' lists the rules; 'npx ogp lint --print-config <file>' shows what applies to a file.
plans:
  - plans
rules:
  uncited-link: warning
# overrides:
#   - files: ["plans/archive/**"]
#     rules:
#       label-sequence: off
`,
    "plans/strategy.yaml": `${modeline(schemaDir, 1, "strategy")}
kind: strategy
id: strategy
title: Our strategy
status: draft
period: { start: "2025", end: "2028" }
goals:
  - id: reach
    label: "1"
    title: Reach the people the programme serves.
    objectives:
      - id: reach-partners
        label: "1.1"
        title: Work through local partners.
  - id: learn
    label: "2"
    title: Learn from what works.
`,
    "plans/workplan.yaml": `${modeline(schemaDir, 1, "workplan")}
kind: workplan
id: workplan-2025
title: Work plan 2025-2026
status: draft
strategy: strategy
period: { start: "2025", end: "2026" }
# Deliverables can be written here under 'deliverables:', or each in a file of its own (plans/deliverables/).
`,
    "plans/deliverables/partner-network.yaml": `${modeline(schemaDir, 2, "deliverable")}
kind: deliverable
id: partner-network
title: A network of local partners
status: draft
workplan: workplan-2025
label: "1"
advances:
  - ref: strategy/reach-partners
    cite: "Work through local partners."
  - ref: strategy/learn
    cite: "Partners report what works in their communities."
actions:
  - id: partner-survey
    label: "1.1"
    title: Survey the partners we have.
`,
    ".github/workflows/ogp.yml": `# Checks the plans on every push and pull request: problems show as annotations on the diff,
# and a pull request's summary says what it changes in the plans, by meaning.
name: plans
on: [push, pull_request]
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # Every branch's history, so that a pull request can be compared with its base branch.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      # Inside GitHub Actions, ogp prints annotations by itself (--format github).
      - run: npx ogp lint --max-warnings 0
      # For the reviewer: what the pull request changes in the plans, as Markdown in the job's
      # summary; fails when it breaks something (a goal removed that a deliverable still advances).
      - name: ogp diff against the base branch
        if: github.event_name == 'pull_request'
        run: npx ogp diff --git "origin/\${{ github.base_ref }}" --format markdown --fail-on breaking >> "$GITHUB_STEP_SUMMARY"
      # Coverage gate: fail when fewer than 80% of the strategy's goals are advanced (uncomment to use).
      # - run: npx ogp coverage --min 80
      # GitHub code scanning (optional; needs 'security-events: write' permission):
      # - run: npx ogp lint --format sarif --output ogp.sarif || true
      # - uses: github/codeql-action/upload-sarif@v3
      #   with: { sarif_file: ogp.sarif }
`,
    ".pre-commit-config.yaml": `# A pre-commit hook (https://pre-commit.com): 'pre-commit install' once, then every commit
# checks the plan files it changes, with the whole project loaded so references resolve.
repos:
  - repo: local
    hooks:
      - id: ogp-lint
        name: ogp lint
        entry: npx ogp lint
        language: system
        files: ^plans/.*\\.ya?ml$
`,
    "README.md": `# Our plans

${readmeSection(packageName)}`,
  };
}

/** What ogp.config.yaml's neighbours need in .gitignore: installed packages and ogp's cache. */
export const GITIGNORE_LINES = ["node_modules/", ".ogpcache"];

/** The README's part about the plans: a new README's body, or a section added to an existing README (--readme). */
export function readmeSection(packageName: string, heading = ""): string {
  return `${heading}Strategies, work plans and deliverables kept as YAML in \`plans/\`, checked by
[ogp](https://www.npmjs.com/package/${packageName}).

\`\`\`sh
npm install                # once: installs ogp (${packageName})
npx ogp lint               # check the plans
npx ogp show strategy/reach
\`\`\`

- \`ogp.config.yaml\`: which files are plans, and rule severities.
- \`.github/workflows/ogp.yml\`: CI that checks every push and pull request, and writes what a
  pull request changes in the plans into its summary.
- \`.pre-commit-config.yaml\`: a pre-commit hook that checks the plan files a commit changes.

To accept a finding, write \`# ogp-disable-next-line <rule> -- <reason>\` on the line above it.
`;
}
