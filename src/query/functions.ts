// Scalar functions by lower-case name. Aggregates are evaluated by projection.ts; their names are listed here.
import type { Ctx } from "./context.js";
import { CypherArgumentError, CypherTypeError } from "./errors.js";
import { CypherFloat, NodeRef, PathValue, RelRef, float, fromJs, isFloat, isMap, isNumber, num, typeName, type Value } from "./values.js";

export const AGGREGATES = new Set(["count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc"]);

type Fn = (args: Value[], ctx: Ctx) => Value;
interface FnDef {
  arity: [number, number];
  fn: Fn;
}

const bad = (name: string, v: Value): never => {
  throw new CypherTypeError(`${name}() cannot take ${typeName(v)}`);
};
const str = (name: string, v: Value): string => (typeof v === "string" ? v : bad(name, v));
const int = (name: string, v: Value): number => (typeof v === "number" ? v : isFloat(v) ? Math.trunc(v.v) : bad(name, v));
const numArg = (name: string, v: Value): number => (isNumber(v) ? num(v) : bad(name, v));

function nullSafe(n: number, fn: Fn): FnDef {
  return { arity: [n, n], fn: (a, c) => (a.includes(null) ? null : fn(a, c)) };
}
const math1 = (name: string, f: (x: number) => number): FnDef => nullSafe(1, ([x]) => float(f(numArg(name, x!))));

function toInteger(v: Value): Value {
  if (v === null) return null;
  if (typeof v === "number") return v;
  if (v instanceof CypherFloat) return Number.isFinite(v.v) ? Math.trunc(v.v) : null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const t = v.trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
    return Math.trunc(Number(t));
  }
  return bad("toInteger", v);
}
function toFloat(v: Value): Value {
  if (v === null) return null;
  if (typeof v === "number") return float(v);
  if (v instanceof CypherFloat) return v;
  if (typeof v === "string") {
    const t = v.trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t) && !/^[-+]?(Infinity|NaN)$/i.test(t)) return null;
    return float(Number(t));
  }
  return bad("toFloat", v);
}
function toBoolean(v: Value): Value {
  if (v === null || typeof v === "boolean") return v;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    return t === "true" ? true : t === "false" ? false : null;
  }
  if (typeof v === "number") return v !== 0;
  return bad("toBoolean", v);
}

/** Cypher's string form of a number: floats always show a decimal point. */
function formatFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return x.toFixed(1);
  const s = String(x);
  return s.includes("e") ? s.replace("e+", "E").replace("e-", "E-") : s;
}
function toStringValue(v: Value): Value {
  if (v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v instanceof CypherFloat) return formatFloat(v.v);
  if (typeof v === "boolean") return String(v);
  return bad("toString", v);
}

const listOrNull = (name: string, v: Value): Value[] | null => (v === null ? null : Array.isArray(v) ? v : bad(name, v));

const FUNCTIONS: Record<string, FnDef> = {
  // graph
  id: nullSafe(1, ([v]) => (v instanceof NodeRef || v instanceof RelRef ? v.key : bad("id", v!))),
  elementid: nullSafe(1, ([v]) => (v instanceof NodeRef || v instanceof RelRef ? v.key : bad("elementId", v!))),
  labels: nullSafe(1, ([v], c) => (v instanceof NodeRef ? c.g.labels(v.key) : bad("labels", v!))),
  type: nullSafe(1, ([v], c) => (v instanceof RelRef ? c.g.relType(v.key) : bad("type", v!))),
  keys: nullSafe(1, ([v], c) => {
    if (v instanceof NodeRef) return Object.keys(c.g.nodeProperties(v.key));
    if (v instanceof RelRef) return Object.keys(c.g.relProperties(v.key));
    if (isMap(v)) return Object.keys(v);
    return bad("keys", v!);
  }),
  properties: nullSafe(1, ([v], c) => {
    if (v instanceof NodeRef) return fromJs(c.g.nodeProperties(v.key));
    if (v instanceof RelRef) return fromJs(c.g.relProperties(v.key));
    if (isMap(v)) return v;
    return bad("properties", v!);
  }),
  startnode: nullSafe(1, ([v], c) => (v instanceof RelRef ? new NodeRef(c.g.graph.source(v.key)) : bad("startNode", v!))),
  endnode: nullSafe(1, ([v], c) => (v instanceof RelRef ? new NodeRef(c.g.graph.target(v.key)) : bad("endNode", v!))),
  nodes: nullSafe(1, ([v]) => (v instanceof PathValue ? v.nodes.map((k) => new NodeRef(k)) : bad("nodes", v!))),
  relationships: nullSafe(1, ([v]) => (v instanceof PathValue ? v.rels.map((k) => new RelRef(k)) : bad("relationships", v!))),
  length: nullSafe(1, ([v]) => (v instanceof PathValue ? v.rels.length : typeof v === "string" ? v.length : Array.isArray(v) ? v.length : bad("length", v!))),
  size: nullSafe(1, ([v]) => (typeof v === "string" ? [...v].length : Array.isArray(v) ? v.length : bad("size", v!))),
  exists: { arity: [1, 1], fn: ([v]) => v !== null },
  // general
  coalesce: { arity: [1, Infinity], fn: (a) => a.find((x) => x !== null) ?? null },
  head: nullSafe(1, ([v]) => listOrNull("head", v!)![0] ?? null),
  last: nullSafe(1, ([v]) => {
    const l = listOrNull("last", v!)!;
    return l.length ? l[l.length - 1]! : null;
  }),
  tail: nullSafe(1, ([v]) => listOrNull("tail", v!)!.slice(1)),
  reverse: nullSafe(1, ([v]) => (typeof v === "string" ? [...v].reverse().join("") : [...listOrNull("reverse", v!)!].reverse())),
  range: {
    arity: [2, 3],
    fn: (a) => {
      if (a.some((x) => x === null)) return null;
      const [s, e, st = 1] = a.map((x) => {
        if (typeof x !== "number") throw new CypherArgumentError(`range() takes integers, got ${typeName(x)}`, "InvalidArgumentType");
        return x;
      });
      if (st === 0) throw new CypherArgumentError("range() step cannot be 0", "NumberOutOfRange");
      const out: number[] = [];
      if (st! > 0) for (let i = s!; i <= e!; i += st!) out.push(i);
      else for (let i = s!; i >= e!; i += st!) out.push(i);
      return out;
    },
  },
  tointeger: { arity: [1, 1], fn: ([v]) => toInteger(v!) },
  toint: { arity: [1, 1], fn: ([v]) => toInteger(v!) },
  tofloat: { arity: [1, 1], fn: ([v]) => toFloat(v!) },
  toboolean: { arity: [1, 1], fn: ([v]) => toBoolean(v!) },
  tostring: { arity: [1, 1], fn: ([v]) => toStringValue(v!) },
  tointegerornull: { arity: [1, 1], fn: ([v]) => orNull(() => toInteger(v!)) },
  tofloatornull: { arity: [1, 1], fn: ([v]) => orNull(() => toFloat(v!)) },
  tobooleanornull: { arity: [1, 1], fn: ([v]) => orNull(() => toBoolean(v!)) },
  tostringornull: { arity: [1, 1], fn: ([v]) => orNull(() => toStringValue(v!)) },
  // strings
  tolower: nullSafe(1, ([v]) => str("toLower", v!).toLowerCase()),
  toupper: nullSafe(1, ([v]) => str("toUpper", v!).toUpperCase()),
  lower: nullSafe(1, ([v]) => str("lower", v!).toLowerCase()),
  upper: nullSafe(1, ([v]) => str("upper", v!).toUpperCase()),
  trim: nullSafe(1, ([v]) => str("trim", v!).trim()),
  ltrim: nullSafe(1, ([v]) => str("ltrim", v!).trimStart()),
  rtrim: nullSafe(1, ([v]) => str("rtrim", v!).trimEnd()),
  replace: nullSafe(3, ([s, a, b]) => str("replace", s!).split(str("replace", a!)).join(str("replace", b!))),
  split: nullSafe(2, ([s, d]) => str("split", s!).split(str("split", d!))),
  substring: {
    arity: [2, 3],
    fn: ([s, start, len]) => {
      if (s === null) return null;
      const from = int("substring", start!);
      if (from < 0) throw new CypherArgumentError("substring() start must not be negative", "NegativeIntegerArgument");
      if (len === undefined || len === null) return str("substring", s!).slice(from);
      const n = int("substring", len);
      if (n < 0) throw new CypherArgumentError("substring() length must not be negative", "NegativeIntegerArgument");
      return str("substring", s!).slice(from, from + n);
    },
  },
  left: {
    arity: [2, 2],
    fn: ([s, n]) => {
      if (s === null) return null;
      if (n === null) throw new CypherArgumentError("left() length cannot be null");
      const k = int("left", n!);
      if (k < 0) throw new CypherArgumentError("left() length must not be negative", "NegativeIntegerArgument");
      return str("left", s!).slice(0, k);
    },
  },
  right: {
    arity: [2, 2],
    fn: ([s, n]) => {
      if (s === null) return null;
      if (n === null) throw new CypherArgumentError("right() length cannot be null");
      const k = int("right", n!);
      if (k < 0) throw new CypherArgumentError("right() length must not be negative", "NegativeIntegerArgument");
      const t = str("right", s!);
      return k === 0 ? "" : t.slice(-k);
    },
  },
  // numbers
  abs: nullSafe(1, ([v]) => (typeof v === "number" ? Math.abs(v) : float(Math.abs(numArg("abs", v!))))),
  sign: nullSafe(1, ([v]) => Math.sign(numArg("sign", v!))),
  ceil: math1("ceil", Math.ceil),
  floor: math1("floor", Math.floor),
  round: {
    arity: [1, 3],
    fn: ([v, p]) => {
      if (v === null) return null;
      const x = numArg("round", v!);
      if (p === undefined || p === null) return float(Math.sign(x) * Math.round(Math.abs(x)));
      const f = 10 ** int("round", p);
      return float((Math.sign(x) * Math.round(Math.abs(x) * f)) / f);
    },
  },
  sqrt: math1("sqrt", Math.sqrt),
  exp: math1("exp", Math.exp),
  log: math1("log", Math.log),
  log10: math1("log10", Math.log10),
  sin: math1("sin", Math.sin),
  cos: math1("cos", Math.cos),
  tan: math1("tan", Math.tan),
  asin: math1("asin", Math.asin),
  acos: math1("acos", Math.acos),
  atan: math1("atan", Math.atan),
  atan2: nullSafe(2, ([a, b]) => float(Math.atan2(numArg("atan2", a!), numArg("atan2", b!)))),
  cot: math1("cot", (x) => 1 / Math.tan(x)),
  degrees: math1("degrees", (x) => (x * 180) / Math.PI),
  radians: math1("radians", (x) => (x * Math.PI) / 180),
  haversin: math1("haversin", (x) => (1 - Math.cos(x)) / 2),
  pi: { arity: [0, 0], fn: () => float(Math.PI) },
  e: { arity: [0, 0], fn: () => float(Math.E) },
  rand: { arity: [0, 0], fn: () => float(Math.random()) },
  isnan: nullSafe(1, ([v]) => Number.isNaN(numArg("isNaN", v!))),
};

function orNull(f: () => Value): Value {
  try {
    return f();
  } catch {
    return null;
  }
}

export function lookupFunction(name: string): FnDef | undefined {
  return FUNCTIONS[name.toLowerCase()];
}
export type { FnDef };
