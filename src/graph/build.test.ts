import { describe, expect, it } from "vitest";
import { buildGraph, edgeKey, nodeKey } from "./build.js";

describe("buildGraph", () => {
  it("makes stable keys from type and canonical name", () => {
    expect(nodeKey("person", "José Ramos-Horta")).toBe("person:jose-ramos-horta");
    expect(edgeKey("state:chile", "rejected", "proposal:x")).toBe("state:chile->rejected->proposal:x");
  });

  it("merges entities across documents by name and alias, and edges by key with their evidence", () => {
    const graph = buildGraph([
      { id: "one", text: "Chilean President Mateo Rojas rejected the lithium plan." },
      { id: "two", text: "Rojas again rejected the lithium plan on Tuesday." },
    ]);
    const person = graph.getNodeAttributes("person:mateo-rojas");
    expect(person).toMatchObject({ label: "Mateo Rojas", entityType: "person", aliases: ["Mateo Rojas", "Rojas"], docs: ["one", "two"], roles: ["President"] });
    const edge = graph.getEdgeAttributes(edgeKey("person:mateo-rojas", "rejected", "proposal:lithium-plan"));
    expect(edge.weight).toBe(2);
    expect(edge.evidence.map((e) => e.doc)).toEqual(["one", "two"]);
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["one", "two"]);
  });

  it("never stores domain data under sigma's reserved attribute names", () => {
    const graph = buildGraph([{ id: "d", text: "Kenya and Uganda signed a border accord." }]);
    const reserved = ["type", "x", "y", "size", "color", "hidden", "zIndex", "forceLabel", "highlighted"];
    graph.forEachNode((_, a) => expect(Object.keys(a).filter((k) => reserved.includes(k))).toEqual([]));
    graph.forEachEdge((_, a) => expect(Object.keys(a).filter((k) => reserved.includes(k))).toEqual([]));
  });

  it("gives the same graph for the same input, byte for byte", () => {
    const docs = [{ id: "d", text: "Kenya and Uganda signed a border accord. Sudan rejected it." }];
    expect(JSON.stringify(buildGraph(docs).export())).toBe(JSON.stringify(buildGraph(docs).export()));
  });
});
