// End to end: the query, repl, ego, path and evidence verbs over the compiled CLI (npm test builds lib/ first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const cli = (args: string[], input?: string) => {
  const run = spawnSync(process.execPath, [join(root, "bin/newsgraph.js"), ...args], { encoding: "utf8", input });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

let graphFile: string;
beforeAll(() => {
  const g = new MultiDirectedGraph();
  const node = (key: string, entityType: string, label: string, aliases: string[] = []) => g.addNode(key, { label, entityType, aliases, mentions: 1 });
  node("russia", "state", "Russia");
  node("ukraine", "state", "Ukraine");
  node("zelensky", "person", "Volodymyr Zelensky", ["Zelensky"]);
  node("ceasefire", "proposal", "unconditional ceasefire");
  const edge = (s: string, relation: string, t: string, sentence: number, text: string) =>
    g.addDirectedEdgeWithKey(`${s}->${relation}->${t}`, s, t, { relation, weight: 1, evidence: [{ doc: "a1", sentence, start: 0, end: text.length, text }] });
  edge("russia", "rejected", "ceasefire", 3, "Russia rejected the ceasefire.");
  edge("ukraine", "proposed", "ceasefire", 1, "Ukraine proposed a ceasefire.");
  edge("zelensky", "leader_of", "ukraine", 0, "Ukraine's president, Volodymyr Zelensky, said.");
  edge("zelensky", "accused", "russia", 2, "Zelensky accused Russia, saying \"no\".");
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-query-"));
  graphFile = join(dir, "g.json");
  writeFileSync(graphFile, JSON.stringify({ ...g.export(), attributes: { documents: [{ id: "a1" }] } }));
});

describe("newsgraph query", () => {
  const q = "MATCH (s:State)-[:REJECTED]->(p:Proposal) RETURN s.label AS state, p.label AS proposal";
  it("prints a table by default", () => {
    const run = cli(["query", graphFile, q]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe("state  | proposal\n-------+------------------------\nRussia | unconditional ceasefire\n(1 row)\n");
  });
  it("prints JSON arrays of row objects, and CSV", () => {
    expect(JSON.parse(cli(["query", graphFile, q, "--format", "json"]).stdout)).toEqual([{ state: "Russia", proposal: "unconditional ceasefire" }]);
    expect(cli(["query", graphFile, "MATCH ()-[r:ACCUSED]->() RETURN r.evidence[0].text AS t", "--format", "csv"]).stdout).toBe('t\n"Zelensky accused Russia, saying ""no""."\n');
  });
  it("takes parameters, JSON-typed when they parse", () => {
    const run = cli(["query", graphFile, "MATCH (n) WHERE n.label = $name AND n.mentions = $m RETURN id(n) AS k", "--param", "name=Ukraine", "--param", "m=1", "--format", "json"]);
    expect(JSON.parse(run.stdout)).toEqual([{ k: "ukraine" }]);
  });
  it("cuts at --max-rows with a warning on stderr", () => {
    const run = cli(["query", graphFile, "MATCH (n) RETURN n.label AS l", "--max-rows", "2", "--format", "json"]);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
    expect(run.stderr).toBe("warning: result cut at 2 rows (--max-rows / maxRows)\n");
  });
  it("stops at --timeout with one line on stderr", () => {
    const run = cli(["query", graphFile, "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)", "--timeout", "0.05"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph query: query exceeded its time limit of 50 ms\n");
  });
  it("reports syntax errors with line and column, without a stack trace", () => {
    const run = cli(["query", graphFile, "MATCH (n\nRETURN n"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph query: expected ')' but found 'RETURN' (line 2, column 1)\n");
  });
  it("has --help", () => {
    expect(cli(["query", "--help"]).stdout).toMatch(/^Usage: newsgraph query GRAPH "CYPHER"/);
  });
});

describe("canned verbs", () => {
  it("ego lists neighbours by distance", () => {
    const run = cli(["ego", graphFile, "zelensky", "--depth", "1", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { name: "Volodymyr Zelensky", labels: ["Person"], distance: 0 },
      { name: "Russia", labels: ["State"], distance: 1 },
      { name: "Ukraine", labels: ["State"], distance: 1 },
    ]);
    expect(cli(["ego", graphFile, "nobody"])).toMatchObject({ code: 1, stderr: "newsgraph ego: no entity named 'nobody'\n" });
  });
  it("path prints the chain between two entities", () => {
    const run = cli(["path", graphFile, "Zelensky", "unconditional ceasefire"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\(Volodymyr Zelensky:Person\)-\[:(ACCUSED|LEADER_OF)\]->\((Russia|Ukraine):State\)-\[:(REJECTED|PROPOSED)\]->\(unconditional ceasefire:Proposal\)\n\(2 hops\)\n$/);
    const json = JSON.parse(cli(["path", graphFile, "Zelensky", "Russia", "--format", "json"]).stdout);
    expect(json[0].hops).toBe(1);
    expect(json[0].p.relationships[0].type).toBe("ACCUSED");
  });
  it("evidence prints the sentences behind the relations", () => {
    const run = cli(["evidence", graphFile, "ukraine", "Volodymyr Zelensky", "--format", "csv"]);
    expect(run.stdout).toBe("source,relation,target,doc,sentence,text\nVolodymyr Zelensky,LEADER_OF,Ukraine,a1,0,\"Ukraine's president, Volodymyr Zelensky, said.\"\n");
  });
  it("each verb has --help", () => {
    for (const verb of ["ego", "path", "evidence", "repl"]) expect(cli([verb, "--help"]).stdout).toMatch(new RegExp(`^Usage: newsgraph ${verb} `));
  });
});

describe("newsgraph repl", () => {
  it("runs queries from stdin, with :help, :format and :history", () => {
    const run = cli(["repl", graphFile], ":format json\nMATCH (n:State) RETURN n.label AS l ORDER BY l;\nRETURN 1 +\\\n 1 AS two\n:history\n:help\nRETURN nope(1)\n:quit\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[\n  {\n    "l": "Russia"\n  },\n  {\n    "l": "Ukraine"\n  }\n]');
    expect(run.stdout).toContain('"two": 2');
    expect(run.stdout).toContain("1  MATCH (n:State) RETURN n.label AS l ORDER BY l;\n2  RETURN 1 +\n 1 AS two");
    expect(run.stdout).toContain(":procedures");
    expect(run.stderr).toBe("error: unknown function 'nope' (line 1, column 8)\n");
  });
  it("keeps the history across sessions in --history FILE", () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsgraph-history-")), "history");
    expect(cli(["repl", graphFile, "--history", file], "RETURN 1 +\\\n 1 AS two\n").code).toBe(0);
    const run = cli(["repl", graphFile, "--history", file], "RETURN 3 AS three\n:history\n");
    expect(run.stdout).toContain("1  RETURN 1 +\n 1 AS two\n2  RETURN 3 AS three");
  });
  it("applies --timeout and --max-rows to each query and goes on after a timeout", () => {
    const run = cli(["repl", graphFile, "--timeout", "0.05", "--max-rows", "1", "--format", "csv"], "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)\nMATCH (n) RETURN n.label AS l ORDER BY l\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("l\nRussia\n");
    expect(run.stderr).toBe("error: query exceeded its time limit of 50 ms\nwarning: result cut at 1 rows (--max-rows / maxRows)\n");
  });
});

const built = existsSync(join(root, "lib/graph/build.js"));
describe.runIf(built)("on the sample article", () => {
  it("finds the states that rejected a proposal", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-sample-"));
    const out = join(dir, "sample.json");
    expect(cli(["build", join(root, "data/articles"), "--out", out]).code).toBe(0);
    // Robust facts only: the article's headline is Russia rejecting the ceasefire proposal.
    const run = cli(["query", out, "MATCH (s:State)-[:REJECTED]->(p) WHERE p.label CONTAINS 'ceasefire' RETURN DISTINCT s.label AS state", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { state: string }) => r.state)).toContain("Russia");
    const evidence = cli(["evidence", out, "Russia", "ceasefire", "--format", "json"]);
    expect(JSON.parse(evidence.stdout).some((r: { text: string }) => /reject/i.test(r.text))).toBe(true);
  });
});
