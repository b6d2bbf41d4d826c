// Graphs -> one graph, with the node and edge merges of a build: merging the graphs of consecutive slices
// of a corpus, in order, gives the graph of one build over the whole corpus.
import { createGraph, GraphIndex, mergeEdge, mergeNode } from "./build.js";
import type { NewsGraph } from "./types.js";

/** Adds `from` to `into`: its documents (those not already there), then its nodes, then its edges. */
export function mergeGraph(into: NewsGraph, from: NewsGraph, index = GraphIndex.of(into)): NewsGraph {
  const documents = into.getAttribute("documents") ?? [];
  for (const doc of from.getAttribute("documents") ?? []) {
    if (index.docs.has(doc.id)) continue;
    index.docs.add(doc.id);
    documents.push(doc);
  }
  into.setAttribute("documents", documents);
  const keys = new Map<string, string>();
  from.forEachNode((key, a) => {
    keys.set(key, mergeNode(into, { ...a, docs: a.docs ?? [] }, index));
  });
  from.forEachEdge((_key, a, source, target) => {
    const s = keys.get(source)!, t = keys.get(target)!;
    if (s !== t) mergeEdge(into, s, t, a, index);
  });
  return into;
}

/** Merges graphs, in the order given, into a new graph. */
export function mergeGraphs(graphs: Iterable<NewsGraph>): NewsGraph {
  const into = createGraph();
  const index = GraphIndex.of(into);
  for (const graph of graphs) mergeGraph(into, graph, index);
  return into;
}
