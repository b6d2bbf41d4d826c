import { MultiDirectedGraph } from "graphology";
import { nodeKeys } from "./node-ids.js";
import {
  ENTITY_TYPES, RELATIONS,
  type DocumentRecord, type EdgeAttributes, type Evidence, type GraphAttributes, type NewsGraph, type NodeAttributes,
} from "./types.js";

export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphFileError";
  }
}

/**
 * Warnings met while reading a graph file, grouped by kind: a file with 10,000 nodes without an entity
 * type gives one line ("... (and 9,999 more like this)"), not 10,000.
 */
export class ReadWarnings {
  private readonly groups = new Map<string, { message: string; count: number }>();
  constructor(private readonly file: string) {}

  add(kind: string, message: string): void {
    const group = this.groups.get(kind);
    if (group) group.count++;
    else this.groups.set(kind, { message, count: 1 });
  }

  list(): string[] {
    return [...this.groups.values()].map(({ message, count }) =>
      `${this.file}: ${message}${count > 1 ? ` (and ${(count - 1).toLocaleString("en-US")} more like this)` : ""}`);
  }
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_SET = new Set<string>(RELATIONS);

/** Checks node attributes against the graph model, repairing what it can and warning about each repair. */
export function checkNodeAttributes(key: string, input: Record<string, unknown>, warnings: ReadWarnings): NodeAttributes {
  const a: Record<string, unknown> = { ...input };
  if (typeof a.label !== "string") {
    if (a.label !== undefined && a.label !== null) warnings.add("node-label", `node '${key}': label is not text (${describe(a.label)}), used the id`);
    a.label = key;
  }
  if (a.entityType === undefined) warnings.add("node-entityType-missing", `node '${key}' has no entityType`);
  else if (typeof a.entityType !== "string") {
    warnings.add("node-entityType-type", `node '${key}': entityType is not text (${describe(a.entityType)}), dropped`);
    delete a.entityType;
  } else if (!ENTITY_TYPE_SET.has(a.entityType)) warnings.add("node-entityType-unknown", `node '${key}': unknown entityType '${a.entityType}' (expected ${ENTITY_TYPES.join(", ")})`);
  a.aliases = a.aliases === undefined ? [] : stringList(a.aliases, `node '${key}': aliases`, "node-aliases", warnings);
  a.mentions = a.mentions === undefined ? 0 : count(a.mentions, `node '${key}': mentions`, "node-mentions", 0, warnings);
  for (const name of ["roles", "docs"]) if (a[name] !== undefined) a[name] = stringList(a[name], `node '${key}': ${name}`, `node-${name}`, warnings);
  return a as NodeAttributes;
}

/** Checks edge attributes against the graph model, repairing what it can and warning about each repair. */
export function checkEdgeAttributes(key: string, input: Record<string, unknown>, warnings: ReadWarnings): EdgeAttributes {
  const a: Record<string, unknown> = { ...input };
  if (a.relation === undefined) warnings.add("edge-relation-missing", `edge '${key}' has no relation`);
  else if (typeof a.relation !== "string") {
    warnings.add("edge-relation-type", `edge '${key}': relation is not text (${describe(a.relation)}), dropped`);
    delete a.relation;
  } else if (!RELATION_SET.has(a.relation)) warnings.add("edge-relation-unknown", `edge '${key}': unknown relation '${a.relation}'`);
  if (a.evidence === undefined) a.evidence = [];
  else if (!Array.isArray(a.evidence)) {
    warnings.add("edge-evidence-type", `edge '${key}': evidence is not a list (${describe(a.evidence)}), dropped`);
    a.evidence = [];
  } else {
    const evidence = (a.evidence as unknown[]).filter(isEvidence);
    if (evidence.length < (a.evidence as unknown[]).length) warnings.add("edge-evidence-item", `edge '${key}': evidence entries without doc, sentence, start, end and text were dropped`);
    a.evidence = evidence;
  }
  const supported = Math.max(1, (a.evidence as Evidence[]).length);
  a.weight = a.weight === undefined ? supported : count(a.weight, `edge '${key}': weight`, "edge-weight", supported, warnings);
  for (const name of ["negated", "intent"]) {
    if (a[name] !== undefined && typeof a[name] !== "boolean") {
      warnings.add(`edge-${name}`, `edge '${key}': ${name} is not true/false (${describe(a[name])}), dropped`);
      delete a[name];
    }
  }
  return a as EdgeAttributes;
}

/** Checks the graph attributes: `documents` must be a list of records with an id. */
export function checkGraphAttributes(input: Record<string, unknown> | undefined, warnings: ReadWarnings): GraphAttributes {
  const a: Record<string, unknown> = { ...(input ?? {}) };
  if (a.documents === undefined) a.documents = [];
  else if (!Array.isArray(a.documents)) {
    warnings.add("documents-type", `graph documents is not a list (${describe(a.documents)}), dropped`);
    a.documents = [];
  } else {
    const documents = (a.documents as unknown[]).filter((d): d is DocumentRecord => !!d && typeof d === "object" && typeof (d as DocumentRecord).id === "string");
    if (documents.length < (a.documents as unknown[]).length) warnings.add("documents-item", "graph documents without an id were dropped");
    a.documents = documents;
  }
  return a as GraphAttributes;
}

function isEvidence(e: unknown): e is Evidence {
  if (!e || typeof e !== "object") return false;
  const x = e as Evidence;
  return typeof x.doc === "string" && typeof x.text === "string" && Number.isFinite(x.sentence) && Number.isFinite(x.start) && Number.isFinite(x.end);
}

function stringList(value: unknown, what: string, kind: string, warnings: ReadWarnings): string[] {
  if (typeof value === "string") {
    warnings.add(`${kind}-text`, `${what} is text, not a list (made a one-item list)`);
    return [value];
  }
  if (!Array.isArray(value)) {
    warnings.add(`${kind}-type`, `${what} is not a list of text (${describe(value)}), dropped`);
    return [];
  }
  const list = value.filter((v): v is string => typeof v === "string");
  if (list.length < value.length) warnings.add(`${kind}-items`, `${what} has items that are not text (dropped)`);
  return list;
}

function count(value: unknown, what: string, kind: string, fallback: number, warnings: ReadWarnings): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (Number.isFinite(parsed) && parsed >= 0) {
    warnings.add(`${kind}-text`, `${what} is text '${value}', read as a number`);
    return parsed;
  }
  warnings.add(`${kind}-invalid`, `${what} is not a number >= 0 (${describe(value)}), set to ${fallback}`);
  return fallback;
}

const describe = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

interface SerializedElement { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown }

/** Parses graphology's serialized JSON into a NewsGraph, naming `file` in any error or warning. */
export function parseGraphJson(text: string, file = "graph"): { graph: NewsGraph; warnings: string[] } {
  let data: { options?: { allowSelfLoops?: unknown }; attributes?: unknown; nodes?: unknown; edges?: unknown };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== "object" || !Array.isArray(data.nodes)) {
    throw new GraphFileError(`${file}: not a graph (expected graphology JSON with a "nodes" array)`);
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new GraphFileError(`${file}: "edges" is not an array`);
  const warnings = new ReadWarnings(file);
  // Only self-loop permission is taken from the file's options: the model is always a directed multigraph.
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: data.options?.allowSelfLoops !== false });
  graph.replaceAttributes(checkGraphAttributes(objectOr(data.attributes), warnings));
  const nodes = data.nodes as SerializedElement[];
  nodes.forEach((node, i) => {
    if (!node || typeof node !== "object" || node.key === undefined || node.key === null) throw new GraphFileError(`${file}: node ${i} has no key`);
  });
  const keyOf = nodeKeys(nodes.map((node) => String(node.key)), warnings);
  nodes.forEach((node) => {
    const key = keyOf(String(node.key));
    const attributes = checkNodeAttributes(key, objectOr(node.attributes) ?? {}, warnings);
    if (graph.hasNode(key)) {
      warnings.add("node-duplicate", `duplicate node id '${key}' (attributes merged)`);
      graph.mergeNodeAttributes(key, attributes);
    } else graph.addNode(key, attributes);
  });
  ((data.edges ?? []) as SerializedElement[]).forEach((edge, i) => {
    if (!edge || typeof edge !== "object" || edge.source === undefined || edge.source === null || edge.target === undefined || edge.target === null) {
      throw new GraphFileError(`${file}: edge ${i} has no source or target`);
    }
    const source = keyOf(String(edge.source)), target = keyOf(String(edge.target));
    const missing = [source, target].find((n) => !graph.hasNode(n));
    if (missing !== undefined) {
      warnings.add("edge-missing-node", `edge ${i} points to missing node '${missing}' (skipped)`);
      return;
    }
    if (source === target && !graph.allowSelfLoops) {
      warnings.add("edge-self-loop", `edge ${i} is a self-loop in a graph that allows none (skipped)`);
      return;
    }
    const key = edge.key !== undefined && edge.key !== null ? String(edge.key) : undefined;
    const attributes = checkEdgeAttributes(key ?? `${source}->${target}`, objectOr(edge.attributes) ?? {}, warnings);
    if (key !== undefined && graph.hasEdge(key)) warnings.add("edge-duplicate", `duplicate edge id '${key}' (kept both, the second with a new id)`);
    if (key !== undefined && !graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attributes);
    else graph.addEdge(source, target, attributes);
  });
  return { graph, warnings: warnings.list() };
}

const objectOr = (value: unknown): Record<string, unknown> | undefined =>
  (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
