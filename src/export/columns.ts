// The attribute columns every tabular or typed export writes: the domain attributes of the graph model in
// a fixed order, derived columns (first/last seen dates, evidence text, document ids), then any other
// attribute found on the graph, sorted by name. Sigma display attributes are never exported as data.
import type { DocumentRecord, EdgeAttributes, Evidence, NewsGraph, NodeAttributes } from "../graph/types.js";

export type ColumnType = "string" | "integer" | "double" | "boolean" | "liststring";
export type CellValue = string | number | boolean | string[];

export interface Column<A> {
  name: string;
  type: ColumnType;
  /** The value to export, already of the column's type, or undefined when the element has none. */
  value(attributes: A): CellValue | undefined;
}

export interface ExportSchema {
  nodes: Column<NodeAttributes>[];
  edges: Column<EdgeAttributes>[];
}

/** Display state owned by sigma and the explorer: not data, never exported as attributes. */
export const DISPLAY_ATTRIBUTES = new Set(["type", "x", "y", "size", "color", "hidden", "zIndex", "forceLabel", "highlighted", "label"]);

/** Separator between evidence sentences in the `evidence` text column. */
export const EVIDENCE_SEPARATOR = " | ";

/** Edge columns computed from `evidence`; a reader drops them when `evidenceJson` gives the evidence back. */
export const DERIVED_EDGE_COLUMNS = ["evidence", "docs", "evidenceJson"] as const;

const NODE_COLUMNS = ["entityType", "aliases", "mentions", "roles", "docs", "firstSeen", "lastSeen"];
const EDGE_COLUMNS = ["relation", "weight", "plover", "quad", "negated", "intent", ...DERIVED_EDGE_COLUMNS];

/** Builds the export columns of `graph` (one pass over the attributes to find types and extra names). */
export function exportSchema(graph: NewsGraph): ExportSchema {
  const nodeKinds = new Map<string, ColumnType>();
  const edgeKinds = new Map<string, ColumnType>();
  graph.forEachNode((_, attributes) => scanKinds(attributes, nodeKinds));
  graph.forEachEdge((_, attributes) => scanKinds(attributes, edgeKinds));

  const seen = seenDates(graph.getAttribute("documents"));
  // Three columns derive from the evidence: filter it once per edge, not once per column.
  let lastEdge: EdgeAttributes | undefined, lastEvidence: Evidence[] | undefined;
  const evidenceOf = (a: EdgeAttributes) => (a === lastEdge ? lastEvidence : (lastEvidence = evidenceWithText((lastEdge = a))));
  const nodes: Column<NodeAttributes>[] = [
    { name: "entityType", type: "string", value: (a) => stringValue(a.entityType) },
    { name: "aliases", type: "liststring", value: (a) => listValue(a.aliases) },
    { name: "mentions", type: numberType(nodeKinds.get("mentions")), value: (a) => numberValue(a.mentions) },
    { name: "roles", type: "liststring", value: (a) => listValue(a.roles) },
    { name: "docs", type: "liststring", value: (a) => listValue(a.docs) },
    { name: "firstSeen", type: "string", value: (a) => seen(a).first ?? stringValue(a.firstSeen) },
    { name: "lastSeen", type: "string", value: (a) => seen(a).last ?? stringValue(a.lastSeen) },
    ...extraColumns<NodeAttributes>(nodeKinds),
  ];
  const edges: Column<EdgeAttributes>[] = [
    { name: "relation", type: "string", value: (a) => stringValue(a.relation) },
    { name: "weight", type: numberType(edgeKinds.get("weight")), value: (a) => numberValue(a.weight) },
    { name: "plover", type: "string", value: (a) => stringValue(a.plover) },
    { name: "quad", type: "string", value: (a) => stringValue(a.quad) },
    { name: "negated", type: "boolean", value: (a) => booleanValue(a.negated) },
    { name: "intent", type: "boolean", value: (a) => booleanValue(a.intent) },
    { name: "evidence", type: "string", value: (a) => evidenceOf(a)?.map((e) => e.text).join(EVIDENCE_SEPARATOR) },
    { name: "docs", type: "liststring", value: (a) => evidenceOf(a) && [...new Set(evidenceOf(a)!.map((e) => String(e.doc)))] },
    { name: "evidenceJson", type: "string", value: (a) => evidenceOf(a) && JSON.stringify(a.evidence) },
    ...extraColumns<EdgeAttributes>(edgeKinds),
  ];
  return { nodes, edges };
}

/**
 * First and last dates of the documents that mention a node (ISO dates compare as text), from the graph's
 * documents table.
 */
export function seenDates(documents: DocumentRecord[] | undefined): (a: NodeAttributes) => { first?: string; last?: string } {
  const dates = new Map<string, string>();
  for (const doc of documents ?? []) if (doc && typeof doc.date === "string" && doc.date) dates.set(doc.id, doc.date);
  return (a) => {
    let first: string | undefined, last: string | undefined;
    if (Array.isArray(a.docs)) for (const doc of a.docs) {
      const date = dates.get(doc);
      if (date === undefined) continue;
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
    return { first, last };
  };
}

/** Evidence entries with text, or undefined when there are none. */
function evidenceWithText(a: EdgeAttributes): Evidence[] | undefined {
  return Array.isArray(a.evidence) && a.evidence.length > 0 ? a.evidence.filter((e) => e && typeof e.text === "string") : undefined;
}

function scanKinds(attributes: Record<string, unknown>, kinds: Map<string, ColumnType>): void {
  for (const name in attributes) {
    if (DISPLAY_ATTRIBUTES.has(name)) continue;
    const kind = kindOf(attributes[name]);
    if (kind === undefined) continue;
    const previous = kinds.get(name);
    if (previous !== kind) kinds.set(name, previous === undefined ? kind : merge(previous, kind));
  }
}

function kindOf(value: unknown): ColumnType | undefined {
  switch (typeof value) {
    case "boolean": return "boolean";
    case "number": return Number.isFinite(value) ? (Number.isInteger(value) ? "integer" : "double") : undefined;
    case "string": return "string";
    case "object":
      if (value === null) return undefined;
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? "liststring" : "string";
    default: return undefined;
  }
}

function merge(a: ColumnType, b: ColumnType): ColumnType {
  if ((a === "integer" && b === "double") || (a === "double" && b === "integer")) return "double";
  return "string";
}

const numberType = (kind: ColumnType | undefined): ColumnType => (kind === "double" ? "double" : "integer");

function extraColumns<A extends Record<string, unknown>>(kinds: Map<string, ColumnType>): Column<A>[] {
  const known = new Set([...NODE_COLUMNS, ...EDGE_COLUMNS]);
  return [...kinds.keys()].filter((name) => !known.has(name) && !DISPLAY_ATTRIBUTES.has(name)).sort().map((name) => {
    const type = kinds.get(name)!;
    return { name, type, value: (a: A) => convert(a[name], type) };
  });
}

function convert(value: unknown, type: ColumnType): CellValue | undefined {
  switch (type) {
    case "integer":
    case "double": return numberValue(value);
    case "boolean": return booleanValue(value);
    case "liststring": return listValue(value);
    case "string":
      if (value === undefined || value === null || (typeof value === "number" && !Number.isFinite(value))) return undefined;
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

const stringValue = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const numberValue = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const booleanValue = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);
const listValue = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : undefined);
