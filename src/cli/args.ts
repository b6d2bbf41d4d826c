import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** parseArgs with errors turned into one-line usage errors. */
export function parseCommandArgs(command: string, args: string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as NodeJS.ErrnoException)} (see newsgraph ${command} --help)`);
  }
}

/** node:util's parseArgs messages, made short: its unknown-option text runs to two sentences. */
function argumentProblem(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option '${option}'`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option && /argument missing/.test(error.message)) return `option '${option}' needs a value`;
  return error.message.split("\n")[0];
}

/** Parses a whole number option, or fails naming the option. */
export function intOption(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number >= ${min}, got '${value}'`);
  return n;
}
