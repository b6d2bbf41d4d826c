import type { EdgeAttributes, NewsGraph } from "../graph/types.js";

export interface MergedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * Edges in source order, one per source/relation/target: Gephi merges parallel edges of one kind, so
 * parallel edges of the same relation (possible in imported graphs) become one edge whose weight is the
 * sum and whose evidence is the concatenation. Grouping is per source node, so memory stays small.
 */
export function* mergedEdges(graph: NewsGraph): Generator<MergedEdge> {
  for (const source of graph.nodes()) {
    const groups = new Map<string, MergedEdge>();
    graph.forEachOutEdge(source, (key, attributes, _, target) => {
      const id = `${target}\u0000${attributes.relation}`;
      const seen = groups.get(id);
      if (!seen) groups.set(id, { key, source, target, attributes });
      else seen.attributes = combine(seen.attributes, attributes);
    });
    yield* groups.values();
  }
}

function combine(a: EdgeAttributes, b: EdgeAttributes): EdgeAttributes {
  const weight = (Number.isFinite(a.weight) ? a.weight : 1) + (Number.isFinite(b.weight) ? b.weight : 1);
  const evidence = [...(Array.isArray(a.evidence) ? a.evidence : []), ...(Array.isArray(b.evidence) ? b.evidence : [])];
  return { ...a, weight, evidence };
}
