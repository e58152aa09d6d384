import { analyseCoverage, type CoverageOptions } from "../../src/coverage/analyse.js";
import type { CoverageResult } from "../../src/coverage/model.js";
import type { Project } from "../../src/project/open.js";

export const OPTIONS: CoverageOptions = { of: "deliverables", depth: 1, by: "goal" };

export function coverageOf(project: Project, options: Partial<CoverageOptions> = {}): CoverageResult {
  return analyseCoverage(project, { ...OPTIONS, ...options });
}

/** A strategy with two goals (the first with two objectives), an approach serving goal 2, and a third goal justified. */
export const STRATEGY = `kind: strategy
id: s
title: A strategy
status: approved
goals:
  - id: g1
    label: "1"
    title: Goal one
    objectives:
      - { id: o11, label: "1.1", title: Objective one one, indicators: [{ id: pi-1.1.1, label: "1.1.1", title: An indicator }] }
      - { id: o12, label: "1.2", title: Objective one two }
  - id: g2
    label: "2"
    title: Goal two
  - id: g3
    label: "3"
    title: Goal three
    coverage: { justified: "Left to the partners' own plans." }
strategicApproaches:
  - id: ap1
    label: "1"
    title: An approach
    serves: [{ ref: g2, cite: "it serves goal two" }]
`;

/** A workplan whose deliverables are given as YAML list items. */
export function workplan(deliverables: string, id = "w", strategy = "s"): string {
  return `kind: workplan
id: ${id}
title: A workplan
status: approved
strategy: ${strategy}
deliverables:
${deliverables}`;
}
