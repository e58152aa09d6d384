/**
 * `ogp lint --cache` is never stale: after any edit to any file (or the config, or the day), the
 * warm run's result equals a cold run's, byte for byte. The edits come from a table that makes and
 * unmakes findings of rules that read one file and of rules that read across files, inline
 * suppressions and their unused-disable findings; fast-check draws sequences of them.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ONE_FILE_RULES } from "../../src/lint/cached-run.js";
import { RULES } from "../../src/lint/rules.js";
import { configKey } from "../../src/load/cache.js";
import { openProject } from "../../src/project/open-project.js";
import { resolvePlans } from "../../src/project/resolve.js";
import { lintRun as configuredRun } from "../../src/runs/lint-run.js";
import { ROOT, tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

/** What an edit can switch, each switch making or unmaking findings (the rule named). */
const SWITCHES = {
  goalRenamed: "unresolved-ref in w.yaml (cross-file), advances-nothing stays away (the link is written)",
  strategyRetired: "status-mismatch in w.yaml (cross-file)",
  strategyPeriodReversed: "period-order in s.yaml (one file), period-outside-strategy in w.yaml (cross-file)",
  strategyTranscribed: "uncited-link in s.yaml's own links (one file)",
  labelSkipped: "label-sequence in w.yaml",
  separateLabelClash: "label-sequence between w.yaml and d.yaml (cross-file)",
  uncited: "uncited-link in w.yaml (one file: w.yaml names a source)",
  overdue: "overdue-deliverable in w.yaml (one file, judged on the day)",
  noAdvances: "advances-nothing in d.yaml (one file)",
  secondWorkplan: "a file added and removed",
  duplicateWorkplanId: "duplicate-id (cross-file); w2.yaml's own findings vanish while it owns no document",
  directive: "an inline disable of unresolved-ref: used while the goal is renamed, else unused-disable",
  configOff: "the config turns label-sequence off",
  laterDay: "the day moves on (overdue-deliverable)",
  brokenYaml: "d.yaml does not parse (yaml-syntax), and the links to it break",
} as const;
type Switch = keyof typeof SWITCHES;
type State = Record<Switch, boolean>;
const NAMES = Object.keys(SWITCHES) as Switch[];

function strategy(state: State): string {
  return `kind: strategy
id: s
title: A strategy
status: ${state.strategyRetired ? "superseded" : "approved"}
period: { start: "${state.strategyPeriodReversed ? "2030" : "2020"}", end: "2025" }
${state.strategyTranscribed ? "source: { document: a-source.txt }\n" : ""}goals:
  - id: g1
    label: "1"
    title: Goal one
    objectives:
      - id: o11
        label: "1.1"
        title: Objective one one
  - id: ${state.goalRenamed ? "g2x" : "g2"}
    label: "2"
    title: Goal two
    strategies:
      - id: o21
        label: "2.1"
        title: A strategy of goal two
        refs: [g1]
`;
}

function workplan(state: State): string {
  return `kind: workplan
id: w
title: A workplan
status: approved
strategy: s
source: { document: a-source.txt }
period: { start: "2021", end: "2022" }
deliverables:
  - id: d1
    label: "1"
    title: Deliverable one
${state.overdue ? '    due: "2026-09"\n' : ""}    advances:
      - ${state.uncited ? "{ ref: s/g1 }" : '{ ref: s/g1, cite: "it says so" }'}
  - id: d2
    label: "${state.labelSkipped ? "4" : "2"}"
    title: Deliverable two
    advances:
${state.directive ? "      # ogp-disable-next-line unresolved-ref -- goal two is being renamed\n" : ""}      - { ref: s/g2, cite: "it says so too" }
`;
}

function deliverable(state: State): string {
  if (state.brokenYaml) return "kind: deliverable\nid: dd\ntitle: [unclosed\n";
  return `kind: deliverable
id: dd
workplan: w
label: "${state.separateLabelClash ? "2" : "3"}"
title: A deliverable of its own
${state.noAdvances ? "" : "advances: [{ ref: s/o11, cite: x }]\n"}`;
}

function write(dir: string, state: State): void {
  writeFileSync(path.join(dir, "plans/s.yaml"), strategy(state));
  writeFileSync(path.join(dir, "plans/w.yaml"), workplan(state));
  writeFileSync(path.join(dir, "plans/d.yaml"), deliverable(state));
  const second = path.join(dir, "plans/w2.yaml");
  if (state.secondWorkplan) writeFileSync(second, workplan(state).replace("id: w\n", `id: ${state.duplicateWorkplanId ? "w" : "w2"}\n`).replace("label: \"1\"", 'label: "1"\n    due: "2020"'));
  else rmSync(second, { force: true });
  writeFileSync(path.join(dir, "ogp.config.yaml"), `plans: [plans]\n${state.configOff ? "rules:\n  label-sequence: off\n" : ""}`);
}

/** One run as `ogp lint` makes it (configured, suppressions applied), with or without the cache: its result as JSON. */
async function lintRun(dir: string, state: State, cacheFile?: string): Promise<string> {
  const plans = await resolvePlans({ paths: [] }, dir);
  const cache = cacheFile ? { cache: { location: cacheFile, toolVersion: "test", configKey: configKey(plans.config) } } : {};
  const project = await openProject(plans.load, dir, cache);
  const run = await configuredRun(project, plans, { today: state.laterDay ? "2027-03-01" : "2026-06-01", cwd: dir });
  return JSON.stringify(run.whole, null, 1);
}

const INITIAL: State = Object.fromEntries(NAMES.map((name) => [name, false])) as State;

describe("ogp lint --cache: warm equals cold after any edit", () => {
  it("each switch changes the findings (so that the property below tests something)", async () => {
    const dir = tempDir({ "plans/.keep": "" });
    // Some switches matter only with another on: they are tried from there.
    const from: Partial<Record<Switch, Partial<State>>> = { configOff: { labelSkipped: true }, directive: { goalRenamed: true }, duplicateWorkplanId: { secondWorkplan: true }, overdue: { laterDay: true }, laterDay: { overdue: true } };
    for (const name of NAMES) {
      const before = { ...INITIAL, ...from[name] };
      write(dir, before);
      const base = await lintRun(dir, before);
      const after = { ...before, [name]: true };
      write(dir, after);
      expect(await lintRun(dir, after), name).not.toBe(base);
    }
  });

  it("after every edit of a random sequence, the warm run's result is the cold run's, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.subarray(NAMES, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (edits) => {
        const dir = tempDir({ "plans/.keep": "" });
        const cacheFile = path.join(dir, "cache.json");
        let state = INITIAL;
        write(dir, state);
        expect(await lintRun(dir, state, cacheFile)).toBe(await lintRun(dir, state));
        for (const flips of edits) {
          state = { ...state };
          for (const name of flips) state[name] = !state[name];
          write(dir, state);
          const cold = await lintRun(dir, state);
          expect(await lintRun(dir, state, cacheFile), JSON.stringify(flips)).toBe(cold);
          // And again with nothing changed: the last run's record serves it.
          expect(await lintRun(dir, state, cacheFile), JSON.stringify(flips)).toBe(cold);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe("one-file rules", () => {
  it("find over one file's part of the graph exactly what they find about that file over the whole", async () => {
    const dir = tempDir({ "plans/.keep": "" });
    const all: State = Object.fromEntries(NAMES.map((name) => [name, name !== "brokenYaml" && name !== "duplicateWorkplanId"])) as State;
    write(dir, all);
    for (const paths of [[path.join(ROOT, "plans")], [path.join(dir, "plans")]]) {
      const project = await openProject(paths, dir);
      const settings = { today: "2026-06-01" };
      for (const rule of RULES.filter((r) => ONE_FILE_RULES.has(r.id))) {
        const whole = rule.check(project, settings);
        for (const file of project.files) {
          const part = rule.check({ ...project, graph: project.graph.restrictedTo(new Set([file.file])) }, settings);
          expect(part, `${rule.id} ${file.file}`).toEqual(whole.filter((f) => f.at.file === file.file));
        }
      }
    }
  });
});
