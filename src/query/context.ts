// What evaluation needs besides the row: the graph, parameters, the time limit, and aggregate results.
import type { Expr } from "./ast.js";
import { CypherTimeoutError } from "./errors.js";
import type { Graph } from "./graph-view.js";
import type { Value } from "./values.js";

export type Row = Record<string, Value>;

export class Ctx {
  private ticks = 0;
  private readonly deadline: number;
  /** Aggregate call -> its value for the group being projected. */
  aggValues?: Map<Expr, Value>;
  constructor(readonly g: Graph, readonly params: Record<string, Value>, readonly timeoutMs?: number) {
    this.deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  }
  /** Called in every inner loop; checks the clock every 4096 calls. */
  tick(): void {
    if ((++this.ticks & 4095) === 0 && Date.now() > this.deadline) throw new CypherTimeoutError(this.timeoutMs!);
  }
}
