import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { query } from "./index.js";

function chain(n: number) {
  const g = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`v${i}`, { label: `v${i}`, entityType: "person" });
  for (let i = 0; i + 1 < n; i++) g.addDirectedEdgeWithKey(`v${i}->met->v${i + 1}`, `v${i}`, `v${i + 1}`, { relation: "met", weight: 1, evidence: [] });
  return g;
}

describe("algo procedures", () => {
  it("degree yields in, out and total degree", () => {
    const rows = query(chain(3), "CALL algo.degree() YIELD node, degree, inDegree, outDegree RETURN id(node) AS n, degree, inDegree, outDegree ORDER BY n");
    expect(rows).toEqual([
      { n: "v0", degree: 1, inDegree: 0, outDegree: 1 },
      { n: "v1", degree: 2, inDegree: 1, outDegree: 1 },
      { n: "v2", degree: 1, inDegree: 1, outDegree: 0 },
    ]);
  });

  it("pagerank scores sum to one and favour the end of a chain", () => {
    const rows = query(chain(4), "CALL algo.pagerank() YIELD node, score RETURN id(node) AS n, score ORDER BY score DESC");
    expect(rows[0]!.n).toBe("v3");
    expect(rows.reduce((s, r) => s + (r.score as number), 0)).toBeCloseTo(1, 6);
  });

  it("betweenness is highest in the middle, exact and sampled", () => {
    const exact = query(chain(5), "CALL algo.betweenness() YIELD node, score RETURN id(node) AS n ORDER BY score DESC LIMIT 1");
    expect(exact).toEqual([{ n: "v2" }]);
    const sampled = query(chain(5), "CALL algo.betweenness({samples: 4, normalized: false}) YIELD node, score RETURN id(node) AS n, score ORDER BY score DESC LIMIT 1");
    expect(sampled[0]!.n).toBe("v2");
  });

  it("components: weak and strong (iterative, no stack overflow on long chains)", () => {
    const g = chain(20000);
    expect(query(g, "CALL algo.components('weak') YIELD component RETURN count(DISTINCT component) AS c")).toEqual([{ c: 1 }]);
    expect(query(g, "CALL algo.components('strong') YIELD component RETURN count(DISTINCT component) AS c")).toEqual([{ c: 20000 }]);
  });

  it("louvain is deterministic", () => {
    const q = "CALL algo.louvain() YIELD node, community RETURN id(node) AS n, community ORDER BY n";
    expect(query(chain(12), q)).toEqual(query(chain(12), q));
  });

  it("egoNetwork yields nodes by distance and the relationships among them", () => {
    const rows = query(chain(6), "MATCH (n) WHERE id(n) = 'v2' CALL algo.egoNetwork(n, 2) YIELD node, distance RETURN id(node) AS n, distance ORDER BY distance, n");
    expect(rows).toEqual([
      { n: "v2", distance: 0 },
      { n: "v1", distance: 1 },
      { n: "v3", distance: 1 },
      { n: "v0", distance: 2 },
      { n: "v4", distance: 2 },
    ]);
    const rels = query(chain(6), "CALL algo.egoNetwork('v0', 1) YIELD relationships UNWIND relationships AS r RETURN count(r) AS c");
    expect(rels).toEqual([{ c: 1 }]);
  });

  it("factorised pattern counts agree with enumeration", () => {
    const g = new MultiDirectedGraph();
    query(g, "UNWIND range(0, 9) AS i CREATE ({i: i})");
    query(g, "MATCH (a), (b) WHERE (a.i * 7 + b.i * 3) % 5 = 0 CREATE (a)-[:T]->(b)");
    const fast = query(g, "MATCH (a)-->(b)-->(c) RETURN count(*) AS c")[0]!.c;
    const slow = query(g, "MATCH (a)-->(b)-->(c) RETURN count(a) AS c")[0]!.c;
    expect(fast).toBe(slow);
    const fastU = query(g, "MATCH (a)--(b)--(c) RETURN count(*) AS c")[0]!.c;
    const slowU = query(g, "MATCH (a)--(b)--(c) WITH a RETURN count(*) AS c")[0]!.c;
    expect(fastU).toBe(slowU);
  });
});
