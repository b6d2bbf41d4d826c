import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { NewsGraph } from "../graph/types.js";
import { highlightSegments } from "./highlight.js";
import { fold, SearchIndex } from "./search.js";

function graph(): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  g.replaceAttributes({ documents: [] });
  g.addNode("zelensky", { label: "Volodymyr Zelensky", entityType: "person", aliases: ["Zelenskyy", "Зеленський"], mentions: 3 });
  g.addNode("kyiv", { label: "Kyiv", entityType: "state", aliases: ["Kiev"], mentions: 2 });
  g.addNode("zaporizhzhia", { label: "Zaporizhzhia", entityType: "place", aliases: [], mentions: 1 });
  g.addNode("erdogan", { label: "Recep Tayyip Erdoğan", entityType: "person", aliases: [], mentions: 1 });
  return g;
}

describe("search", () => {
  it("folds case and accents", () => {
    expect(fold("ÉRDOĞAN Zélensky")).toBe("erdogan zelensky");
  });

  it("matches labels and aliases, case- and accent-insensitively", () => {
    const index = new SearchIndex(graph());
    expect(index.search("erdogan").map((h) => h.node)).toEqual(["erdogan"]);
    expect(index.search("KIEV")).toEqual([{ node: "kyiv", label: "Kyiv", via: "Kiev" }]);
    expect(index.search("  ")).toEqual([]);
  });

  it("ranks whole-name prefixes before word prefixes before substrings", () => {
    const index = new SearchIndex(graph());
    expect(index.search("z").map((h) => h.node)).toEqual(["zaporizhzhia", "zelensky"]);
    expect(index.search("zel").map((h) => h.node)).toEqual(["zelensky"]);
    expect(index.search("iv").map((h) => h.node)).toEqual(["kyiv"]);
  });
});

describe("evidence highlighting", () => {
  it("marks every name, keeps all text, and respects word boundaries", () => {
    const text = "Russia rejected Ukraine’s proposal; Russian media agreed.";
    const segments = highlightSegments(text, ["Russia", "Ukraine"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Russia", "Ukraine"]);
  });

  it("matches accented text and prefers longer names", () => {
    const segments = highlightSegments("President Erdoğan met Zelensky.", ["Erdogan", "Zelensky", "Zel"]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Erdoğan", "Zelensky"]);
  });

  it("leaves markup as plain text", () => {
    const segments = highlightSegments("<script>alert(1)</script> Kyiv", ["Kyiv"]);
    expect(segments[0]).toEqual({ text: "<script>alert(1)</script> ", mark: false });
  });
});
