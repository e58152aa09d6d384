import type { Problem } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";
import type { FormatContext } from "./formatter.js";
import { relatedLines } from "./related.js";

// JUnit XML laid out as ESLint's junit formatter does, so CI test-report views show it the same
// way: one <testsuite> per file, one failing <testcase> per problem named after its rule, and one
// passing testcase for a file without problems.

function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

/** CDATA cannot hold `]]>`: split it across two sections. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Info" } as const;

function testcase(problem: Problem, classname: string): string {
  const body = [`line ${problem.line}, col ${problem.column}, ${SEVERITY_WORD[problem.severity]} - ${problem.message} (${problem.rule})`, ...relatedLines(problem)].join("\n");
  return `<testcase time="0" name="ogp.${problem.rule}" classname="${xmlEscape(classname)}"><failure message="${xmlEscape(problem.message)}">${cdata(body)}</failure></testcase>`;
}

export function formatJunit(result: LintResult, _context?: FormatContext): string {
  const byFile = new Map<string, Problem[]>(result.files.map((file) => [file, []]));
  for (const problem of result.problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', "<testsuites>"];
  for (const [file, problems] of byFile) {
    const classname = file.replace(/\.[^./]*$/, "");
    lines.push(`<testsuite package="ogp" time="0" tests="${Math.max(problems.length, 1)}" errors="0" failures="${problems.length}" name="${xmlEscape(file)}">`);
    if (problems.length === 0) lines.push(`<testcase time="0" name="${xmlEscape(file)}" classname="${xmlEscape(classname)}" />`);
    for (const problem of problems) lines.push(testcase(problem, classname));
    lines.push("</testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}
