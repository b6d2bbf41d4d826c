/** An error meant for the user: printed as one line on stderr, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "UsageError";
  }
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Bad input or a failure: nothing was written. */
  failure: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** Some documents were skipped; the graph of the others was written. */
  partial: 3,
} as const;
