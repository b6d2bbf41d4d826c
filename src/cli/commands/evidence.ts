import { EVIDENCE_QUERY } from "../../query/canned.js";
import { formatRows } from "../../query/format.js";
import { query } from "../../query/index.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { requireEntities } from "../entity-names.js";
import { loadGraph } from "../load-graph.js";
import { formatOption } from "./query.js";

const HELP = `Usage: newsgraph evidence GRAPH A B [--format table|json|csv]

Prints the sentences behind every relation between A and B, in either direction (A and B matched by
key, label or alias, ignoring case). Runs:
${EVIDENCE_QUERY.replace(/^/gm, "  ")}

Options:
  --format F   table (default), json or csv
  --help       this text
`;

export const evidence: Command = {
  name: "evidence",
  summary: "the sentences behind the relations of two entities",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("evidence", args, { format: { type: "string" } });
    if (positionals.length !== 3) throw new UsageError("expected GRAPH, A and B (see newsgraph evidence --help)");
    const format = formatOption(values.format);
    const graph = await loadGraph(positionals[0]!);
    requireEntities(graph, positionals.slice(1));
    const rows = query(graph, EVIDENCE_QUERY, { a: positionals[1]!, b: positionals[2]! });
    if (!rows.length) process.stderr.write(`no relation between '${positionals[1]}' and '${positionals[2]}'\n`);
    process.stdout.write(formatRows(rows, format));
    return 0;
  },
};
