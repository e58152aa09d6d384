import type { MessageData } from "../core/messages.js";
import type { Position } from "../core/problem.js";
import { PROBLEM_KINDS, type ChangeKind, type ImportChange } from "./import-context.js";
import type { StratmlImport } from "./import.js";

/** What `ogp import stratml` did, file by file: the JSON contract of `--format json` (schemas/stratml-import.schema.json). */
export interface ImportSummary {
  schemaVersion: 1;
  files: ImportedFile[];
  /** Files imported and written. */
  written: number;
  /** Files that could not be imported or written. */
  failed: number;
}

export interface ImportedFile {
  file: string;
  /** The StratML version the file declares. */
  version?: string;
  /** The plan document written, with its node counts. */
  document?: { id: string; title: string; goals: number; objectives: number; indicators: number; stakeholders: number; values: number };
  /** The YAML file written (relative to the working directory), when it was. */
  output?: string;
  /** Why nothing was written for this file. */
  /** `messageId` and `data` name the wording (STRATML_MESSAGES, XML_SYNTAX_MESSAGES) when the file itself is at fault. */
  error?: { message: string; messageId?: string; data?: MessageData } & Partial<Position>;
  /** Everything dropped or changed, in source order. */
  changes: ({ kind: ChangeKind; problem: boolean; element: string; messageId: string; data: MessageData; message: string; line: number; column: number; related?: ({ messageId: string; data: MessageData; message: string } & Position)[] })[];
}

function count(list: unknown, deep: boolean): number {
  if (!Array.isArray(list)) return 0;
  return list.reduce((n: number, item: Record<string, unknown>) => n + 1 + (deep ? count(item.objectives, true) + count(item.strategies, true) + count(item.approaches, true) : 0), 0);
}

/** How many entries under `key` the plan holds at every level (document, goals, objectives). */
function countIn(value: unknown, key: "indicators" | "stakeholders"): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countIn(item, key), 0);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = Array.isArray(record[key]) ? record[key].length : 0;
    return own + countIn(record.goals, key) + countIn(record.objectives, key) + countIn(record.strategies, key) + countIn(record.approaches, key);
  }
  return 0;
}

export function importedFile(file: string, result: StratmlImport, output?: string): ImportedFile {
  const data = result.data;
  const goals = Array.isArray(data.goals) ? (data.goals as Record<string, unknown>[]) : [];
  return {
    file,
    version: result.version,
    document: {
      id: String(data.id),
      title: String(data.title),
      goals: goals.length,
      objectives: goals.reduce((n, g) => n + count(g.objectives, true), 0),
      indicators: countIn(data, "indicators"),
      stakeholders: countIn(data, "stakeholders"),
      values: Array.isArray(data.values) ? data.values.length : 0,
    },
    ...(output ? { output } : {}),
    changes: result.changes.map(changeOut).sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

function changeOut(change: ImportChange): ImportedFile["changes"][number] {
  const out: ImportedFile["changes"][number] = { kind: change.kind, problem: PROBLEM_KINDS.has(change.kind), element: change.element, messageId: change.messageId, data: change.data, message: change.message, line: change.position.line, column: change.position.column };
  if (change.related) out.related = change.related.map((r) => ({ messageId: r.messageId, data: r.data, message: r.message, ...r.position }));
  return out;
}

export function importSummary(files: ImportedFile[]): ImportSummary {
  const failed = files.filter((f) => f.error).length;
  return { schemaVersion: 1, files, written: files.length - failed, failed };
}
