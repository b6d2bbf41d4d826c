// Graphs -> one graph, with the node and edge merges of a build: merging the graphs of consecutive slices
// of a corpus, in order, gives the graph of one build over the whole corpus.
import { createGraph, GraphIndex, isGenericProposal, matchNode, mergeEdge, mergeNode, PARTY_RELATIONS } from "./build.js";
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
    keys.set(key, mergeNode(into, { ...a, docs: a.docs ?? [], key, parties: partiesOf(into, from, key, keys, index) }, index));
  });
  from.forEachEdge((_key, a, source, target) => {
    const s = keys.get(source)!, t = keys.get(target)!;
    if (s !== t) mergeEdge(into, s, t, a, index);
  });
  return into;
}

/**
 * The parties of a generic proposal of `from`, as nodes of the graph merged into: where they went, or, for one
 * not merged yet, where it would go (as a build finds a party its document names after the proposal).
 */
function partiesOf(into: NewsGraph, from: NewsGraph, key: string, keys: ReadonlyMap<string, string>, index: GraphIndex): string[] | undefined {
  const a = from.getNodeAttributes(key);
  if (!isGenericProposal(a.entityType, a.label)) return undefined;
  const parties: string[] = [];
  from.forEachInEdge(key, (_edge, e, source, _target, s) => {
    if (PARTY_RELATIONS.has(e.relation)) parties.push(keys.get(source) ?? matchNode(into, { ...s, docs: s.docs ?? [], key: source }, index));
  });
  return parties;
}

/** Merges graphs, in the order given, into a new graph. */
export function mergeGraphs(graphs: Iterable<NewsGraph>): NewsGraph {
  const into = createGraph();
  const index = GraphIndex.of(into);
  for (const graph of graphs) mergeGraph(into, graph, index);
  return into;
}
