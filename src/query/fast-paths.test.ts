// Shortcuts must not change results: those taken for consumers that ignore repeated rows (neighbours for
// edges) give the rows of the full enumeration without repeats; anchors looked up in the property index
// give the rows of a scan, also after the graph changes.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { query, queryStream } from "./index.js";

/** A small multigraph with parallel edges both ways, self-loops and an isolated node. */
function tangle() {
  const g = new MultiDirectedGraph();
  for (const k of ["a", "b", "c", "d", "e", "lonely"]) g.addNode(k, { label: k.toUpperCase(), entityType: "person" });
  const edges = [["a", "b"], ["a", "b"], ["b", "a"], ["b", "c"], ["c", "c"], ["c", "d"], ["d", "a"], ["a", "a"], ["d", "e"], ["e", "e"], ["e", "e"]];
  edges.forEach(([s, t], i) => g.addDirectedEdgeWithKey(`${s}-${t}-${i}`, s!, t!, { relation: i % 2 ? "met" : "supported" }));
  return g;
}

const sorted = (rows: Record<string, unknown>[]) => [...new Set(rows.map((r) => JSON.stringify(r)))].sort();

describe("shortcuts for consumers that ignore repeated rows", () => {
  const g = tangle();
  const patterns = ["(n)--(m)", "(n)-->(m)", "(n)<--(m)", "(n)-[*1..2]-(m)", "(n)-[*2..2]->(m)", "(n)<-[*1..1]-(m)", "(n)-[*0..2]-(m)", "(n)-[*1..3]-(m)", "(n)-->()-[*1..2]-(m)"];
  for (const pattern of patterns) {
    it(`DISTINCT rows of ${pattern} are the repeated rows deduplicated`, () => {
      for (const k of g.nodes()) {
        const all = query(g, `MATCH ${pattern} WHERE id(n) = $k RETURN id(m) AS m`, { k });
        const distinct = query(g, `MATCH ${pattern} WHERE id(n) = $k RETURN DISTINCT id(m) AS m`, { k });
        expect(sorted(distinct)).toEqual(sorted(all));
        expect(distinct).toHaveLength(sorted(all).length);
        const counted = query(g, `MATCH ${pattern} WHERE id(n) = $k RETURN count(DISTINCT m) AS c`, { k });
        expect(counted[0]!.c).toBe(distinct.length);
      }
    });
  }
});

describe("DISTINCT over the neighbours of one node at a time, taken without look-ups", () => {
  const g = tangle();
  g.addNode("twin", { label: "A", entityType: "person" }); // a second node labelled A, so two anchors
  g.addDirectedEdgeWithKey("twin-b", "twin", "b", { relation: "met" });
  g.addDirectedEdgeWithKey("e-twin", "e", "twin", { relation: "met" });
  const queries = [
    "MATCH (n)--(m) WHERE id(n) = $k RETURN DISTINCT id(m) AS m",
    "MATCH (n)-->(m) WHERE id(n) IN [$k, 'a', $k] RETURN DISTINCT id(m) AS m",
    "MATCH (n)<--(m) WHERE id(n) IN ['e', $k] RETURN DISTINCT m",
    "MATCH (n {label: 'A'})--(m) RETURN DISTINCT id(m) AS m, m.label AS label",
    "MATCH (x), (n)--(m) WHERE id(x) IN ['a', 'b'] AND id(n) = $k RETURN DISTINCT id(m) AS m",
    "MATCH (n)--(m:Person) WHERE id(n) = $k AND id(m) <> 'b' RETURN DISTINCT id(m) AS m",
    "MATCH (n)--(m) WHERE id(n) = $k RETURN DISTINCT id(m) AS m SKIP 1 LIMIT 2",
  ];
  for (const q of queries) {
    it(`${q} gives each row once, as a scan would`, () => {
      for (const k of g.nodes()) {
        const fast = query(g, q, { k });
        // Without DISTINCT: every match, deduplicated here.
        const all = query(g, q.replace("DISTINCT", "").replace(/ SKIP.*/, ""), { k });
        const ids = fast.map((r) => JSON.stringify(r));
        expect(new Set(ids).size).toBe(ids.length);
        if (!q.includes("SKIP")) expect([...ids].sort()).toEqual(sorted(all));
        else expect(fast).toEqual(query(g, q.replace(" SKIP 1 LIMIT 2", ""), { k }).slice(1, 3));
        expect([...queryStream(g, q, { k })]).toEqual(fast);
      }
    });
  }
});

describe("anchors pinned by id()", () => {
  const g = tangle();
  const scan = (where: string) => where.replace(/id\((\w+)\)/g, "(id($1) + '')"); // the same test, but not a hint
  const cases = ["id(n) = $k", "id(n) = $k AND id(m) = $k", "id(n) IN [$k, $k, 'b', 'nope', 3]", "id(n) IN ['a', 'c'] AND $k = id(m)"];
  for (const where of cases) {
    it(`WHERE ${where} finds what a scan finds`, () => {
      for (const k of g.nodes()) {
        const rows = (w: string) => sorted(query(g, `MATCH (n)-->(m) WHERE ${w} RETURN id(n) AS n, id(m) AS m`, { k }));
        expect(rows(where)).toEqual(rows(scan(where)));
        expect(query(g, `MATCH (n) WHERE ${where.replace(/ AND .*/, "")} RETURN count(*) AS c`, { k })).toEqual(query(g, `MATCH (n) WHERE ${scan(where.replace(/ AND .*/, ""))} RETURN count(*) AS c`, { k }));
      }
    });
  }
});

describe("counts taken from degrees", () => {
  const g = tangle();
  const patterns = ["(n)--()", "(n)-->()", "(n)<--()", "(n)-[:MET]-()", "(n)--(:Person)", "(n)--(n)", "()-->(n)-->()", "(n)-->()<--()", "(n)--()--(:Person)", "(n)<-[:SUPPORTED]-()-->()"];
  for (const pattern of patterns) {
    it(`COUNT { ${pattern} } is the number of matches enumerated`, () => {
      const rows = query(g, `MATCH (n) RETURN id(n) AS k, COUNT { ${pattern} } AS counted, size([${pattern} | 1]) AS enumerated`);
      for (const r of rows) expect(r.counted, `${r.k}`).toBe(r.enumerated);
    });
  }
});

describe("anchors looked up by property value", () => {
  const people = () => {
    const g = new MultiDirectedGraph();
    g.addNode("p1", { label: "Ada", entityType: "person", rank: 1 });
    g.addNode("p2", { label: "Bo", entityType: "person", rank: 2.0 });
    g.addNode("p3", { label: "Ada", entityType: "state", rank: "1" });
    g.addDirectedEdgeWithKey("e1", "p1", "p2", { relation: "met" });
    g.addDirectedEdgeWithKey("e2", "p3", "p2", { relation: "met" });
    return g;
  };
  const keys = (g: MultiDirectedGraph, text: string, params = {}) => query(g, text, params).map((r) => r.k);

  it("finds the nodes a scan finds, by property map or WHERE equality, strings or not", () => {
    const g = people();
    expect(keys(g, "MATCH (n {label: $x})-->(m) RETURN id(n) AS k", { x: "Ada" })).toEqual(["p1", "p3"]);
    expect(keys(g, "MATCH (n:Person)-->(m) WHERE n.label = 'Ada' RETURN id(n) AS k")).toEqual(["p1"]);
    expect(keys(g, "MATCH (n) WHERE 'Bo' = n.label RETURN id(n) AS k")).toEqual(["p2"]);
    expect(keys(g, "MATCH (n {rank: 1}) RETURN id(n) AS k ORDER BY k")).toEqual(["p1"]);
    expect(keys(g, "MATCH (n {rank: 2}) RETURN id(n) AS k")).toEqual(["p2"]); // 2 = 2.0
    expect(keys(g, "MATCH (n {label: null}) RETURN id(n) AS k")).toEqual([]);
  });

  it("sees nodes and attributes added, changed or dropped through graphology and CREATE", () => {
    const g = people();
    const ada = () => keys(g, "MATCH (n {label: 'Ada'}) RETURN id(n) AS k");
    expect(ada()).toEqual(["p1", "p3"]);
    g.setNodeAttribute("p2", "label", "Ada");
    expect(ada()).toEqual(["p1", "p2", "p3"]);
    g.dropNode("p1");
    expect(ada()).toEqual(["p2", "p3"]);
    g.updateEachNodeAttributes((_k, a) => ({ ...a, label: "Cy" }));
    expect(ada()).toEqual([]);
    query(g, "CREATE (:Person {label: 'Ada'})");
    expect(ada()).toHaveLength(1);
    g.clear();
    expect(ada()).toEqual([]);
  });
});
