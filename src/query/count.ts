// Counting matches of short chains without enumerating them (MATCH ... RETURN count(*), COUNT {}): per
// middle node, (edges matching the left hop) x (edges matching the right hop) - (edges matching both).
// Everything that does not depend on the row is worked out once per pattern, since COUNT {} asks per row.
import type { NodePattern, PatternPart, RelPattern } from "./ast.js";
import type { Ctx, Row } from "./context.js";
import type { Graph } from "./graph-view.js";
import { flip, incident, other, relOk } from "./match.js";
import { NodeRef } from "./values.js";

/** The number of matches given the row, or undefined when the row binds a relationship of the pattern. */
type Counter = (row: Row, ctx: Ctx) => number | undefined;

const counters = new WeakMap<PatternPart[], Counter | null>();

/** Number of matches of a plain chain of one or two single hops, or undefined for any other pattern. */
export function factorisedCount(parts: PatternPart[], row: Row, ctx: Ctx): number | undefined {
  let counter = counters.get(parts);
  if (counter === undefined) counters.set(parts, (counter = countable(parts) ? makeCounter(parts[0]!) : null));
  return counter ? counter(row, ctx) : undefined;
}

/** One chain of one or two single hops, without properties, path variable or repeated variable. */
function countable(parts: PatternPart[]): boolean {
  const p = parts[0]!;
  const names = [...p.nodes, ...p.rels].flatMap((x) => (x.variable ? [x.variable] : []));
  return (
    parts.length === 1 &&
    !p.variable &&
    !p.shortest &&
    p.rels.length >= 1 &&
    p.rels.length <= 2 &&
    !p.rels.some((r) => r.range || r.properties) &&
    !p.nodes.some((n) => n.properties) &&
    new Set(names).size === names.length
  );
}

function makeCounter(p: PatternPart): Counter {
  const relVars = p.rels.flatMap((r) => (r.variable ? [r.variable] : []));
  const count = p.rels.length === 1 ? oneHop(p) : twoHops(p);
  return (row, ctx) => {
    for (const v of relVars) if (row[v] !== undefined) return undefined;
    return count(row, ctx);
  };
}

/** (a)-[r]-(b): per candidate a, its degree when r and b constrain nothing, else its edges checked one by one. */
function oneHop(p: PatternPart): (row: Row, ctx: Ctx) => number {
  const [a, b] = p.nodes as [NodePattern, NodePattern];
  const r = p.rels[0]!;
  const untypedR = r.types.length === 0;
  return (row, ctx) => {
    const g = ctx.g;
    const bk = boundKey(a, row);
    if (untypedR && plain(b, row)) {
      // The common COUNT { (n)--() } with n bound: one degree, no candidate list.
      if (typeof bk === "string") return labelled(g, bk, a) ? degree(g, bk, r.direction) : 0;
      let total = 0;
      for (const u of candidates(g, bk)) if (nodeOk(g, u, a, row)) total += degree(g, u, r.direction);
      return total;
    }
    let total = 0;
    for (const u of candidates(g, bk)) {
      if (!nodeOk(g, u, a, row)) continue;
      for (const e of incident(g, u, r.direction)) {
        ctx.tick();
        if (relOk(e, r, row, ctx) && nodeOk(g, other(g, e, u, r.direction), b, row)) total++;
      }
    }
    return total;
  };
}

/** (a)-[r1]-(m)-[r2]-(c), factorised over the middle node m. */
function twoHops(p: PatternPart): (row: Row, ctx: Ctx) => number {
  const [a, m, c] = p.nodes as [NodePattern, NodePattern, NodePattern];
  const [r1, r2] = p.rels as [RelPattern, RelPattern];
  const leftDir = flip(r1.direction);
  const untyped = r1.types.length === 0 && r2.types.length === 0;
  return (row, ctx) => {
    const g = ctx.g;
    let total = 0;
    if (untyped && plain(a, row) && plain(c, row)) {
      // Degrees alone: edges usable for both hops are those counted in both directions.
      for (const u of candidates(g, boundKey(m, row))) {
        if (!nodeOk(g, u, m, row)) continue;
        const both = leftDir === "both" ? degree(g, u, r2.direction) : r2.direction === "both" || r2.direction === leftDir ? degree(g, u, leftDir) : selfLoops(g, u);
        total += degree(g, u, leftDir) * degree(g, u, r2.direction) - both;
      }
      return total;
    }
    for (const u of candidates(g, boundKey(m, row))) {
      if (!nodeOk(g, u, m, row)) continue;
      let left = 0;
      let right = 0;
      let both = 0;
      for (const e of incident(g, u, "both")) {
        ctx.tick();
        const l = dirOk(g, e, u, leftDir) && relOk(e, r1, row, ctx) && nodeOk(g, g.graph.opposite(u, e), a, row);
        const rr = dirOk(g, e, u, r2.direction) && relOk(e, r2, row, ctx) && nodeOk(g, g.graph.opposite(u, e), c, row);
        if (l) left++;
        if (rr) right++;
        if (l && rr) both++;
      }
      total += left * right - both;
    }
    return total;
  };
}

/** The node key the row binds to the pattern node: undefined when unbound, null when bound to a non-node. */
function boundKey(n: NodePattern, row: Row): string | null | undefined {
  const v = n.variable !== undefined ? row[n.variable] : undefined;
  if (v === undefined) return undefined;
  return v instanceof NodeRef ? v.key : null;
}

const candidates = (g: Graph, bk: string | null | undefined): Iterable<string> => (bk === null ? [] : bk !== undefined ? [bk] : g.graph.nodes());
const labelled = (g: Graph, key: string, n: NodePattern) => n.labels.every((l) => g.hasLabel(key, l));
const plain = (n: NodePattern, row: Row) => n.labels.length === 0 && boundKey(n, row) === undefined;

function nodeOk(g: Graph, key: string, n: NodePattern, row: Row): boolean {
  const bk = boundKey(n, row);
  return (bk === undefined || bk === key) && labelled(g, key, n);
}

const selfLoops = (g: Graph, u: string) => g.graph.outDegree(u) - g.graph.outDegreeWithoutSelfLoops(u);
/** Number of relationships at u in a direction, a self-loop counted once (as pattern matching does). */
function degree(g: Graph, u: string, dir: RelPattern["direction"]): number {
  if (dir === "out") return g.graph.outDegree(u);
  if (dir === "in") return g.graph.inDegree(u);
  return g.graph.inDegree(u) + g.graph.outDegreeWithoutSelfLoops(u);
}

function dirOk(g: Graph, e: string, u: string, dir: RelPattern["direction"]): boolean {
  if (dir === "both") return true;
  return dir === "out" ? g.graph.source(e) === u : g.graph.target(e) === u;
}
