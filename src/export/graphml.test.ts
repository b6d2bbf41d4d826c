import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasNetworkx } from "../../test/helpers/xmllint.js";
import type { NewsGraph } from "../graph/types.js";
import { readGraphml } from "./graphml-read.js";
import { writeGraphml } from "./graphml-write.js";
import { sampleGraph, syntheticGraph } from "./sample-graphs.js";

const graphml = (graph: NewsGraph) => [...writeGraphml(graph)].join("");
if (!hasNetworkx) console.warn("python3 networkx is not installed: the networkx GraphML check is skipped");

describe("GraphML", () => {
  it("round-trips nodes, edges, attributes and the documents table exactly", () => {
    const graph = sampleGraph();
    const { graph: back, warnings } = readGraphml(graphml(graph));
    expect(warnings).toEqual([]);
    expect(back.export()).toEqual(graph.export());
  });

  it("keeps parallel edges and is deterministic", () => {
    const build = () => {
      const graph = syntheticGraph({ nodes: 50, edges: 300, seed: 3 });
      graph.addEdgeWithKey("parallel", "n1", "n2", { relation: "met", weight: 1, evidence: [] });
      graph.addEdgeWithKey("parallel2", "n1", "n2", { relation: "met", weight: 2, evidence: [] });
      return graph;
    };
    const text = graphml(build());
    expect(graphml(build())).toBe(text);
    const back = readGraphml(text).graph;
    expect(back.size).toBe(build().size);
    expect(back.getEdgeAttribute("parallel2", "weight")).toBe(2);
  });

  (hasNetworkx ? it : it.skip)("is read by networkx read_graphml with the same counts and typed keys", () => {
    const graph = sampleGraph();
    graph.addEdgeWithKey("parallel", "russia", "ceasefire", { relation: "rejected", weight: 1, evidence: [] });
    const file = join(mkdtempSync(join(tmpdir(), "graphml-")), "graph.graphml");
    writeFileSync(file, graphml(graph));
    const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes["russia"]
e = g.edges["russia", "ceasefire", "russia->rejected->ceasefire"]
print(json.dumps({"directed": g.is_directed(), "multi": g.is_multigraph(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "mentions": type(n["mentions"]).__name__, "score": type(g.nodes["nato"]["score"]).__name__, "verified": g.nodes["nato"]["verified"],
  "aliases": json.loads(n["aliases"]), "weight": type(e["weight"]).__name__, "negated": g.edges["russia", "ukraine", "russia->agreed->ukraine"]["negated"],
  "documents": len(json.loads(g.graph["documents"]))}))`;
    const out = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
    expect(out).toEqual({
      directed: true, multi: true, nodes: graph.order, edges: graph.size,
      mentions: "int", score: "float", verified: true, aliases: ["Moscow", "the Kremlin"], weight: "int", negated: true, documents: 3,
    });
  });
});
