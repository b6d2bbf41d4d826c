import { describe, expect, it } from "vitest";
import type { Extraction } from "../pipeline/types.js";
import { buildGraph, createGraph } from "./build.js";
import { mergeGraph, mergeGraphs } from "./merge.js";
import type { EntityType, Relation } from "./types.js";

type Entity = [label: string, entityType: EntityType, aliases: string[]];

/** A document's extraction, made by hand: entities by index, claims between them in numbered sentences. */
function extraction(doc: string, entities: Entity[], claims: [source: number, relation: Relation, target: number, sentence: number][]): Extraction {
  return {
    doc: { id: doc, hash: `h-${doc}`, words: 10 },
    entities: entities.map(([label, entityType, aliases], id) => ({ id, label, entityType, aliases, mentions: aliases.length || 1, roles: entityType === "person" ? ["Minister"] : [] })),
    claims: claims.map(([source, relation, target, sentence]) => ({
      source, target, relation, evidence: { doc, sentence, start: sentence * 10, end: sentence * 10 + 5, text: `s${sentence}` },
    })),
  };
}

// Names that cross documents in every way a merge decides on: same key, alias, a label only ever seen as an
// alias of another node, a negated claim later stated plainly, a body by its name and state, a proposal of
// common words by a party, named before or after it; and names that must not: common nouns ("government",
// "police", "deal"), surnames ("Kim", "Brenner"), which many people share, and "prisoner exchange" of other parties.
const CORPUS: Extraction[] = [
  extraction("d1", [["Ceasefire in Gaza", "proposal", ["Gaza truce"]], ["Egypt", "state", ["Egypt", "Cairo", "government"]], ["Kim Jong Un", "person", ["Kim Jong Un", "Kim"]],
    ["police", "organisation", ["Police"]], ["Lukas Brenner", "person", ["Lukas Brenner", "Brenner"]], ["deal", "proposal", ["the deal"]]],
  [[1, "proposed", 0, 0], [2, "rejected", 0, 1]]),
  extraction("d2", [["Gaza ceasefire", "proposal", ["Gaza truce", "the truce"]], ["Israel", "state", ["Israel", "government"]], ["Kim Min-seok", "person", ["Kim Min-seok"]],
    ["police", "organisation", ["police", "Police"]], ["Claudia Brenner", "person", ["Claudia Brenner", "Brenner"]], ["truce deal", "proposal", ["the deal"]]],
  [[1, "rejected", 0, 0], [2, "supported", 0, 2]]),
  extraction("d3", [["Gaza ceasefire", "proposal", ["the ceasefire"]], ["Egypt", "state", ["Egyptian mediators"]], ["Kim", "person", ["Kim"]], ["Brenner", "person", ["Brenner"]],
    ["truce deal", "proposal", ["truce deal"]]],
  [[1, "mediated", 0, 0], [2, "rejected", 0, 3]]),
  extraction("d4", [["Israel", "state", ["Israel", "Israeli government"]], ["Egypt", "state", ["Cairo"]], ["Min-seok", "person", ["Min-seok"]],
    ["prisoner exchange", "proposal", ["prisoner exchange"]], ["Supreme Court", "organisation", ["Supreme Court"]]],
  [[0, "met", 1, 0], [0, "rejected", 1, 1], [0, "agreed", 3, 2], [4, "part_of", 1, 3]]),
  extraction("d5", [["Israel", "state", ["Israel"]], ["Egypt", "state", ["Egypt"]], ["Jong Un", "person", ["Jong Un"]], ["Supreme Court", "organisation", ["Supreme Court"]]],
    [[0, "met", 1, 4], [0, "met", 1, 4]]),
  extraction("d6", [["Israel", "state", ["Israel"]], ["Egypt", "state", ["Egypt"]], ["prisoner exchange", "proposal", ["prisoner exchange"]]],
    [[0, "rejected", 1, 0], [1, "agreed", 2, 1]]),
  extraction("d7", [["prisoner exchange", "proposal", ["the exchange"]], ["Israel's Supreme Court", "organisation", ["Israel's Supreme Court"]], ["Israel", "state", ["Israel"]]],
    [[2, "rejected", 0, 0], [1, "supported", 0, 1]]),
];
CORPUS[3].claims[1].negated = true;
CORPUS[5].claims[0].intent = true;

const bytes = (graph: ReturnType<typeof createGraph>) => JSON.stringify(graph.export());
/** The graph as saved to a file and read back. */
const reloaded = (graph: ReturnType<typeof createGraph>) => {
  const copy = createGraph();
  copy.import(JSON.parse(bytes(graph)));
  return copy;
};

describe("mergeGraph", () => {
  const whole = bytes(buildGraph(CORPUS));

  it("merging the graphs of consecutive slices, in order, equals one build", () => {
    for (let cut = 0; cut <= CORPUS.length; cut++) {
      const merged = mergeGraphs([reloaded(buildGraph(CORPUS.slice(0, cut))), reloaded(buildGraph(CORPUS.slice(cut)))]);
      expect(bytes(merged), `cut at ${cut}`).toBe(whole);
    }
    const pairs = mergeGraphs([0, 2, 4, 6].map((i) => reloaded(buildGraph(CORPUS.slice(i, i + 2)))));
    expect(bytes(pairs)).toBe(whole);
  });

  it("continuing a build from a saved graph equals one build", () => {
    for (let cut = 0; cut <= CORPUS.length; cut++) {
      const graph = buildGraph(CORPUS.slice(cut), { into: reloaded(buildGraph(CORPUS.slice(0, cut))) });
      expect(bytes(graph), `cut at ${cut}`).toBe(whole);
    }
  });

  it("lists each document once and does not count a sentence twice", () => {
    const graph = buildGraph(CORPUS);
    mergeGraph(graph, reloaded(buildGraph(CORPUS.slice(4))));
    expect(graph.getAttribute("documents").map((d) => d.id)).toEqual(["d1", "d2", "d3", "d4", "d5", "d6", "d7"]);
    const met = graph.getEdgeAttributes("state:israel->met->state:egypt");
    expect(met.weight).toBe(2);
    expect(met.evidence.map((e) => `${e.doc}:${e.sentence}`)).toEqual(["d4:0", "d5:4"]);
  });

  it("keeps names found in one slice findable in the next: a label joins the aliases of the node it merged into", () => {
    const graph = buildGraph(CORPUS.slice(0, 2));
    expect(graph.getNodeAttributes("proposal:ceasefire-in-gaza").aliases).toEqual(["Gaza truce", "Gaza ceasefire", "the truce"]);
    expect(graph.getEdgeAttributes("state:israel->rejected->proposal:ceasefire-in-gaza").evidence[0].doc).toBe("d2");
  });

  it("finds an entity in other documents by its proper names, a body by its name and state, a proposal of common words by a party", () => {
    const graph = buildGraph(CORPUS);
    const docsOf = (key: string) => graph.getNodeAttribute(key, "docs");
    // "government" in two texts is two states; each text's "police" or "deal" is its own node.
    expect(docsOf("state:egypt")).toEqual(["d1", "d3", "d4", "d5", "d6"]);
    expect(docsOf("state:israel")).toEqual(["d2", "d4", "d5", "d6", "d7"]);
    expect(docsOf("organisation:police@d1")).toEqual(["d1"]);
    expect(docsOf("organisation:police@d2")).toEqual(["d2"]);
    expect(docsOf("proposal:deal@d1")).toEqual(["d1"]);
    // "truce deal" twice with no party, "prisoner exchange" with other parties: other texts' proposals.
    expect(docsOf("proposal:truce-deal@d2")).toEqual(["d2"]);
    expect(docsOf("proposal:truce-deal@d3")).toEqual(["d3"]);
    expect(docsOf("proposal:prisoner-exchange@d4")).toEqual(["d4", "d7"]);
    expect(docsOf("proposal:prisoner-exchange@d6")).toEqual(["d6"]);
    // Egypt's Supreme Court by its claim (d4); Israel's by the state its text names most (d5) and by its label (d7).
    expect(docsOf("organisation:supreme-court@state:egypt")).toEqual(["d4"]);
    expect(docsOf("organisation:supreme-court@state:israel")).toEqual(["d5", "d7"]);
    // A surname alone finds no full name, and two full names sharing it are two people.
    expect(docsOf("person:lukas-brenner")).toEqual(["d1"]);
    expect(docsOf("person:claudia-brenner")).toEqual(["d2"]);
    expect(docsOf("person:brenner")).toEqual(["d3"]);
    expect(docsOf("person:kim-jong-un")).toEqual(["d1"]);
    expect(docsOf("person:kim")).toEqual(["d3"]);
  });

  it("clears negated and intent when a claim is stated plainly elsewhere", () => {
    const graph = buildGraph(CORPUS);
    expect(graph.getEdgeAttributes("state:israel->rejected->state:egypt")).not.toHaveProperty("negated");
    expect(graph.getEdgeAttributes("state:israel->rejected->state:egypt")).not.toHaveProperty("intent");
    const negatedOnly = buildGraph(CORPUS.slice(3, 4));
    expect(negatedOnly.getEdgeAttributes("state:israel->rejected->state:egypt").negated).toBe(true);
  });
});
