// Public API of the Cypher engine: query, queryStream, the cypher tagged template, and errors.
import type { AnyGraph } from "./graph-view.js";
import { Graph } from "./graph-view.js";
import { Ctx, type Row as InternalRow } from "./context.js";
import { check } from "./semantic.js";
import { execute } from "./execute.js";
import { parse } from "./parser.js";
import type { CypherQuery } from "./template.js";
import { fromJs, toPlain, type Value } from "./values.js";
import type { Query } from "./ast.js";

export { cypher, type CypherQuery } from "./template.js";
export { CypherError, CypherSyntaxError, CypherTypeError, CypherArgumentError, CypherTimeoutError } from "./errors.js";
export { PROCEDURES, describeProcedures } from "./procedures.js";
export type { NodeOut, RelOut, PathOut } from "./values.js";

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Stop evaluation with a CypherTimeoutError after this many milliseconds. */
  timeoutMs?: number;
  /** Keep at most this many rows; a warning says the result was cut. */
  maxRows?: number;
  /** Receives warnings (cut results). Defaults to process.emitWarning. */
  onWarning?: (message: string) => void;
}

/** Rows plus the warnings raised while producing them (also passed to onWarning). */
export type QueryResult = Row[] & { warnings: string[] };

const parsed = new Map<string, Query>();
/** Parses and checks a query; results are cached by text, since scripts run the same queries often. */
export function compile(text: string): Query {
  let q = parsed.get(text);
  if (!q) {
    q = parse(text);
    check(q);
    if (parsed.size > 500) parsed.clear();
    parsed.set(text, q);
  }
  return q;
}

function source(cypherText: string | CypherQuery, params?: Record<string, unknown>): { text: string; params: Record<string, unknown> } {
  if (typeof cypherText === "string") return { text: cypherText, params: params ?? {} };
  return { text: cypherText.text, params: { ...cypherText.params, ...params } };
}

/** Compiles a query and returns its lazy stream of Cypher-level rows (values as the evaluator sees them); used by the TCK harness. */
export function queryRaw(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): Iterable<InternalRow> {
  const src = source(cypherText, params);
  const q = compile(src.text);
  const ctx = new Ctx(new Graph(graph), Object.fromEntries(Object.entries(src.params).map(([k, v]) => [k, fromJs(v)])) as Record<string, Value>, options.timeoutMs);
  return execute(q, ctx);
}

/** Streams result rows as plain objects (nodes as {key, labels, properties}, relationships as {key, type, start, end, properties}). */
export function* queryStream(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): Generator<Row> {
  const view = new Graph(graph);
  const max = options.maxRows ?? Infinity;
  let n = 0;
  for (const row of queryRaw(graph, cypherText, params, options)) {
    if (n >= max) {
      warn(options, `result cut at ${max} rows (--max-rows / maxRows)`);
      return;
    }
    n++;
    const out: Row = {};
    for (const k in row) out[k] = toPlain(view, row[k]!);
    yield out;
  }
}

/** Runs a query and returns all rows; `warnings` on the result lists anything cut. */
export function query(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): QueryResult {
  const warnings: string[] = [];
  const rows = [...queryStream(graph, cypherText, params, { ...options, onWarning: (m) => (warnings.push(m), warn(options, m)) })];
  Object.defineProperty(rows, "warnings", { value: warnings, enumerable: false });
  return rows as QueryResult;
}

function warn(options: QueryOptions, message: string): void {
  if (options.onWarning) options.onWarning(message);
  else process.emitWarning(message, "CypherWarning");
}
