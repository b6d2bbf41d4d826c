// Fuzzing the exporters and the query engine with random graphs: every export is written without a throw
// and the readable ones (JSON, GEXF, GraphML) re-import to the same graph; queries either answer or
// throw a documented CypherError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS, readGraphFile } from "../../src/export/index.js";
import { xmlSafe } from "../../src/export/xml-escape.js";
import type { NewsGraph } from "../../src/graph/types.js";
import { CypherError, query } from "../../src/query/index.js";
import { FUZZ, randomGraph } from "./arbitraries.js";

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
      if (name === "graphml") expect(back.getAttribute("documents")).toEqual(mapStrings(graph.getAttribute("documents"), xmlNonchars));
    }), FUZZ);
  });

  it.todo("gexf export keeps the graph's documents table (today a GEXF round trip gives documents: [])");
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

describe("node ids named like Object.prototype properties", () => {
  it.todo("a graph with node ids 'toString' or 'constructor' (readable from any GEXF/GraphML/JSON file) exports to GEXF and answers queries; today graphology's multi-graph adjacency throws TypeError \"Cannot read properties of undefined (reading 'key')\" in forEachOutEdge/outEdges (GEXF merge-edges, shortestPath, variable-length and property-filtered matches)");
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
