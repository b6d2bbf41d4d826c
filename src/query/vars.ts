// Variables an expression reads, and splitting predicates into conjuncts: used to push WHERE into matching.
import type { Expr, PatternPart } from "./ast.js";

/** The variable v of `id(v)`, else undefined. */
export function idArgument(e: Expr): string | undefined {
  return e.k === "call" && e.name.toLowerCase() === "id" && e.args.length === 1 && e.args[0]!.k === "var" ? e.args[0].name : undefined;
}

export function conjuncts(e: Expr | undefined): Expr[] {
  if (!e) return [];
  if (e.k === "bin" && e.op === "AND") return [...conjuncts(e.l), ...conjuncts(e.r)];
  return [e];
}

/** Names an expression reads from its row (variables bound inside comprehensions excluded). */
export function freeVars(e: Expr, out = new Set<string>(), local: ReadonlySet<string> = new Set()): Set<string> {
  const visit = (x: Expr | undefined, loc = local) => x && freeVars(x, out, loc);
  switch (e.k) {
    case "var":
      if (!local.has(e.name)) out.add(e.name);
      break;
    case "prop":
      visit(e.obj);
      break;
    case "index":
      visit(e.obj);
      visit(e.idx);
      break;
    case "slice":
      visit(e.obj);
      visit(e.from);
      visit(e.to);
      break;
    case "list":
      e.items.forEach((x) => visit(x));
      break;
    case "map":
      e.entries.forEach(([, x]) => visit(x));
      break;
    case "call":
      e.args.forEach((x) => visit(x));
      break;
    case "bin":
      visit(e.l);
      visit(e.r);
      break;
    case "not":
    case "neg":
    case "isnull":
    case "haslabels":
      visit(e.e);
      break;
    case "cmp":
      e.args.forEach((x) => visit(x));
      break;
    case "case":
      visit(e.test);
      e.whens.forEach(([w, t]) => (visit(w), visit(t)));
      visit(e.else);
      break;
    case "listcomp":
    case "quant": {
      visit(e.list);
      const loc = new Set([...local, e.v]);
      visit(e.where, loc);
      if (e.k === "listcomp") visit(e.map, loc);
      break;
    }
    case "reduce": {
      visit(e.init);
      visit(e.list);
      visit(e.e, new Set([...local, e.acc, e.v]));
      break;
    }
    case "patcomp":
    case "exists":
    case "countsub": {
      const parts = e.k === "patcomp" ? [e.pattern] : e.patterns;
      const bound = patternVars(parts);
      for (const v of bound) if (!local.has(v)) out.add(v);
      const loc = new Set([...local, ...bound]);
      visit(e.where, loc);
      if (e.k === "patcomp") visit(e.map, loc);
      for (const p of parts) for (const el of [...p.nodes, ...p.rels]) if (el.properties) visit(el.properties, loc);
      break;
    }
    case "mapproj":
      visit(e.e);
      for (const item of e.items) {
        if (item.kind === "var" && !local.has(item.name)) out.add(item.name);
        if (item.kind === "lit") visit(item.e);
      }
      break;
  }
  return out;
}

export function patternVars(parts: PatternPart[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (p.variable) out.push(p.variable);
    for (const n of p.nodes) if (n.variable) out.push(n.variable);
    for (const r of p.rels) if (r.variable) out.push(r.variable);
  }
  return out;
}
