import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import gexfParser from "graphology-gexf";
import { gexfErrors, hasXmllint } from "../../test/helpers/xmllint.js";
import type { NewsGraph } from "../graph/types.js";
import { readGexf } from "./gexf-read.js";
import { writeGexf } from "./gexf-write.js";
import { ENTITY_COLORS } from "./palette.js";
import { sampleGraph, syntheticGraph } from "./sample-graphs.js";

const gexf = (graph: NewsGraph, options?: Parameters<typeof writeGexf>[1]) => [...writeGexf(graph, options)].join("");
if (!hasXmllint) console.warn("xmllint is not installed: GEXF grammar checks are skipped");
const validIt = hasXmllint ? it : it.skip;

describe("writeGexf", () => {
  validIt("writes GEXF valid against the 1.3 RELAX NG grammar", () => {
    expect(gexfErrors(gexf(sampleGraph()))).toBe("");
    expect(gexfErrors(gexf(syntheticGraph({ nodes: 300, edges: 1500, seed: 7 })))).toBe("");
    expect(gexfErrors(gexf(new MultiDirectedGraph() as NewsGraph))).toBe("");
    // The check itself rejects what the grammar forbids.
    expect(gexfErrors('<gexf xmlns="http://gexf.net/1.3" version="1.2"><graph><nodes/><edges/></graph></gexf>')).toMatch(/fails to validate/);
  });

  validIt("stays valid with control characters, lone surrogates and markup in the text", () => {
    const graph = sampleGraph();
    graph.setNodeAttribute("russia", "label", "bad\u0000\u0007 \uD800 <b>&amp;</b>]]>");
    graph.setNodeAttribute("ukraine", "aliases", ["\u001b[31m", "\uFFFF"]);
    const text = gexf(graph);
    expect(gexfErrors(text)).toBe("");
    expect(readGexf(text).graph.getNodeAttribute("russia", "label")).toBe("bad\uFFFD\uFFFD \uFFFD <b>&amp;</b>]]>");
  });

  it("declares typed domain attributes only, no display state", () => {
    const graph = sampleGraph();
    graph.mergeNodeAttributes("russia", { x: 1, y: 2, size: 9, color: "#000000", hidden: true, highlighted: true });
    const text = gexf(graph);
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(text).toContain('<attribute id="mentions" title="mentions" type="long"/>');
    expect(text).toContain('<attribute id="firstSeen" title="firstSeen" type="string"/>');
    expect(text).toContain('<attribute id="negated" title="negated" type="boolean"/>');
    expect(text).toContain('<attribute id="score" title="score" type="double"/>');
    for (const reserved of ["size", "color", "hidden", "highlighted", "x", "y"]) expect(text).not.toContain(`title="${reserved}"`);
  });

  it("colours by entity type, sizes by degree and dates nodes from the documents table", () => {
    const text = gexf(sampleGraph());
    const russia = /<node id="russia"[\s\S]*?<\/node>/.exec(text)![0];
    expect(russia).toContain(`<viz:color hex="${ENTITY_COLORS.state}"/>`);
    expect(russia).toContain('<attvalue for="firstSeen" value="2025-05-16"/>');
    expect(russia).toContain('<attvalue for="lastSeen" value="2025-06-02"/>');
    const sizes = [...text.matchAll(/<node id="([^"]+)"[\s\S]*?<viz:size value="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])] as const);
    const size = Object.fromEntries(sizes);
    expect(size.russia).toBeGreaterThan(size.nato); // degree 4 vs 0
    expect(text).toMatch(/<viz:color hex="#[0-9a-f]{6}"\/>/);
  });

  it("writes one edge per source/relation/target with label, kind, weight, evidence text and document ids", () => {
    const graph = sampleGraph();
    // A parallel edge of the same relation (as an imported file may have) merges into one GEXF edge.
    graph.addEdgeWithKey("extra", "russia", "ceasefire", { relation: "rejected", weight: 3, evidence: [] });
    const text = gexf(graph);
    const edges = [...text.matchAll(/<edge [^>]*source="russia" target="ceasefire"[^>]*>/g)];
    expect(edges).toHaveLength(1);
    expect(edges[0][0]).toContain('label="rejected" kind="rejected" weight="5"');
    expect(text).toContain('<attvalue for="docs" value="[&quot;istanbul&quot;,&quot;kyiv&quot;]"/>');
    expect(text).toContain("Russia once again rejected a proposal for an “unconditional ceasefire” | Hrytsenko");
  });

  it("lays out with a seed: same seed same positions, other seed other positions; existing x/y are kept", () => {
    const graph = sampleGraph();
    const positions = (text: string) => [...text.matchAll(/<viz:position x="([^"]+)" y="([^"]+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const a = positions(gexf(graph, { layout: { seed: 1 } }));
    expect(a).toHaveLength(graph.order);
    expect(a.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(positions(gexf(graph, { layout: { seed: 1 } }))).toEqual(a);
    expect(positions(gexf(graph, { layout: { seed: 2 } }))).not.toEqual(a);
    graph.forEachNode((node, _, i = graph.nodes().indexOf(node)) => graph.mergeNodeAttributes(node, { x: i * 10, y: i / 4 }));
    expect(positions(gexf(graph))).toEqual(graph.nodes().map((_, i) => [i * 10, i / 4]));
  });

  it("is deterministic: the same graph gives byte-identical output", () => {
    expect(gexf(sampleGraph())).toBe(gexf(sampleGraph()));
    expect(gexf(syntheticGraph({ nodes: 200, edges: 800 }))).toBe(gexf(syntheticGraph({ nodes: 200, edges: 800 })));
  });

  it("yields a few large chunks rather than one string", () => {
    const chunks = [...writeGexf(syntheticGraph({ nodes: 2000, edges: 8000, positions: true }))];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.slice(0, -1).every((c) => c.length >= 1 << 16)).toBe(true);
  });
});

describe("GEXF in other tools", () => {
  it("is read by graphology-gexf (Gephi Lite's parser): lists as arrays, typed numbers, hex colours, kinds", () => {
    const parsed = gexfParser.parse(MultiDirectedGraph, gexf(sampleGraph()));
    expect([parsed.order, parsed.size]).toEqual([6, 6]);
    expect(parsed.getNodeAttributes("rustem karimov")).toMatchObject({ roles: ["Defence Minister", "head, delegation"], mentions: 2, color: ENTITY_COLORS.person });
    expect(parsed.getNodeAttribute("ceasefire", "aliases")).toEqual(["truce;\nlimited"]);
    const edge = parsed.edges().find((e) => parsed.source(e) === "russia" && parsed.target(e) === "ceasefire")!;
    expect(parsed.getEdgeAttributes(edge)).toMatchObject({ kind: "rejected", label: "rejected", weight: 2, docs: ["istanbul", "kyiv"] });
  });
});

describe("GEXF round trip", () => {
  it("JSON -> GEXF -> graph keeps the graph attributes, nodes, edges and attributes (plus layout positions)", () => {
    const graph = sampleGraph();
    const { graph: back, warnings } = readGexf(gexf(graph));
    expect(warnings).toEqual([]);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((node, attributes) => {
      // firstSeen/lastSeen, written from the documents table, are dropped again as it comes back.
      const { x, y, ...rest } = back.getNodeAttributes(node);
      expect(rest).toEqual(attributes);
      expect([typeof x, typeof y]).toEqual(["number", "number"]);
    });
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(back.extremities(edge)).toEqual([source, target]);
      expect(back.getEdgeAttributes(edge)).toEqual(attributes);
    });
  });

  validIt("carries the graph attributes as JSON on the <meta> description's last line, valid GEXF 1.3", () => {
    const graph = sampleGraph();
    graph.setAttribute("documents", [...graph.getAttribute("documents"), { id: "</description>&\u0000\n\uD800", title: "a\r\nb" }]);
    graph.setAttribute("corpus", { name: "wires", size: 3 });
    const text = gexf(graph);
    expect(gexfErrors(text)).toBe("");
    expect(/<description>([^<]*)<\/description>/.exec(text)![1].split("\n")).toEqual([
      "Who did what to whom in the news: entities, relations and their evidence sentences",
      `newsgraph graph attributes: ${JSON.stringify(graph.getAttributes()).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}`,
    ]);
    expect(readGexf(text).graph.getAttributes()).toEqual(graph.getAttributes());
  });

  it("reads a description that is not ours as no graph attributes, and warns about a damaged one", () => {
    const file = (description: string) =>
      `<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><description>${description}</description></meta><graph><nodes/><edges/></graph></gexf>`;
    expect(readGexf(file("A network of words")).graph.getAttributes()).toEqual({ documents: [] });
    expect(readGexf(file("x\nnewsgraph graph attributes: {\"documents\": [{\"id\": \"d1\"}]}")).graph.getAttributes()).toEqual({ documents: [{ id: "d1" }] });
    expect(readGexf(file("newsgraph graph attributes: {\"documents\": [{\"id\"")).warnings).toEqual([
      "graph.gexf: the graph attributes in <meta><description> are not valid JSON (ignored)",
    ]);
    expect(readGexf(file("newsgraph graph attributes: [1]")).warnings).toEqual([
      "graph.gexf: the graph attributes in <meta><description> are not a JSON object (ignored)",
    ]);
  });

  it("GEXF -> graph -> GEXF is byte-identical", () => {
    const once = gexf(sampleGraph());
    expect(gexf(readGexf(once).graph)).toBe(once);
  });
});
