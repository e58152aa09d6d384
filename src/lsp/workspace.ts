import { existsSync } from "node:fs";
import path from "node:path";
import { expandPaths, displayPath } from "../load/files.js";
import { loadFile, type LoadedFile } from "../load/load-file.js";
import { parseText } from "../load/parse-text.js";
import type { LintResult } from "../lint/lint.js";
import { CONFIG_FILE_NAME, findConfig, loadConfig, type ProjectConfig } from "../project/config.js";
import { assembleProject, type Project } from "../project/open.js";
import { lintRun } from "../runs/lint-run.js";

/** One build of the plans as the editor sees them: disk files with open buffers laid over them. */
export interface Snapshot {
  project: Project;
  result: LintResult;
  /** Absolute path of each file, by the name the project knows it by. */
  absolute: ReadonlyMap<string, string>;
  /** The project's name for each absolute path. */
  names: ReadonlyMap<string, string>;
}

interface Buffer {
  text: string;
  loaded?: LoadedFile;
}

/** Text that declares itself a plan: an open buffer outside the plan folders still joins the project when it does. */
const PLAN_KIND = /^kind:\s*["']?(strategy|workplan|deliverable)["']?\s*(#.*)?$/m;

/**
 * The plan files of an editor's workspace, kept between requests: disk files are parsed once
 * and again only when they change on disk; open buffers override them and are parsed once per edit.
 * Every build runs the same `assembleProject` and lint as `ogp lint`: the config's severities,
 * inline disables and the baseline applied, so the editor shows what the command reports.
 */
export class PlanWorkspace {
  private readonly root: string;
  private readonly planPaths: string[];
  private readonly plansOnly: boolean;
  private diskFiles: string[] | undefined;
  private readonly disk = new Map<string, LoadedFile>();
  private readonly buffers = new Map<string, Buffer>();
  private latest: Snapshot | undefined;
  private dirty = true;
  /** Buffers edited since the last build (what the next build parses anew). */
  private readonly edited = new Set<string>();
  /** The workspace's ogp.config.yaml, read on first need and again when it changes (undefined: none, or not valid). */
  private config: Promise<ProjectConfig | undefined> | undefined;

  /**
   * `root` is the workspace folder; `paths` the plan files or folders in it (relative to it), by
   * default its `plans` folder when it has one, else the whole folder (as `ogp lint` chooses).
   */
  constructor(root: string, paths?: readonly string[], private readonly log: (message: string) => void = () => {}) {
    this.root = path.resolve(root);
    const chosen = paths && paths.length > 0 ? paths : existsSync(path.join(this.root, "plans")) ? ["plans"] : ["."];
    this.planPaths = chosen.map((p) => path.resolve(this.root, p));
    // A whole workspace holds other YAML (CI workflows, compose files): there, only files that say they are plans count.
    this.plansOnly = chosen.length === 1 && chosen[0] === ".";
  }

  /** The name lint reports a file under: relative to the workspace folder, as `ogp lint` run there would. */
  nameOf(absolute: string): string {
    return displayPath(absolute, this.root);
  }

  openOrChange(absolute: string, text: string): void {
    this.buffers.set(absolute, { text });
    this.edited.add(absolute);
    this.dirty = true;
  }

  /**
   * The last build, when the next one would parse more than `limit` characters of edited buffers
   * (and a build exists): a request answered from it costs nothing however large the buffer, and
   * the rebuild waits for the pause in typing. Undefined when the request should build.
   */
  staleIfCostly(limit: number): Snapshot | undefined {
    if (!this.dirty || !this.latest) return undefined;
    let pending = 0;
    for (const absolute of this.edited) pending += this.buffers.get(absolute)?.text.length ?? 0;
    return pending > limit ? this.latest : undefined;
  }

  close(absolute: string): void {
    this.buffers.delete(absolute);
    this.disk.delete(absolute);
    this.dirty = true;
  }

  /** A file changed, appeared or went away on disk (a save, a checkout, a file watcher event). */
  changedOnDisk(absolute: string, listChanged: boolean): void {
    if (path.basename(absolute) === CONFIG_FILE_NAME) this.config = undefined;
    this.disk.delete(absolute);
    if (listChanged) this.diskFiles = undefined;
    this.dirty = true;
  }

  /** The current build, rebuilt first when something changed since the last one. */
  async snapshot(): Promise<Snapshot> {
    if (!this.dirty && this.latest) return this.latest;
    this.dirty = false;
    this.edited.clear();
    const files: LoadedFile[] = [];
    const seen = new Set<string>();
    for (const absolute of await this.listDiskFiles()) {
      seen.add(absolute);
      const loaded = this.bufferFile(absolute) ?? (await this.diskFile(absolute));
      if (loaded && !(this.plansOnly && loaded.text !== undefined && !PLAN_KIND.test(loaded.text))) files.push(loaded);
    }
    for (const [absolute, buffer] of this.buffers) {
      if (seen.has(absolute) || !((this.isUnderPlanPaths(absolute) && !this.plansOnly) || PLAN_KIND.test(buffer.text))) continue;
      files.push(this.bufferFile(absolute)!);
    }
    const project = assembleProject(files);
    const absolute = new Map(files.map((f) => [f.file, f.absolutePath]));
    const names = new Map(files.map((f) => [f.absolutePath, f.file]));
    const config = await (this.config ??= this.readConfig());
    const { whole: result } = await lintRun(project, { config }, { cwd: this.root });
    this.latest = { project, result, absolute, names };
    return this.latest;
  }

  /** The config as `ogp lint` run in the workspace folder finds it; a config with a mistake is logged and left out (the server keeps running). */
  private async readConfig(): Promise<ProjectConfig | undefined> {
    const file = findConfig(this.root);
    if (!file) return undefined;
    try {
      return await loadConfig(file, this.root);
    } catch (error) {
      this.log(`ogp: ${error instanceof Error ? error.message : String(error)} (run 'ogp lint' in the workspace to see it); linting with the default rules`);
      return undefined;
    }
  }

  private bufferFile(absolute: string): LoadedFile | undefined {
    const buffer = this.buffers.get(absolute);
    if (!buffer) return undefined;
    buffer.loaded ??= parseText({ file: this.nameOf(absolute), absolutePath: absolute, findings: [] }, buffer.text);
    return buffer.loaded;
  }

  private async diskFile(absolute: string): Promise<LoadedFile | undefined> {
    let loaded = this.disk.get(absolute);
    if (!loaded) {
      try {
        loaded = await loadFile(absolute, this.nameOf(absolute));
      } catch (error) {
        // Gone or unreadable since the folder was listed: leave it out of this build, and say so in the log.
        this.log(`ogp: skipping ${this.nameOf(absolute)}: ${error instanceof Error ? error.message : String(error)}`);
        this.diskFiles = undefined;
        return undefined;
      }
      this.disk.set(absolute, loaded);
    }
    return loaded;
  }

  private async listDiskFiles(): Promise<string[]> {
    if (!this.diskFiles) {
      const lists = await Promise.all(this.planPaths.map((p) => expandPaths([p]).catch(() => [] as string[])));
      this.diskFiles = [...new Set(lists.flat())];
    }
    return this.diskFiles;
  }

  private isUnderPlanPaths(absolute: string): boolean {
    if (!/\.ya?ml$/i.test(absolute)) return false;
    return this.planPaths.some((p) => absolute === p || absolute.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
  }
}
