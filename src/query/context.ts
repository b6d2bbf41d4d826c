// What evaluation needs besides the row: the graph, parameters, the time limit, and aggregate results.
import type { Expr } from "./ast.js";
import { CypherRowLimitError, CypherTimeoutError } from "./errors.js";
import type { Graph } from "./graph-view.js";
import type { Value } from "./values.js";

/**
 * Variable bindings. A row pulled from a clause stream is borrowed: the producer may reuse the object for
 * the next row (matching binds in place), so a consumer that keeps a row past the next pull copies it.
 */
export type Row = Record<string, Value>;

export function copyRow(row: Row): Row {
  const out: Row = {};
  for (const k in row) out[k] = row[k]!;
  return out;
}

/**
 * An object with the given keys, each set to `value`. Rows built key by key from `{}` go through the transition
 * tree of the plain-object root shape, which a large graph's attribute and adjacency objects crowd; clones
 * of one template share its shape and stay cheap. Defined, not assigned, so a key named __proto__ stays a key.
 */
export function slotRow(keys: Iterable<string>, value: Value | undefined = undefined): Row {
  const row: Row = {};
  for (const k of keys) Object.defineProperty(row, k, { value, writable: true, enumerable: true, configurable: true });
  return row;
}

/**
 * A row stream that can also hand all its rows to a callback (`each`; false from the callback stops), for a
 * consumer that takes every row: the same rows in the same order, without a generator step per row.
 */
export class PushableRows implements Iterable<Row> {
  constructor(
    private readonly rows: () => Iterator<Row>,
    readonly each: (sink: (row: Row) => boolean) => void,
    /** The keys of every row, when known in advance (a projection without `*`). */
    readonly columns?: readonly string[],
  ) {}
  [Symbol.iterator](): Iterator<Row> {
    return this.rows();
  }
}

/**
 * Rows one buffer may hold (ORDER BY, aggregation groups, DISTINCT, collect(), CREATE's input, query()'s
 * result): a runaway cartesian product stops with an error long before it fills the heap.
 */
export const DEFAULT_MAX_INTERMEDIATE_ROWS = 1_000_000;

export class Ctx {
  private ticks = 0;
  private readonly deadline: number;
  /** Aggregate call -> its value for the group being projected. */
  aggValues?: Map<Expr, Value>;
  constructor(
    readonly g: Graph,
    readonly params: Record<string, Value>,
    readonly timeoutMs?: number,
    readonly maxIntermediateRows = DEFAULT_MAX_INTERMEDIATE_ROWS,
  ) {
    this.deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  }
  /** Called as a buffer or set that lives for the query grows to `size` rows; `what` names it in the error. */
  held(size: number, what: string): void {
    if (size > this.maxIntermediateRows) throw new CypherRowLimitError(this.maxIntermediateRows, what);
  }
  /** Called in every inner loop; checks the clock every 4096 calls. */
  tick(): void {
    if ((++this.ticks & 4095) === 0 && Date.now() > this.deadline) throw new CypherTimeoutError(this.timeoutMs!);
  }
}
