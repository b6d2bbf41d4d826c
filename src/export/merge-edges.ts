import type { EdgeAttributes, NewsGraph } from "../graph/types.js";

export interface MergedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * Edges in the graph's order, one per source/relation/target: Gephi merges parallel edges of one kind, so
 * parallel edges of the same relation (possible in imported graphs) become one edge, at the place of the
 * first, whose weight is the sum and whose evidence is the concatenation.
 *
 * Only the graph-wide edge list is walked, never a node's adjacency: graphology's multi graphs keep
 * adjacency in plain objects, which break for node ids such as "toString" or "constructor". A build's edges
 * have the keys `source->relation->target`, unique per triple, so only edges with other keys are grouped:
 * memory stays small whatever the graph's size.
 */
export function* mergedEdges(graph: NewsGraph): Generator<MergedEdge> {
  const triple = (source: string, target: string, a: EdgeAttributes) => `${source}\u0000${target}\u0000${a.relation}`;
  // Triples that may have parallel edges: those with an edge keyed otherwise than source->relation->target.
  const shared = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (key !== `${source}->${a.relation}->${target}`) shared.add(triple(source, target, a));
  });
  const groups = new Map<string, MergedEdge[]>();
  if (shared.size) {
    graph.forEachEdge((key, attributes, source, target) => {
      const id = triple(source, target, attributes);
      if (!shared.has(id)) return;
      const edge = { key, source, target, attributes };
      const group = groups.get(id);
      if (group) group.push(edge);
      else groups.set(id, [edge]);
    });
  }
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const group = shared.size ? groups.get(triple(source, target, attributes)) : undefined;
    if (!group) yield { key, source, target, attributes };
    else if (group[0].key === key) yield { ...group[0], attributes: group.map((e) => e.attributes).reduce(combine) };
  }
}

function combine(a: EdgeAttributes, b: EdgeAttributes): EdgeAttributes {
  const weight = (Number.isFinite(a.weight) ? a.weight : 1) + (Number.isFinite(b.weight) ? b.weight : 1);
  const evidence = [...(Array.isArray(a.evidence) ? a.evidence : []), ...(Array.isArray(b.evidence) ? b.evidence : [])];
  return { ...a, weight, evidence };
}
