import type { FormatContext } from "../../src/report/formatter.js";
import { buildReport } from "../../src/report/html/build.js";
import type { DiffInput } from "../../src/report/html/inputs.js";
import type { Project } from "../../src/project/open.js";
import { Chalk } from "chalk";

export const CONTEXT: FormatContext = { rules: new Map(), colors: new Chalk({ level: 0 }), cwd: "/", version: "test", width: 80 };

export function reportOf(project: Project, diff?: DiffInput): Promise<string> {
  return buildReport(project, { format: "html", ...(diff ? { diff } : {}) }, CONTEXT);
}

/** The JSON the page embeds, parsed back. */
export function embeddedData(html: string): any {
  const match = /<script type="application\/json" id="ogp-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no embedded data");
  return JSON.parse(match[1]!);
}
