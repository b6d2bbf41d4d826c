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

/** Set NEWSGRAPH_DEBUG=1 to see the stack trace behind a one-line error. */
const debug = () => !!process.env.NEWSGRAPH_DEBUG;

/** An error as the one line the user sees (the stack trace too, on stderr, with NEWSGRAPH_DEBUG=1). */
export function describeError(error: unknown): string {
  if (debug() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (code === "ENOENT" && path) return `no such file or directory: ${path}`;
    if (code === "EACCES" && path) return `permission denied: ${path}`;
    if (code === "EISDIR") return path ? `is a directory: ${path}` : "a directory was given where a file is expected";
    if (code === "ENOSPC") return `no space left on the device${path ? ` for ${path}` : ""}`;
    const message = error.message.split("\n")[0];
    // A bug rather than bad input: say so, and how to see more.
    const internal = error instanceof TypeError || error instanceof ReferenceError;
    return internal && !debug() ? `${message} (internal error; NEWSGRAPH_DEBUG=1 shows the stack)` : message;
  }
  return String(error);
}
