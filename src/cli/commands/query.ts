import { ROW_FORMATS, formatRows, type RowFormat } from "../../query/format.js";
import { query, type QueryOptions } from "../../query/index.js";
import { intOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadGraph } from "../load-graph.js";

const HELP = `Usage: newsgraph query GRAPH "CYPHER" [--param k=v]... [--format table|json|csv] [--timeout SECONDS] [--max-rows N]

Runs a read-only openCypher query (plus CREATE) on a graph file and prints the rows.
Nodes are matched by label (:Person, :State, :Organisation, :Place, :Proposal), relationships by type
(:REJECTED, :LEADER_OF, ...); properties are the graph's attributes (n.label, n.aliases, r.weight, r.evidence).
Procedures: CALL algo.pagerank(), algo.betweenness(), algo.louvain(), algo.degree(), algo.components(),
algo.egoNetwork(node, depth), each with YIELD.

Options:
  --param k=v        query parameter $k; v is read as JSON when it parses, else as a string (repeatable)
  --format F         table (default), json (an array of row objects) or csv
  --timeout SECONDS  stop the query after this many seconds (default: no limit)
  --max-rows N       print at most N rows; a warning on stderr says the result was cut
  --help             this text

Example:
  newsgraph query graph.json "MATCH (s:State)-[:REJECTED]->(p:Proposal) RETURN s.label, p.label"
`;

export function parseParams(list: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param takes k=v, got '${item}'`);
    const raw = item.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // not JSON: a plain string
    }
    params[item.slice(0, eq)] = value;
  }
  return params;
}

export function formatOption(v: unknown): RowFormat {
  const f = (v ?? "table") as RowFormat;
  if (!ROW_FORMATS.includes(f)) throw new UsageError(`--format takes ${ROW_FORMATS.join(", ")}, got '${String(v)}'`);
  return f;
}

/** --timeout SECONDS and --max-rows N as query options; warnings go to stderr. */
export function limitOptions(values: Record<string, unknown>): QueryOptions {
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout takes a number of seconds > 0, got '${String(values.timeout)}'`);
  const maxRows = values["max-rows"] === undefined ? undefined : intOption("max-rows", values["max-rows"] as string, 0, 0);
  return { timeoutMs: timeout === undefined ? undefined : timeout * 1000, maxRows, onWarning: (m) => process.stderr.write(`warning: ${m}\n`) };
}

export const queryCommand: Command = {
  name: "query",
  summary: "run a Cypher query on a graph",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("query", args, {
      param: { type: "string", multiple: true },
      format: { type: "string" },
      timeout: { type: "string" },
      "max-rows": { type: "string" },
    });
    if (positionals.length !== 2) throw new UsageError('expected GRAPH and "CYPHER" (see newsgraph query --help)');
    const format = formatOption(values.format);
    const options = limitOptions(values);
    const graph = await loadGraph(positionals[0]!);
    const rows = query(graph, positionals[1]!, parseParams((values.param as string[] | undefined) ?? []), options);
    process.stdout.write(formatRows(rows, format));
    return 0;
  },
};
