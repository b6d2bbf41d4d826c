import type { NewsGraph } from "../graph/types.js";
import { chunked } from "./chunks.js";

/**
 * Writes graphology's serialization (`graph.export()`, the native format) one node or edge per line,
 * without building the whole object or string in memory.
 */
export function writeJson(graph: NewsGraph): Iterable<string> {
  return chunked(jsonPieces(graph));
}

function* jsonPieces(graph: NewsGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node: key, attributes } of graph.nodeEntries()) {
    yield `${first ? "" : ","}\n${JSON.stringify(Object.keys(attributes).length ? { key, attributes } : { key })}`;
    first = false;
  }
  yield "\n],\"edges\":[";
  first = true;
  for (const { edge: key, source, target, attributes, undirected } of graph.edgeEntries()) {
    const edge: Record<string, unknown> = { key, source, target };
    if (Object.keys(attributes).length) edge.attributes = attributes;
    if (undirected && graph.type === "mixed") edge.undirected = true;
    yield `${first ? "" : ","}\n${JSON.stringify(edge)}`;
    first = false;
  }
  yield "\n]}\n";
}
