// The shortcuts taken for consumers that ignore repeated rows (distinct neighbours, the last hop of a walk
// as distinct neighbours) must give the same rows as enumerating every match and dropping repeats.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { query } from "./index.js";

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
