import { diff, type DiffOptions } from "../../src/diff/diff.js";
import type { DiffResult, DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";

/** Two versions of the same files as `ogp diff --git` sees them: the same document ids, each version its own graph. */
export function versions(oldFiles: Record<string, string>, newFiles: Record<string, string>, options: DiffOptions = {}): DiffResult {
  const side = (files: Record<string, string>, name: string): DiffSide => {
    const { graph } = projectFrom(files);
    return { graph, name, documents: [...graph.documents.values()] };
  };
  return diff(side(oldFiles, "old"), side(newFiles, "new"), options);
}

/** Replaces exactly one occurrence, so that a case never edits what it does not mean to. */
export function once(text: string, from: string | RegExp, to: string): string {
  const matches = typeof from === "string" ? text.split(from).length - 1 : (text.match(new RegExp(from, "g")) ?? []).length;
  if (matches !== 1) throw new Error(`expected one occurrence of ${String(from)}, found ${matches}`);
  return text.replace(from, to);
}

// A small plan: a strategy and the work plan that advances it.

export const STRATEGY = `kind: strategy
id: s
title: Open Government Strategy
status: draft
period: { start: "2024", end: "2028" }
vision: Governments that answer to the people they serve.
goals:
  - id: budgets
    label: "1"
    title: Open budgets to public scrutiny
    objectives:
      - id: publish
        label: "1.1"
        title: Publish every budget document online in machine-readable form
      - id: hearings
        label: "1.2"
        title: Hold citizen budget hearings in every district council
  - id: civic
    label: "2"
    title: Protect civic space for associations and the press
    objectives:
      - id: laws
        label: "2.1"
        title: Repeal laws restricting registration of associations and protect independent journalists from harassment
      - id: courts
        label: "2.2"
        title: Train judges on freedom of assembly cases
  - id: owners
    label: "3"
    title: Beneficial ownership registers for companies
    indicators:
      - id: registered
        title: Share of companies with registered beneficial owners
        baseline: { value: 10, date: "2023" }
        target: 80
`;

export const WORKPLAN = `kind: workplan
id: w
title: Work plan
strategy: s
deliverables:
  - id: d1
    label: "1"
    title: Budget portal
    advances: [s/budgets]
  - id: d2
    label: "2"
    title: Law reform package
    advances: [s/laws]
  - id: d3
    label: "3"
    title: Ownership register
    advances: [s/owners]
`;

export const SPLIT_LAWS = (t: string) =>
  once(
    t,
    "      - id: laws\n        label: \"2.1\"\n        title: Repeal laws restricting registration of associations and protect independent journalists from harassment\n",
    "      - id: laws\n        label: \"2.1\"\n        title: Repeal laws restricting registration of associations\n      - id: journalists\n        label: \"2.3\"\n        title: Protect independent journalists from harassment\n",
  );

