// What every command module shares and nothing else: the global options as the runners receive
// them. Kept apart from src/cli, so that the commands never import the CLI that loads them.

export interface GlobalOptions {
  /** true for --color, false for --no-color, undefined when neither was given (the environment decides). */
  color?: boolean;
  debug?: boolean;
  /** --config: the config file to use instead of the nearest ogp.config.yaml. */
  config?: string;
}
