// Compile-time checks: variables in scope and of the right kind, aggregation rules, clause order, CREATE
// restrictions, known functions and procedures. Errors carry the TCK detail code.
import type { Clause, Expr, PatternPart, Pos, Projection, Query, SingleQuery } from "./ast.js";
import { CypherSyntaxError, CypherTypeError } from "./errors.js";
import { AGGREGATES, lookupFunction } from "./functions.js";
import { lookupProcedure } from "./procedures.js";
import { aggregatesIn, children, sameExpr } from "./projection.js";
import { isFloat, typeName } from "./values.js";
import { patternVars } from "./vars.js";

/** What a variable holds, when known: a graph element, a literal's type (INTEGER, LIST, ...), or "value" (unknown). */
type Kind = string;
type Scope = Map<string, Kind>;

const NOWHERE: Pos = { line: 1, column: 1 };
const fail = (msg: string, code: string, pos: Pos = NOWHERE): never => {
  throw new CypherSyntaxError(msg, pos.line, pos.column, code);
};

export function check(q: Query): void {
  if (q.unionAll.some((a) => a !== q.unionAll[0])) fail("cannot mix UNION and UNION ALL", "InvalidClauseComposition");
  const columns = q.parts.map(checkSingle);
  for (const c of columns.slice(1))
    if (c.join(",") !== columns[0]!.join(",")) fail("all parts of a UNION must return the same columns", "DifferentColumnsInUnion");
}

function checkSingle(q: SingleQuery): string[] {
  let scope: Scope = new Map();
  let columns: string[] = [];
  q.clauses.forEach((c, i) => {
    const last = i === q.clauses.length - 1;
    if (c.k === "return" && !last) fail("RETURN must be the last clause", "InvalidClauseComposition", c.pos);
    if (last && (c.k === "match" || c.k === "with" || c.k === "unwind"))
      fail(`a query cannot end with ${c.k.toUpperCase()}, expected RETURN or an updating clause`, "InvalidClauseComposition", c.pos);
    const next = clause(c, scope);
    scope = next.scope;
    if (c.k === "return") columns = next.columns;
  });
  return columns;
}

function clause(c: Clause, scope: Scope): { scope: Scope; columns: string[] } {
  switch (c.k) {
    case "match": {
      const s = new Map(scope);
      declarePattern(c.pattern, s, "match");
      if (c.where) expr(c.where, s, "where");
      return { scope: s, columns: [] };
    }
    case "create": {
      const s = new Map(scope);
      declarePattern(c.pattern, s, "create");
      return { scope: s, columns: [] };
    }
    case "unwind": {
      expr(c.e, scope, "value");
      if (scope.has(c.v)) fail(`variable '${c.v}' already declared`, "VariableAlreadyBound", c.pos);
      return { scope: new Map(scope).set(c.v, "value"), columns: [] };
    }
    case "with":
    case "return": {
      const out = projection(c, scope, c.k === "with");
      // WITH ... WHERE also sees the variables bound before the WITH.
      if (c.k === "with" && c.where) expr(c.where, new Map([...scope, ...out.scope]), "where");
      return out;
    }
    case "call": {
      const proc = lookupProcedure(c.name);
      if (!proc) return fail(`unknown procedure '${c.name}'`, "ProcedureNotFound", c.pos);
      const args = c.args ?? [];
      const required = proc.inputs.filter((i) => i.default === undefined).length;
      if (c.args && (args.length < required || args.length > proc.inputs.length))
        fail(`${proc.name} takes ${required === proc.inputs.length ? required : `${required} to ${proc.inputs.length}`} argument(s), got ${args.length}`, "InvalidNumberOfArguments", c.pos);
      args.forEach((a) => expr(a, scope, "value"));
      const s = new Map(scope);
      for (const y of c.yields ?? proc.outputs.map((name) => ({ name, alias: name }))) {
        if (!proc.outputs.includes(y.name)) fail(`${proc.name} has no output '${y.name}' (outputs: ${proc.outputs.join(", ")})`, "UndefinedVariable", c.pos);
        if (scope.has(y.alias)) fail(`variable '${y.alias}' already declared`, "VariableAlreadyBound", c.pos);
        s.set(y.alias, y.name === "node" ? "node" : "value");
      }
      if (c.where) expr(c.where, s, "where");
      return { scope: s, columns: [...s.keys()] };
    }
  }
}

function declarePattern(parts: PatternPart[], s: Scope, mode: "match" | "create" | "expr"): void {
  const relsHere = new Set<string>();
  for (const p of parts) {
    for (const n of p.nodes) {
      if (n.properties) expr(n.properties, s, "value");
      if (!n.variable) continue;
      const k = s.get(n.variable);
      if (k && k !== "node" && k !== "value" && k !== "NULL") fail(`variable '${n.variable}' is a ${k}, not a node`, "VariableTypeConflict", n.pos);
      if (mode === "create" && k === "node" && (n.labels.length || n.properties || p.nodes.length === 1)) fail(`variable '${n.variable}' is already bound`, "VariableAlreadyBound", n.pos);
      s.set(n.variable, "node");
    }
    for (const r of p.rels) {
      if (r.properties) expr(r.properties, s, "value");
      if (mode === "create") {
        if (r.types.length !== 1) fail("a relationship created by CREATE needs exactly one type", "NoSingleRelationshipType", r.pos);
        if (r.direction === "both") fail("a relationship created by CREATE needs a direction", "RequiresDirectedRelationship", r.pos);
        if (r.range) fail("CREATE cannot create variable-length relationships", "CreatingVarLength", r.pos);
      }
      if (!r.variable) continue;
      const k = s.get(r.variable);
      // A list of relationships may be bound to a variable-length pattern (deprecated openCypher form).
      if (k && k !== "rel" && k !== "value" && k !== "NULL" && !(k === "LIST" && r.range)) fail(`variable '${r.variable}' is a ${k}, not a relationship`, "VariableTypeConflict", r.pos);
      if (mode === "create" && k) fail(`variable '${r.variable}' is already bound`, "VariableAlreadyBound", r.pos);
      if (relsHere.has(r.variable)) fail(`relationship variable '${r.variable}' used twice in one pattern`, "RelationshipUniquenessViolation", r.pos);
      if (mode === "match" && k === "rel" && r.range) fail(`variable '${r.variable}' is already bound`, "VariableAlreadyBound", r.pos);
      relsHere.add(r.variable);
      s.set(r.variable, "rel");
    }
    if (p.variable) {
      if (s.has(p.variable)) fail(`variable '${p.variable}' is already bound`, "VariableAlreadyBound", p.pos);
      s.set(p.variable, "path");
    }
    if (p.shortest && (p.rels.length !== 1)) fail("shortestPath needs a single relationship pattern", "InvalidRelationshipPattern", p.pos);
  }
}

function projection(p: Projection, scope: Scope, isWith: boolean): { scope: Scope; columns: string[] } {
  if (!isWith && p.star && scope.size === 0 && p.items.length === 0) fail("RETURN * has no variables in scope", "NoVariablesInScope", p.pos);
  const names = new Set<string>();
  const out: Scope = p.star ? new Map(scope) : new Map();
  for (const item of p.items) {
    expr(item.e, scope, "projection");
    if (isWith && !item.aliased && item.e.k !== "var") fail(`expression '${item.name}' in WITH needs an alias (AS name)`, "NoExpressionAlias", p.pos);
    if (names.has(item.name)) fail(`column '${item.name}' is defined twice`, "ColumnNameConflict", p.pos);
    names.add(item.name);
    out.set(item.name, item.e.k === "var" ? (scope.get(item.e.name) ?? "value") : (literalType(item.e) ?? "value"));
  }
  const keys = p.items.filter((i) => aggregatesIn(i.e).length === 0).map((i) => i.e);
  const aggregating = p.items.some((i) => aggregatesIn(i.e).length > 0);
  if (aggregating) for (const item of p.items) if (aggregatesIn(item.e).length) ambiguous(item.e, keys);
  const orderScope = p.distinct || aggregating ? new Map([...out, ...(aggregating || p.distinct ? [] : scope)]) : new Map([...scope, ...out]);
  for (const s of p.orderBy) {
    const sortAggs = aggregatesIn(s.e);
    if (sortAggs.length && !aggregating) fail("aggregation in ORDER BY needs an aggregating projection", "InvalidAggregation", p.pos);
    if (p.items.some((i) => sameExpr(i.e, s.e))) continue;
    if (aggregating) {
      ambiguous(s.e, [...keys, ...p.items.map((i): Expr => ({ k: "var", name: i.name, pos: NOWHERE }))], true);
      expr(s.e, new Map([...scope, ...out]), "projection");
      onlyProjected(s.e, p, out);
    } else if (p.distinct) {
      expr(s.e, new Map([...scope, ...out]), "order");
      const used = varsOf(s.e).filter((v) => !out.has(v));
      if (used.length) fail(`ORDER BY after DISTINCT can only use projected columns, not '${used[0]}'`, "UndefinedVariable", p.pos);
    } else expr(s.e, orderScope, "order");
  }
  for (const [what, e] of [["SKIP", p.skip], ["LIMIT", p.limit]] as const) {
    if (!e) continue;
    if (varsOf(e).length || hasPattern(e)) fail(`${what} must be a constant expression`, "NonConstantExpression", p.pos);
    expr(e, new Map(), "value");
    if (e.k === "lit") {
      if (isFloat(e.v)) fail(`${what} expects an integer`, "InvalidArgumentType", p.pos);
      if (typeof e.v === "number" && e.v < 0) fail(`${what} expects a non-negative integer`, "NegativeIntegerArgument", p.pos);
    }
  }
  return { scope: out, columns: [...(p.star ? [...scope.keys()].sort() : []), ...p.items.map((i) => i.name)] };
}

/** After aggregation, ORDER BY reads projected columns, or expressions equal to projected ones. */
function onlyProjected(e: Expr, p: Projection, out: Scope): void {
  if (p.items.some((i) => sameExpr(i.e, e))) return;
  if (e.k === "var") {
    if (!out.has(e.name)) fail(`variable '${e.name}' is not projected, so ORDER BY cannot use it after aggregation`, "UndefinedVariable", e.pos);
    return;
  }
  if (e.k === "listcomp" || e.k === "quant" || e.k === "reduce") return onlyProjected(e.list, p, out);
  for (const c of children(e)) onlyProjected(c, p, out);
}

/** In an aggregating projection, everything outside aggregates must be a grouping key (or a constant). */
function ambiguous(e: Expr, keys: Expr[], allowVarsOfKeys = false): void {
  // A grouping key can be reused next to an aggregate only when it is a variable or a property read.
  if ((e.k === "var" || e.k === "prop") && keys.some((k) => sameExpr(k, e))) return;
  if (e.k === "call" && AGGREGATES.has(e.name.toLowerCase())) return;
  if (e.k === "var") {
    if (allowVarsOfKeys && keys.some((k) => k.k === "var" && k.name === e.name)) return;
    if (!keys.some((k) => k.k === "var" && k.name === e.name))
      fail(`'${e.name}' is used next to an aggregate but is not a grouping key`, "AmbiguousAggregationExpression", e.pos);
    return;
  }
  if (e.k === "listcomp" || e.k === "quant" || e.k === "reduce") {
    // local variables are not grouping keys; only check the list
    ambiguous(e.list, keys, allowVarsOfKeys);
    return;
  }
  for (const c of children(e)) ambiguous(c, keys, allowVarsOfKeys);
}

function varsOf(e: Expr, local: Set<string> = new Set(), out: string[] = []): string[] {
  if (e.k === "var" && !local.has(e.name)) out.push(e.name);
  const inner = e.k === "listcomp" || e.k === "quant" ? new Set([...local, e.v]) : e.k === "reduce" ? new Set([...local, e.v, e.acc]) : local;
  for (const c of children(e)) varsOf(c, c === (e as { list?: Expr }).list ? local : inner, out);
  return out;
}
const hasPattern = (e: Expr): boolean => e.k === "exists" || e.k === "patcomp" || e.k === "countsub" || children(e).some(hasPattern);

type ExprContext = "where" | "projection" | "order" | "value";

const LITERAL_TYPES = new Set(["BOOLEAN", "INTEGER", "FLOAT", "STRING", "LIST", "MAP", "NULL"]);
/** Argument kinds of functions that are checked before running (first argument). */
const ARGUMENT_KINDS: Record<string, string[]> = {
  labels: ["node"],
  type: ["rel"],
  length: ["path"],
  size: ["LIST", "STRING"],
  properties: ["node", "rel", "MAP"],
  nodes: ["path"],
  relationships: ["path"],
  keys: ["node", "rel", "MAP"],
};

/** The type of a literal expression, known before running: catches `NOT 1` or `[1].x` at compile time. */
function literalType(e: Expr): string | undefined {
  if (e.k === "lit") return typeName(e.v);
  if (e.k === "list") return "LIST";
  if (e.k === "map") return "MAP";
  return undefined;
}

function expr(e: Expr, scope: Scope, where: ExprContext, inAgg = false): void {
  const sub = (x: Expr, s = scope, agg = inAgg) => expr(x, s, where, agg);
  const booleanOperand = (x: Expr, op: string) => {
    const t = literalType(x);
    if (t && t !== "BOOLEAN" && t !== "NULL") fail(`${op} expects a boolean, got ${t}`, "InvalidArgumentType", NOWHERE);
  };
  if (e.k === "not") booleanOperand(e.e, "NOT");
  if (e.k === "bin" && (e.op === "AND" || e.op === "OR" || e.op === "XOR")) [e.l, e.r].forEach((x) => booleanOperand(x, e.op));
  if (e.k === "bin" && e.op === "IN") {
    const t = literalType(e.r);
    if (t && t !== "LIST" && t !== "NULL") fail(`IN expects a list, got ${t}`, "InvalidArgumentType");
  }
  if (e.k === "prop") {
    const t = literalType(e.obj) ?? (e.obj.k === "var" ? scope.get(e.obj.name) : undefined);
    if (t && LITERAL_TYPES.has(t) && t !== "MAP" && t !== "NULL") throw new CypherTypeError(`cannot read property '${e.key}' of ${t}`, "InvalidArgumentType");
    if (t === "path") fail(`cannot read property '${e.key}' of a path`, "InvalidArgumentType");
  }
  switch (e.k) {
    case "var":
      if (!scope.has(e.name)) fail(`variable '${e.name}' is not defined`, "UndefinedVariable", e.pos);
      return;
    case "call": {
      const lower = e.name.toLowerCase();
      if (AGGREGATES.has(lower)) {
        if (where !== "projection" && where !== "order") fail(`aggregate ${e.name}() is not allowed here`, "InvalidAggregation", e.pos);
        if (inAgg) fail(`aggregate ${e.name}() inside another aggregate`, "NestedAggregation", e.pos);
        const arity = lower.startsWith("percentile") ? 2 : 1;
        if (!e.star && e.args.length !== arity) fail(`${e.name}() takes ${arity} argument(s), got ${e.args.length}`, "InvalidNumberOfArguments", e.pos);
        e.args.forEach((a) => sub(a, scope, true));
        return;
      }
      const def = lookupFunction(lower);
      if (!def) fail(`unknown function '${e.name}'`, "UnknownFunction", e.pos);
      if (lower === "rand" && inAgg) fail("rand() inside an aggregate gives a different value per row", "NonConstantExpression", e.pos);
      const accepts = ARGUMENT_KINDS[lower];
      const argKind = e.args[0] && (literalType(e.args[0]) ?? (e.args[0].k === "var" ? scope.get(e.args[0].name) : e.args[0].k === "exists" && e.args[0].bare ? "PATTERN" : undefined));
      if (accepts && argKind && argKind !== "value" && argKind !== "NULL" && !accepts.includes(argKind))
        fail(`${e.name}() cannot take ${argKind}`, argKind === "PATTERN" ? "UnexpectedSyntax" : "InvalidArgumentType", e.pos);
      const [min, max] = def!.arity;
      if (e.args.length < min || e.args.length > max)
        fail(`${e.name}() takes ${min === max ? min : `${min} to ${max}`} argument(s), got ${e.args.length}`, "InvalidNumberOfArguments", e.pos);
      e.args.forEach((a) => sub(a));
      return;
    }
    case "listcomp":
    case "quant": {
      sub(e.list);
      const s = new Map(scope).set(e.v, "value");
      if (e.where) expr(e.where, s, "value", inAgg);
      if (e.k === "listcomp" && e.map) expr(e.map, s, "value", inAgg);
      return;
    }
    case "reduce": {
      sub(e.init);
      sub(e.list);
      expr(e.e, new Map(scope).set(e.acc, "value").set(e.v, "value"), "value", inAgg);
      return;
    }
    case "patcomp":
    case "exists":
    case "countsub": {
      const parts = e.k === "patcomp" ? [e.pattern] : e.patterns;
      if (e.k === "exists" && e.bare) {
        // A bare pattern predicate only tests variables bound before it, and is not a value to project.
        if (where === "projection") fail("a pattern cannot be projected; use EXISTS { ... } or COUNT { ... }", "UnexpectedSyntax");
        for (const v of patternVars(parts)) if (!scope.has(v)) fail(`variable '${v}' is not defined`, "UndefinedVariable", parts[0]!.pos);
      }
      const s = new Map(scope);
      declarePattern(parts, s, "expr");
      if (e.where) expr(e.where, s, "where");
      if (e.k === "patcomp") expr(e.map, s, "value");
      return;
    }
    case "mapproj":
      sub(e.e);
      for (const item of e.items) {
        if (item.kind === "var" && !scope.has(item.name)) fail(`variable '${item.name}' is not defined`, "UndefinedVariable");
        if (item.kind === "lit") sub(item.e);
      }
      return;
    case "haslabels":
    case "prop":
    default:
      for (const c of children(e)) sub(c);
  }
}
