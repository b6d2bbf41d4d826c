// Property test: random graphs with adversarial text (controls, lone surrogates, markup, quotes) go
// through every writer without throwing, and the GEXF, GraphML and JSON files always read back.
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATIONS, type NewsGraph } from "../graph/types.js";
import { writeCsv } from "./csv-write.js";
import { writeCypher } from "./cypher-write.js";
import { writeGexf } from "./gexf-write.js";
import { writeGraphml } from "./graphml-write.js";
import { writeJson } from "./json-write.js";
import { writeNeo4j } from "./neo4j-write.js";
import { readGraphFile } from "./read.js";
import { xmlSafe } from "./xml-escape.js";

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom("<a&b>", '"q"', "]]>", "=1+1", "a,b\r\nc", "\uD800", "\uFFFF"));
const arbitraryGraph = fc.record({
  nodes: fc.uniqueArray(fc.record({ key: text, label: text, entityType: fc.constantFrom(...ENTITY_TYPES), aliases: fc.array(text, { maxLength: 3 }), mentions: fc.nat(50) }),
    { minLength: 1, maxLength: 8, selector: (n) => xmlSafe(n.key) }),
  edges: fc.array(fc.record({ source: fc.nat(), target: fc.nat(), relation: fc.constantFrom(...RELATIONS), sentence: text, negated: fc.boolean() }), { maxLength: 12 }),
}).map(({ nodes, edges }) => {
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ documents: [{ id: "d", date: "2025-01-01" }] });
  for (const { key, ...attributes } of nodes) graph.addNode(key, { ...attributes, docs: ["d"] });
  for (const e of edges) {
    const source = nodes[e.source % nodes.length].key, target = nodes[e.target % nodes.length].key;
    const evidence = [{ doc: "d", sentence: 0, start: 0, end: e.sentence.length, text: e.sentence }];
    graph.addEdge(source, target, { relation: e.relation, weight: 1, evidence, negated: e.negated });
  }
  return graph;
});

const join = (chunks: Iterable<string>) => [...chunks].join("");

describe("exporters on random graphs (fixed seed)", () => {
  it("never throw, and GEXF, GraphML and JSON always re-import with the same nodes and edges", () => {
    fc.assert(fc.property(arbitraryGraph, (graph) => {
      join(writeCypher(graph));
      for (const files of [writeCsv(graph), writeNeo4j(graph)]) for (const chunks of Object.values(files)) join(chunks);
      const keys = graph.nodes().map(xmlSafe).sort();
      const labels = graph.nodes().map((n) => xmlSafe(graph.getNodeAttribute(n, "label"))).sort();
      const triples = new Set(graph.mapEdges((_, a, s, t) => JSON.stringify([xmlSafe(s), a.relation, xmlSafe(t)])));

      const json = readGraphFile("g.json", join(writeJson(graph)));
      expect(json.warnings).toEqual([]);
      expect(json.graph.export()).toEqual(graph.export());

      const graphml = readGraphFile("g.graphml", join(writeGraphml(graph)));
      expect(graphml.warnings).toEqual([]);
      expect(graphml.graph.nodes().sort()).toEqual(keys);
      expect(graphml.graph.mapNodes((_, a) => a.label).sort()).toEqual(labels);
      expect(graphml.graph.size).toBe(graph.size);

      const gexf = readGraphFile("g.gexf", join(writeGexf(graph, { layout: { iterations: 5 } })));
      expect(gexf.warnings).toEqual([]);
      expect(gexf.graph.nodes().sort()).toEqual(keys);
      expect(gexf.graph.mapNodes((_, a) => a.label).sort()).toEqual(labels);
      expect(gexf.graph.size).toBe(triples.size);
      expect(gexf.graph.reduceEdges((sum, _, a) => sum + a.weight, 0)).toBe(graph.size);
    }), { seed: 20250602, numRuns: 150 });
  });
});
