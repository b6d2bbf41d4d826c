// Closures for the expression shapes evaluated once per row in hot loops (a variable, a parameter, id(v),
// v.key, a literal). Each handles only the values it is sure of and hands anything else (null, wrong types,
// undefined variables) to the interpreter, so results and errors stay exactly evaluate()'s.
import type { Expr } from "./ast.js";
import type { Ctx, Row } from "./context.js";
import { evaluate } from "./expressions.js";
import { NodeRef, RelRef, fromJs, type Value } from "./values.js";
import { idArgument } from "./vars.js";

export type Compiled = (row: Row, ctx: Ctx) => Value;

const cache = new WeakMap<Expr, Compiled>();

export function compiled(e: Expr): Compiled {
  let f = cache.get(e);
  if (!f) cache.set(e, (f = compile(e)));
  return f;
}

function compile(e: Expr): Compiled {
  const slow: Compiled = (row, ctx) => evaluate(e, row, ctx);
  if (e.k === "lit") {
    const v = e.v;
    return () => v;
  }
  if (e.k === "param") {
    const name = e.name;
    return (row, ctx) => {
      const v = ctx.params[name];
      return v !== undefined ? v : slow(row, ctx);
    };
  }
  if (e.k === "var") {
    const name = e.name;
    return (row, ctx) => {
      const v = row[name];
      return v !== undefined ? v : slow(row, ctx);
    };
  }
  const idOf = idArgument(e);
  if (idOf !== undefined) {
    const name = idOf;
    return (row, ctx) => {
      const v = row[name];
      return v instanceof NodeRef || v instanceof RelRef ? v.key : slow(row, ctx);
    };
  }
  if (e.k === "prop" && e.obj.k === "var") {
    const { key } = e;
    const name = e.obj.name;
    return (row, ctx) => {
      const v = row[name];
      if (v instanceof NodeRef) return fromJs(ctx.g.nodeProperty(v.key, key));
      if (v instanceof RelRef) return fromJs(ctx.g.relProperty(v.key, key));
      return slow(row, ctx);
    };
  }
  return slow;
}
