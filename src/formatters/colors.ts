import { Chalk, type ChalkInstance } from "chalk";

export type Colors = ChalkInstance;

/**
 * Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color;
 * FORCE_COLOR or --color turn it on for pipes (CI logs that render ANSI).
 */
export function pickColors(stream: { isTTY?: boolean }, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): Colors {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") on = false;
  else if (env.FORCE_COLOR !== undefined) on = env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  else on = Boolean(stream.isTTY) && env.TERM !== "dumb";
  return new Chalk({ level: on ? 1 : 0 });
}
