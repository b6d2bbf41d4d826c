import type { Command } from "./command.js";
import { UsageError, EXIT } from "./errors.js";
import { commands } from "./commands.js";

const USAGE = (list: Command[]) => `newsgraph: knowledge graphs of who did what to whom in English news

Usage: newsgraph <command> [options]

Commands:
${list.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run \`newsgraph <command> --help\` for a command's options.
`;

/** Runs the CLI; returns the exit code. Errors meant for the user become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE(commands));
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
    process.stderr.write(`newsgraph ${name}: ${describe(error)}\n`);
    return error instanceof UsageError ? error.exitCode : EXIT.failure;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (code === "ENOENT" && path) return `no such file or directory: ${path}`;
    if (code === "EACCES" && path) return `permission denied: ${path}`;
    if (code === "EISDIR" && path) return `is a directory: ${path}`;
    return error.message.split("\n")[0];
  }
  return String(error);
}
