// Cypher values as the evaluator sees them. Integers are JS numbers; floats are boxed in CypherFloat so
// that `1` and `1.0` stay different (integer division, toString, TCK results). Nodes, relationships and
// paths are references into the live graph: their properties are read when needed, never copied.
import type { Graph } from "./graph-view.js";

export class CypherFloat {
  constructor(readonly v: number) {}
}
export class NodeRef {
  constructor(readonly key: string) {}
}
export class RelRef {
  constructor(readonly key: string) {}
}
export class PathValue {
  /** nodes.length === rels.length + 1 */
  constructor(readonly nodes: string[], readonly rels: string[]) {}
}
export type CypherMap = { [key: string]: Value };
export type Value = null | boolean | number | CypherFloat | string | Value[] | CypherMap | NodeRef | RelRef | PathValue;

export const isFloat = (v: unknown): v is CypherFloat => v instanceof CypherFloat;
export const isNumber = (v: unknown): v is number | CypherFloat => typeof v === "number" || v instanceof CypherFloat;
export const num = (v: number | CypherFloat): number => (typeof v === "number" ? v : v.v);
export const isMap = (v: unknown): v is CypherMap =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
export const float = (v: number): CypherFloat => new CypherFloat(v);

/** A JS value read from the graph or from parameters, as a Cypher value. */
export function fromJs(v: unknown): Value {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? v : new CypherFloat(v);
    case "string":
    case "boolean":
      return v;
    case "bigint":
      return Number(v);
    case "object":
      if (Array.isArray(v)) return v.map(fromJs);
      if (v instanceof CypherFloat || v instanceof NodeRef || v instanceof RelRef || v instanceof PathValue) return v;
      {
        const out: CypherMap = {};
        for (const [k, x] of Object.entries(v as object)) if (x !== undefined) out[k] = fromJs(x);
        return out;
      }
    default:
      return null;
  }
}

/** Cypher value -> plain JS for storage as a graph attribute. */
export function toStored(v: Value): unknown {
  if (v instanceof CypherFloat) return v.v;
  if (Array.isArray(v)) return v.map(toStored);
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toStored(x)]));
  return v;
}

export interface NodeOut {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface RelOut {
  key: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface PathOut {
  nodes: NodeOut[];
  relationships: RelOut[];
}

/** Cypher value -> the plain object handed to API users. */
export function toPlain(g: Graph, v: Value): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof CypherFloat) return v.v;
  if (Array.isArray(v)) return v.map((x) => toPlain(g, x));
  if (v instanceof NodeRef) return nodeOut(g, v.key);
  if (v instanceof RelRef) return relOut(g, v.key);
  if (v instanceof PathValue) return { nodes: v.nodes.map((k) => nodeOut(g, k)), relationships: v.rels.map((k) => relOut(g, k)) };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(g, x)]));
}

function nodeOut(g: Graph, key: string): NodeOut {
  return { key, labels: g.labels(key), properties: g.nodeProperties(key) };
}
function relOut(g: Graph, key: string): RelOut {
  return { key, type: g.relType(key), start: g.graph.source(key), end: g.graph.target(key), properties: g.relProperties(key) };
}

/** Cypher type name, for error messages. */
export function typeName(v: Value): string {
  if (v === null) return "NULL";
  if (typeof v === "boolean") return "BOOLEAN";
  if (typeof v === "number") return "INTEGER";
  if (typeof v === "string") return "STRING";
  if (v instanceof CypherFloat) return "FLOAT";
  if (Array.isArray(v)) return "LIST";
  if (v instanceof NodeRef) return "NODE";
  if (v instanceof RelRef) return "RELATIONSHIP";
  if (v instanceof PathValue) return "PATH";
  return "MAP";
}
