// Public API of the Cypher engine: query, queryStream, the cypher tagged template, and errors.
import type { AnyGraph } from "./graph-view.js";
import { Graph } from "./graph-view.js";
import { Ctx, DEFAULT_MAX_INTERMEDIATE_ROWS, PushableRows, type Row as InternalRow } from "./context.js";
import { CypherRowLimitError } from "./errors.js";
import { check } from "./semantic.js";
import { execute } from "./execute.js";
import { parse } from "./parser.js";
import type { CypherQuery } from "./template.js";
import { fromJs, toPlain, type Value } from "./values.js";
import type { Query } from "./ast.js";

export { cypher, type CypherQuery } from "./template.js";
export { CypherError, CypherSyntaxError, CypherTypeError, CypherArgumentError, CypherRowLimitError, CypherTimeoutError } from "./errors.js";
export { PROCEDURES, describeProcedures } from "./procedures.js";
export type { NodeOut, RelOut, PathOut } from "./values.js";

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Stop evaluation with a CypherTimeoutError after this many milliseconds. */
  timeoutMs?: number;
  /** Keep at most this many rows; a warning says the result was cut. */
  maxRows?: number;
  /**
   * Rows one buffer may hold: ORDER BY, aggregation groups, DISTINCT, collect(), CREATE's input and
   * query()'s result (after maxRows cut it). Past it the query stops with a CypherRowLimitError. Default 1,000,000.
   */
  maxIntermediateRows?: number;
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

/** The engine's view of each graph, kept while the graph lives (it caches relation -> type names). */
const views = new WeakMap<AnyGraph, Graph>();
function viewOf(graph: AnyGraph): Graph {
  let view = views.get(graph);
  if (!view) views.set(graph, (view = new Graph(graph)));
  return view;
}

/** Compiles a query and returns its lazy stream of Cypher-level rows (values as the evaluator sees them); used by the TCK harness. */
export function queryRaw(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): Iterable<InternalRow> {
  const src = source(cypherText, params);
  const q = compile(src.text);
  // No prototype: a parameter may be called $toString or $__proto__.
  const values: Record<string, Value> = Object.create(null);
  for (const k of Object.keys(src.params)) values[k] = fromJs(src.params[k]);
  return execute(q, new Ctx(viewOf(graph), values, options.timeoutMs, options.maxIntermediateRows));
}

/**
 * A result row as plain objects (nodes as {key, labels, properties}, relationships as {key, type, start, end,
 * properties}). Converted in place: a query's result rows are new objects that the engine does not keep.
 */
function plainRow(view: Graph, row: InternalRow): Row {
  const out = row as Row;
  for (const k in row) {
    const v = row[k]!;
    if (v !== null && typeof v === "object") out[k] = toPlain(view, v);
  }
  return out;
}

/** plainRow for rows whose keys are known: a loop over them is cheaper than enumerating each row's keys. */
function plainColumns(view: Graph, row: InternalRow, columns: readonly string[]): Row {
  const out = row as Row;
  for (let i = 0; i < columns.length; i++) {
    const v = row[columns[i]!]!;
    if (v !== null && typeof v === "object") out[columns[i]!] = toPlain(view, v);
  }
  return out;
}

const cutWarning = (max: number) => `result cut at ${max} rows (--max-rows / maxRows)`;

/** Streams result rows as plain objects, computed as they are pulled. */
export function* queryStream(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): Generator<Row> {
  const view = viewOf(graph);
  const max = options.maxRows ?? Infinity;
  let n = 0;
  for (const row of queryRaw(graph, cypherText, params, options)) {
    if (n >= max) {
      warn(options, cutWarning(max));
      return;
    }
    n++;
    yield plainRow(view, row);
  }
}

/** Runs a query and returns all rows; `warnings` on the result lists anything cut. */
export function query(graph: AnyGraph, cypherText: string | CypherQuery, params?: Record<string, unknown>, options: QueryOptions = {}): QueryResult {
  // The same as [...queryStream()], without a generator step per row.
  const view = viewOf(graph);
  const max = options.maxRows ?? Infinity;
  const rows = [] as unknown as QueryResult;
  const warnings: string[] = [];
  const maxHeld = options.maxIntermediateRows ?? DEFAULT_MAX_INTERMEDIATE_ROWS;
  const source = queryRaw(graph, cypherText, params, options);
  const columns = source instanceof PushableRows ? source.columns : undefined;
  const take = (row: InternalRow): boolean => {
    if (rows.length >= max) {
      warnings.push(cutWarning(max));
      warn(options, cutWarning(max));
      return false;
    }
    if (rows.push(columns ? plainColumns(view, row, columns) : plainRow(view, row)) > maxHeld) throw new CypherRowLimitError(maxHeld, "the result");
    return true;
  };
  if (source instanceof PushableRows) source.each(take);
  else for (const row of source) if (!take(row)) break;
  Object.defineProperty(rows, "warnings", { value: warnings, enumerable: false });
  return rows;
}

function warn(options: QueryOptions, message: string): void {
  if (options.onWarning) options.onWarning(message);
  else process.emitWarning(message, "CypherWarning");
}
