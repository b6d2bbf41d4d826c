// CREATE: adds the pattern's new nodes and relationships to the graph (see graph-view.ts for the mapping).
import type { PatternPart } from "./ast.js";
import type { Ctx, Row } from "./context.js";
import { CypherError, CypherTypeError } from "./errors.js";
import { evaluate } from "./expressions.js";
import { NodeRef, PathValue, RelRef, isMap, toStored, typeName, type Value } from "./values.js";

function storedProperties(e: Parameters<typeof evaluate>[0] | undefined, row: Row, ctx: Ctx): Record<string, unknown> {
  if (!e) return {};
  const m = evaluate(e, row, ctx);
  if (!isMap(m)) throw new CypherTypeError(`properties must be a map, got ${typeName(m)}`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (v === null) continue;
    if (!storable(v)) throw new CypherTypeError(`property '${k}' cannot store a ${typeName(v)}`, "InvalidPropertyType");
    out[k] = toStored(v);
  }
  return out;
}

/** Creates the pattern for one row; returns the row extended with the new variables. */
export function createPattern(parts: PatternPart[], row: Row, ctx: Ctx): Row {
  const out: Row = { ...row };
  const g = ctx.g;
  for (const part of parts) {
    const keys: string[] = [];
    for (const np of part.nodes) {
      const bound = np.variable !== undefined ? out[np.variable] : undefined;
      if (bound !== undefined) {
        if (!(bound instanceof NodeRef)) throw new CypherError(`cannot create a relationship to ${typeName(bound)} '${np.variable}'`, "VariableTypeConflict");
        keys.push(bound.key);
        continue;
      }
      const key = g.addNode(np.labels, storedProperties(np.properties, out, ctx));
      if (np.variable) out[np.variable] = new NodeRef(key);
      keys.push(key);
    }
    const rels: string[] = [];
    part.rels.forEach((rp, i) => {
      const [s, t] = rp.direction === "in" ? [keys[i + 1]!, keys[i]!] : [keys[i]!, keys[i + 1]!];
      const key = g.addRel(s, t, rp.types[0]!, storedProperties(rp.properties, out, ctx));
      if (rp.variable) out[rp.variable] = new RelRef(key);
      rels.push(key);
    });
    if (part.variable) out[part.variable] = new PathValue(keys, rels);
  }
  return out;
}
/** Properties hold scalars and lists of scalars, as in Cypher. */
function storable(v: Value, inList = false): boolean {
  if (Array.isArray(v)) return !inList && v.every((x) => storable(x, true));
  return !(isMap(v) || v instanceof NodeRef || v instanceof RelRef || v instanceof PathValue);
}
