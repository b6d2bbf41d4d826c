import { ROW_FORMATS, type RowFormat } from "../../query/format.js";
import { intOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { warnOnStderr } from "../load-graph.js";
import { defaultMaxMemoryMb, QueryRunner } from "../query-runner.js";

const HELP = `Usage: newsgraph query GRAPH "CYPHER" [--param k=v]... [--format table|json|csv] [--timeout SECONDS] [--max-rows N] [--max-memory MB]

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
  --max-memory MB    stop a query whose graph, rows or aggregates need more memory than this
                     (default: ${defaultMaxMemoryMb()}, Node's own heap limit here)
  --help             this text

Exit codes: 0 done; 1 the graph could not be read, or the query failed or passed a limit; 2 usage error.

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

export interface QueryLimits {
  timeoutMs?: number;
  maxRows?: number;
  maxMemoryMb: number;
}

/** The options --timeout SECONDS, --max-rows N and --max-memory MB. */
export const LIMIT_OPTIONS = { timeout: { type: "string" }, "max-rows": { type: "string" }, "max-memory": { type: "string" } } as const;

/** --timeout SECONDS, --max-rows N and --max-memory MB. */
export function limitOptions(values: Record<string, unknown>): QueryLimits {
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout takes a number of seconds > 0, got '${String(values.timeout)}'`);
  const maxRows = values["max-rows"] === undefined ? undefined : intOption("max-rows", values["max-rows"] as string, 0, 0);
  const maxMemoryMb = intOption("max-memory", values["max-memory"] as string | undefined, defaultMaxMemoryMb(), 16);
  return { timeoutMs: timeout === undefined ? undefined : timeout * 1000, maxRows, maxMemoryMb };
}

export const queryCommand: Command = {
  name: "query",
  summary: "run a Cypher query on a graph",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("query", args, {
      param: { type: "string", multiple: true },
      format: { type: "string" },
      ...LIMIT_OPTIONS,
    });
    if (positionals.length !== 2) throw new UsageError('expected GRAPH and "CYPHER" (see newsgraph query --help)');
    const format = formatOption(values.format);
    const { maxMemoryMb, ...limits } = limitOptions(values);
    const params = parseParams((values.param as string[] | undefined) ?? []);
    const runner = await QueryRunner.open(positionals[0]!, maxMemoryMb, warnOnStderr);
    try {
      process.stdout.write(await runner.run({ text: positionals[1]!, params, format, ...limits }));
    } finally {
      await runner.close();
    }
    return 0;
  },
};
