// Cypher equality (three-valued), comparison, orderability (ORDER BY) and grouping keys.
import type { Ctx } from "./context.js";
import { CypherFloat, NodeRef, PathValue, RelRef, isMap, isNumber, num, type Value } from "./values.js";

/** `a = b`: true, false, or null when the answer is unknown (a null is involved). */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) return num(a) === num(b);
  if (typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const r = equals(a[i]!, b[i]!);
      if (r === false) return false;
      if (r === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof NodeRef) return b instanceof NodeRef && a.key === b.key;
  if (a instanceof RelRef) return b instanceof RelRef && a.key === b.key;
  if (a instanceof PathValue)
    return b instanceof PathValue && a.nodes.join("\u0000") === b.nodes.join("\u0000") && a.rels.join("\u0000") === b.rels.join("\u0000");
  if (isMap(a)) {
    if (!isMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    let unknown = false;
    for (const k of ka) {
      if (!(k in b)) return false;
      const r = equals(a[k]!, b[k]!);
      if (r === false) return false;
      if (r === null) unknown = true;
    }
    return unknown ? null : true;
  }
  return false;
}

/** `a < b` style comparison: a number (<0, 0, >0), or null when the values are not comparable. */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) {
    const x = num(a);
    const y = num(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return null;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i]!, b[i]!);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return null;
}

function rank(v: Value): number {
  if (isMap(v)) return 0;
  if (v instanceof NodeRef) return 1;
  if (v instanceof RelRef) return 2;
  if (Array.isArray(v)) return 3;
  if (v instanceof PathValue) return 4;
  if (typeof v === "string") return 5;
  if (typeof v === "boolean") return 6;
  if (isNumber(v)) return 7;
  return 8; // null
}

/** Total order used by ORDER BY, min and max: maps < nodes < relationships < lists < paths < strings < booleans < numbers < null. */
export function order(a: Value, b: Value): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 7: {
      const x = num(a as number | CypherFloat);
      const y = num(b as number | CypherFloat);
      if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
      if (Number.isNaN(y)) return -1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 5:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 6:
      return Number(a) - Number(b);
    case 3: {
      const la = a as Value[];
      const lb = b as Value[];
      for (let i = 0; i < Math.min(la.length, lb.length); i++) {
        const c = order(la[i]!, lb[i]!);
        if (c !== 0) return c;
      }
      return la.length - lb.length;
    }
    case 1:
    case 2:
      return cmpStr((a as NodeRef).key, (b as NodeRef).key);
    case 4:
      return cmpStr(valueKey(a), valueKey(b));
    case 0: {
      const ka = Object.keys(a as object).sort();
      const kb = Object.keys(b as object).sort();
      const c = order(ka, kb);
      if (c !== 0) return c;
      for (const k of ka) {
        const d = order((a as Record<string, Value>)[k]!, (b as Record<string, Value>)[k]!);
        if (d !== 0) return d;
      }
      return 0;
    }
    default:
      return 0;
  }
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A string equal for equivalent values (1 and 1.0 alike, null alike): for DISTINCT and grouping. */
export function valueKey(v: Value): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "number":
      return `#${v}`;
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
  }
  if (v instanceof CypherFloat) return Number.isNaN(v.v) ? "NaN" : `#${v.v}`;
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (v instanceof NodeRef) return `(${v.key})`;
  if (v instanceof RelRef) return `[${JSON.stringify(v.key)}]`;
  if (v instanceof PathValue) return `<${JSON.stringify(v.nodes)}${JSON.stringify(v.rels)}>`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${valueKey((v as Record<string, Value>)[k]!)}`)
    .join(",")}}`;
}

/**
 * Values seen so far, for DISTINCT: strings and nodes (the common cases) are kept as they are, anything else
 * by its valueKey, so a new string or node costs no key building.
 */
export class SeenValues {
  // Created on first use: most DISTINCTs see one kind of value.
  private strings?: Set<string>;
  private nodes?: Set<string>;
  private others?: Set<string>;
  private size = 0;
  /** The values of a first run (see startRun), not yet in the sets; `inRun` while it lasts. */
  private fresh?: Value[];
  private inRun = false;
  /** `what` names the set in the error when it outgrows ctx.maxIntermediateRows. */
  constructor(
    private readonly ctx: Ctx,
    private readonly what: string,
  ) {}
  /**
   * The caller vouches that the values added until endRun differ from each other. When nothing was added
   * before (true is returned), they need no look-up: they are only listed, and put in the sets once a value
   * from outside the run comes. A single anchor's neighbours under DISTINCT are such a run (match-push.ts).
   */
  startRun(): boolean {
    if (this.size !== 0) return false;
    this.fresh = [];
    return (this.inRun = true);
  }
  endRun(): void {
    this.inRun = false;
  }
  /** True when `v` was not seen before (and records it). */
  add(v: Value): boolean {
    if (this.inRun) {
      this.ctx.held(this.fresh!.push(v), this.what);
      this.size++;
      return true;
    }
    if (this.fresh) {
      const listed = this.fresh;
      this.fresh = undefined;
      this.size = 0;
      for (const x of listed) this.add(x);
    }
    let added: boolean;
    if (typeof v === "string") added = addNew((this.strings ??= new Set()), v);
    else if (v instanceof NodeRef) added = addNew((this.nodes ??= new Set()), v.key);
    else added = addNew((this.others ??= new Set()), valueKey(v));
    if (added) this.ctx.held(++this.size, this.what);
    return added;
  }
  /** The same for a row of values. */
  addRow(values: Value[]): boolean {
    return this.add(values.length === 1 ? values[0]! : values);
  }
}

function addNew(set: Set<string>, key: string): boolean {
  const n = set.size;
  return set.add(key).size !== n; // one hash lookup, not two
}
