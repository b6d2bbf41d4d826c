import { appendFileSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { RowFormat } from "../../query/format.js";
import { describeProcedures } from "../../query/index.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { warnOnStderr } from "../load-graph.js";
import { defaultMaxMemoryMb, QueryRunner } from "../query-runner.js";
import { formatOption, LIMIT_OPTIONS, limitOptions } from "./query.js";

const HELP = `Usage: newsgraph repl GRAPH [--format table|json|csv] [--timeout SECONDS] [--max-rows N] [--max-memory MB] [--history FILE]

Loads a graph once and reads Cypher queries, one per line (end a line with \\ to continue it on the
next). Up and down arrows walk the history, which is kept across sessions in --history FILE (default,
at a terminal: ~/.newsgraph_history).

Options:
  --format F         table (default), json or csv
  --timeout SECONDS  stop each query after this many seconds (default: no limit)
  --max-rows N       print at most N rows of each result; a warning says the result was cut
  --max-memory MB    stop a query that needs more memory than this, then load the graph again
                     (default: ${defaultMaxMemoryMb()}, Node's own heap limit here)
  --history FILE     read earlier queries from FILE and append the new ones

Commands:
  :help              this text
  :format F          table, json or csv
  :history           the queries entered so far
  :procedures        the algo.* procedures and their columns
  :quit              leave (or Ctrl-D)
`;

export const repl: Command = {
  name: "repl",
  summary: "interactive Cypher shell on a graph",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("repl", args, {
      format: { type: "string" },
      ...LIMIT_OPTIONS,
      history: { type: "string" },
    });
    if (positionals.length !== 1) throw new UsageError("expected GRAPH (see newsgraph repl --help)");
    let format: RowFormat = formatOption(values.format);
    const { maxMemoryMb, ...limits } = limitOptions(values);
    const path = positionals[0]!;
    let runner = await QueryRunner.open(path, maxMemoryMb, warnOnStderr);
    const interactive = process.stdin.isTTY === true;
    const historyFile = (values.history as string | undefined) ?? (interactive ? join(homedir(), ".newsgraph_history") : undefined);
    const history = historyFile ? readHistory(historyFile) : [];
    // readline wants the newest entry first.
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, historySize: HISTORY_SIZE, history: [...history].reverse() });
    const say = (s: string) => process.stdout.write(s.endsWith("\n") ? s : s + "\n");
    if (interactive) say(`${runner.order} nodes, ${runner.size} relationships. :help for help, :quit to leave.`);
    rl.setPrompt("cypher> ");
    if (interactive) rl.prompt();
    let pending = "";
    for await (const line of rl) {
      if (line.endsWith("\\")) {
        pending += line.slice(0, -1) + "\n";
        continue;
      }
      const text = (pending + line).trim();
      pending = "";
      if (text) {
        if (text === ":quit" || text === ":exit") break;
        else if (text === ":help") say(HELP);
        else if (text === ":history") say(history.map((h, i) => `${i + 1}  ${h}`).join("\n") || "(empty)");
        else if (text === ":procedures") say(describeProcedures());
        else if (text.startsWith(":format")) {
          try {
            format = formatOption(text.slice(7).trim());
          } catch (error) {
            process.stderr.write(`${(error as Error).message}\n`);
          }
        } else if (text.startsWith(":")) process.stderr.write(`unknown command ${text.split(/\s/)[0]} (try :help)\n`);
        else {
          history.push(text);
          if (historyFile) saveHistory(historyFile, text);
          try {
            say(await runner.run({ text: text.replace(/;\s*$/, ""), params: {}, format, ...limits }));
          } catch (error) {
            process.stderr.write(`error: ${(error as Error).message}\n`);
            // A query past --max-memory ended the thread that held the graph.
            if (!runner.alive) runner = await QueryRunner.open(path, maxMemoryMb, () => undefined);
          }
        }
      }
      if (interactive) rl.prompt();
    }
    rl.close();
    await runner.close();
    return 0;
  },
};

const HISTORY_SIZE = 1000;

/** Earlier queries, oldest first; one JSON string per line, so multi-line queries stay whole. */
function readHistory(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return []; // no history yet
  }
  const out: string[] = [];
  for (const line of text.split("\n")) {
    try {
      const q: unknown = JSON.parse(line);
      if (typeof q === "string") out.push(q);
    } catch {
      // a damaged line: skip it
    }
  }
  return out.slice(-HISTORY_SIZE);
}

function saveHistory(file: string, query: string): void {
  try {
    appendFileSync(file, JSON.stringify(query) + "\n");
  } catch (error) {
    process.stderr.write(`warning: cannot write history to ${file}: ${(error as Error).message}\n`);
  }
}
