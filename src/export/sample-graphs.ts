// Graphs for tests, fuzzing and benchmarks: one small hand-made graph full of awkward content, and
// seeded synthetic graphs of any size following the graph model.
import { MultiDirectedGraph } from "graphology";
import { seededRandom } from "./random.js";
import { ENTITY_TYPES, RELATIONS, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../graph/types.js";

/** A small graph with quotes, markup, commas, newlines, non-Latin text, empty lists and every edge attribute. */
export function sampleGraph(): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    documents: [
      { id: "istanbul", title: "Talks in Istanbul", date: "2025-06-02", path: "data/articles/istanbul-talks.txt", words: 620 },
      { id: "kyiv", title: "Kyiv, \"again\"", date: "2025-05-16" },
      { id: "undated" },
    ],
  });
  const node = (key: string, attributes: NodeAttributes) => graph.addNode(key, attributes);
  node("russia", { label: "Russia", entityType: "state", aliases: ["Moscow", "the Kremlin"], mentions: 12, docs: ["istanbul", "kyiv"] });
  node("ukraine", { label: "Ukraine", entityType: "state", aliases: ["Kyiv"], mentions: 9, docs: ["istanbul"] });
  node("rustem karimov", { label: "Rustem Karimov", entityType: "person", aliases: [], mentions: 2, roles: ["Defence Minister", "head, delegation"], docs: ["istanbul"] });
  node("ceasefire", { label: "\"unconditional\" ceasefire <30 days> & more", entityType: "proposal", aliases: ["truce;\nlimited"], mentions: 4, docs: ["undated"] });
  node("zelensky", { label: "Володимир Зеленський", entityType: "person", aliases: ["Zelensky", "=HYPERLINK(\"x\")"], mentions: 5, roles: [] });
  node("nato", { label: "NATO 🛡️", entityType: "organisation", aliases: [], mentions: 1, community: 2, score: 0.5, verified: true });
  const edge = (source: string, target: string, attributes: EdgeAttributes) =>
    graph.addEdgeWithKey(`${source}->${attributes.relation}->${target}`, source, target, attributes);
  edge("russia", "ceasefire", {
    relation: "rejected", weight: 2, plover: "REJECT", quad: "verbal conflict",
    evidence: [
      { doc: "istanbul", sentence: 2, start: 380, end: 470, text: "Russia once again rejected a proposal for an “unconditional ceasefire”", reportedBy: "Ukrainian negotiators" },
      { doc: "kyiv", sentence: 0, start: 0, end: 30, text: "Hrytsenko confirmed Russia's rejection, \"again\" | twice" },
    ],
  });
  edge("ukraine", "ceasefire", { relation: "proposed", weight: 1, plover: "PROPOSE", quad: "verbal cooperation", intent: true, evidence: [{ doc: "istanbul", sentence: 3, start: 500, end: 560, text: "Ukraine had submitted its truce proposal\ndays before" }] });
  edge("russia", "ukraine", { relation: "agreed", weight: 1, negated: true, evidence: [{ doc: "istanbul", sentence: 0, start: 0, end: 100, text: "both sides failed to agree" }] });
  edge("rustem karimov", "ukraine", { relation: "leader_of", weight: 1, evidence: [] });
  edge("zelensky", "russia", { relation: "accused", weight: 1, evidence: [{ doc: "kyiv", sentence: 1, start: 40, end: 90, text: "accused Russia of using negotiations" }], confidence: 0.75 });
  edge("ukraine", "ukraine", { relation: "mobilised", weight: 1, evidence: [] });
  return graph;
}

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Give every node x/y, as a laid-out graph has (skips the layout when writing GEXF). */
  positions?: boolean;
}

/** A seeded random graph following the model: same options, same graph. */
export function syntheticGraph(options: SyntheticOptions): NewsGraph {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const graph: NewsGraph = new MultiDirectedGraph();
  const docs = Array.from({ length: Math.max(1, Math.ceil(options.nodes / 100)) }, (_, i) => ({
    id: `doc${i}`, title: `Document ${i}`, date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
  graph.replaceAttributes({ documents: docs });
  for (let i = 0; i < options.nodes; i++) {
    const attributes: NodeAttributes = {
      label: `Entity ${i}`, entityType: pick(ENTITY_TYPES), aliases: random() < 0.3 ? [`E${i}`, `Alias, ${i}`] : [],
      mentions: 1 + Math.floor(random() * 20), docs: [pick(docs).id],
    };
    if (options.positions) Object.assign(attributes, { x: random() * 1000, y: random() * 1000 });
    graph.addNode(`n${i}`, attributes);
  }
  for (let i = 0; i < options.edges && options.nodes > 0; i++) {
    const source = `n${Math.floor(random() * options.nodes)}`, target = `n${Math.floor(random() * options.nodes)}`;
    const relation = pick(RELATIONS), doc = pick(docs).id;
    const evidence = { doc, sentence: i % 50, start: i, end: i + 40, text: `Sentence ${i} says ${source} ${relation} ${target}.` };
    const key = `${source}->${relation}->${target}`;
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttribute(key, "weight", (w) => (w ?? 0) + 1);
      graph.getEdgeAttribute(key, "evidence").push(evidence);
    } else graph.addEdgeWithKey(key, source, target, { relation, weight: 1, evidence: [evidence] });
  }
  return graph;
}
