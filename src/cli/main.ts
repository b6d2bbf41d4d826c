import type { Command } from "./command.js";
import { describeError, UsageError, EXIT } from "./errors.js";
import { commands } from "./commands.js";
import { removePendingOutputs } from "./output.js";

const USAGE = (list: Command[]) => `newsgraph: knowledge graphs of who did what to whom in English news

Usage: newsgraph <command> [options]

Commands:
${list.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run \`newsgraph <command> --help\` for a command's options.
`;

let guarded = false;
/**
 * Process-wide last resorts, so nothing reaches the user as a stack trace: output piped into a reader
 * that stops early (`| head`) ends the run quietly, and an error escaping a command's promise chain
 * still becomes one line.
 */
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    fatal(error);
  });
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  // Interrupted (Ctrl-C, kill): no half-written temporary file is left beside an output.
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);
}

/**
 * Ends the process as killed by `signal` (status 128 + its number in a shell: 130, 143): the signal is raised
 * again with its default action. process.exit() would first wait for the threads of libuv's pool, and one
 * of them may be blocked for good opening a FIFO that no one writes to.
 */
function interrupted(signal: NodeJS.Signals): void {
  removePendingOutputs();
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

function fatal(error: unknown): never {
  removePendingOutputs();
  process.stderr.write(`newsgraph: ${describeError(error)}\n`);
  process.exit(EXIT.failure);
}

/** Runs the CLI; returns the exit code. Errors meant for the user become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  guardProcess();
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    // Asked for: the usage on stdout. No command at all is a usage error: on stderr, so a pipe gets nothing.
    (name ? process.stdout : process.stderr).write(USAGE(commands));
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`newsgraph: unknown command '${name}' (try newsgraph --help)\n`);
    return EXIT.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(args);
  } catch (error) {
    process.stderr.write(`newsgraph ${name}: ${describeError(error)}\n`);
    return error instanceof UsageError ? error.exitCode : EXIT.failure;
  }
}
