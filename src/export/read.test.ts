import { describe, expect, it } from "vitest";
import { GraphFileError } from "../graph/json.js";
import { writeGexf } from "./gexf-write.js";
import { writeGraphml } from "./graphml-write.js";
import { writeJson } from "./json-write.js";
import { readGraphFile } from "./read.js";
import { sampleGraph } from "./sample-graphs.js";
import { splitList } from "./typed-values.js";

const GEXF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
const errorOf = (file: string, text: string): string => {
  try {
    readGraphFile(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphFileError);
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("readGraphFile: malformed files are one clear error", () => {
  it("names file, line and column of truncated XML", () => {
    const text = [...writeGexf(sampleGraph())].join("");
    const truncated = text.slice(0, Math.floor(text.length / 2));
    expect(errorOf("cut.gexf", truncated)).toMatch(/^cut\.gexf: line \d+, column \d+: .*(malformed XML)/);
    const graphml = [...writeGraphml(sampleGraph())].join("");
    expect(errorOf("cut.graphml", graphml.slice(0, 500))).toMatch(/^cut\.graphml: line \d+, column \d+: .*\(malformed XML\)$/);
    expect(errorOf("empty.gexf", "")).toMatch(/^empty\.gexf: .*root.*\(malformed XML\)$/);
  });

  it("rejects the wrong root element", () => {
    expect(errorOf("g.gexf", '<?xml version="1.0"?>\n<graphml><graph/></graphml>')).toBe("g.gexf: line 2, <graphml>: expected <gexf> as the root element, found <graphml>: not a GEXF file");
    expect(errorOf("g.graphml", "<html><body/></html>")).toBe("g.graphml: line 1, <html>: expected <graphml> as the root element, found <html>: not a GraphML file");
  });

  it("names the element and the missing attribute", () => {
    const text = `${GEXF_HEAD}<graph>\n<nodes>\n<node label="no id"/>\n</nodes><edges/></graph></gexf>`;
    expect(errorOf("g.gexf", text)).toBe("g.gexf: line 5, <node>: missing required attribute 'id'");
    const graphml = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>\n<node id="a"/>\n<edge source="a"/></graph></graphml>';
    expect(errorOf("g.graphml", graphml)).toBe("g.graphml: line 3, <edge>: missing required attribute 'target'");
  });

  it("rejects a GEXF without a graph, truncated or non-graph JSON, and unknown extensions", () => {
    expect(errorOf("g.gexf", `${GEXF_HEAD}</gexf>`)).toBe("g.gexf: no <graph> element in the <gexf> file");
    expect(errorOf("g.json", '{"nodes": [{"key": "a"}')).toMatch(/^g\.json: not valid JSON \(/);
    expect(errorOf("g.json", "[1, 2]")).toBe('g.json: not a graph (expected graphology JSON with a "nodes" array)');
    expect(errorOf("g.txt", "x")).toBe("g.txt: unknown graph format '.txt' (expected .json, .gexf, .graphml)");
  });

  it("does not expand entities from a DTD (no billion laughs, no external files)", () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<gexf version="1.3"><graph><nodes><node id="x" label="&b;"/></nodes></graph></gexf>`;
    expect(errorOf("bomb.gexf", text)).toMatch(/^bomb\.gexf: line 3, column \d+: .*entity.*\(malformed XML\)$/i);
  });
});

describe("readGraphFile: repairable problems are warnings", () => {
  it("skips edges to missing nodes with a warning naming the line and node", () => {
    const text = `${GEXF_HEAD}<graph defaultedgetype="directed">\n<nodes><node id="a" label="A"/></nodes>\n<edges>\n<edge id="e1" source="a" target="ghost"/>\n<edge id="e2" source="a" target="ghost2"/>\n</edges></graph></gexf>`;
    const { graph, warnings } = readGraphFile("g.gexf", text);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
    expect(warnings).toContain("g.gexf: line 6: edge 'e1' points to missing node 'ghost' (skipped) (and 1 more like this)");
  });

  it("ignores undeclared attributes and wrongly typed values with a warning", () => {
    const text = `${GEXF_HEAD}<graph>\n<attributes class="node"><attribute id="0" title="mentions" type="integer"/></attributes>\n<nodes>\n<node id="a" label="A"><attvalues><attvalue for="0" value="many"/><attvalue for="9" value="x"/></attvalues></node>\n</nodes><edges/></graph></gexf>`;
    const { graph, warnings } = readGraphFile("g.gexf", text);
    expect(graph.getNodeAttributes("a")).toEqual({ label: "A", aliases: [], mentions: 0 });
    expect(warnings).toEqual([
      "g.gexf: line 6: value 'many' of node attribute 'mentions' is not a valid integer (ignored)",
      "g.gexf: line 6: node attribute '9' is not declared in <attributes class=\"node\"> (values ignored)",
      "g.gexf: node 'a' has no entityType",
    ]);
  });

  it("merges duplicate node ids and renames duplicate edge ids, with warnings", () => {
    const text = `${GEXF_HEAD}<graph>\n<nodes><node id="a" label="A"/>\n<node id="a" label="A again"/><node id="b"/></nodes>\n<edges><edge id="e" source="a" target="b" kind="met"/><edge id="e" source="b" target="a" kind="met"/></edges></graph></gexf>`;
    const { graph, warnings } = readGraphFile("g.gexf", text);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute("a", "label")).toBe("A again");
    expect(graph.getNodeAttribute("b", "label")).toBe("b");
    expect(graph.edges()).toEqual(["e", "b->met->a"]);
    expect(warnings).toContain("g.gexf: line 5: duplicate node id 'a' (attributes merged)");
    expect(warnings).toContain("g.gexf: line 6: duplicate edge id 'e' (kept, with a new id)");
  });

  it("reads an attribute named __proto__ (which assignment would turn into the object's prototype) as __proto___", () => {
    const gexf = `${GEXF_HEAD}<graph><attributes class="node"><attribute id="0" title="__proto__" type="liststring"/></attributes>
<nodes><node id="a" label="A"><attvalues><attvalue for="0" value="[&quot;x&quot;]"/></attvalues></node></nodes><edges/></graph></gexf>`;
    const graphml = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="p" for="node" attr.name="__proto__" attr.type="string" attr.list="string"/>
<graph><node id="a"><data key="p">["x"]</data></node></graph></graphml>`;
    for (const [file, text] of [["g.gexf", gexf], ["g.graphml", graphml]]) {
      const { graph, warnings } = readGraphFile(file, text);
      expect(warnings).toContain(`${file}: attribute '__proto__' is read as '__proto___' (a JavaScript object cannot hold that name)`);
      expect(graph.getNodeAttribute("a", "__proto___")).toEqual(["x"]);
      expect(Object.getPrototypeOf(graph.getNodeAttributes("a"))).toBe(Object.prototype);
    }
  });

  it("repairs wrong attribute types in JSON graphs with one warning per kind of problem", () => {
    const data = {
      attributes: { documents: "none" },
      nodes: [
        { key: "a", attributes: { label: "A", entityType: "person", aliases: "Al", mentions: "3" } },
        { key: "b", attributes: { label: 7, entityType: "alien", aliases: ["B", 2], mentions: -1 } },
        { key: "c", attributes: { label: "C", entityType: "place", aliases: [], mentions: "lots" } },
      ],
      edges: [
        { key: "x", source: "a", target: "b", attributes: { relation: "met", weight: "two", evidence: [{ doc: "d", sentence: 0, start: 0, end: 1, text: "x" }, { text: 5 }] } },
        { key: "y", source: "a", target: "zz", attributes: { relation: "met" } },
        { key: "z", source: "b", target: "c", attributes: { relation: 3, negated: "yes", evidence: "x" } },
      ],
    };
    const { graph, warnings } = readGraphFile("g.json", JSON.stringify(data));
    expect(graph.getAttribute("documents")).toEqual([]);
    expect(graph.getNodeAttributes("a")).toEqual({ label: "A", entityType: "person", aliases: ["Al"], mentions: 3 });
    expect(graph.getNodeAttributes("b")).toEqual({ label: "b", entityType: "alien", aliases: ["B"], mentions: 0 });
    expect(graph.getEdgeAttributes("x")).toEqual({ relation: "met", weight: 1, evidence: [{ doc: "d", sentence: 0, start: 0, end: 1, text: "x" }] });
    expect(graph.getEdgeAttributes("z")).toEqual({ weight: 1, evidence: [] });
    expect(warnings).toEqual([
      'g.json: graph documents is not a list ("none"), dropped',
      "g.json: node 'a': aliases is text, not a list (made a one-item list)",
      "g.json: node 'a': mentions is text '3', read as a number",
      "g.json: node 'b': label is not text (7), used the id",
      "g.json: node 'b': unknown entityType 'alien' (expected person, state, organisation, place, proposal)",
      "g.json: node 'b': aliases has items that are not text (dropped)",
      "g.json: node 'b': mentions is not a number >= 0 (-1), set to 0 (and 1 more like this)",
      "g.json: edge 'x': evidence entries without doc, sentence, start, end and text were dropped",
      "g.json: edge 'x': weight is not a number >= 0 (\"two\"), set to 1",
      "g.json: edge 1 points to missing node 'zz' (skipped)",
      "g.json: edge 'z': relation is not text (3), dropped",
      "g.json: edge 'z': evidence is not a list (\"x\"), dropped",
      "g.json: edge 'z': negated is not true/false (\"yes\"), dropped",
    ]);
  });
});

describe("readGraphFile: other tools' files", () => {
  it("reads a Gephi-style GEXF 1.2 file with numeric attribute ids, defaults, | lists and undirected edges", () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.9</creator></meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="entityType" type="string"><default>person</default></attribute>
      <attribute id="1" title="aliases" type="liststring"/>
      <attribute id="2" title="Modularity Class" type="integer"/>
    </attributes>
    <nodes>
      <node id="0" label="Hello"><attvalues><attvalue for="1" value="Hi|Hey"/><attvalue for="2" value="3"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0" z="0.0"/><viz:color r="255" g="0" b="0"/></node>
      <node id="1" label="World"><attvalues><attvalue for="0" value="place"/></attvalues></node>
    </nodes>
    <edges><edge id="0" source="0" target="1" weight="2.5"/></edges>
  </graph>
</gexf>`;
    const { graph, warnings } = readGraphFile("gephi.gexf", text);
    expect(graph.getNodeAttributes("0")).toEqual({ label: "Hello", entityType: "person", aliases: ["Hi", "Hey"], mentions: 0, "Modularity Class": 3, x: 1.5, y: -2 });
    expect(graph.getNodeAttributes("1")).toEqual({ label: "World", entityType: "place", aliases: [], mentions: 0 });
    expect(graph.getEdgeAttributes("0")).toEqual({ weight: 2.5, evidence: [] });
    expect(warnings).toEqual([
      "gephi.gexf: undirected edges are read as directed (source -> target)",
      "gephi.gexf: edge '0' has no relation",
    ]);
  });

  it("keeps a JSON graph's ban on self-loops, skipping self-loop edges with a warning", () => {
    const data = { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { documents: [] },
      nodes: [{ key: "a", attributes: { label: "A", entityType: "state", aliases: [], mentions: 1 } }],
      edges: [{ key: "loop", source: "a", target: "a", attributes: { relation: "met", weight: 1, evidence: [] } }] };
    const { graph, warnings } = readGraphFile("g.json", JSON.stringify(data));
    expect(graph.allowSelfLoops).toBe(false);
    expect(graph.size).toBe(0);
    expect(warnings).toEqual(["g.json: edge 0 is a self-loop in a graph that allows none (skipped)"]);
    expect(JSON.parse([...writeJson(graph)].join("")).options).toEqual(data.options);
  });

  it("reads JSON written by writeJson back to the same graph", () => {
    const graph = sampleGraph();
    const { graph: back, warnings } = readGraphFile("g.json", [...writeJson(graph)].join(""));
    expect(warnings).toEqual([]);
    expect(back.export()).toEqual(graph.export());
  });
});

describe("readGraphFile: text in chunks", () => {
  it("reads GEXF, GraphML and JSON given as small chunks (split anywhere, even inside a character)", () => {
    const graph = sampleGraph();
    for (const [name, text] of [["g.gexf", [...writeGexf(graph)].join("")], ["g.graphml", [...writeGraphml(graph)].join("")], ["g.json", [...writeJson(graph)].join("")]]) {
      // One UTF-16 unit per chunk: the emoji in the sample graph is split between its two surrogates.
      const chunks = text.split("");
      expect(readGraphFile(name, chunks).graph.export(), name).toEqual(readGraphFile(name, text).graph.export());
    }
  });
});

describe("list values", () => {
  it("reads JSON, Gephi/graphology-gexf bracketed and GEXF 1.2 pipe lists", () => {
    expect(splitList('["a","b, c","\\u0001"]')).toEqual(["a", "b, c", "\u0001"]);
    expect(splitList("[a, 'b, \"c\"', \"d's\", e f]")).toEqual(["a", 'b, "c"', "d's", "e f"]);
    expect(splitList("a|b| c")).toEqual(["a", "b", "c"]);
    expect(splitList("[]")).toEqual([]);
    expect(splitList("")).toEqual([]);
  });
});
