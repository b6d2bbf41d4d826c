import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "./types.js";

export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphFileError";
  }
}

export interface ReadWarning {
  message: string;
}

/** Parses graphology's serialized JSON into a NewsGraph, naming `file` in any error. */
export function parseGraphJson(text: string, file = "graph"): { graph: NewsGraph; warnings: string[] } {
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== "object" || !Array.isArray(data.nodes)) {
    throw new GraphFileError(`${file}: not a graph (expected graphology JSON with a "nodes" array)`);
  }
  const warnings: string[] = [];
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ ...(data.attributes ?? {}), documents: data.attributes?.documents ?? [] } as GraphAttributes);
  data.nodes.forEach((node, i) => {
    if (!node || node.key === undefined || node.key === null) throw new GraphFileError(`${file}: node ${i} has no key`);
    const key = String(node.key);
    if (graph.hasNode(key)) {
      warnings.push(`${file}: duplicate node id '${key}' (attributes merged)`);
      graph.mergeNodeAttributes(key, (node.attributes ?? {}) as NodeAttributes);
    } else graph.addNode(key, (node.attributes ?? {}) as NodeAttributes);
  });
  (data.edges ?? []).forEach((edge, i) => {
    if (!edge || edge.source === undefined || edge.target === undefined) throw new GraphFileError(`${file}: edge ${i} has no source or target`);
    const source = String(edge.source), target = String(edge.target);
    const missing = [source, target].filter((n) => !graph.hasNode(n));
    if (missing.length) {
      warnings.push(`${file}: edge ${i} points to missing node '${missing[0]}' (skipped)`);
      return;
    }
    const attributes = (edge.attributes ?? {}) as EdgeAttributes;
    if (edge.key !== undefined && edge.key !== null && !graph.hasEdge(String(edge.key))) graph.addEdgeWithKey(String(edge.key), source, target, attributes);
    else graph.addEdge(source, target, attributes);
  });
  return { graph, warnings };
}
