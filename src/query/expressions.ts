// Expression evaluation over one row. Null propagates as in Cypher: unknown in, unknown out.
import type { Expr } from "./ast.js";
import { compare, equals } from "./compare.js";
import type { Ctx, Row } from "./context.js";
import { CypherArgumentError, CypherError, CypherTypeError } from "./errors.js";
import { AGGREGATES, lookupFunction, type FnDef } from "./functions.js";
import { countPatternMatches, forEachMatch } from "./match-push.js";
import { CypherFloat, NodeRef, RelRef, float, fromJs, isMap, isNumber, num, typeName, type CypherMap, type Value } from "./values.js";

export function evaluate(e: Expr, row: Row, ctx: Ctx): Value {
  switch (e.k) {
    case "lit":
      return e.v;
    case "param": {
      if (!(e.name in ctx.params)) throw new CypherError(`missing parameter $${e.name}`, "MissingParameter");
      return ctx.params[e.name]!;
    }
    case "var": {
      const v = row[e.name];
      if (v === undefined) throw new CypherError(`variable '${e.name}' is not defined`, "UndefinedVariable");
      return v;
    }
    case "prop":
      return property(evaluate(e.obj, row, ctx), e.key, ctx);
    case "index":
      return index(evaluate(e.obj, row, ctx), evaluate(e.idx, row, ctx), ctx);
    case "slice": {
      const l = evaluate(e.obj, row, ctx);
      const from = e.from ? evaluate(e.from, row, ctx) : 0;
      const to = e.to ? evaluate(e.to, row, ctx) : undefined;
      if (l === null || from === null || to === null) return null;
      if (!Array.isArray(l)) throw new CypherTypeError(`cannot slice ${typeName(l)}`);
      const n = l.length;
      const f = sliceIndex(from, n);
      const t = to === undefined ? n : sliceIndex(to, n);
      return l.slice(f, Math.max(f, t));
    }
    case "list":
      return e.items.map((x) => evaluate(x, row, ctx));
    case "map": {
      const out: CypherMap = {};
      for (const [k, x] of e.entries) out[k] = evaluate(x, row, ctx);
      return out;
    }
    case "call":
      return call(e, row, ctx);
    case "bin":
      return binary(e.op, e.l, e.r, row, ctx);
    case "not": {
      const v = evaluate(e.e, row, ctx);
      if (v === null) return null;
      if (typeof v !== "boolean") throw new CypherTypeError(`NOT expects a boolean, got ${typeName(v)}`);
      return !v;
    }
    case "neg": {
      const v = evaluate(e.e, row, ctx);
      if (v === null) return null;
      if (typeof v === "number") return -v;
      if (v instanceof CypherFloat) return float(-v.v);
      throw new CypherTypeError(`cannot negate ${typeName(v)}`);
    }
    case "cmp": {
      let result: boolean | null = true;
      let prev = evaluate(e.args[0]!, row, ctx);
      for (let i = 0; i < e.ops.length; i++) {
        const next = evaluate(e.args[i + 1]!, row, ctx);
        const r = comparison(e.ops[i]!, prev, next);
        if (r === false) return false;
        if (r === null) result = null;
        prev = next;
      }
      return result;
    }
    case "isnull": {
      const v = evaluate(e.e, row, ctx);
      return e.not ? v !== null : v === null;
    }
    case "haslabels": {
      const v = evaluate(e.e, row, ctx);
      if (v === null) return null;
      if (v instanceof RelRef) return e.labels.every((l) => ctx.g.relType(v.key) === l);
      if (!(v instanceof NodeRef)) throw new CypherTypeError(`label predicate on ${typeName(v)}`);
      return e.labels.every((l) => ctx.g.hasLabel(v.key, l));
    }
    case "case": {
      if (e.test) {
        const t = evaluate(e.test, row, ctx);
        for (const [w, then] of e.whens) if (equals(t, evaluate(w, row, ctx)) === true) return evaluate(then, row, ctx);
      } else {
        for (const [w, then] of e.whens) if (evaluate(w, row, ctx) === true) return evaluate(then, row, ctx);
      }
      return e.else ? evaluate(e.else, row, ctx) : null;
    }
    case "listcomp": {
      const list = evaluate(e.list, row, ctx);
      if (list === null) return null;
      if (!Array.isArray(list)) throw new CypherTypeError(`expected a list, got ${typeName(list)}`);
      const out: Value[] = [];
      const inner: Row = { ...row };
      for (const x of list) {
        inner[e.v] = x;
        if (e.where && evaluate(e.where, inner, ctx) !== true) continue;
        out.push(e.map ? evaluate(e.map, inner, ctx) : x);
      }
      return out;
    }
    case "quant": {
      const list = evaluate(e.list, row, ctx);
      if (list === null) return null;
      if (!Array.isArray(list)) throw new CypherTypeError(`expected a list, got ${typeName(list)}`);
      let t = 0;
      let unknown = 0;
      const inner: Row = { ...row };
      for (const x of list) {
        inner[e.v] = x;
        const r = e.where ? evaluate(e.where, inner, ctx) : x;
        if (r === true) t++;
        else if (r === null) unknown++;
      }
      const f = list.length - t - unknown;
      switch (e.q) {
        case "all":
          return f > 0 ? false : unknown > 0 ? null : true;
        case "any":
          return t > 0 ? true : unknown > 0 ? null : false;
        case "none":
          return t > 0 ? false : unknown > 0 ? null : true;
        case "single":
          return t > 1 ? false : unknown > 0 ? null : t === 1;
      }
      return null;
    }
    case "reduce": {
      const list = evaluate(e.list, row, ctx);
      if (list === null) return null;
      if (!Array.isArray(list)) throw new CypherTypeError(`expected a list, got ${typeName(list)}`);
      const inner: Row = { ...row, [e.acc]: evaluate(e.init, row, ctx) };
      for (const x of list) {
        inner[e.v] = x;
        inner[e.acc] = evaluate(e.e, inner, ctx);
      }
      return inner[e.acc]!;
    }
    case "patcomp": {
      const out: Value[] = [];
      forEachMatch([e.pattern], row, ctx, e.where, (m) => (out.push(evaluate(e.map, m, ctx)), true));
      return out;
    }
    case "exists": {
      return !forEachMatch(e.patterns, row, ctx, e.where, () => false, true);
    }
    case "countsub":
      return countPatternMatches(e.patterns, row, ctx, e.where);
    case "mapproj": {
      const base = evaluate(e.e, row, ctx);
      if (base === null) return null;
      const out: CypherMap = {};
      for (const item of e.items) {
        if (item.kind === "all") Object.assign(out, allProperties(base, ctx));
        else if (item.kind === "prop") out[item.key] = property(base, item.key, ctx);
        else if (item.kind === "var") out[item.name] = evaluate({ k: "var", name: item.name, pos: { line: 0, column: 0 } }, row, ctx);
        else out[item.key] = evaluate(item.e, row, ctx);
      }
      return out;
    }
  }
}

function allProperties(v: Value, ctx: Ctx): CypherMap {
  if (v instanceof NodeRef) return fromJs(ctx.g.nodeProperties(v.key)) as CypherMap;
  if (v instanceof RelRef) return fromJs(ctx.g.relProperties(v.key)) as CypherMap;
  if (isMap(v)) return v;
  throw new CypherTypeError(`cannot project properties of ${typeName(v)}`);
}

export function property(obj: Value, key: string, ctx: Ctx): Value {
  if (obj === null) return null;
  if (obj instanceof NodeRef) return fromJs(ctx.g.nodeProperty(obj.key, key));
  if (obj instanceof RelRef) return fromJs(ctx.g.relProperty(obj.key, key));
  if (isMap(obj)) return obj[key] ?? null;
  throw new CypherTypeError(`cannot read property '${key}' of ${typeName(obj)}`, "InvalidArgumentType");
}

function index(obj: Value, idx: Value, ctx: Ctx): Value {
  if (obj === null || idx === null) return null;
  if (Array.isArray(obj)) {
    if (typeof idx !== "number") throw new CypherTypeError(`list index must be an integer, got ${typeName(idx)}`);
    const i = idx < 0 ? obj.length + idx : idx;
    return obj[i] ?? null;
  }
  if (isMap(obj) || obj instanceof NodeRef || obj instanceof RelRef) {
    if (typeof idx !== "string") throw new CypherTypeError(`map key must be a string, got ${typeName(idx)}`, "MapElementAccessByNonString");
    return property(obj, idx, ctx);
  }
  throw new CypherTypeError(`cannot index ${typeName(obj)}`);
}

function sliceIndex(v: Value, n: number): number {
  if (typeof v !== "number") throw new CypherTypeError(`slice bound must be an integer, got ${typeName(v)}`);
  const i = v < 0 ? n + v : v;
  return Math.max(0, Math.min(n, i));
}

/** Function name -> definition, or "aggregate"; resolved once per name rather than once per row. */
const resolved = new Map<string, FnDef | "aggregate" | null>();
function resolve(name: string): FnDef | "aggregate" | null {
  let def = resolved.get(name);
  if (def === undefined) {
    const lower = name.toLowerCase();
    resolved.set(name, (def = AGGREGATES.has(lower) ? "aggregate" : (lookupFunction(lower) ?? null)));
  }
  return def;
}

function call(e: Extract<Expr, { k: "call" }>, row: Row, ctx: Ctx): Value {
  const def = resolve(e.name);
  if (def === "aggregate") {
    const v = ctx.aggValues?.get(e);
    if (v === undefined) throw new CypherError(`aggregate ${e.name}() used where no aggregation happens`, "InvalidAggregation");
    return v;
  }
  if (!def) throw new CypherError(`unknown function '${e.name}'`, "UnknownFunction");
  const args: Value[] = new Array(e.args.length);
  for (let i = 0; i < args.length; i++) args[i] = evaluate(e.args[i]!, row, ctx);
  return def.fn(args, ctx);
}

function truth(v: Value, op: string): boolean | null {
  if (v === null || typeof v === "boolean") return v;
  throw new CypherTypeError(`${op} expects booleans, got ${typeName(v)}`);
}

function binary(op: string, le: Expr, re: Expr, row: Row, ctx: Ctx): Value {
  if (op === "AND") {
    const l = truth(evaluate(le, row, ctx), op);
    if (l === false) {
      truth(evaluate(re, row, ctx), op);
      return false;
    }
    const r = truth(evaluate(re, row, ctx), op);
    if (r === false) return false;
    return l === null || r === null ? null : true;
  }
  if (op === "OR") {
    const l = truth(evaluate(le, row, ctx), op);
    const r = truth(evaluate(re, row, ctx), op);
    if (l === true || r === true) return true;
    return l === null || r === null ? null : false;
  }
  if (op === "XOR") {
    const l = truth(evaluate(le, row, ctx), op);
    const r = truth(evaluate(re, row, ctx), op);
    return l === null || r === null ? null : l !== r;
  }
  const l = evaluate(le, row, ctx);
  const r = evaluate(re, row, ctx);
  switch (op) {
    case "+":
      return add(l, r);
    case "-":
    case "*":
    case "/":
    case "%":
    case "^":
      return arithmetic(op, l, r);
    case "STARTS WITH":
    case "ENDS WITH":
    case "CONTAINS":
      if (typeof l !== "string" || typeof r !== "string") return null;
      return op === "CONTAINS" ? l.includes(r) : op === "STARTS WITH" ? l.startsWith(r) : l.endsWith(r);
    case "=~": {
      if (typeof l !== "string" || typeof r !== "string") return null;
      return regex(r).test(l);
    }
    case "IN": {
      if (r === null) return null;
      if (!Array.isArray(r)) throw new CypherTypeError(`IN expects a list, got ${typeName(r)}`);
      let unknown = false;
      for (const x of r) {
        const eq = equals(l, x);
        if (eq === true) return true;
        if (eq === null) unknown = true;
      }
      return unknown ? null : false;
    }
  }
  throw new CypherError(`unknown operator ${op}`);
}

const regexCache = new Map<string, RegExp>();
function regex(src: string): RegExp {
  let re = regexCache.get(src);
  if (!re) {
    // Java-style inline flags like (?i) at the start.
    const m = /^\(\?([imsu]+)\)/.exec(src);
    re = new RegExp(`^(?:${m ? src.slice(m[0].length) : src})$`, m ? m[1]!.replace("u", "") + "u" : "u");
    regexCache.set(src, re);
  }
  return re;
}

export function comparison(op: string, l: Value, r: Value): boolean | null {
  if (op === "=") return equals(l, r);
  if (op === "<>") {
    const eq = equals(l, r);
    return eq === null ? null : !eq;
  }
  // NaN is unordered: every ordering comparison with it is false.
  if ((isNumber(l) && Number.isNaN(num(l))) || (isNumber(r) && Number.isNaN(num(r)))) return isNumber(l) && isNumber(r) ? false : null;
  const c = compare(l, r);
  if (c === null) return null;
  switch (op) {
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function add(l: Value, r: Value): Value {
  if (l === null || r === null) return null;
  if (Array.isArray(l)) return Array.isArray(r) ? [...l, ...r] : [...l, r];
  if (Array.isArray(r)) return [l, ...r];
  if (typeof l === "string" || typeof r === "string") {
    if (typeof l === "string" && typeof r === "string") return l + r;
    const other = typeof l === "string" ? r : l;
    if (!isNumber(other) && typeof other !== "boolean") throw new CypherTypeError(`cannot add ${typeName(l)} and ${typeName(r)}`);
    const s = (v: Value) => (typeof v === "string" ? v : v instanceof CypherFloat ? String(v.v) : String(v));
    return s(l) + s(r);
  }
  return arithmetic("+", l, r);
}

function arithmetic(op: string, l: Value, r: Value): Value {
  if (l === null || r === null) return null;
  if (!isNumber(l) || !isNumber(r)) throw new CypherTypeError(`cannot apply ${op} to ${typeName(l)} and ${typeName(r)}`);
  if (typeof l === "number" && typeof r === "number") {
    switch (op) {
      case "+":
        return checkInt(l + r);
      case "-":
        return checkInt(l - r);
      case "*":
        return checkInt(l * r);
      case "/":
        if (r === 0) throw new CypherArgumentError("division by zero", "DivisionByZero");
        return Math.trunc(l / r);
      case "%":
        if (r === 0) throw new CypherArgumentError("division by zero", "DivisionByZero");
        return l % r;
      case "^":
        return float(l ** r);
    }
  }
  const x = num(l);
  const y = num(r);
  switch (op) {
    case "+":
      return float(x + y);
    case "-":
      return float(x - y);
    case "*":
      return float(x * y);
    case "/":
      return float(x / y);
    case "%":
      return float(x % y);
    default:
      return float(x ** y);
  }
}

function checkInt(v: number): number {
  if (!Number.isSafeInteger(v) && Math.abs(v) > 9223372036854775807) throw new CypherArgumentError("integer overflow", "IntegerOverflow");
  return v;
}
