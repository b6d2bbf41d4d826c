import { EGO_QUERY } from "../../query/canned.js";
import { formatRows } from "../../query/format.js";
import { query } from "../../query/index.js";
import { intOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadGraph } from "../load-graph.js";
import { formatOption } from "./query.js";

const HELP = `Usage: newsgraph ego GRAPH NAME [--depth 2] [--format table|json|csv]

Lists the entities within --depth hops of NAME (matched by key, label or alias, ignoring case),
nearest first. Runs:
${EGO_QUERY.replace(/^/gm, "  ")}

Options:
  --depth N    hops to follow, in either direction (default: 2)
  --format F   table (default), json or csv
  --help       this text
`;

export const ego: Command = {
  name: "ego",
  summary: "entities around one entity",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("ego", args, { depth: { type: "string" }, format: { type: "string" } });
    if (positionals.length !== 2) throw new UsageError("expected GRAPH and NAME (see newsgraph ego --help)");
    const format = formatOption(values.format);
    const depth = intOption("depth", values.depth as string | undefined, 2, 0);
    const graph = await loadGraph(positionals[0]!);
    const rows = query(graph, EGO_QUERY, { name: positionals[1]!, depth });
    if (!rows.length) throw new UsageError(`no entity named '${positionals[1]}'`, 1);
    process.stdout.write(formatRows(rows, format));
    return 0;
  },
};
