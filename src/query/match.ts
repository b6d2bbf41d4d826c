// Pattern matching on the live graph: anchored expansion with WHERE conjuncts checked as soon as their
// variables are bound, relationship uniqueness per MATCH, variable-length and shortest paths.
import type { Expr, NodePattern, PatternPart, RelPattern } from "./ast.js";
import { equals } from "./compare.js";
import { compiled } from "./compiled.js";
import { slotRow, type Ctx, type Row } from "./context.js";
import { CypherTypeError } from "./errors.js";
import { evaluate } from "./expressions.js";
import type { Graph } from "./graph-view.js";
import { conjuncts, freeVars, idArgument } from "./vars.js";
import { NodeRef, PathValue, RelRef, fromJs, isMap, typeName, type Value } from "./values.js";

export type Step =
  | { kind: "node"; part: number; node: number; idHint?: Expr; propHint?: PropHint }
  | { kind: "rel"; part: number; rel: number; forward: boolean }
  | { kind: "shortest"; part: number }
  | { kind: "path"; part: number };

export interface Plan {
  parts: PatternPart[];
  steps: Step[];
  /** checks[i]: conjuncts evaluated once step i has bound its variables (index -1 -> before[]) */
  before: Expr[];
  checks: Expr[][];
  /** Variables the steps bind, in binding order. */
  binds: string[];
  /** Variables bound before matching (the plan is made for this set, see getPlan). */
  bound: string[];
  /** A binding row with a slot for every bound and binding variable (see newState). */
  bindTemplate: Row;
  /** Only node and relationship steps (no shortest path, no path variable): see match-push.ts. */
  pushable: boolean;
  /** More than one relationship step or a variable-length one: relationship uniqueness must be tracked. */
  manyRels: boolean;
  /** No variable-length relationship: the matches from one anchor node are bounded by the degrees along the way. */
  fixedLength: boolean;
}

const planCache = new WeakMap<PatternPart[], Map<string, Plan>>();

export function getPlan(parts: PatternPart[], where: Expr | undefined, row: Row): Plan {
  let byBound = planCache.get(parts);
  if (!byBound) planCache.set(parts, (byBound = new Map()));
  const names: string[] = [];
  for (const k in row) if (row[k] !== undefined) names.push(k);
  const boundKey = names.sort().join("\u0000");
  let plan = byBound.get(boundKey);
  if (!plan) byBound.set(boundKey, (plan = makePlan(parts, where, new Set(names))));
  return plan;
}

/** How a pattern is matched given the variables already bound: steps from an anchor, and when each WHERE conjunct is checked. */
export function makePlan(parts: PatternPart[], where: Expr | undefined, bound: Set<string>): Plan {
  const preds = conjuncts(where).map((e) => ({ e, vars: freeVars(e) }));
  const patternVarsSet = new Set<string>();
  for (const p of parts) {
    if (p.variable) patternVarsSet.add(p.variable);
    for (const n of p.nodes) if (n.variable && !bound.has(n.variable)) patternVarsSet.add(n.variable);
    for (const r of p.rels) if (r.variable && !bound.has(r.variable)) patternVarsSet.add(r.variable);
  }
  const steps: Step[] = [];
  const boundNow = new Set(bound);
  // Conjuncts that an id() hint makes true by construction (its candidates are the ids asked for): not checked again.
  const implied = new Set<Expr>();
  const nodeStepFor = (part: number, node: number): Step => {
    const n = parts[part]!.nodes[node]!;
    const id = idHint(preds, n, boundNow, patternVarsSet);
    if (id) implied.add(id.conjunct);
    return { kind: "node", part, node, idHint: id?.hint, propHint: id ? undefined : propHint(preds, n, boundNow, patternVarsSet) };
  };
  parts.forEach((p, pi) => {
    if (p.shortest) {
      steps.push(nodeStepFor(pi, 0));
      if (p.nodes[0]!.variable) boundNow.add(p.nodes[0]!.variable);
      const last = p.nodes.length - 1;
      steps.push(nodeStepFor(pi, last));
      steps.push({ kind: "shortest", part: pi });
      return;
    }
    // Anchor: a bound node, else one with an id() hint, else one with a property hint, else one with
    // labels, else the first.
    const scores = p.nodes.map((n): number =>
      n.variable && boundNow.has(n.variable) ? 4 : idHint(preds, n, boundNow, patternVarsSet) ? 3 : propHint(preds, n, boundNow, patternVarsSet) ? 2 : n.labels.length || n.properties ? 1 : 0,
    );
    const a = scores.indexOf(Math.max(...scores));
    steps.push(nodeStepFor(pi, a));
    for (let j = a; j < p.rels.length; j++) steps.push({ kind: "rel", part: pi, rel: j, forward: true });
    for (let j = a - 1; j >= 0; j--) steps.push({ kind: "rel", part: pi, rel: j, forward: false });
    for (const n of p.nodes) if (n.variable) boundNow.add(n.variable);
    if (p.variable) steps.push({ kind: "path", part: pi });
  });
  // Schedule each conjunct after the step that binds the last pattern variable it reads.
  const bindsAt = new Map<string, number>();
  steps.forEach((s, i) => {
    const p = parts[s.part]!;
    const mark = (v?: string) => v && !bound.has(v) && !bindsAt.has(v) && bindsAt.set(v, i);
    if (s.kind === "node") mark(p.nodes[s.node]!.variable);
    if (s.kind === "rel") {
      mark(p.rels[s.rel]!.variable);
      mark(p.nodes[s.forward ? s.rel + 1 : s.rel]!.variable);
    }
    if (s.kind === "shortest") {
      p.rels.forEach((r) => mark(r.variable));
      p.nodes.forEach((n) => mark(n.variable));
      mark(p.variable);
    }
    if (s.kind === "path") mark(p.variable);
  });
  const before: Expr[] = [];
  const checks: Expr[][] = steps.map(() => []);
  for (const { e, vars } of preds) {
    if (implied.has(e)) continue;
    let at = -1;
    for (const v of vars) if (bindsAt.has(v)) at = Math.max(at, bindsAt.get(v)!);
    if (at < 0) before.push(e);
    else checks[at]!.push(e);
  }
  const relSteps = steps.filter((s) => s.kind === "rel") as Extract<Step, { kind: "rel" }>[];
  const binds = [...bindsAt.keys()];
  return {
    parts,
    steps,
    before,
    checks,
    binds,
    bound: [...bound],
    bindTemplate: slotRow([...bound, ...binds]),
    pushable: steps.every((s) => s.kind === "node" || s.kind === "rel"),
    manyRels: relSteps.length > 1 || relSteps.some((s) => parts[s.part]!.rels[s.rel]!.range),
    fixedLength: relSteps.every((s) => !parts[s.part]!.rels[s.rel]!.range),
  };
}

/**
 * `id(n) = expr` or `id(n) IN list` in WHERE, where expr reads nothing bound by this pattern: the list of ids
 * to take candidates from, and the conjunct it comes from.
 */
function idHint(preds: { e: Expr; vars: Set<string> }[], n: NodePattern, bound: Set<string>, patternVars: Set<string>): { hint: Expr; conjunct: Expr } | undefined {
  if (!n.variable || bound.has(n.variable)) return undefined;
  for (const { e } of preds) {
    if (e.k === "cmp" && e.ops.length === 1 && e.ops[0] === "=") {
      for (const [x, y] of [[e.args[0]!, e.args[1]!], [e.args[1]!, e.args[0]!]] as const) {
        if (isIdOf(x, n.variable) && [...freeVars(y)].every((v) => !patternVars.has(v))) return { hint: { k: "list", items: [y] }, conjunct: e };
      }
    }
    if (e.k === "bin" && e.op === "IN" && isIdOf(e.l, n.variable) && [...freeVars(e.r)].every((v) => !patternVars.has(v))) return { hint: e.r, conjunct: e };
  }
  return undefined;
}
/** A property the node must have, with a value read before matching: candidates come from the property index. */
export interface PropHint {
  key: string;
  value: Expr;
}

/** `{key: expr}` in the node's property map or `n.key = expr` in WHERE, where expr reads nothing bound by this pattern. */
function propHint(preds: { e: Expr; vars: Set<string> }[], n: NodePattern, bound: Set<string>, patternVars: Set<string>): PropHint | undefined {
  if (n.variable && bound.has(n.variable)) return undefined;
  const outside = (e: Expr) => [...freeVars(e)].every((v) => !patternVars.has(v));
  if (n.properties?.k === "map") for (const [key, value] of n.properties.entries) if (outside(value)) return { key, value };
  if (!n.variable) return undefined;
  for (const { e } of preds) {
    if (e.k !== "cmp" || e.ops.length !== 1 || e.ops[0] !== "=") continue;
    for (const [x, y] of [[e.args[0]!, e.args[1]!], [e.args[1]!, e.args[0]!]] as const) {
      if (x.k === "prop" && x.obj.k === "var" && x.obj.name === n.variable && outside(y)) return { key: x.key, value: y };
    }
  }
  return undefined;
}

const isIdOf = (x: Expr, v: string) => idArgument(x) === v;

/**
 * All ways `parts` match given the row's bindings, as rows extended with the pattern's variables. Each
 * yielded row is the matcher's own binding object, rebound in place for the next match (see Row).
 */
export function* matchPatterns(parts: PatternPart[], row: Row, ctx: Ctx, where?: Expr): Generator<Row> {
  const plan = getPlan(parts, where, row);
  if (!beforePasses(plan, row, ctx)) return;
  yield* run(plan, 0, newState(plan, row), ctx);
}

/** The WHERE conjuncts that read no pattern variable. */
export function beforePasses(plan: Plan, row: Row, ctx: Ctx): boolean {
  for (const e of plan.before) if (evaluate(e, row, ctx) !== true) return false;
  return true;
}

export function newState(plan: Plan, row: Row): State {
  // Every variable the steps bind has its slot from the start, so binding in place never changes the row's
  // shape; the slots come from a template, since adding keys one by one is slow (see context.ts, slotRow).
  const bind: Row = { ...plan.bindTemplate };
  for (const k of plan.bound) bind[k] = row[k]!;
  const parts = plan.parts;
  const nodes: (string | undefined)[][] = [];
  const segs: (Seg | undefined)[][] = [];
  for (const p of parts) {
    nodes.push(new Array<string | undefined>(p.nodes.length));
    segs.push(new Array<Seg | undefined>(p.rels.length));
  }
  return { bind, used: new Set(), nodes, segs, distinct: false, runs: undefined };
}

/** One relationship hop or a variable-length segment, in pattern (left-to-right) order. */
interface Seg {
  edges: string[];
  /** Nodes after each edge, in pattern order, last one = the segment's end. */
  between: string[];

}
export interface State {
  bind: Row;
  used: Set<string>;
  nodes: (string | undefined)[][];
  segs: (Seg | undefined)[][];
  /**
   * The consumer ignores repeated rows (DISTINCT, EXISTS, aggregates that are all DISTINCT, min or max), so
   * matches that differ only in an anonymous relationship need not be told apart (see match-push.ts).
   */
  distinct: boolean;
  /** A DISTINCT consumer told of runs of rows that cannot repeat each other (see DistinctRuns). */
  runs: DistinctRuns | undefined;
}

/**
 * A DISTINCT projection fed by the push matcher (match-push.ts), which brackets with start/end each run of
 * matches that differ only in `variable`, bound to a different node in each: rows projecting that node
 * differ, so the consumer need not look them up among each other (see SeenValues.startRun).
 */
export interface DistinctRuns {
  /** True when the consumer takes the run: the matcher must then bind each node once. */
  start(variable: string): boolean;
  end(): void;
}

/**
 * Matching as a chain of small generators, one per step: V8 saves a generator's whole register file at
 * every yield, so a step's generator holds only what that step needs. The last step yields rows itself.
 */
function run(plan: Plan, i: number, st: State, ctx: Ctx): Iterable<Row> {
  if (i === plan.steps.length) return [st.bind];
  ctx.tick();
  switch (plan.steps[i]!.kind) {
    case "node":
      return nodeStep(plan, i, st, ctx);
    case "rel":
      return relStep(plan, i, st, ctx);
    case "shortest":
      return shortestStep(plan, i, st, ctx);
    case "path":
      return pathStep(plan, i, st, ctx);
  }
}

export function checksPass(checks: Expr[], st: State, ctx: Ctx): boolean {
  for (const e of checks) if (evaluate(e, st.bind, ctx) !== true) return false;
  return true;
}

function* nodeStep(plan: Plan, i: number, st: State, ctx: Ctx): Generator<Row> {
  const step = plan.steps[i] as Extract<Step, { kind: "node" }>;
  const part = plan.parts[step.part]!;
  const ok = () => checksPass(plan.checks[i]!, st, ctx);
  const last = i + 1 === plan.steps.length;
  const np = part.nodes[step.node]!;
  for (const key of candidates(np, step, st.bind, ctx)) {
    if (!nodeOk(key, np, st.bind, ctx)) continue;
    const had = bindNode(np, key, st);
    st.nodes[step.part]![step.node] = key;
    if (ok()) {
      if (last) yield st.bind;
      else yield* run(plan, i + 1, st, ctx);
    }
    if (!had && np.variable) unbind(st, np.variable);
  }
  return;
}

function relStep(plan: Plan, i: number, st: State, ctx: Ctx): Iterable<Row> {
  const step = plan.steps[i] as Extract<Step, { kind: "rel" }>;
  return plan.parts[step.part]!.rels[step.rel]!.range ? varLengthStep(plan, i, st, ctx) : singleHopStep(plan, i, st, ctx);
}

/** What a relationship step knows before expanding: the hop's pattern, ends, direction and variables. */
function relSetup(plan: Plan, i: number, st: State, ctx: Ctx) {
  const step = plan.steps[i] as Extract<Step, { kind: "rel" }>;
  const part = plan.parts[step.part]!;
  const ok = () => checksPass(plan.checks[i]!, st, ctx);
  const last = i + 1 === plan.steps.length;
  const rp = part.rels[step.rel]!;
  const fromIdx = step.forward ? step.rel : step.rel + 1;
  const toIdx = step.forward ? step.rel + 1 : step.rel;
  const from = st.nodes[step.part]![fromIdx]!;
  const np = part.nodes[toIdx]!;
  const dir = step.forward ? rp.direction : flip(rp.direction);
  const boundRel = rp.variable !== undefined ? st.bind[rp.variable] : undefined;
  const relVar = rp.variable && boundRel === undefined ? rp.variable : undefined;
  const keepPath = part.variable !== undefined;
  return { step, ok, last, rp, toIdx, from, np, dir, boundRel, relVar, keepPath };
}

function* singleHopStep(plan: Plan, i: number, st: State, ctx: Ctx): Generator<Row> {
  const { step, ok, last, rp, toIdx, from, np, dir, boundRel, relVar, keepPath } = relSetup(plan, i, st, ctx);
  const h = hops(ctx.g, from, dir);
  for (let k = 0; k < h.edges.length; k++) {
    const e = h.edges[k]!;
    const end = h.ends[k]!;
    if (st.used.has(e) || !relOk(e, rp, st.bind, ctx, h.attrs[k])) continue;
    if (boundRel !== undefined && !(boundRel instanceof RelRef && boundRel.key === e)) continue;
    if (!nodeOk(end, np, st.bind, ctx)) continue;
    const had = bindNode(np, end, st);
    st.nodes[step.part]![toIdx] = end;
    if (keepPath) st.segs[step.part]![step.rel] = { edges: [e], between: [step.forward ? end : from] };
    if (relVar) st.bind[relVar] = new RelRef(e);
    st.used.add(e);
    if (ok()) {
      if (last) yield st.bind;
      else yield* run(plan, i + 1, st, ctx);
    }
    st.used.delete(e);
    if (relVar) unbind(st, relVar);
    if (!had && np.variable) unbind(st, np.variable);
  }
}

function* varLengthStep(plan: Plan, i: number, st: State, ctx: Ctx): Generator<Row> {
  const { step, ok, last, rp, toIdx, from, np, dir, boundRel, relVar, keepPath } = relSetup(plan, i, st, ctx);
  // Variable length: the expansion holds its edges in `used` itself.
  for (const { end, edges, between } of expandVar(from, rp, dir, st, ctx)) {
    if (boundRel !== undefined && !sameRels(boundRel, edges, true)) continue;
    if (!nodeOk(end, np, st.bind, ctx)) continue;
    const had = bindNode(np, end, st);
    st.nodes[step.part]![toIdx] = end;
    // Segment in pattern order: reversed when walked right to left.
    if (keepPath)
      st.segs[step.part]![step.rel] = step.forward
        ? { edges: [...edges], between: [...between] }
        : { edges: [...edges].reverse(), between: [...between.slice(0, -1).reverse(), from] };
    if (relVar) st.bind[relVar] = (step.forward ? edges : [...edges].reverse()).map((k) => new RelRef(k));
    if (ok()) {
      if (last) yield st.bind;
      else yield* run(plan, i + 1, st, ctx);
    }
    if (relVar) unbind(st, relVar);
    if (!had && np.variable) unbind(st, np.variable);
  }
  return;
}

function* shortestStep(plan: Plan, i: number, st: State, ctx: Ctx): Generator<Row> {
  const step = plan.steps[i] as Extract<Step, { kind: "shortest" }>;
  const part = plan.parts[step.part]!;
  const ok = () => checksPass(plan.checks[i]!, st, ctx);
  const last = i + 1 === plan.steps.length;
  const a = st.nodes[step.part]![0]!;
  const b = st.nodes[step.part]![part.nodes.length - 1]!;
  for (const path of shortestPaths(ctx, part, a, b, st.used)) {
    const rp = part.rels[0]!;
    if (rp.variable) st.bind[rp.variable] = path.rels.map((k) => new RelRef(k));
    if (part.variable) st.bind[part.variable] = path;
    for (const e of path.rels) st.used.add(e);
    if (ok()) {
      if (last) yield st.bind;
      else yield* run(plan, i + 1, st, ctx);
    }
    for (const e of path.rels) st.used.delete(e);
    if (rp.variable) unbind(st, rp.variable);
    if (part.variable) unbind(st, part.variable);
  }
  return;
}

function* pathStep(plan: Plan, i: number, st: State, ctx: Ctx): Generator<Row> {
  const step = plan.steps[i] as Extract<Step, { kind: "path" }>;
  const part = plan.parts[step.part]!;
  const ok = () => checksPass(plan.checks[i]!, st, ctx);
  const last = i + 1 === plan.steps.length;
  const nodes = st.nodes[step.part]!;
  const pathNodes = [nodes[0]!];
  const pathRels: string[] = [];
  st.segs[step.part]!.forEach((seg) => {
    pathRels.push(...seg!.edges);
    pathNodes.push(...seg!.between);
  });
  st.bind[part.variable!] = new PathValue(pathNodes, pathRels);
  if (ok()) {
      if (last) yield st.bind;
      else yield* run(plan, i + 1, st, ctx);
    }
  unbind(st, part.variable!);
  return;
}

/** Unbinding sets undefined rather than deleting: deleting keys would push rows into slow dictionary mode. */
export const unbind = (st: State, name: string) => {
  st.bind[name] = undefined as unknown as Value;
};

export const flip = (d: RelPattern["direction"]): RelPattern["direction"] => (d === "out" ? "in" : d === "in" ? "out" : "both");

export function bindNode(np: NodePattern, key: string, st: State): boolean {
  if (!np.variable) return true;
  if (st.bind[np.variable] !== undefined) return true;
  st.bind[np.variable] = new NodeRef(key);
  return false;
}

function sameRels(bound: Value, edges: string[], varLength: boolean): boolean {
  if (varLength) return Array.isArray(bound) && bound.length === edges.length && bound.every((r, i) => r instanceof RelRef && r.key === edges[i]);
  return bound instanceof RelRef && bound.key === edges[0];
}

export function candidates(np: NodePattern, step: Extract<Step, { kind: "node" }>, bind: Row, ctx: Ctx): Iterable<string> {
  const bound = np.variable !== undefined ? bind[np.variable] : undefined;
  if (bound !== undefined) {
    if (bound === null) return [];
    if (!(bound instanceof NodeRef)) throw new CypherTypeError(`variable '${np.variable}' is a ${typeName(bound)}, not a node`, "VariableTypeConflict");
    return [bound.key];
  }
  if (step.idHint) {
    const hint = step.idHint;
    if (hint.k === "list" && hint.items.length === 1) {
      // id(n) = expr: one key, looked up without building lists.
      const id = compiled(hint.items[0]!)(bind, ctx);
      return typeof id === "string" && ctx.g.graph.hasNode(id) ? [id] : [];
    }
    const ids = evaluate(hint, bind, ctx);
    if (!Array.isArray(ids)) return [];
    // Each node once, however often the list names it.
    return new Set(ids.filter((k): k is string => typeof k === "string" && ctx.g.graph.hasNode(k)));
  }
  if (step.propHint && ctx.g.graph.order > 0) {
    // Only a string narrows the candidates (other values compare by Cypher's rules); the pattern and WHERE
    // still check every candidate. An error here is left to those checks, which raise it only if they run.
    let v: Value;
    try {
      v = compiled(step.propHint.value)(bind, ctx);
    } catch {
      v = null;
    }
    if (typeof v === "string") return ctx.g.index.nodes(step.propHint.key, v);
  }
  return ctx.g.graph.nodes();
}

export function nodeOk(key: string, np: NodePattern, bind: Row, ctx: Ctx): boolean {
  if (np.variable !== undefined) {
    const b = bind[np.variable];
    if (b !== undefined && !(b instanceof NodeRef && b.key === key)) return false;
  }
  for (const l of np.labels) if (!ctx.g.hasLabel(key, l)) return false;
  if (np.properties && !propsOk(np.properties, bind, ctx, (k) => ctx.g.nodeProperty(key, k))) return false;
  return true;
}

/** Whether the properties `get` reads equal those of a pattern's property map (`{label: $x}`). */
type PropsCheck = (bind: Row, ctx: Ctx, get: (k: string) => unknown) => boolean;

const propsChecks = new WeakMap<Expr, PropsCheck>();
function propsOk(props: Expr, bind: Row, ctx: Ctx, get: (k: string) => unknown): boolean {
  let check = propsChecks.get(props);
  if (!check) propsChecks.set(props, (check = propsCheck(props)));
  return check(bind, ctx, get);
}

function propsCheck(props: Expr): PropsCheck {
  if (props.k === "map" && props.entries.length === 1) {
    // The common one-entry map literal, compared without building the map.
    const [key, e] = props.entries[0]!;
    const value = compiled(e);
    return (bind, ctx, get) => equals(fromJs(get(key)), value(bind, ctx)) === true;
  }
  return (bind, ctx, get) => {
    const want = evaluate(props, bind, ctx);
    if (!isMap(want)) return false;
    for (const k in want) if (equals(fromJs(get(k)), want[k]!) !== true) return false;
    return true;
  };
}

export function relOk(edge: string, rp: RelPattern, bind: Row, ctx: Ctx, attrs?: Record<string, unknown>): boolean {
  if (rp.types.length && !rp.types.includes(attrs ? ctx.g.typeOf(attrs) : ctx.g.relType(edge))) return false;
  if (rp.properties && !propsOk(rp.properties, bind, ctx, (k) => ctx.g.relProperty(edge, k))) return false;
  return true;
}

/** Edges at `node` in direction `dir`, each once (a self-loop is not repeated for `both`). */
export function incident(g: Graph, node: string, dir: RelPattern["direction"]): string[] {
  const graph = g.graph;
  if (dir === "out") return graph.outEdges(node);
  if (dir === "in") return graph.inEdges(node);
  return graph.edges(node); // each self-loop once
}

/** Incident edges with their far ends and attributes, gathered in one pass (no per-edge lookups). */
export interface Hops {
  edges: string[];
  ends: string[];
  attrs: Record<string, unknown>[];
}
export function hops(g: Graph, node: string, dir: RelPattern["direction"]): Hops {
  const h: Hops = { edges: [], ends: [], attrs: [] };
  const add = (e: string, a: Record<string, unknown>, s: string, t: string) => {
    h.edges.push(e);
    h.ends.push(s === node ? t : s);
    h.attrs.push(a);
  };
  if (dir === "out") g.graph.forEachOutEdge(node, add);
  else if (dir === "in") g.graph.forEachInEdge(node, add);
  else g.graph.forEachEdge(node, add);
  return h;
}
export const other = (g: Graph, e: string, node: string, dir: RelPattern["direction"]) =>
  dir === "out" ? g.graph.target(e) : dir === "in" ? g.graph.source(e) : g.graph.opposite(node, e);

/**
 * Variable-length expansion, depth first with an explicit stack (deep paths do not grow the call stack).
 * The yielded arrays are reused: callers copy what they keep.
 */
function* expandVar(from: string, rp: RelPattern, dir: RelPattern["direction"], st: State, ctx: Ctx): Generator<{ end: string; edges: string[]; between: string[] }> {
  const g = ctx.g;
  const min = rp.range!.min ?? 1;
  const max = rp.range!.max ?? Infinity;
  const edges: string[] = [];
  const nodes: string[] = [];
  const out = { end: from, edges, between: nodes };
  if (min === 0) yield out;
  const stack: { node: string; h: Hops; i: number }[] = [{ node: from, h: max >= 1 ? hops(g, from, dir) : EMPTY, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.h.edges.length) {
      stack.pop();
      if (edges.length) {
        st.used.delete(edges.pop()!);
        nodes.pop();
      }
      continue;
    }
    const k = top.i++;
    const e = top.h.edges[k]!;
    ctx.tick();
    if (st.used.has(e) || !relOk(e, rp, st.bind, ctx, top.h.attrs[k])) continue;
    const end = top.h.ends[k]!;
    edges.push(e);
    nodes.push(end);
    st.used.add(e);
    if (edges.length >= min) {
      out.end = end;
      yield out;
    }
    stack.push({ node: end, h: edges.length < max ? hops(g, end, dir) : EMPTY, i: 0 });
  }
}
export const EMPTY: Hops = { edges: [], ends: [], attrs: [] };

/** Shortest paths from a to b under the part's single relationship pattern (breadth-first, both ends for one path). */
function shortestPaths(ctx: Ctx, part: PatternPart, a: string, b: string, used: Set<string>): PathValue[] {
  const rp = part.rels[0]!;
  const min = rp.range?.min ?? 1;
  const max = rp.range ? (rp.range.max ?? Infinity) : 1;
  if (a === b) return min === 0 ? [new PathValue([a], [])] : [];
  const g = ctx.g;
  const bind = {};
  const edgeOk = (e: string) => !used.has(e) && relOk(e, rp, bind, ctx);
  if (part.shortest === "one" && !rp.types.length && !rp.properties && used.size === 0) return shortestByNeighbours(ctx, a, b, rp.direction, min, max);
  if (part.shortest === "one") {
    // Bidirectional breadth-first search, one layer of the smaller side at a time.
    const prevA = new Map<string, [string, string] | null>([[a, null]]);
    const prevB = new Map<string, [string, string] | null>([[b, null]]);
    let frontA = [a];
    let frontB = [b];
    let depth = 0;
    while (frontA.length && frontB.length && depth < max) {
      const fromA = frontA.length <= frontB.length;
      const [front, prev, otherPrev, dir] = fromA ? [frontA, prevA, prevB, rp.direction] : [frontB, prevB, prevA, flip(rp.direction)];
      const next: string[] = [];
      let meet: string | undefined;
      for (const u of front) {
        for (const e of incident(g, u, dir)) {
          ctx.tick();
          if (!edgeOk(e)) continue;
          const w = other(g, e, u, dir);
          if (prev.has(w)) continue;
          prev.set(w, [u, e]);
          next.push(w);
          if (otherPrev.has(w)) {
            meet = w;
            break;
          }
        }
        if (meet) break;
      }
      depth++;
      if (meet) {
        const nodes = [meet];
        const rels: string[] = [];
        for (let p = prevA.get(meet); p; p = prevA.get(p[0])) {
          nodes.unshift(p[0]);
          rels.unshift(p[1]);
        }
        for (let p = prevB.get(meet); p; p = prevB.get(p[0])) {
          nodes.push(p[0]);
          rels.push(p[1]);
        }
        return rels.length >= min ? [new PathValue(nodes, rels)] : [];
      }
      if (fromA) frontA = next;
      else frontB = next;
    }
    return [];
  }
  // All shortest: breadth-first from a keeping every parent edge on a shortest route.
  const dist = new Map<string, number>([[a, 0]]);
  const parents = new Map<string, [string, string][]>();
  let front = [a];
  let depth = 0;
  while (front.length && !dist.has(b) && depth < max) {
    depth++;
    const next: string[] = [];
    for (const u of front) {
      for (const e of incident(g, u, rp.direction)) {
        ctx.tick();
        if (!edgeOk(e)) continue;
        const w = other(g, e, u, rp.direction);
        const d = dist.get(w);
        if (d === undefined) {
          dist.set(w, depth);
          next.push(w);
          parents.set(w, [[u, e]]);
        } else if (d === depth) parents.get(w)!.push([u, e]);
      }
    }
    front = next;
  }
  if (!dist.has(b) || dist.get(b)! < min) return [];
  const out: PathValue[] = [];
  const walk = (node: string, nodes: string[], rels: string[]) => {
    if (node === a) {
      out.push(new PathValue([a, ...nodes], rels));
      return;
    }
    for (const [p, e] of parents.get(node)!) walk(p, [node, ...nodes], [e, ...rels]);
  };
  walk(b, [], []);
  return out;
}

/**
 * Bidirectional breadth-first search over neighbours (no per-edge checks needed); the edges of the one
 * path found are looked up at the end.
 */
function shortestByNeighbours(ctx: Ctx, a: string, b: string, dir: RelPattern["direction"], min: number, max: number): PathValue[] {
  const g = ctx.g;
  const prevA = new Map<string, string | null>([[a, null]]);
  const prevB = new Map<string, string | null>([[b, null]]);
  let frontA = [a];
  let frontB = [b];
  let depth = 0;
  let meet: string | undefined;
  while (frontA.length && frontB.length && depth < max && meet === undefined) {
    const fromA = frontA.length <= frontB.length;
    const [front, prev, otherPrev, d] = fromA ? [frontA, prevA, prevB, dir] : [frontB, prevB, prevA, flip(dir)];
    const next: string[] = [];
    for (let i = 0; i < front.length && meet === undefined; i++) {
      const u = front[i]!;
      const ws = g.neighbours(u, d);
      ctx.tick();
      for (let j = 0; j < ws.length; j++) {
        const w = ws[j]!;
        if (prev.has(w)) continue;
        prev.set(w, u);
        next.push(w);
        if (otherPrev.has(w)) {
          meet = w;
          break;
        }
      }
    }
    depth++;
    if (fromA) frontA = next;
    else frontB = next;
  }
  if (meet === undefined) return [];
  const nodes = [meet];
  for (let p = prevA.get(meet); p; p = prevA.get(p)) nodes.unshift(p);
  for (let p = prevB.get(meet); p; p = prevB.get(p)) nodes.push(p);
  if (nodes.length - 1 < min) return [];
  const graph = g.graph;
  const rels = nodes.slice(1).map((w, i) => {
    const u = nodes[i]!;
    const forward = dir !== "in" ? graph.outEdges(u, w) : [];
    return forward.length ? forward[0]! : graph.outEdges(w, u)[0]!;
  });
  return [new PathValue(nodes, rels)];
}
