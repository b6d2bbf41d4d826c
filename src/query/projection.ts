// WITH and RETURN: projection, implicit grouping with aggregates, DISTINCT, ORDER BY, SKIP and LIMIT.
import type { Expr, Projection } from "./ast.js";
import { SeenValues, order, valueKey } from "./compare.js";
import { copyRow, slotRow, type Ctx, type Row } from "./context.js";
import { CypherArgumentError, CypherSyntaxError, CypherTypeError } from "./errors.js";
import { evaluate } from "./expressions.js";
import { AGGREGATES } from "./functions.js";
import { compiled, type Compiled } from "./compiled.js";
import { CypherFloat, float, isNumber, num, typeName, type Value } from "./values.js";
import { idArgument } from "./vars.js";

type CallExpr = Extract<Expr, { k: "call" }>;

/** Aggregate calls in an expression (not looking inside their arguments). */
export function aggregatesIn(e: Expr, out: CallExpr[] = []): CallExpr[] {
  if (e.k === "call" && AGGREGATES.has(e.name.toLowerCase())) {
    out.push(e);
    return out;
  }
  for (const child of children(e)) aggregatesIn(child, out);
  return out;
}

export function children(e: Expr): Expr[] {
  switch (e.k) {
    case "prop":
      return [e.obj];
    case "index":
      return [e.obj, e.idx];
    case "slice":
      return [e.obj, ...(e.from ? [e.from] : []), ...(e.to ? [e.to] : [])];
    case "list":
      return e.items;
    case "map":
      return e.entries.map(([, x]) => x);
    case "call":
      return e.args;
    case "bin":
      return [e.l, e.r];
    case "not":
    case "neg":
    case "isnull":
    case "haslabels":
      return [e.e];
    case "cmp":
      return e.args;
    case "case":
      return [...(e.test ? [e.test] : []), ...e.whens.flat(), ...(e.else ? [e.else] : [])];
    case "listcomp":
      return [e.list, ...(e.where ? [e.where] : []), ...(e.map ? [e.map] : [])];
    case "quant":
      return [e.list, ...(e.where ? [e.where] : [])];
    case "reduce":
      return [e.init, e.list, e.e];
    case "patcomp":
      return [...(e.where ? [e.where] : []), e.map];
    case "exists":
    case "countsub":
      return e.where ? [e.where] : [];
    case "mapproj":
      return [e.e, ...e.items.flatMap((i) => (i.kind === "lit" ? [i.e] : []))];
    default:
      return [];
  }
}

/** SKIP/LIMIT value: a non-negative integer. */
function count(e: Expr | undefined, what: string, ctx: Ctx, pos: Projection["pos"]): number | undefined {
  if (!e) return undefined;
  const v = evaluate(e, {}, ctx);
  if (typeof v !== "number") throw new CypherSyntaxError(`${what} expects a non-negative integer, got ${typeName(v)}`, pos.line, pos.column, "InvalidArgumentType");
  if (v < 0) throw new CypherSyntaxError(`${what} expects a non-negative integer, got ${v}`, pos.line, pos.column, "NegativeIntegerArgument");
  return v;
}

/**
 * Rows handed to a callback one at a time (borrowed, see Row): how a MATCH feeds a projection that consumes
 * all its input anyway (aggregation, ORDER BY without DISTINCT) without a generator step per row.
 */
export type Feed = (add: (row: Row) => void) => void;

function each(input: Iterable<Row> | Feed, add: (row: Row) => void): void {
  if (typeof input === "function") input(add);
  else for (const row of input) add(row);
}

/** A projection's aggregates and how they are grouped and shared, worked out once per clause. */
interface AggPlan {
  /** Aggregate calls in the projected items. */
  aggs: CallExpr[];
  /** Those in ORDER BY. */
  orderAggs: CallExpr[];
  /** The projected ones, then those only ORDER BY computes. */
  allAggs: CallExpr[];
  /** Compiled first argument of each of allAggs (none for count(*)). */
  args: (Compiled | undefined)[];
  /** Items without aggregates: the grouping keys. */
  keyItems: Projection["items"];
  /** ORDER BY aggregates equal to projected ones, which share their value. */
  aliases: (readonly [CallExpr, CallExpr])[];
  /** Per item: whether it aggregates. */
  aggregated: boolean[];
  /** See ignoresRepeatedRows. */
  ignoresRepeats: boolean;
}

const aggPlans = new WeakMap<Projection, AggPlan>();
function aggPlan(p: Projection): AggPlan {
  let plan = aggPlans.get(p);
  if (!plan) {
    const aggs = p.items.flatMap((i) => aggregatesIn(i.e));
    const orderAggs = p.orderBy.flatMap((s) => aggregatesIn(s.e));
    const allAggs = [...aggs, ...orderAggs.filter((a) => !aggs.some((b) => sameExpr(a, b)))];
    const every = [...aggs, ...orderAggs];
    plan = {
      aggs,
      orderAggs,
      allAggs,
      args: allAggs.map((a) => (a.star ? undefined : compiled(a.args[0]!))),
      keyItems: p.items.filter((i) => aggregatesIn(i.e).length === 0),
      aliases: orderAggs.flatMap((s) => aggs.filter((a) => a !== s && sameExpr(a, s)).map((a) => [s, a] as const)),
      aggregated: p.items.map((i) => aggregatesIn(i.e).length > 0),
      ignoresRepeats: every.length ? every.every((a) => !a.star && (a.distinct || ["min", "max"].includes(a.name.toLowerCase()))) : p.distinct,
    };
    aggPlans.set(p, plan);
  }
  return plan;
}

/** Whether the projection aggregates (and so reads all its input before producing a row). */
export const aggregates = (p: Projection): boolean => aggPlan(p).aggs.length > 0;

/**
 * Whether the projection's result stays the same when input rows repeat: DISTINCT without aggregates, or
 * aggregates that are all DISTINCT, min or max. Matching may then skip matches that differ only in an
 * anonymous relationship (see State.distinct in match.ts).
 */
export const ignoresRepeatedRows = (p: Projection): boolean => aggPlan(p).ignoresRepeats;

/** WITH/RETURN over a row stream; `where` (WITH ... WHERE) sees the projected and the earlier variables. */
export function project(input: Iterable<Row> | Feed, p: Projection, ctx: Ctx, where?: Expr): Iterable<Row> {
  if (typeof input === "function" && !aggregates(p) && (!p.orderBy.length || p.distinct)) throw new Error("only an aggregation or ORDER BY without DISTINCT is fed rows");
  if (!p.orderBy.length && !aggregates(p)) return streamingProjection(input as Iterable<Row>, p, ctx, where);
  return groupedOrSorted(input, p, ctx, where);
}

function* groupedOrSorted(input: Iterable<Row> | Feed, p: Projection, ctx: Ctx, where?: Expr): Generator<Row> {
  for (const r of projectRows(input, p, ctx)) {
    if (!where) yield r.out;
    else if (evaluate(where, { ...r.scope, ...r.out }, ctx) === true) yield r.out;
  }
}

/** Projection without grouping or sorting, in one pass: DISTINCT, SKIP, LIMIT and WHERE inline. */
function* streamingProjection(input: Iterable<Row>, p: Projection, ctx: Ctx, where?: Expr): Generator<Row> {
  const proj = new StreamingProjector(p, ctx, where);
  if (proj.limit === 0) {
    for (const _ of input); // an updating clause before LIMIT 0 still runs
    return;
  }
  for (const row of input) {
    const out = proj.next(row);
    if (out) yield out;
    if (proj.done) return;
  }
}

/** A streaming projection applied one row at a time (also run inside push-based matching, see execute.ts). */
export class StreamingProjector {
  readonly limit: number;
  private readonly skip: number;
  private readonly seen?: SeenValues;
  /** Under DISTINCT, the variables projected as such or by id() (keyedVariables). */
  private readonly keyed?: Set<string>;
  /** The single column, when there is one (DISTINCT then needs no list of values). */
  private readonly single?: SingleColumn;
  private readonly build: (row: Row, ctx: Ctx) => Row;
  private i = 0;
  /** Set once LIMIT rows have been produced: no further input is needed. */
  done = false;
  constructor(
    p: Projection,
    private readonly ctx: Ctx,
    private readonly where?: Expr,
  ) {
    this.skip = count(p.skip, "SKIP", ctx, p.pos) ?? 0;
    this.limit = count(p.limit, "LIMIT", ctx, p.pos) ?? Infinity;
    if (p.distinct) {
      this.seen = new SeenValues(ctx, "DISTINCT");
      this.keyed = keyedVariables(p);
    }
    this.single = singleColumn(p);
    this.build = rowBuilder(p);
  }
  /**
   * The matcher is about to give rows that differ only in `variable`, bound to a different node in each (see
   * DistinctRuns in match.ts). True when DISTINCT takes them as a run, without looking them up.
   */
  start(variable: string): boolean {
    return this.keyed !== undefined && this.keyed.has(variable) && this.seen!.startRun();
  }
  end(): void {
    this.seen?.endRun();
  }
  /** The projected row (a new object), or undefined when DISTINCT, SKIP or WHERE drops the row. */
  next(row: Row): Row | undefined {
    const ctx = this.ctx;
    let out: Row;
    if (this.single) {
      // DISTINCT looks at the one value before a row is built for it.
      const v = this.single.value(row, ctx);
      if (this.seen && !this.seen.add(v)) return undefined;
      out = this.single.row(v);
    } else {
      out = this.build(row, ctx);
      if (this.seen && !this.seen.addRow(Object.values(out))) return undefined;
    }
    if (this.i++ < this.skip) return undefined;
    if (this.i >= this.skip + this.limit) this.done = true;
    if (this.where && evaluate(this.where, { ...row, ...out }, ctx) !== true) return undefined;
    return out;
  }
}

/** Variables projected as such or by id(): rows that differ in one of those differ (see StreamingProjector.start). */
const keyedSets = new WeakMap<Projection, Set<string>>();
function keyedVariables(p: Projection): Set<string> {
  let keyed = keyedSets.get(p);
  if (!keyed) {
    keyed = new Set();
    for (const { e } of p.star ? [] : p.items) {
      const v = e.k === "var" ? e.name : idArgument(e);
      if (v !== undefined) keyed.add(v);
    }
    keyedSets.set(p, keyed);
  }
  return keyed;
}

/** The keys of the projection's rows, unless `*` makes them depend on the input. */
const columnLists = new WeakMap<Projection, readonly string[]>();
export function columnNames(p: Projection): readonly string[] | undefined {
  if (p.star) return undefined;
  let names = columnLists.get(p);
  if (!names) columnLists.set(p, (names = Object.keys(rowTemplate(p))));
  return names;
}

/** A row with the projection's columns, all null, to clone rows from (see slotRow). */
const templates = new WeakMap<Projection, Row>();
function rowTemplate(p: Projection): Row {
  let row = templates.get(p);
  if (!row) templates.set(p, (row = slotRow(p.items.map((i) => i.name), null)));
  return row;
}

/** A projection of one column without `*`: the column's compiled value, and its row for a value. */
interface SingleColumn {
  value: Compiled;
  row: (v: Value) => Row;
}
const singleColumns = new WeakMap<Projection, SingleColumn | null>();
function singleColumn(p: Projection): SingleColumn | undefined {
  let single = singleColumns.get(p);
  if (single === undefined) {
    single = null;
    if (!p.star && p.items.length === 1) {
      const template = rowTemplate(p);
      const { name, e } = p.items[0]!;
      single = {
        value: compiled(e),
        row: (v) => {
          const out: Row = { ...template };
          out[name] = v;
          return out;
        },
      };
    }
    singleColumns.set(p, single);
  }
  return single ?? undefined;
}

/**
 * The projection as one function building the row: a clone of rowTemplate (of the input row for `*`),
 * filled by the compiled columns. (No code generated from text: the explorer's Content-Security-Policy
 * forbids it.)
 */
const builders = new WeakMap<Projection, (row: Row, ctx: Ctx) => Row>();
function rowBuilder(p: Projection): (row: Row, ctx: Ctx) => Row {
  let build = builders.get(p);
  if (!build) {
    const template = p.star ? undefined : rowTemplate(p);
    const columns = p.items.map((i) => ({ name: i.name, value: compiled(i.e) }));
    const only = singleColumn(p);
    build = only
      ? (row, ctx) => only.row(only.value(row, ctx))
      : (row, ctx) => {
          const out: Row = template ? { ...template } : copyRow(row);
          for (const c of columns) out[c.name] = c.value(row, ctx);
          return out;
        };
    builders.set(p, build);
  }
  return build;
}

function* projectRows(input: Iterable<Row> | Feed, p: Projection, ctx: Ctx): Generator<{ out: Row; scope: Row }> {
  const { aggs } = aggPlan(p);
  const skip = count(p.skip, "SKIP", ctx, p.pos) ?? 0;
  const limit = count(p.limit, "LIMIT", ctx, p.pos) ?? Infinity;
  if (limit === 0) {
    each(input, () => {}); // an updating clause before LIMIT 0 still runs
    return;
  }
  const build = rowBuilder(p);
  const projected = (row: Row) => ({ out: build(row, ctx), scope: row });
  if (typeof input === "function" && !aggs.length) {
    // Matches pushed straight into ORDER BY (see project): no generator step per row.
    yield* sortRows((visit) => input((row) => visit(projected(row))), p, skip, limit, false, ctx);
    return;
  }
  let rows: Iterable<{ out: Row; scope: Row }>;
  if (aggs.length) {
    rows = aggregate(input, p, ctx);
  } else {
    rows = (function* () {
      for (const row of input as Iterable<Row>) yield projected(row);
    })();
  }
  if (p.distinct) rows = distinct(rows, ctx);
  if (p.orderBy.length) {
    const all = rows;
    yield* sortRows((visit) => { for (const r of all) visit(r); }, p, skip, limit, aggs.length > 0, ctx);
    return;
  }
  let i = 0;
  for (const r of rows) {
    if (i++ < skip) continue;
    yield r;
    if (i >= skip + limit) return;
  }
}

function* distinct(rows: Iterable<{ out: Row; scope: Row }>, ctx: Ctx) {
  const seen = new SeenValues(ctx, "DISTINCT");
  for (const r of rows) if (seen.addRow(Object.values(r.out))) yield r;
}

function* sortRows(rows: (visit: (r: { out: Row; scope: Row }) => void) => void, p: Projection, skip: number, limit: number, aggregated: boolean, ctx: Ctx): Generator<{ out: Row; scope: Row }> {
  // An ORDER BY expression equal to a projected one reads that column; an alias reads it directly.
  const columns = p.orderBy.map((s) => {
    const same = p.items.find((i) => sameExpr(i.e, s.e));
    if (same) return same.name;
    if (s.e.k === "var" && p.items.some((i) => i.name === (s.e as { name: string }).name)) return s.e.name;
    return undefined;
  });
  const needScope = columns.some((c) => c === undefined);
  const keyOf = (r: { out: Row; scope: Row }): Value[] => {
    const scope = !needScope || p.distinct ? r.out : { ...r.scope, ...r.out };
    if (aggregated) ctx.aggValues = (r.scope as AggScope).__aggs;
    return p.orderBy.map((s, i) => (columns[i] !== undefined ? r.out[columns[i]]! : evaluate(s.e, scope, ctx)));
  };
  const cmp = (a: Value[], b: Value[]) => {
    for (let i = 0; i < a.length; i++) {
      const c = order(a[i]!, b[i]!);
      if (c !== 0) return p.orderBy[i]!.desc ? -c : c;
    }
    return 0;
  };
  // Input rows are borrowed (see Row): the scope of a row kept for sorting is copied.
  const kept = aggregated ? (r: { out: Row; scope: Row }) => r : (r: { out: Row; scope: Row }) => ({ out: r.out, scope: copyRow(r.scope) });
  const keep = skip + limit;
  const items: { key: Value[]; r: { out: Row; scope: Row } }[] = [];
  rows((r) => {
    const key = keyOf(r);
    if (keep < 1000) {
      // Bounded insertion keeps top-k queries linear in the input.
      if (items.length === keep && cmp(key, items[keep - 1]!.key) >= 0) return;
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cmp(items[mid]!.key, key) <= 0) lo = mid + 1;
        else hi = mid;
      }
      items.splice(lo, 0, { key, r: kept(r) });
      if (items.length > keep) items.pop();
    } else ctx.held(items.push({ key, r: kept(r) }), "ORDER BY");
  });
  if (keep >= 1000) items.sort((a, b) => cmp(a.key, b.key));
  for (let i = skip; i < Math.min(items.length, keep); i++) yield items[i]!.r;
}

const stripPos = (_k: string, v: unknown) => (_k === "pos" ? undefined : v);
export const sameExpr = (a: Expr, b: Expr) => a === b || JSON.stringify(a, stripPos) === JSON.stringify(b, stripPos);

type AggScope = Row & { __aggs: Map<Expr, Value> };
const NO_KEYS: Value[] = [];

function* aggregate(input: Iterable<Row> | Feed, p: Projection, ctx: Ctx): Generator<{ out: Row; scope: Row }> {
  const { allAggs, args, keyItems, aliases, aggregated } = aggPlan(p);
  const groups = new Map<string, { row: Row; keys: Value[]; accs: Acc[] }>();
  let only: { row: Row; keys: Value[]; accs: Acc[] } | undefined; // the one group when nothing groups (no lookup per row)
  each(input, (row) => {
    let g = only;
    if (!g) {
      const keys = keyItems.length ? keyItems.map((i) => evaluate(i.e, row, ctx)) : NO_KEYS;
      const gk = keys.length ? valueKey(keys) : "";
      g = groups.get(gk);
      if (!g) {
        groups.set(gk, (g = { row: copyRow(row), keys, accs: allAggs.map((a) => newAcc(a, ctx)) }));
        ctx.held(groups.size, "aggregation groups");
      }
      if (!keyItems.length) only = g;
    }
    for (let i = 0; i < allAggs.length; i++) {
      const a = allAggs[i]!;
      if (a.star) g.accs[i]!.add(0, null);
      else g.accs[i]!.add(args[i]!(row, ctx), a.args[1] ? evaluate(a.args[1], row, ctx) : null);
    }
  });
  if (groups.size === 0 && keyItems.length === 0 && !p.star) groups.set("", { row: {}, keys: [], accs: allAggs.map((a) => newAcc(a, ctx)) });
  for (const g of groups.values()) {
    const values = new Map<Expr, Value>();
    allAggs.forEach((a, i) => values.set(a, g.accs[i]!.result()));
    for (const [s, a] of aliases) values.set(s, values.get(a)!);
    ctx.aggValues = values;
    const out: Row = p.star ? { ...g.row } : {};
    let k = 0;
    p.items.forEach((item, i) => (out[item.name] = aggregated[i] ? evaluate(item.e, g.row, ctx) : g.keys[k++]!));
    ctx.aggValues = undefined;
    const scope = { ...g.row, __aggs: values } as AggScope;
    yield { out, scope };
  }
}

interface Acc {
  add(v: Value, extra: Value): void;
  result(): Value;
}

function newAcc(call: CallExpr, ctx: Ctx): Acc {
  const name = call.name.toLowerCase();
  const inner = baseAcc(name, call.star, ctx);
  if (!call.distinct) return inner;
  const seen = new SeenValues(ctx, `${name}(DISTINCT)`);
  return {
    add(v, extra) {
      if (v !== null && seen.add(v)) inner.add(v, extra);
    },
    result: () => inner.result(),
  };
}

function numbers(name: string, v: Value): number | CypherFloat {
  if (!isNumber(v)) throw new CypherTypeError(`${name}() expects numbers, got ${typeName(v)}`);
  return v;
}

function baseAcc(name: string, star: boolean, ctx: Ctx): Acc {
  switch (name) {
    case "count": {
      let n = 0;
      return { add: (v) => void ((star || v !== null) && n++), result: () => n };
    }
    case "sum": {
      let total = 0;
      let isFloatSum = false;
      return {
        add(v) {
          if (v === null) return;
          const x = numbers("sum", v);
          if (x instanceof CypherFloat) isFloatSum = true;
          total += num(x);
        },
        result: () => (isFloatSum ? float(total) : total),
      };
    }
    case "avg": {
      let total = 0;
      let n = 0;
      return {
        add(v) {
          if (v === null) return;
          total += num(numbers("avg", v));
          n++;
        },
        result: () => (n ? float(total / n) : null),
      };
    }
    case "min":
    case "max": {
      let best: Value = null;
      const sign = name === "min" ? -1 : 1;
      return {
        add(v) {
          if (v === null) return;
          if (best === null || sign * order(v, best) > 0) best = v;
        },
        result: () => best,
      };
    }
    case "collect": {
      const list: Value[] = [];
      return { add: (v) => void (v !== null && ctx.held(list.push(v), "collect()")), result: () => list };
    }
    case "stdev":
    case "stdevp": {
      const xs: number[] = [];
      return {
        add: (v) => void (v !== null && ctx.held(xs.push(num(numbers(name, v))), `${name}()`)),
        result() {
          const n = xs.length;
          const d = name === "stdev" ? n - 1 : n;
          if (d <= 0) return float(0);
          const mean = xs.reduce((a, b) => a + b, 0) / n;
          return float(Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / d));
        },
      };
    }
    default: {
      // percentileCont / percentileDisc
      const xs: number[] = [];
      let pct: number | null = null;
      return {
        add(v, extra) {
          if (pct === null) {
            if (!isNumber(extra)) throw new CypherTypeError(`${name}() expects a percentile between 0.0 and 1.0`);
            pct = num(extra);
            if (pct < 0 || pct > 1) throw new CypherArgumentError(`${name}() percentile must be between 0.0 and 1.0`, "NumberOutOfRange");
          }
          if (v === null) return;
          ctx.held(xs.push(num(numbers(name, v))), `${name}()`);
        },
        result() {
          if (!xs.length || pct === null) return null;
          xs.sort((a, b) => a - b);
          if (name === "percentiledisc") {
            const i = Math.max(0, Math.ceil(pct * xs.length) - 1);
            return float(xs[i]!);
          }
          const pos = pct * (xs.length - 1);
          const lo = Math.floor(pos);
          const hi = Math.ceil(pos);
          return float(xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo));
        },
      };
    }
  }
}
