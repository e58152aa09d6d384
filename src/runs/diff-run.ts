import type { DiffResult, DiffSide } from "../diff/model.js";
import type { EvolutionResult } from "../diff/evolution.js";
import { nodesOf } from "../diff/match.js";
import { parsePins } from "../diff/pins.js";
import { diffFails, type FailOn } from "../diff/verdict.js";
import { openGitSides, openNamedSides, openSides } from "../project/diff-sides.js";
import type { Project } from "../project/open.js";

// A diff run: the two sides opened, the pins read against them, the semantic diff, the verdict.
// `ogp diff` and `ogp report --diff` both ask here.

/** The sides as a command names them: a git revision of some plans against the working tree, or an old and a new side. */
export type DiffSidesRequest =
  /** `current`: the project already loaded from the working tree, when the caller has it (its files are not read again). */
  | { git: string; paths: readonly string[]; current?: Project }
  /** `lookup`: where document ids and node references are looked up (empty: the project's plans). */
  | { old: string; new: string; lookup: readonly string[] };

export interface DiffRunOptions {
  strict?: boolean;
  explain?: boolean;
  /** The deepest level of changes reported: "goals", or a depth (1: the top level). */
  level?: "goals" | number;
  /** Pins, one a line ('old-ref=new-ref' forces a pair, 'old-ref!=new-ref' forbids one). */
  pins?: readonly string[];
  /** What makes the run fail (exit 1), and --exit-code (any change fails it). */
  failOn?: FailOn;
  exitCode?: boolean;
  /** Called as each phase ends ("load", "diff"): OGP_TIMING's figures. */
  onPhase?: (phase: string) => void;
}

export interface DiffRun {
  result: DiffResult;
  /** Whether the run fails (exit 1) under --fail-on and --exit-code. */
  failed: boolean;
}

export async function openDiffSides(request: DiffSidesRequest): Promise<[DiffSide, DiffSide]> {
  if ("git" in request) return openGitSides(request.git, request.paths, process.cwd(), request.current);
  return openSides(request.old, request.new, request.lookup);
}

export async function diffRun(request: DiffSidesRequest, options: DiffRunOptions = {}): Promise<DiffRun> {
  const [oldSide, newSide] = await openDiffSides(request);
  options.onPhase?.("load");
  const { diff } = await import("../diff/diff.js");
  const pins = parsePins(options.pins ?? [], new Set(nodesOf(oldSide).map((n) => n.ref)), new Set(nodesOf(newSide).map((n) => n.ref)));
  const level = options.level === undefined ? {} : { level: options.level };
  const result = diff(oldSide, newSide, { strict: options.strict ?? false, pins, explain: options.explain ?? false, ...level });
  options.onPhase?.("diff");
  return { result, failed: diffFails(result, options.failOn, options.exitCode ?? false) };
}

/** `--evolution`: the lineage of goals across the generations named (oldest first), looked up in `lookup` (empty: the project's plans). */
export async function evolutionRun(generations: readonly string[], lookup: readonly string[]): Promise<EvolutionResult> {
  const sides = await openNamedSides(generations, lookup);
  const { evolution } = await import("../diff/evolution.js");
  return evolution(sides);
}
