// Fuzzing the exporters and the query engine with random graphs: every export is written without a throw
// and the readable ones (JSON, GEXF, GraphML) re-import to the same graph; queries either answer or
// throw a documented CypherError.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS, readGraphFile } from "../../src/export/index.js";
import { xmlSafe } from "../../src/export/xml-escape.js";
import type { NewsGraph } from "../../src/graph/types.js";
import { CypherError, query } from "../../src/query/index.js";
import { gexfErrors, hasXmllint } from "../helpers/xmllint.js";
import { FUZZ, PROTOTYPE_NAMES, randomGraph } from "./arbitraries.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const write = (name: string, graph: NewsGraph) => {
  const format = FORMATS.find((f) => f.name === name)!;
  if (format.output === "file") return [...format.write(graph, { layout: { seed: 1, iterations: 5 } })].join("");
  return Object.entries(format.write(graph)).map(([file, chunks]) => `${file}\n${[...chunks].join("")}`).join("\n");
};

/** Noncharacters that JSON leaves as they are but XML cannot carry: inside lists they come back as U+FFFD. */
const xmlNonchars = (s: string) => s.replace(/[\uFFFE\uFFFF]/g, "\uFFFD");

/** `value` with `f` applied to every string inside it. */
const mapStrings = (value: unknown, f: (s: string) => string): unknown =>
  typeof value === "string" ? f(value)
    : Array.isArray(value) ? value.map((v) => mapStrings(v, f))
      : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) : value;

/**
 * Node and edge content as a reader should give it back, edges in key order (a file's order is not
 * content). Plain text values pass through `clean` (XML cannot carry some characters); lists and records
 * travel as JSON inside XML, so they come back exact but for `cleanNested`.
 */
function content(graph: NewsGraph, clean = (s: string) => s, cleanNested = (s: string) => s) {
  const nested = (v: unknown) => mapStrings(v, cleanNested);
  const attributes = (a: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(a).filter(([k]) => k !== "x" && k !== "y").map(([k, v]) => [k, typeof v === "string" ? clean(v) : nested(v)]));
  return {
    nodes: graph.mapNodes((key, a) => [clean(key), attributes(a)]),
    edges: graph.mapEdges((key, a, source, target) => [clean(key), clean(source), clean(target), attributes(a)])
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
  };
}

describe("fuzz: exports of random graphs", () => {
  it.each(FORMATS.map((f) => f.name))("%s export never throws", (name) => {
    fc.assert(fc.property(randomGraph, (graph) => {
      expect(write(name, graph).length).toBeGreaterThan(0);
    }), { ...FUZZ, numRuns: 40 });
  });

  it("JSON export re-imports to the same graph, with no warnings", () => {
    fc.assert(fc.property(randomGraph, (graph) => {
      const { graph: back, warnings } = readGraphFile("g.json", write("json", graph));
      expect(warnings).toEqual([]);
      expect(content(back)).toEqual(content(graph));
      expect(back.getAttribute("documents")).toEqual(graph.getAttribute("documents"));
    }), FUZZ);
  });

  it.each([["gexf", "g.gexf"], ["graphml", "g.graphml"]])("%s export re-imports to the same graph (text XML cannot carry replaced)", (name, file) => {
    fc.assert(fc.property(randomGraph, (graph) => {
      // Keys must stay distinct once made XML-safe, or the comparison is not one to one.
      fc.pre(new Set(graph.nodes().map(xmlSafe)).size === graph.order);
      const { graph: back, warnings } = readGraphFile(file, write(name, graph));
      expect(warnings).toEqual([]);
      expect(content(back)).toEqual(content(graph, xmlSafe, xmlNonchars));
      // The documents table travels as JSON (GEXF: in <meta>, GraphML: a graph key).
      expect(back.getAttributes()).toEqual(mapStrings(graph.getAttributes(), xmlNonchars));
    }), FUZZ);
  });
});

/** Queries touching each part of the engine; random graphs hold every kind of value they read. */
const QUERIES = [
  "MATCH (n) RETURN n.label AS label, n.entityType AS type, size(n.aliases) AS aliases ORDER BY label",
  "MATCH (a)-[r]->(b) RETURN a.label, type(r), r.weight, b.label ORDER BY r.weight DESC LIMIT 5",
  "MATCH (a)-[r]->(b) WHERE r.negated = true RETURN count(*) AS n",
  "MATCH (a:Person)-[:MET|REJECTED]->(b) RETURN a, b",
  "MATCH p=(a)-[*1..3]->(b) RETURN length(p) AS hops, count(*) AS paths ORDER BY hops",
  "MATCH (n) WHERE n.label CONTAINS 'a' OR n.label STARTS WITH '<' RETURN collect(n.label) AS labels",
  "MATCH (n) UNWIND n.aliases AS alias RETURN alias, count(*) ORDER BY alias",
  "MATCH (a)-[r]->(b) UNWIND r.evidence AS e RETURN e.doc, e.text, e.start ORDER BY e.start LIMIT 10",
  "MATCH (n) WITH n.entityType AS t, count(*) AS c WHERE c > 1 RETURN t, c ORDER BY c DESC",
  "MATCH (a), (b) WHERE a <> b RETURN count(*)",
  "MATCH (n) RETURN n.mentions / (n.mentions - n.mentions) AS boom",
  "MATCH (n) RETURN toInteger(n.label) AS x, n.label + 1 AS y",
  "MATCH (a)-[r]-(b) RETURN DISTINCT a.entityType, b.entityType",
  "MATCH p=shortestPath((a)-[*]-(b)) WHERE a <> b RETURN length(p) LIMIT 20",
  "CALL db.labels() YIELD label RETURN label",
];

/** Fragments for random query text: mostly invalid Cypher, which must fail as a CypherSyntaxError. */
const FRAGMENTS = ["MATCH", "(a)", "(b:Person)", "-[r]->", "-[*]-", "<-[:MET]-", "WHERE", "a.label", "=", "<>", "'x'", "\"y\"", "1", "-1.5e3",
  "RETURN", "count(*)", "AS n", ",", "ORDER BY", "LIMIT 3", "SKIP -1", "WITH", "UNWIND", "[1,2]", "{k: 1}", "$p", "null", "AND", "OR", "NOT",
  "CONTAINS", "IS NULL", "(", ")", "[", "]", "{", "}", "DISTINCT", "OPTIONAL MATCH", "CREATE", "DELETE", "SET a.x = 1", "`weird`", "/*", "*/", "//"];

// graphology's multi graphs keep adjacency in plain objects: an edge to node "toString" links itself onto
// Object.prototype.toString, one to "__proto__" gives every object a `previous` property, and the nodes'
// neighbours can no longer be walked. Readers give such ids other keys, with a warning.
describe("node ids named like Object.prototype properties", () => {
  const IDS = ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "toString_", "kenya"];
  const KEYS = ["toString__", "constructor_", "__proto___", "hasOwnProperty_", "valueOf_", "toString_", "kenya"];
  const RENAMED = IDS.flatMap((id, i) => (id === KEYS[i] ? [] : [[id, KEYS[i]]]));
  // Every ordered pair meets, and kenya also rejected toString twice under other edge ids (parallel edges).
  const PAIRS = IDS.flatMap((a) => IDS.filter((b) => b !== a).map((b) => [a, b]));
  const state = (id: string) => ({ label: id, entityType: "state", aliases: [id], mentions: 1 });
  const edges = [
    ...PAIRS.map(([a, b]) => ({ key: `${a}->met->${b}`, source: a, target: b, attributes: { relation: "met", weight: 1, evidence: [] } })),
    ...["first", "second"].map((key) => ({ key, source: "kenya", target: "toString", attributes: { relation: "rejected", weight: 1, evidence: [] } })),
  ];
  const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const FILES: Record<string, string> = {
    "g.json": JSON.stringify({ options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { documents: [] }, nodes: IDS.map((key) => ({ key, attributes: state(key) })), edges }),
    "g.gexf": `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="entityType" type="string"/><attribute id="1" title="aliases" type="liststring"/><attribute id="2" title="mentions" type="long"/></attributes>
<nodes>${IDS.map((id) => `<node id="${id}" label="${id}"><attvalues><attvalue for="0" value="state"/><attvalue for="1" value="${attr(JSON.stringify([id]))}"/><attvalue for="2" value="1"/></attvalues></node>`).join("\n")}</nodes>
<edges>${edges.map((e) => `<edge id="${e.key}" source="${e.source}" target="${e.target}" kind="${e.attributes.relation}" weight="1"/>`).join("\n")}</edges></graph></gexf>`,
    "g.graphml": `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="l" for="node" attr.name="label" attr.type="string"/><key id="t" for="node" attr.name="entityType" attr.type="string"/>
<key id="a" for="node" attr.name="aliases" attr.type="string" attr.list="string"/><key id="m" for="node" attr.name="mentions" attr.type="long"/>
<key id="r" for="edge" attr.name="relation" attr.type="string"/><key id="w" for="edge" attr.name="weight" attr.type="long"/>
<graph edgedefault="directed">
${IDS.map((id) => `<node id="${id}"><data key="l">${id}</data><data key="t">state</data><data key="a">${attr(JSON.stringify([id]))}</data><data key="m">1</data></node>`).join("\n")}
${edges.map((e) => `<edge id="${e.key}" source="${e.source}" target="${e.target}"><data key="r">${e.attributes.relation}</data><data key="w">1</data></edge>`).join("\n")}
</graph></graphml>`,
  };
  const untouchedPrototypes = () => {
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
    for (const builtin of [Object, ...PROTOTYPE_NAMES.map((n) => (Object.prototype as unknown as Record<string, unknown>)[n])]) {
      if (typeof builtin === "function") expect(Object.hasOwn(builtin, "previous")).toBe(false);
    }
  };

  it.each(Object.keys(FILES))("%s: each such id is read under another key with a warning, and no object prototype is touched", (file) => {
    const { graph, warnings } = readGraphFile(file, FILES[file]);
    expect(warnings).toEqual(RENAMED.map(([id, key]) => `${file}: node id '${id}' is read as '${key}' (graphology graphs cannot hold node ids named like JavaScript object properties)`));
    untouchedPrototypes();
    expect(graph.nodes()).toEqual(KEYS);
    expect(graph.mapNodes((_, a) => a.label)).toEqual(IDS);
    expect(graph.size).toBe(edges.length);
    // Adjacency works: every node's neighbours can be walked.
    for (const key of KEYS) expect(graph.outNeighbors(key)).toEqual(KEYS.filter((k) => k !== key));
    expect(graph.outEdges("kenya", "toString__").sort()).toEqual(["first", "kenya->met->toString", "second"]);
  });

  it("such a graph exports to every format, GEXF valid and every readable export re-imported as it was, and answers queries", () => {
    const { graph } = readGraphFile("g.json", FILES["g.json"]);
    for (const { name } of FORMATS) expect(write(name, graph).length).toBeGreaterThan(0);
    const gexf = write("gexf", graph);
    if (hasXmllint) expect(gexfErrors(gexf)).toBe("");
    // Parallel edges of one relation are one GEXF edge.
    expect(gexf.match(/<edge /g)).toHaveLength(PAIRS.length + 1);
    for (const [name, file] of [["json", "g.json"], ["gexf", "g.gexf"], ["graphml", "g.graphml"]]) {
      const back = readGraphFile(file, write(name, graph));
      expect(back.warnings).toEqual([]);
      expect(back.graph.nodes()).toEqual(KEYS);
    }
    const rows = (text: string) => query(graph, text, {}, { timeoutMs: 5_000, onWarning: () => undefined });
    expect(rows("MATCH (a {label: 'toString'})<-[r]-(b) RETURN count(r) AS n")).toEqual([{ n: IDS.length - 1 + 2 }]);
    expect(rows("MATCH p=shortestPath((a {label: 'toString'})-[*]-(b {label: '__proto__'})) RETURN length(p) AS hops")).toEqual([{ hops: 1 }]);
    expect(rows("MATCH (a {label: 'constructor'})-[*2]->(b {label: 'hasOwnProperty'}) RETURN count(*) AS n")).toEqual([{ n: IDS.length - 2 }]);
    untouchedPrototypes();
  });

  it("a graph an API user built with such ids (as graphology lets one) still exports to every format", () => {
    // In a child process: building it sets properties on Object, Object.prototype.toString and the like,
    // which this process must not see. Not "__proto__": an edge to it gives every object in the process a
    // `previous` property, after which no code can be trusted; only the readers can prevent that.
    const ids = IDS.filter((id) => id !== "__proto__");
    const script = `
      import Graph from "graphology";
      import { FORMATS } from "./lib/export/index.js";
      const graph = new Graph.MultiDirectedGraph({ allowSelfLoops: false });
      const ids = ${JSON.stringify(ids)};
      for (const id of ids) graph.addNode(id, { label: id, entityType: "state", aliases: [id], mentions: 1 });
      for (const e of ${JSON.stringify(edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)))}) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
      const out = {};
      for (const f of FORMATS) {
        const written = f.output === "file" ? f.write(graph, { layout: { seed: 1, iterations: 5 } }) : Object.values(f.write(graph)).flatMap((c) => [...c]);
        out[f.name] = [...written].join("");
      }
      process.stdout.write(JSON.stringify(out));`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(out)).toEqual(FORMATS.map((f) => f.name));
    if (hasXmllint) expect(gexfErrors(out.gexf)).toBe("");
    const pairs = ids.length * (ids.length - 1);
    expect(out.gexf.match(/<edge /g)).toHaveLength(pairs + 1);
    expect(readGraphFile("g.json", out.json).graph.size).toBe(pairs + 2);
  });
});

describe("fuzz: queries on random graphs", () => {
  const run = (graph: NewsGraph, text: string) => {
    try {
      query(graph, text, { p: 1 }, { timeoutMs: 5_000, maxRows: 1_000, onWarning: () => undefined });
    } catch (error) {
      // Documented failures only: syntax, type, argument and time-limit errors are all CypherErrors.
      if (!(error instanceof CypherError)) throw error;
    }
  };

  it("fixed queries on random graphs answer or throw a CypherError", () => {
    fc.assert(fc.property(randomGraph, fc.constantFrom(...QUERIES), (graph, text) => run(graph, text)), { ...FUZZ, numRuns: 150 });
  });

  it("random query text answers or throws a CypherError", () => {
    const text = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(" "));
    fc.assert(fc.property(randomGraph, fc.oneof(text, fc.string({ maxLength: 40 })), (graph, q) => run(graph, q)), { ...FUZZ, numRuns: 300 });
  });
});
