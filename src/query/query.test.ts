import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { CypherRowLimitError, CypherTimeoutError, cypher, query, queryStream } from "./index.js";

/** A small newsgraph-shaped graph: states, people and a proposal. */
function newsGraph() {
  const g = new MultiDirectedGraph();
  const node = (key: string, entityType: string, label: string, extra = {}) => g.addNode(key, { label, entityType, aliases: [], mentions: 1, ...extra });
  node("russia", "state", "Russia", { mentions: 5 });
  node("ukraine", "state", "Ukraine", { mentions: 4 });
  node("zelensky", "person", "Volodymyr Zelensky", { aliases: ["Zelensky"] });
  node("trump", "person", "Donald Trump");
  node("usa", "state", "United States");
  node("ceasefire", "proposal", "unconditional ceasefire");
  const edge = (s: string, relation: string, t: string, weight = 1) =>
    g.addDirectedEdgeWithKey(`${s}->${relation}->${t}`, s, t, { relation, weight, evidence: [{ doc: "d1", sentence: weight, start: 0, end: 4, text: `${s} ${relation} ${t}` }] });
  edge("russia", "rejected", "ceasefire", 2);
  edge("ukraine", "proposed", "ceasefire");
  edge("zelensky", "leader_of", "ukraine");
  edge("trump", "leader_of", "usa");
  edge("usa", "supported", "ceasefire");
  edge("zelensky", "accused", "russia");
  return g;
}

describe("MATCH and RETURN", () => {
  it("maps labels to entityType and types to relation", () => {
    const rows = query(newsGraph(), "MATCH (s:State)-[r:REJECTED]->(p:Proposal) RETURN s.label AS state, type(r) AS t, r.weight AS w, p.label AS proposal");
    expect(rows).toEqual([{ state: "Russia", t: "REJECTED", w: 2, proposal: "unconditional ceasefire" }]);
  });

  it("reads entityType and relation as properties too, without listing them beside the label and type", () => {
    const g = newsGraph();
    const rows = query(g, "MATCH (s {entityType: 'state'})-[r {relation: 'rejected'}]->(p) RETURN s.entityType AS e, r.relation AS rel, keys(r) AS k, properties(s) AS props");
    expect(rows).toEqual([{ e: "state", rel: "rejected", k: ["weight", "evidence"], props: { label: "Russia", aliases: [], mentions: 5 } }]);
    expect(query(g, "MATCH (n) WHERE n.entityType = 'person' RETURN n.label AS n ORDER BY n")).toEqual([{ n: "Donald Trump" }, { n: "Volodymyr Zelensky" }]);
    // The attributes CREATE keeps for labels and types that do not map to one entity type stay hidden.
    const created = new MultiDirectedGraph();
    query(created, "CREATE (:X:Y)-[:Knows]->()");
    expect(query(created, "MATCH (a)-[r]->() RETURN a.cypherLabels AS l, r.cypherType AS t, r.relation AS rel")).toEqual([{ l: null, t: null, rel: "knows" }]);
  });

  it("returns nodes, relationships and paths as plain objects", () => {
    const [row] = query(newsGraph(), "MATCH p = (a {label: 'Donald Trump'})-[r]->(b) RETURN a, r, p");
    expect(row!.a).toEqual({ key: "trump", labels: ["Person"], properties: { label: "Donald Trump", aliases: [], mentions: 1 } });
    expect(row!.r).toMatchObject({ key: "trump->leader_of->usa", type: "LEADER_OF", start: "trump", end: "usa", properties: { weight: 1 } });
    expect((row!.p as { nodes: { key: string }[] }).nodes.map((n) => n.key)).toEqual(["trump", "usa"]);
  });

  it("follows direction, multiple types and undirected patterns", () => {
    const g = newsGraph();
    expect(query(g, "MATCH (:Proposal)<-[:REJECTED|PROPOSED]-(s) RETURN s.label AS s ORDER BY s")).toEqual([{ s: "Russia" }, { s: "Ukraine" }]);
    expect(query(g, "MATCH ({label: 'Ukraine'})--(x) RETURN x.label AS x ORDER BY x")).toEqual([{ x: "Volodymyr Zelensky" }, { x: "unconditional ceasefire" }]);
  });

  it("matches variable-length paths without reusing a relationship", () => {
    const rows = query(newsGraph(), "MATCH (t {label: 'Donald Trump'})-[*1..3]-(x:State) RETURN DISTINCT x.label AS x ORDER BY x");
    expect(rows).toEqual([{ x: "Russia" }, { x: "Ukraine" }, { x: "United States" }]);
  });

  it("finds shortest paths in both syntaxes", () => {
    const g = newsGraph();
    const a = query(g, "MATCH (a {label: 'Donald Trump'}), (b {label: 'Volodymyr Zelensky'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN [n IN nodes(p) | n.label] AS names");
    expect(a).toEqual([{ names: ["Donald Trump", "United States", "unconditional ceasefire", "Ukraine", "Volodymyr Zelensky"] }]);
    const all = query(g, "MATCH (a {label: 'Donald Trump'}), (b {label: 'Russia'}) MATCH p = ALL SHORTEST (a)-[*]-(b) RETURN length(p) AS n");
    expect(all).toEqual([{ n: 3 }]);
  });

  it("OPTIONAL MATCH keeps rows with nulls", () => {
    const rows = query(newsGraph(), "MATCH (s:State) OPTIONAL MATCH (s)-[:REJECTED]->(p) RETURN s.label AS s, p.label AS p ORDER BY s");
    expect(rows).toEqual([
      { s: "Russia", p: "unconditional ceasefire" },
      { s: "Ukraine", p: null },
      { s: "United States", p: null },
    ]);
  });
});

describe("WHERE, WITH, aggregation and ordering", () => {
  const g = newsGraph();
  it("filters with string, regex, list and null predicates", () => {
    expect(query(g, "MATCH (n) WHERE n.label STARTS WITH 'U' AND n.label ENDS WITH 's' RETURN n.label AS x")).toEqual([{ x: "United States" }]);
    expect(query(g, "MATCH (n) WHERE n.label =~ '(?i).*CEASE.*' RETURN n.label AS x")).toEqual([{ x: "unconditional ceasefire" }]);
    expect(query(g, "MATCH (n) WHERE 'Zelensky' IN n.aliases RETURN id(n) AS x")).toEqual([{ x: "zelensky" }]);
    expect(query(g, "MATCH (n) WHERE n.roles IS NULL AND n.label CONTAINS 'Trump' RETURN id(n) AS x")).toEqual([{ x: "trump" }]);
  });

  it("groups implicitly and aggregates", () => {
    const rows = query(g, "MATCH (n) RETURN labels(n)[0] AS type, count(*) AS n, collect(n.label)[0] AS first, sum(n.mentions) AS m ORDER BY type");
    expect(rows).toEqual([
      { type: "Person", n: 2, first: "Volodymyr Zelensky", m: 2 },
      { type: "Proposal", n: 1, first: "unconditional ceasefire", m: 1 },
      { type: "State", n: 3, first: "Russia", m: 10 },
    ]);
    expect(query(g, "MATCH (n:State) RETURN avg(n.mentions) AS a, min(n.label) AS lo, max(n.mentions) AS hi")).toEqual([{ a: 10 / 3, lo: "Russia", hi: 5 }]);
  });

  it("chains WITH, ORDER BY, SKIP and LIMIT", () => {
    const rows = query(g, "MATCH (n)-[r]-() WITH n, count(r) AS degree WHERE degree > 1 RETURN n.label AS x, degree ORDER BY degree DESC, x SKIP 1 LIMIT 2");
    expect(rows).toEqual([
      { x: "Russia", degree: 2 },
      { x: "Ukraine", degree: 2 },
    ]);
  });

  it("UNWINDs lists and evaluates list functions and comprehensions", () => {
    expect(query(g, "UNWIND [3, 1, 2] AS x RETURN x ORDER BY x")).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect(query(g, "RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * x] AS l, size('abc') AS s, toUpper('a') + toString(1.5) AS t, coalesce(null, 2) AS c")).toEqual([
      { l: [1, 9, 25], s: 3, t: "A1.5", c: 2 },
    ]);
    expect(query(g, "RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END AS c, 7 / 2 AS i, 7 / 2.0 AS f")).toEqual([{ c: "b", i: 3, f: 3.5 }]);
  });

  it("reads evidence through properties", () => {
    const rows = query(g, "MATCH (:State {label: 'Russia'})-[r]->() UNWIND r.evidence AS ev RETURN ev.doc AS doc, ev.sentence AS s");
    expect(rows).toEqual([{ doc: "d1", s: 2 }]);
  });

  it("counts patterns with COUNT {} and EXISTS {}", () => {
    expect(query(g, "MATCH (n:State) WHERE EXISTS { (n)-[:REJECTED]->() } RETURN n.label AS x")).toEqual([{ x: "Russia" }]);
    expect(query(g, "MATCH (n {label: 'Ukraine'}) RETURN COUNT { (n)--() } AS d")).toEqual([{ d: 2 }]);
  });
});

describe("CREATE", () => {
  it("adds nodes and relationships that map back to labels and types", () => {
    const g = new MultiDirectedGraph();
    query(g, "CREATE (:Person {label: 'A'})-[:MET {weight: 1}]->(:State {label: 'B'}), (:X:Y {v: 1.5})-[:Knows]->()");
    expect(g.order).toBe(4);
    expect(g.getNodeAttribute("n0", "entityType")).toBe("person");
    expect(g.getEdgeAttribute("n0->met->n1", "relation")).toBe("met");
    expect(query(g, "MATCH (a)-[r]->(b) RETURN labels(a) AS la, type(r) AS t, labels(b) AS lb ORDER BY t")).toEqual([
      { la: ["X", "Y"], t: "Knows", lb: [] },
      { la: ["Person"], t: "MET", lb: ["State"] },
    ]);
    expect(query(g, "MATCH (n:X) RETURN properties(n) AS p, keys(n) AS k")).toEqual([{ p: { v: 1.5 }, k: ["v"] }]);
  });
});

describe("API", () => {
  it("turns template interpolations into parameters", () => {
    const name = "Russia";
    const q = cypher`MATCH (n {label: ${name}}) RETURN id(n) AS id`;
    expect(q).toEqual({ text: "MATCH (n {label: $p0}) RETURN id(n) AS id", params: { p0: "Russia" } });
    expect(query(newsGraph(), q)).toEqual([{ id: "russia" }]);
  });

  it("streams rows lazily", () => {
    // 300^3 = 27 million rows: only lazy evaluation returns the first two at once.
    const g = new MultiDirectedGraph();
    query(g, "UNWIND range(1, 300) AS i CREATE ({i: i})");
    const it = queryStream(g, "MATCH (a), (b), (c) RETURN a.i AS a, b.i AS b, c.i AS c")[Symbol.iterator]();
    expect(it.next().value).toEqual({ a: 1, b: 1, c: 1 });
    expect(it.next().value).toEqual({ a: 1, b: 1, c: 2 });
  });

  it("gives the same rows in the same order whether taken whole or streamed", () => {
    const g = newsGraph();
    for (const q of ["MATCH (a)--(b) RETURN id(a) AS a, id(b) AS b", "MATCH (a)-[*1..2]-(b) RETURN id(a) AS a, id(b) AS b", "MATCH (a)--(b) RETURN DISTINCT id(b) AS b LIMIT 3", "MATCH (a)-->(b) WITH a, b WHERE a.mentions > 1 RETURN id(b) AS b"]) {
      expect(query(g, q)).toEqual([...queryStream(g, q)]);
      expect(query(g, q, {}, { maxRows: 2, onWarning: () => {} })).toEqual([...queryStream(g, q)].slice(0, 2));
    }
  });

  it("cuts results at maxRows with a warning", () => {
    const warnings: string[] = [];
    const rows = query(newsGraph(), "MATCH (n) RETURN n.label", {}, { maxRows: 2, onWarning: (m) => warnings.push(m) });
    expect(rows).toHaveLength(2);
    expect(rows.warnings).toEqual(["result cut at 2 rows (--max-rows / maxRows)"]);
    expect(warnings).toHaveLength(1);
  });

  it("stops runaway queries at the time limit", () => {
    const g = new MultiDirectedGraph();
    query(g, "UNWIND range(1, 30) AS i CREATE ({i: i})");
    query(g, "MATCH (a), (b) WHERE a.i < b.i CREATE (a)-[:T]->(b)");
    expect(() => query(g, "MATCH p = (a)-[*]->(b) RETURN count(*)", {}, { timeoutMs: 50 })).toThrow(CypherTimeoutError);
    expect(() => query(g, "MATCH p = (a)-[*]->(b) RETURN count(*)", {}, { timeoutMs: 50 })).toThrow(/time limit of 50 ms/);
    // Matches pushed into ORDER BY, into DISTINCT aggregates and into a streaming projection stop as well.
    for (const q of ["MATCH (a)-[*]->(b) RETURN id(b) AS k ORDER BY k LIMIT 1", "MATCH (a)-[*]->(b) RETURN count(DISTINCT b)", "MATCH (a)-[*1..29]->(b) RETURN count(DISTINCT b)", "MATCH (a)-[*]->(b) WHERE b.i < 0 RETURN DISTINCT b"])
      expect(() => query(g, q, {}, { timeoutMs: 50 })).toThrow(CypherTimeoutError);
  });

  it("stops a query holding more rows than maxIntermediateRows, naming what held them", () => {
    const g = new MultiDirectedGraph();
    query(g, "UNWIND range(1, 40) AS i CREATE ({i: i})");
    const limit = { maxIntermediateRows: 1000 };
    // 40^2 = 1,600 rows: more than the limit wherever they are held.
    const held: [string, string][] = [
      ["MATCH (a), (b) RETURN a.i AS x, b.i AS y", "the result"],
      ["MATCH (a), (b) RETURN a.i AS x, b.i AS y ORDER BY x + y", "ORDER BY"],
      ["MATCH (a), (b) RETURN DISTINCT a.i * 100 + b.i AS x LIMIT 1500", "DISTINCT"],
      ["MATCH (a), (b) RETURN a.i AS x, b.i AS y, count(*) AS c", "aggregation groups"],
      ["MATCH (a), (b) RETURN collect(a.i) AS xs", "collect()"],
      ["MATCH (a), (b) RETURN count(DISTINCT [a, b]) AS c", "count(DISTINCT)"],
      ["MATCH (a), (b) CREATE ({x: a.i})", "CREATE"],
    ];
    for (const [q, what] of held) {
      expect(() => query(g, q, {}, limit)).toThrow(CypherRowLimitError);
      expect(() => query(g, q, {}, limit)).toThrow(`query held more than 1000 rows for ${what} (maxIntermediateRows)`);
    }
    expect(g.order).toBe(40); // the CREATE stopped before writing
    // Streamed, counted, cut by maxRows or bounded by LIMIT, the same product holds few rows.
    expect(query(g, "MATCH (a), (b) RETURN count(*) AS c", {}, limit)).toEqual([{ c: 1600 }]);
    expect(query(g, "MATCH (a), (b) RETURN a.i AS x ORDER BY x LIMIT 5", {}, limit)).toHaveLength(5);
    expect(query(g, "MATCH (a), (b) RETURN a.i AS x", {}, { ...limit, maxRows: 10, onWarning: () => {} })).toHaveLength(10);
    expect([...queryStream(g, "MATCH (a), (b) RETURN a.i AS x", {}, limit)]).toHaveLength(1600);
    expect(query(g, "MATCH (a), (b) RETURN a.i AS x")).toHaveLength(1600); // the default is far higher
  });

  it("DISTINCT over an anonymous relationship sees each neighbour once, parallel edges and self-loops included", () => {
    const g = new MultiDirectedGraph();
    for (const k of ["a", "b", "c"]) g.addNode(k, {});
    for (const [s, t] of [["a", "b"], ["a", "b"], ["b", "a"], ["c", "a"], ["a", "a"]]) g.addEdge(s, t, { relation: "met" });
    const keys = (q: string) => query(g, q).map((r) => r.k).sort();
    expect(keys("MATCH (n)--(m) WHERE id(n) = 'a' RETURN DISTINCT id(m) AS k")).toEqual(["a", "b", "c"]);
    expect(keys("MATCH (n)-->(m) WHERE id(n) = 'a' RETURN DISTINCT id(m) AS k")).toEqual(["a", "b"]);
    expect(keys("MATCH (n)<--(m) WHERE id(n) = 'a' RETURN DISTINCT id(m) AS k")).toEqual(["a", "b", "c"]);
    expect(query(g, "MATCH (n)--(m) WHERE id(n) = 'a' RETURN count(DISTINCT m) AS c, count(m) AS all")).toEqual([{ c: 3, all: 5 }]);
    expect(query(g, "MATCH (n)--(m) WHERE id(n) = 'a' RETURN id(m) AS k ORDER BY k")).toHaveLength(5);
  });

  it("names a missing expression before a clause keyword", () => {
    expect(() => query(newsGraph(), "MATCH (n)\nWHERE n.label =\nRETURN n")).toThrow("expected an expression but found 'RETURN' (line 3, column 1)");
  });

  it("reports missing parameters and runtime type errors", () => {
    expect(() => query(newsGraph(), "RETURN $nope")).toThrow(/missing parameter \$nope/);
    expect(() => query(newsGraph(), "MATCH (n) RETURN n.label + [1] - 1")).toThrow(/cannot apply -/);
  });
});
