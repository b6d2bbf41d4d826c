import { describe, expect, it } from "vitest";
import { CypherSyntaxError } from "./errors.js";
import { parse } from "./parser.js";
import { compile } from "./index.js";

const syntaxError = (text: string): CypherSyntaxError => {
  try {
    compile(text);
  } catch (error) {
    if (error instanceof CypherSyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${text}`);
};

describe("parser", () => {
  it("parses patterns with direction, types, properties and variable length", () => {
    const q = parse("MATCH p = (a:Person {label: 'X'})-[r:MET|:CALLED*1..3]->(b)<-[:LEADER_OF]-(c) RETURN p");
    const m = q.parts[0]!.clauses[0]!;
    expect(m.k).toBe("match");
    if (m.k !== "match") return;
    const part = m.pattern[0]!;
    expect(part.variable).toBe("p");
    expect(part.nodes.map((n) => n.variable)).toEqual(["a", "b", "c"]);
    expect(part.nodes[0]!.labels).toEqual(["Person"]);
    expect(part.rels[0]).toMatchObject({ variable: "r", types: ["MET", "CALLED"], direction: "out", range: { min: 1, max: 3 } });
    expect(part.rels[1]).toMatchObject({ types: ["LEADER_OF"], direction: "in" });
  });

  it("parses shortestPath and the GQL ANY/ALL SHORTEST forms", () => {
    for (const [text, kind] of [
      ["MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "one"],
      ["MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p", "all"],
      ["MATCH p = ANY SHORTEST (a)-[*]-(b) RETURN p", "one"],
      ["MATCH p = ALL SHORTEST (a)-[*]-(b) RETURN p", "all"],
    ] as const) {
      const m = parse(text).parts[0]!.clauses[0]!;
      expect(m.k === "match" && m.pattern[0]!.shortest).toBe(kind);
    }
  });

  it("keeps operator precedence: arithmetic over comparison over NOT over AND over OR", () => {
    const q = parse("RETURN NOT 1 + 2 * 3 = 7 OR false AND true AS x");
    const ret = q.parts[0]!.clauses[0]!;
    if (ret.k !== "return") throw new Error("expected RETURN");
    const e = ret.items[0]!.e;
    expect(e).toMatchObject({ k: "bin", op: "OR", l: { k: "not", e: { k: "cmp", ops: ["="] } }, r: { k: "bin", op: "AND" } });
  });

  it("names unaliased columns by their source text", () => {
    const ret = parse("MATCH (n) RETURN n.label, count( * ) AS c").parts[0]!.clauses[1]!;
    if (ret.k !== "return") throw new Error("expected RETURN");
    expect(ret.items.map((i) => i.name)).toEqual(["n.label", "c"]);
  });

  it("reports line, column and what was expected", () => {
    const e = syntaxError("MATCH (n)\nRETURN n.label AS");
    expect(e.line).toBe(2);
    expect(e.column).toBe(18);
    expect(e.message).toMatch(/expected an alias but found end of input/);
    const f = syntaxError("MATCH (n:Person\nRETURN n");
    expect([f.line, f.column]).toEqual([2, 1]);
    expect(f.message).toMatch(/expected '\)' but found 'RETURN'/);
  });

  it("says when a function or procedure is unknown", () => {
    expect(syntaxError("RETURN frobnicate(1)").message).toMatch(/unknown function 'frobnicate'/);
    expect(syntaxError("CALL algo.nothing() YIELD x RETURN x").message).toMatch(/unknown procedure 'algo.nothing'/);
  });

  it("rejects undefined variables and misuse of aggregation at compile time", () => {
    expect(syntaxError("MATCH (n) RETURN m").code).toBe("UndefinedVariable");
    expect(syntaxError("MATCH (n) WHERE count(n) > 1 RETURN n").code).toBe("InvalidAggregation");
    expect(syntaxError("MATCH (n) WITH n.label RETURN 1").code).toBe("NoExpressionAlias");
    expect(syntaxError("MATCH ()-[r]-() MATCH (r) RETURN r").code).toBe("VariableTypeConflict");
    expect(syntaxError("CREATE (a)-[:T]-(b)").code).toBe("RequiresDirectedRelationship");
  });

  it("rejects write clauses other than CREATE", () => {
    expect(syntaxError("MATCH (n) DELETE n").message).toMatch(/DELETE is not supported/);
  });
});
