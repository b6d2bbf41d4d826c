import { createInterface } from "node:readline";
import { formatRows, type RowFormat } from "../../query/format.js";
import { describeProcedures, query } from "../../query/index.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadGraph } from "../load-graph.js";
import { formatOption } from "./query.js";

const HELP = `Usage: newsgraph repl GRAPH [--format table|json|csv]

Loads a graph once and reads Cypher queries, one per line (end a line with \\ to continue it on the
next). Up and down arrows walk the history of this session.

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
    const { values, positionals } = parseCommandArgs("repl", args, { format: { type: "string" } });
    if (positionals.length !== 1) throw new UsageError("expected GRAPH (see newsgraph repl --help)");
    let format: RowFormat = formatOption(values.format);
    const graph = await loadGraph(positionals[0]!);
    const interactive = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, historySize: 1000 });
    const history: string[] = [];
    const say = (s: string) => process.stdout.write(s.endsWith("\n") ? s : s + "\n");
    if (interactive) say(`${graph.order} nodes, ${graph.size} relationships. :help for help, :quit to leave.`);
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
          try {
            say(formatRows(query(graph, text.replace(/;\s*$/, ""), {}, { onWarning: (m) => process.stderr.write(`warning: ${m}\n`) }), format));
          } catch (error) {
            process.stderr.write(`error: ${(error as Error).message}\n`);
          }
        }
      }
      if (interactive) rl.prompt();
    }
    rl.close();
    return 0;
  },
};
