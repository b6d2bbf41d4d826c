// Push-based matching: the same plans as match.ts, run as plain nested loops that hand each match to a
// callback. No generator step and no row copy per match, so it is several times cheaper per row than the
// pull-based matcher; used where every match is consumed at once (aggregation, counting, EXISTS, pattern
// comprehensions) and, per anchor node, under a streaming projection (execute.ts).
import type { Expr, PatternPart, RelPattern } from "./ast.js";
import type { Ctx, Row } from "./context.js";
import { factorisedCount } from "./count.js";
import {
  EMPTY,
  beforePasses,
  bindNode,
  candidates,
  checksPass,
  flip,
  getPlan,
  hops,
  matchPatterns,
  newState,
  nodeOk,
  relOk,
  unbind,
  type DistinctRuns,
  type Hops,
  type Plan,
  type State,
  type Step,
} from "./match.js";
import { NodeRef, RelRef, type Value } from "./values.js";

/** Receives each match (a borrowed row, see Row); returning false stops the matching. */
export type Emit = (row: Row) => boolean;

/** The plan for `parts` when the push matcher can run it, else undefined (shortest paths, path variables). */
export function pushPlan(parts: PatternPart[], row: Row, where: Expr | undefined): Plan | undefined {
  const plan = getPlan(parts, where, row);
  return plan.pushable ? plan : undefined;
}

/**
 * Every match of `parts` given the row, pushed when the plan allows it; false when `emit` stopped it.
 * `distinct`: the caller ignores repeated rows (see State.distinct).
 */
export function forEachMatch(parts: PatternPart[], row: Row, ctx: Ctx, where: Expr | undefined, emit: Emit, distinct = false): boolean {
  const plan = pushPlan(parts, row, where);
  if (plan) return pushMatches(plan, row, ctx, emit, distinct);
  for (const m of matchPatterns(parts, row, ctx, where)) if (!emit(m)) return false;
  return true;
}

/** Number of matches, counted without building rows where the pattern allows it. */
export function countPatternMatches(parts: PatternPart[], row: Row, ctx: Ctx, where?: Expr): number {
  const fast = where ? undefined : factorisedCount(parts, row, ctx);
  if (fast !== undefined) return fast;
  let n = 0;
  forEachMatch(parts, row, ctx, where, () => (n++, true));
  return n;
}

/**
 * Every match of the plan given the row; false when `emit` stopped it. `runs`: the DISTINCT consumer behind
 * `emit`, to be told of runs of matches that cannot repeat each other.
 */
export function pushMatches(plan: Plan, row: Row, ctx: Ctx, emit: Emit, distinct = false, runs?: DistinctRuns): boolean {
  if (!beforePasses(plan, row, ctx)) return true;
  const st = newState(plan, row);
  st.distinct = distinct;
  st.runs = runs;
  return push(plan, 0, st, ctx, emit);
}

/**
 * Lazily over the first step's nodes: for each anchor node, pushes the rest of the plan's matches to `emit`
 * and then yields, so that the caller can hand on what it collected for that anchor.
 */
export function* pushPerAnchor(plan: Plan, row: Row, ctx: Ctx, emit: Emit, distinct = false, runs?: DistinctRuns): Generator<void> {
  if (!beforePasses(plan, row, ctx)) return;
  const st = newState(plan, row);
  st.distinct = distinct;
  st.runs = runs;
  const step = plan.steps[0] as Extract<Step, { kind: "node" }>;
  const np = plan.parts[step.part]!.nodes[step.node]!;
  for (const key of candidates(np, step, st.bind, ctx)) {
    const go = pushFromNode(plan, 0, step, key, st, ctx, emit);
    yield;
    if (!go) return;
  }
}

function push(plan: Plan, i: number, st: State, ctx: Ctx, emit: Emit): boolean {
  if (i === plan.steps.length) return emit(st.bind);
  const step = plan.steps[i]!;
  if (step.kind === "node") return pushNode(plan, i, step, st, ctx, emit);
  const rp = plan.parts[step.part]!.rels[(step as Extract<Step, { kind: "rel" }>).rel]!;
  return rp.range ? pushVarLength(plan, i, st, ctx, emit) : pushHop(plan, i, st, ctx, emit);
}

function pushNode(plan: Plan, i: number, step: Extract<Step, { kind: "node" }>, st: State, ctx: Ctx, emit: Emit): boolean {
  const np = plan.parts[step.part]!.nodes[step.node]!;
  for (const key of candidates(np, step, st.bind, ctx)) if (!pushFromNode(plan, i, step, key, st, ctx, emit)) return false;
  return true;
}

/** Node step i with `key` as its node: the rest of the plan's matches from there. */
function pushFromNode(plan: Plan, i: number, step: Extract<Step, { kind: "node" }>, key: string, st: State, ctx: Ctx, emit: Emit): boolean {
  ctx.tick();
  const np = plan.parts[step.part]!.nodes[step.node]!;
  if (!nodeOk(key, np, st.bind, ctx)) return true;
  const had = bindNode(np, key, st);
  st.nodes[step.part]![step.node] = key;
  const go = checksPass(plan.checks[i]!, st, ctx) ? push(plan, i + 1, st, ctx, emit) : true;
  if (!had && np.variable) unbind(st, np.variable);
  return go;
}

/** A relationship step's pattern, ends and direction (the step walks from `from` to node `toIdx`). */
function hopSetup(plan: Plan, i: number, st: State) {
  const step = plan.steps[i] as Extract<Step, { kind: "rel" }>;
  const part = plan.parts[step.part]!;
  const rp = part.rels[step.rel]!;
  const toIdx = step.forward ? step.rel + 1 : step.rel;
  const from = st.nodes[step.part]![step.forward ? step.rel : step.rel + 1]!;
  const np = part.nodes[toIdx]!;
  const dir = step.forward ? rp.direction : flip(rp.direction);
  const boundRel = rp.variable !== undefined ? st.bind[rp.variable] : undefined;
  const relVar = rp.variable && boundRel === undefined ? rp.variable : undefined;
  return { step, rp, toIdx, from, np, dir, boundRel, relVar, checks: plan.checks[i]! };
}

/** One hop: graphology's own edge iteration with a callback, stopped early through find*Edge. */
function pushHop(plan: Plan, i: number, st: State, ctx: Ctx, emit: Emit): boolean {
  const { step, rp, toIdx, from, np, dir, boundRel, relVar, checks } = hopSetup(plan, i, st);
  const graph = ctx.g.graph;
  const nodes = st.nodes[step.part]!;
  if (st.distinct && !plan.manyRels && rp.variable === undefined && !rp.types.length && !rp.properties) {
    // Parallel relationships would only repeat rows the consumer drops: walk neighbours instead (a node that
    // is an in- and an out-neighbour comes twice, which the consumer drops as well, unless it takes the
    // matches as a run: then each neighbour comes once).
    const v = np.variable;
    const run = st.runs !== undefined && i + 1 === plan.steps.length && v !== undefined && st.bind[v] === undefined && st.runs.start(v);
    const ends = ctx.g.neighbours(from, dir, run);
    // An end node without labels or properties whose variable is not bound yet takes every neighbour: no
    // check per neighbour, and its variable is unbound once, after the loop.
    const open = !np.labels.length && !np.properties && (v === undefined || st.bind[v] === undefined);
    let go = true;
    for (let k = 0; k < ends.length && go; k++) {
      ctx.tick();
      const end = ends[k]!;
      let had = true;
      if (open) {
        if (v !== undefined) st.bind[v] = new NodeRef(end);
      } else {
        if (!nodeOk(end, np, st.bind, ctx)) continue;
        had = bindNode(np, end, st);
      }
      nodes[toIdx] = end;
      go = checksPass(checks, st, ctx) ? push(plan, i + 1, st, ctx, emit) : true;
      if (!had && v !== undefined) unbind(st, v);
    }
    if (open && v !== undefined) unbind(st, v);
    if (run) st.runs!.end();
    return go;
  }
  const unique = plan.manyRels;
  let go = true;
  ctx.tick();
  const visit = (e: string, attrs: Record<string, unknown>, s: string, t: string): boolean => {
    if (!go) return true; // find*Edge goes on after a stop when the edge key is falsy ("")
    if (unique && st.used.has(e)) return false;
    if (!relOk(e, rp, st.bind, ctx, attrs)) return false;
    if (boundRel !== undefined && !(boundRel instanceof RelRef && boundRel.key === e)) return false;
    const end = s === from ? t : s;
    if (!nodeOk(end, np, st.bind, ctx)) return false;
    const had = bindNode(np, end, st);
    nodes[toIdx] = end;
    if (relVar) st.bind[relVar] = new RelRef(e);
    if (unique) st.used.add(e);
    if (checksPass(checks, st, ctx)) go = push(plan, i + 1, st, ctx, emit);
    if (unique) st.used.delete(e);
    if (relVar) unbind(st, relVar);
    if (!had && np.variable) unbind(st, np.variable);
    return !go;
  };
  if (dir === "out") graph.findOutEdge(from, visit);
  else if (dir === "in") graph.findInEdge(from, visit);
  else graph.findEdge(from, visit);
  return go;
}

/** Variable length: depth first with an explicit stack (deep paths do not grow the call stack). */
function pushVarLength(plan: Plan, i: number, st: State, ctx: Ctx, emit: Emit): boolean {
  const { step, rp, toIdx, from, np, dir, boundRel, relVar, checks } = hopSetup(plan, i, st);
  const g = ctx.g;
  const nodes = st.nodes[step.part]!;
  const min = rp.range!.min ?? 1;
  const max = rp.range!.max ?? Infinity;
  const edges: string[] = [];
  // Binds the far end of the walk in `edges` and runs the rest of the plan.
  const arrive = (end: string): boolean => {
    if (boundRel !== undefined && !sameWalk(boundRel, edges, step.forward)) return true;
    if (!nodeOk(end, np, st.bind, ctx)) return true;
    const had = bindNode(np, end, st);
    nodes[toIdx] = end;
    if (relVar) st.bind[relVar] = walkValue(edges, step.forward);
    const go = checksPass(checks, st, ctx) ? push(plan, i + 1, st, ctx, emit) : true;
    if (relVar) unbind(st, relVar);
    if (!had && np.variable) unbind(st, np.variable);
    return go;
  };
  if (min === 0 && !arrive(from)) return false;
  // The last hop of an anonymous, unconstrained walk that ends the plan, for a consumer that ignores
  // repeated rows: neighbours stand for the edges (see leafHop).
  const leaf = st.distinct && i + 1 === plan.steps.length && !rp.variable && !rp.types.length && !rp.properties && min <= max;
  if (leaf && max === 1) return leafHop(from, dir, st, ctx, arrive);
  const stack: { h: Hops; i: number }[] = [{ h: max >= 1 ? hops(g, from, dir) : EMPTY, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.h.edges.length) {
      stack.pop();
      if (edges.length) st.used.delete(edges.pop()!);
      continue;
    }
    const k = top.i++;
    const e = top.h.edges[k]!;
    ctx.tick();
    if (st.used.has(e) || !relOk(e, rp, st.bind, ctx, top.h.attrs[k])) continue;
    const end = top.h.ends[k]!;
    edges.push(e);
    st.used.add(e);
    const go = (edges.length < min || arrive(end)) && (!leaf || edges.length + 1 !== max || leafHop(end, dir, st, ctx, arrive));
    if (!go) {
      // Stopped: release the walk's edges before returning.
      for (const x of edges) st.used.delete(x);
      return false;
    }
    if (leaf && edges.length + 1 === max) st.used.delete(edges.pop()!);
    else stack.push({ h: edges.length < max ? hops(g, end, dir) : EMPTY, i: 0 });
  }
  return true;
}

/**
 * One hop from `from` to each neighbour over an edge not yet used, for a walk's last hop whose edge nothing
 * reads and whose consumer ignores repeated rows. Only a neighbour at the far end of a used edge can be cut off; for those the edges
 * between the two are checked one by one.
 */
function leafHop(from: string, dir: RelPattern["direction"], st: State, ctx: Ctx, arrive: (end: string) => boolean): boolean {
  const graph = ctx.g.graph;
  const blocked: string[] = [];
  for (const e of st.used) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (s === from) blocked.push(t);
    else if (t === from) blocked.push(s);
  }
  const free = (w: string) => {
    const between = dir === "out" ? graph.outEdges(from, w) : dir === "in" ? graph.outEdges(w, from) : [...graph.outEdges(from, w), ...graph.outEdges(w, from)];
    return between.some((e) => !st.used.has(e));
  };
  const ends = ctx.g.neighbours(from, dir);
  for (let k = 0; k < ends.length; k++) {
    ctx.tick();
    const w = ends[k]!;
    if (blocked.length && blocked.includes(w) && !free(w)) continue;
    if (!arrive(w)) return false;
  }
  return true;
}

/** The relationship list a variable-length variable holds, in pattern order. */
function walkValue(edges: string[], forward: boolean): Value {
  const out: Value[] = edges.map((k) => new RelRef(k));
  return forward ? out : out.reverse();
}

function sameWalk(bound: Value, edges: string[], forward: boolean): boolean {
  if (!Array.isArray(bound) || bound.length !== edges.length) return false;
  const n = edges.length;
  return bound.every((r, j) => r instanceof RelRef && r.key === edges[forward ? j : n - 1 - j]);
}
