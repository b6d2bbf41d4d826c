import { describe, expect, it } from "vitest";
import { parse } from "./parser.js";
import { makePlan } from "./match.js";

function planOf(text: string, bound: string[] = []) {
  const clause = parse(text).parts[0]!.clauses.find((c) => c.k === "match")!;
  if (clause.k !== "match") throw new Error("expected MATCH");
  return makePlan(clause.pattern, clause.where, new Set(bound));
}

describe("planner", () => {
  it("anchors on a node pinned by id() in WHERE and walks outwards", () => {
    const plan = planOf("MATCH (a)-[:R]->(b)-->(c) WHERE id(b) = $k RETURN a");
    expect(plan.steps.map((s) => s.kind)).toEqual(["node", "rel", "rel"]);
    expect(plan.steps[0]).toMatchObject({ node: 1, idHint: { k: "list" } });
    expect(plan.steps.slice(1)).toMatchObject([
      { rel: 1, forward: true },
      { rel: 0, forward: false },
    ]);
  });

  it("prefers an already bound node over an id() hint and labels", () => {
    const plan = planOf("MATCH (a:Person)-->(b)-->(c) WHERE id(a) = 'x' RETURN a", ["c"]);
    expect(plan.steps[0]).toMatchObject({ kind: "node", node: 2 });
  });

  it("anchors on a node whose property value is known before matching, via the property index", () => {
    const byMap = planOf("MATCH (a:Person)-->(b {label: $name}) RETURN a");
    expect(byMap.steps[0]).toMatchObject({ kind: "node", node: 1, propHint: { key: "label" } });
    const byWhere = planOf("MATCH (a)-->(b)-->(c) WHERE c.label = $name AND b.label = a.label RETURN a");
    expect(byWhere.steps[0]).toMatchObject({ kind: "node", node: 2, propHint: { key: "label" } });
  });

  it("checks each WHERE conjunct right after the step that binds its last variable", () => {
    const plan = planOf("MATCH (a)-->(b)-->(c) WHERE a.x = 1 AND b.y = 2 AND c.z = a.x AND $flag RETURN a");
    const names = (i: number) => plan.checks[i]!.map((e) => JSON.stringify(e).match(/"name":"(\w+)"/g)!.join(""));
    expect(plan.before).toHaveLength(1); // $flag reads no pattern variable
    expect(names(0)).toEqual(['"name":"a"']);
    expect(names(1)).toEqual(['"name":"b"']);
    expect(names(2)).toEqual(['"name":"c""name":"a"']);
  });

  it("plans shortestPath as both end nodes, then one search", () => {
    const plan = planOf("MATCH p = shortestPath((a)-[*]-(b)) WHERE id(a) = 'x' AND id(b) = 'y' RETURN p");
    expect(plan.steps.map((s) => s.kind)).toEqual(["node", "node", "shortest"]);
    expect(plan.steps[0]).toMatchObject({ idHint: { k: "list" } });
    expect(plan.steps[1]).toMatchObject({ idHint: { k: "list" } });
  });
});
