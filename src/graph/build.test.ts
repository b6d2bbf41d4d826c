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
      { id: "two", text: "Mateo Rojas again rejected the lithium plan on Tuesday. Rojas spoke in Santiago." },
    ]);
    const person = graph.getNodeAttributes("person:mateo-rojas");
    expect(person).toMatchObject({ label: "Mateo Rojas", entityType: "person", aliases: ["Mateo Rojas", "Rojas"], docs: ["one", "two"], roles: ["President"] });
    const edge = graph.getEdgeAttributes(edgeKey("person:mateo-rojas", "rejected", "proposal:lithium-plan"));
    expect(edge.weight).toBe(2);
    expect(edge.evidence.map((e) => e.doc)).toEqual(["one", "two"]);
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["one", "two"]);
  });

  it("keeps apart what common nouns and surnames name in different documents", () => {
    const graph = buildGraph([
      { id: "one", text: "Kenya's government rejected the deal. Finance Minister Ruth Otieno said the police would stay. Otieno left." },
      { id: "two", text: "Uganda's government backed the deal. Trade Minister Paul Otieno said the police had left. Otieno spoke." },
    ]);
    const labels = graph.mapNodes((_, a) => `${a.entityType}:${a.label}:${(a.docs ?? []).join("+")}`);
    expect(labels).toEqual(expect.arrayContaining(["state:Kenya:one", "state:Uganda:two", "person:Ruth Otieno:one", "person:Paul Otieno:two"]));
    expect(labels.filter((l) => l.startsWith("proposal:deal:"))).toEqual(["proposal:deal:one", "proposal:deal:two"]);
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
