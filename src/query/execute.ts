// Runs a parsed query clause by clause as a pipeline of lazy row streams.
import type { Clause, Expr, Projection, Query, SingleQuery } from "./ast.js";
import { SeenValues } from "./compare.js";
import { PushableRows, copyRow, type Ctx, type Row } from "./context.js";
import { createPattern } from "./create.js";
import { CypherError } from "./errors.js";
import { evaluate } from "./expressions.js";
import { matchPatterns } from "./match.js";
import { countPatternMatches, forEachMatch, pushMatches, pushPerAnchor, pushPlan } from "./match-push.js";
import { lookupProcedure } from "./procedures.js";
import { StreamingProjector, aggregates, columnNames, ignoresRepeatedRows, project, type Feed } from "./projection.js";
import { patternVars } from "./vars.js";

// The row stream is handed on as built, not re-yielded: every generator level costs time per row.
export function execute(q: Query, ctx: Ctx): Iterable<Row> {
  if (q.parts.length === 1) return runSingle(q.parts[0]!, ctx);
  return union(q, ctx);
}

function* union(q: Query, ctx: Ctx): Generator<Row> {
  // Mixing UNION and UNION ALL is rejected by the checker, so the first join decides for all.
  const dedupe = !q.unionAll[0];
  const seen = new SeenValues(ctx, "UNION");
  for (const part of q.parts) {
    for (const row of runSingle(part, ctx)) {
      if (dedupe && !seen.addRow(Object.values(row))) continue;
      yield row;
    }
  }
}

function runSingle(q: SingleQuery, ctx: Ctx): Iterable<Row> {
  let rows: Iterable<Row> = [{}];
  const last = q.clauses[q.clauses.length - 1]!;
  for (let i = 0; i < q.clauses.length; i++) {
    const c = q.clauses[i]!;
    const next = q.clauses[i + 1];
    if (i === 0 && c.k === "match" && !c.optional && !c.where && next && isCountStar(next) && i + 1 === q.clauses.length - 1) {
      // MATCH pattern RETURN count(*): counted without enumerating matches (lazily, like any result).
      const ret = next as Extract<Clause, { k: "return" }>;
      return (function* () {
        yield { [ret.items[0]!.name]: countPatternMatches(c.pattern, {}, ctx) };
      })();
    }
    if (c.k === "match" && !c.optional && next && (next.k === "with" || next.k === "return")) {
      // MATCH then WITH/RETURN: matches go straight into the projection (see matchInto, matchProject).
      const where = next.k === "with" ? next.where : undefined;
      if (aggregates(next)) rows = project(matchInto(c, ignoresRepeatedRows(next), rows, ctx), next, ctx, where);
      else if (next.orderBy.length) rows = project(next.distinct ? apply(c, rows, ctx) : matchInto(c, false, rows, ctx), next, ctx, where);
      else rows = matchProject(c, next, where, rows, ctx);
      i++;
      continue;
    }
    rows = apply(c, rows, ctx);
  }
  if (last.k === "return" || (last.k === "call" && q.clauses.length === 1)) return rows;
  return drain(rows);
}

/** An updating query without RETURN: run it for its effects, yield nothing. */
function* drain(rows: Iterable<Row>): Generator<Row> {
  for (const _ of rows);
}

function isCountStar(c: Clause): boolean {
  if (c.k !== "return" || c.distinct || c.star || c.items.length !== 1 || c.orderBy.length || c.skip || c.limit) return false;
  const e = c.items[0]!.e;
  return e.k === "call" && e.star && e.name.toLowerCase() === "count";
}

function apply(c: Clause, rows: Iterable<Row>, ctx: Ctx): Iterable<Row> {
  switch (c.k) {
    case "match":
      return matchClause(c, rows, ctx);
    case "unwind":
      return unwind(c, rows, ctx);
    case "with":
      return project(rows, c, ctx, c.where);
    case "return":
      return project(rows, c, ctx);
    case "create":
      return create(c, rows, ctx);
    case "call":
      return callClause(c, rows, ctx);
  }
}

function* matchClause(c: Extract<Clause, { k: "match" }>, rows: Iterable<Row>, ctx: Ctx): Generator<Row> {
  const vars = patternVars(c.pattern);
  for (const row of rows) {
    if (!c.optional) {
      yield* matchPatterns(c.pattern, row, ctx, c.where);
      continue;
    }
    let any = false;
    for (const m of matchPatterns(c.pattern, row, ctx, c.where)) {
      any = true;
      yield m;
    }
    if (!any) {
      const out = { ...row };
      for (const v of vars) if (out[v] === undefined) out[v] = null;
      yield out;
    }
  }
}

/**
 * A MATCH feeding an aggregation: every match is pushed to it, with no generator step or row copy per match.
 * `distinct`: the aggregation ignores repeated rows (see ignoresRepeatedRows).
 */
function matchInto(c: Extract<Clause, { k: "match" }>, distinct: boolean, rows: Iterable<Row>, ctx: Ctx): Feed {
  return (add) => {
    for (const row of rows) forEachMatch(c.pattern, row, ctx, c.where, (m) => (add(m), true), distinct);
  };
}

/**
 * A MATCH feeding a streaming WITH/RETURN. Where the pattern has no variable-length relationship, matches are
 * pushed through the projection without the per-match generator steps of the pull matcher: read row by row,
 * those from each anchor node are collected and then yielded (rows stay lazy per anchor node); taken whole
 * (query()), each goes straight to the consumer.
 */
function matchProject(c: Extract<Clause, { k: "match" }>, p: Projection, where: Expr | undefined, rows: Iterable<Row>, ctx: Ctx): PushableRows {
  return new PushableRows(
    function* () {
      let batch: Row[] = [];
      for (const _ of projectPerAnchor(c, p, where, rows, ctx, (out) => (batch.push(out), true))) {
        for (let k = 0; k < batch.length; k++) yield batch[k]!;
        batch = []; // a new array: emptying one by setting its length is a call into the runtime
      }
    },
    (sink) => projectAll(c, p, where, rows, ctx, sink),
    columnNames(p),
  );
}

/**
 * The projection the matches go through, with `emit` handing each projected row on to `sink` (false from either:
 * no more matches are wanted); undefined under LIMIT 0, once the MATCH has run for the effects of the clauses
 * before it.
 */
function projecting(c: Extract<Clause, { k: "match" }>, p: Projection, where: Expr | undefined, rows: Iterable<Row>, ctx: Ctx, sink: (out: Row) => boolean) {
  const proj = new StreamingProjector(p, ctx, where);
  if (proj.limit === 0) {
    for (const _ of matchClause(c, rows, ctx)); // an updating clause before LIMIT 0 still runs
    return undefined;
  }
  let go = true;
  const emit = (m: Row): boolean => {
    const out = proj.next(m);
    if (out) go = sink(out);
    return go && !proj.done;
  };
  return { proj, emit, stopped: () => !go || proj.done };
}

/** Projects every match and hands each projected row to `sink` (false stops), with no generator step at all. */
function projectAll(c: Extract<Clause, { k: "match" }>, p: Projection, where: Expr | undefined, rows: Iterable<Row>, ctx: Ctx, sink: (out: Row) => boolean): void {
  const to = projecting(c, p, where, rows, ctx, sink);
  if (!to) return;
  for (const row of rows) {
    const plan = pushPlan(c.pattern, row, c.where);
    if (plan?.fixedLength) {
      if (!pushMatches(plan, row, ctx, to.emit, p.distinct, to.proj)) return;
    } else {
      for (const m of matchPatterns(c.pattern, row, ctx, c.where)) if (!to.emit(m)) return;
    }
  }
}

/**
 * The same, lazily: yields after each anchor node's matches (and after each match of the pull matcher), having
 * handed them on to `sink`.
 */
function* projectPerAnchor(c: Extract<Clause, { k: "match" }>, p: Projection, where: Expr | undefined, rows: Iterable<Row>, ctx: Ctx, sink: (out: Row) => boolean): Generator<void> {
  const to = projecting(c, p, where, rows, ctx, sink);
  if (!to) return;
  for (const row of rows) {
    const plan = pushPlan(c.pattern, row, c.where);
    if (plan?.fixedLength) {
      for (const _ of pushPerAnchor(plan, row, ctx, to.emit, p.distinct, to.proj)) {
        yield;
        if (to.stopped()) return;
      }
    } else {
      for (const m of matchPatterns(c.pattern, row, ctx, c.where)) {
        const more = to.emit(m);
        yield;
        if (!more) return;
      }
    }
  }
}

function* unwind(c: Extract<Clause, { k: "unwind" }>, rows: Iterable<Row>, ctx: Ctx): Generator<Row> {
  for (const row of rows) {
    const v = evaluate(c.e, row, ctx);
    if (v === null) continue;
    if (!Array.isArray(v)) {
      yield { ...row, [c.v]: v };
      continue;
    }
    for (const x of v) {
      ctx.tick();
      yield { ...row, [c.v]: x };
    }
  }
}

function* create(c: Extract<Clause, { k: "create" }>, rows: Iterable<Row>, ctx: Ctx): Generator<Row> {
  // Read everything before writing, so a MATCH feeding CREATE never sees what CREATE adds.
  const input: Row[] = [];
  for (const row of rows) ctx.held(input.push(copyRow(row)), "CREATE");
  const out = input.map((row) => createPattern(c.pattern, row, ctx));
  yield* out;
}

function* callClause(c: Extract<Clause, { k: "call" }>, rows: Iterable<Row>, ctx: Ctx): Generator<Row> {
  const proc = lookupProcedure(c.name);
  if (!proc) throw new CypherError(`unknown procedure '${c.name}'`, "ProcedureNotFound");
  for (const row of rows) {
    const given = (c.args ?? []).map((a) => evaluate(a, row, ctx));
    if (given.length > proc.inputs.length || proc.inputs.slice(given.length).some((i) => i.default === undefined))
      throw new CypherError(`${proc.name} takes (${proc.inputs.map((i) => i.name).join(", ")}), got ${given.length} argument(s)`, "InvalidNumberOfArguments");
    const args = proc.inputs.map((inp, i) => (i < given.length ? given[i]! : inp.default!));
    for (const result of proc.run(ctx, args)) {
      const out: Row = { ...row };
      if (c.yields) for (const y of c.yields) out[y.alias] = result[y.name] ?? null;
      else Object.assign(out, result);
      if (c.where && evaluate(c.where, out, ctx) !== true) continue;
      yield out;
    }
  }
}
