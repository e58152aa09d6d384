// Whole-process measurements: wall time, CPU time (user + sys) and peak resident memory of a
// command, and rounds that interleave the commands of one corpus so that a noisy neighbour on
// this shared machine slows them all alike rather than whichever ran at the wrong moment.
import { spawnSync } from "node:child_process";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs the command under bash, whose `times` then prints the CPU time of its children (the
 * command) to the millisecond; GNU time prints only hundredths of a second, too coarse for a
 * command of 60-90 ms (a 1.5 x goal against `node -e ""` could not be told from 1.4 or 1.6).
 */
const WITH_TIMES = '"$@"; status=$?; times >&2; exit $status';

const TIMES_LINE = /^\d+m[\d.]+s \d+m[\d.]+s$/;

/** `times`'s line for the children: user and sys as "0m0.052s 0m0.012s". */
function childSeconds(line) {
  const [user, sys] = line.trim().split(/\s+/).map((part) => {
    const match = /^(\d+)m([\d.]+)s$/.exec(part);
    return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  });
  return { user, sys };
}

/** One run: CPU seconds (user + sys) of the command from bash's `times`, its peak RSS from GNU time. */
export function runOnce({ command, args, cwd, env }) {
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", "bash", "-c", WITH_TIMES, "measured", command, ...args], { cwd, env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = result.stderr.trim().split("\n");
  const kb = Number(lines.at(-1));
  // `times` prints the shell's line, then its children's; GNU time may add "Command exited with ..." after them.
  const { user, sys } = childSeconds(lines.findLast((line) => TIMES_LINE.test(line)) ?? "");
  return { wall, cpu: (user + sys) * 1000, mb: kb / 1024, status: result.status };
}

/**
 * Runs every command once as a warm-up, then `rounds` rounds in which each command runs once, the
 * order rotating by one each round. Returns, per command, the medians of wall and CPU time, the
 * highest peak memory, and the exit status (the last; a status that changes between runs is flagged).
 */
export function interleave(commands, rounds) {
  const samples = commands.map(() => ({ wall: [], cpu: [], mb: 0, statuses: new Set() }));
  for (const command of commands) if (command.prepare) command.prepare();
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (k + Math.max(round, 0)) % commands.length;
      const command = commands[i];
      if (command.before) command.before();
      const m = runOnce(command);
      const s = samples[i];
      s.statuses.add(m.status);
      if (Number.isFinite(m.mb)) s.mb = Math.max(s.mb, m.mb);
      if (round >= 0) {
        s.wall.push(m.wall);
        s.cpu.push(m.cpu);
      }
    }
  }
  return commands.map((command, i) => {
    const s = samples[i];
    return { ...command, wall: median(s.wall), cpu: median(s.cpu), mb: s.mb, status: [...s.statuses].join("/") };
  });
}
