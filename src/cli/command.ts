/** A CLI verb: `newsgraph NAME ...args`. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  run(args: string[]): Promise<number>;
}
