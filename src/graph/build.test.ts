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
    // "lithium plan" is common words: its node is its first text's, which the second joins through its party.
    const edge = graph.getEdgeAttributes(edgeKey("person:mateo-rojas", "rejected", "proposal:lithium-plan@one"));
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

  it("joins a proposal of common words to another text's only through a party in common", () => {
    const graph = buildGraph([
      { id: "one", text: "Chile and Peru agreed on a prisoner exchange on Monday after talks in Lima." },
      { id: "two", text: "Peru proposed a prisoner exchange in March." },
      { id: "three", text: "Kenya and Somalia agreed on a prisoner exchange on Friday." },
      { id: "four", text: "The United Nations urged Kenya and Somalia to exercise restraint." },
      { id: "five", text: "The United Nations urged Chile and Peru to exercise restraint." },
    ]);
    const docsOf = (label: string) => graph.filterNodes((_, a) => a.label === label).map((key) => `${key}:${graph.getNodeAttribute(key, "docs")!.join("+")}`);
    expect(docsOf("prisoner exchange")).toEqual(["proposal:prisoner-exchange@one:one+two", "proposal:prisoner-exchange@three:three"]);
    // Who only urges a proposal says nothing of whose it is.
    expect(docsOf("exercise restraint")).toEqual(["proposal:exercise-restraint@four:four", "proposal:exercise-restraint@five:five"]);
  });

  it("knows a body every state has by its name and its state, told by its label or by the state its text is about", () => {
    const graph = buildGraph([
      { id: "one", text: "Peru’s Congress rejected the pension reform on Monday." },
      { id: "two", text: "The pension reform was rejected again by Congress in Lima, Peru’s government said." },
      { id: "three", text: "Chile’s Congress rejected the pension reform on Tuesday." },
      { id: "four", text: "Brazil’s Supreme Court suspended the logging decree. India’s Supreme Court upheld a mining ban." },
    ]);
    const docsOf = (key: string) => graph.getNodeAttribute(key, "docs");
    expect(docsOf("organisation:congress@state:peru")).toEqual(["one", "two"]);
    expect(docsOf("organisation:congress@state:chile")).toEqual(["three"]);
    expect(graph.getNodeAttribute("organisation:congress@state:peru", "aliases")).toEqual(["Peru’s Congress", "Congress"]);
    expect(docsOf("organisation:supreme-court@state:brazil")).toEqual(["four"]);
    expect(docsOf("organisation:supreme-court@state:india")).toEqual(["four"]);
    // A body known by its state is a party: Peru's two texts share their "pension reform", Chile's is its own.
    expect(docsOf("proposal:pension-reform@one")).toEqual(["one", "two"]);
    expect(docsOf("proposal:pension-reform@three")).toEqual(["three"]);
  });

  it("keeps apart the common noun phrases that open sentences, capitalised, and joins the proper names", () => {
    const graph = buildGraph([
      { id: "one", text: "Rights groups criticised the new mining code in Zambia on Monday. Human Rights Watch criticised it too." },
      { id: "two", text: "Rights groups welcomed the court ruling in Chile. Human Rights Watch welcomed the ruling." },
    ]);
    const keys = graph.filterNodes((_, a) => a.entityType === "organisation").map((key) => `${key}:${graph.getNodeAttribute(key, "docs")!.join("+")}`);
    expect(keys).toEqual(expect.arrayContaining(["organisation:rights-groups@one:one", "organisation:rights-groups@two:two", "organisation:human-rights-watch:one+two"]));
  });

  it("knows a mission abroad by its state and the state its text is about, where it sits", () => {
    const graph = buildGraph([
      { id: "one", text: "The Chinese embassy in Kampala said Uganda had arrested two engineers. Uganda denied it." },
      { id: "two", text: "Uganda’s police raided a Chinese company. The Chinese embassy protested to Uganda." },
      { id: "three", text: "Brazil expelled a diplomat, and the Chinese embassy in Brasilia protested to Brazil." },
    ]);
    expect(graph.getNodeAttribute("organisation:embassy@state:china@state:uganda", "docs")).toEqual(["one", "two"]);
    expect(graph.getNodeAttribute("organisation:embassy@state:china@state:brazil", "docs")).toEqual(["three"]);
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
