// Synthetic news graphs for the benchmark page: `nodes` entities and `edges` relations with
// evidence, a few hubs (scale-free-ish attachment) and dated documents, from a seed.
import { MultiDirectedGraph } from "graphology";
import { ENTITY_TYPES, RELATIONS, type NewsGraph } from "../graph/types.js";
import { seededRandom } from "./layout.js";

export function generateGraph(nodes: number, edges: number, seed = 7): NewsGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const graph: NewsGraph = new MultiDirectedGraph();
  const documents = Array.from({ length: 50 }, (_, i) => ({
    id: `doc${i}`,
    title: `Synthetic report ${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
  graph.replaceAttributes({ documents });
  for (let i = 0; i < nodes; i++)
    graph.addNode(`n${i}`, { label: `Entity ${i}`, entityType: pick(ENTITY_TYPES), aliases: [], mentions: 1 });
  // Endpoints drawn from earlier edges' endpoints half the time, so degrees spread like real graphs.
  const ends: number[] = [];
  for (let i = 0; i < edges; i++) {
    const source = ends.length && random() < 0.5 ? pick(ends) : Math.floor(random() * nodes);
    let target = ends.length && random() < 0.5 ? pick(ends) : Math.floor(random() * nodes);
    if (target === source) target = (source + 1) % nodes;
    ends.push(source, target);
    const relation = pick(RELATIONS);
    const doc = pick(documents).id;
    const key = `n${source}->${relation}->n${target}`;
    const evidence = { doc, sentence: i, start: 0, end: 20, text: `Entity ${source} ${relation} Entity ${target}.` };
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (attrs) => ({ ...attrs, weight: attrs.weight + 1, evidence: [...attrs.evidence, evidence] }));
    } else graph.addEdgeWithKey(key, `n${source}`, `n${target}`, { relation, weight: 1, evidence: [evidence] });
  }
  return graph;
}
