import { PATH_QUERY } from "../../query/canned.js";
import { display, formatRows } from "../../query/format.js";
import { query } from "../../query/index.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { requireEntities } from "../entity-names.js";
import { loadGraph } from "../load-graph.js";
import { formatOption } from "./query.js";

const HELP = `Usage: newsgraph path GRAPH A B [--format table|json|csv]

Prints a shortest chain of relations between A and B (matched by key, label or alias, ignoring case),
following relations in either direction. Runs:
${PATH_QUERY.replace(/^/gm, "  ")}

Options:
  --format F   table (default: the chain on one line), json or csv
  --help       this text
`;

export const pathCommand: Command = {
  name: "path",
  summary: "how two entities are connected",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("path", args, { format: { type: "string" } });
    if (positionals.length !== 3) throw new UsageError("expected GRAPH, A and B (see newsgraph path --help)");
    const format = formatOption(values.format);
    const graph = await loadGraph(positionals[0]!);
    requireEntities(graph, positionals.slice(1));
    const rows = query(graph, PATH_QUERY, { a: positionals[1]!, b: positionals[2]! });
    if (!rows.length) throw new UsageError(`no path between '${positionals[1]}' and '${positionals[2]}'`, 1);
    process.stdout.write(format === "table" ? `${display(rows[0]!.p)}\n(${String(rows[0]!.hops)} hops)\n` : formatRows(rows, format));
    return 0;
  },
};
