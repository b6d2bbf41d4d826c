// Runaway queries are stopped by a time limit (--timeout / timeoutMs) with an error naming it; long results
// are cut by --max-rows / maxRows with a warning; a query (or a graph) that needs more memory than
// --max-memory ends with one line naming the limit, not with V8's out-of-memory abort.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { CypherTimeoutError, query, queryStream } from "../../src/query/index.js";
import { runCliAsync, STACK_LINE, useTempDir } from "./cli.js";

const tempDir = useTempDir();
const RUNAWAY = "MATCH p=(a)-[*]-(b) RETURN count(p)";

/** Every ordered pair of `n` states linked by a `met` edge: the number of paths explodes with length. */
function denseGraph(n: number) {
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ documents: [] });
  for (let i = 0; i < n; i++) graph.addNode(`state:s${i}`, { label: `S${i}`, entityType: "state", aliases: [`S${i}`], mentions: 1 });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j) graph.addEdgeWithKey(`state:s${i}->met->state:s${j}`, `state:s${i}`, `state:s${j}`, { relation: "met", weight: 1, evidence: [] });
    }
  }
  return graph;
}

describe("query limits through the API", () => {
  it("timeoutMs stops a runaway variable-length match with a CypherTimeoutError naming the limit", () => {
    let error: unknown;
    try {
      query(denseGraph(12), RUNAWAY, {}, { timeoutMs: 200 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CypherTimeoutError);
    expect((error as Error).message).toBe("query exceeded its time limit of 200 ms");
  });

  it("maxRows cuts a long result and says so in the warnings", () => {
    const warnings: string[] = [];
    const rows = query(denseGraph(12), "MATCH (a)-[r]->(b) RETURN a.label AS a, b.label AS b", {}, { maxRows: 5, onWarning: (w) => warnings.push(w) });
    expect(rows).toHaveLength(5);
    expect(rows.warnings).toEqual(["result cut at 5 rows (--max-rows / maxRows)"]);
    expect(warnings).toEqual(["result cut at 5 rows (--max-rows / maxRows)"]);
  });

  it("queryStream with maxRows stops pulling rows from a runaway match", () => {
    const rows = [...queryStream(denseGraph(12), "MATCH p=(a)-[*]-(b) RETURN length(p) AS n", {}, { maxRows: 3, onWarning: () => undefined })];
    expect(rows).toHaveLength(3);
  });
});

describe.concurrent("query limits through the CLI", () => {
  const graphFile = () => {
    const dir = tempDir();
    const path = join(dir, "dense.json");
    writeFileSync(path, JSON.stringify(denseGraph(12).export()));
    return path;
  };

  it("--timeout stops a runaway query: one line naming the limit, exit 1", async () => {
    const run = await runCliAsync(["query", graphFile(), RUNAWAY, "--timeout", "0.5"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("newsgraph query: query exceeded its time limit of 500 ms\n");
  });

  it("--max-rows cuts the rows printed and warns on stderr", async () => {
    const run = await runCliAsync(["query", graphFile(), "MATCH (a)-[r]->(b) RETURN a.label AS a, b.label AS b", "--max-rows", "2", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ a: "S0", b: "S1" }, { a: "S0", b: "S2" }]);
    expect(run.stderr).toBe("warning: result cut at 2 rows (--max-rows / maxRows)\n");
  });

  // Rows (RETURN p) and aggregates (collect) of a runaway match grow by hundreds of MB a second; without the
  // limit V8 aborted the process with "FATAL ERROR: ... JavaScript heap out of memory" and a native stack.
  it.each(["MATCH p=(a)-[*]-(b) RETURN p", "MATCH p=(a)-[*]-(b) RETURN collect(p) AS all"])("--max-memory stops %s: one line naming the limit, exit 1", async (text) => {
    const run = await runCliAsync(["query", graphFile(), text, "--max-memory", "64"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("newsgraph query: query needed more memory than the --max-memory limit of 64 MB (narrow the query, or add LIMIT or --max-rows)\n");
  }, 60_000);

  it("a graph file too large for --max-memory is one line naming the limit", async () => {
    const run = await runCliAsync(["query", graphFile(), "RETURN 1", "--max-memory", "16"]);
    // The 12-node graph fits in 16 MB; its answer proves the limit is not applied to the process as a whole.
    expect(run.code).toBe(0);
    const dir = tempDir();
    const big = join(dir, "big.json");
    writeFileSync(big, JSON.stringify(denseGraph(250).export()));
    const tooBig = await runCliAsync(["query", big, "RETURN 1", "--max-memory", "16"]);
    expect(tooBig.code).toBe(1);
    expect(tooBig.stderr).toBe("newsgraph query: loading the graph needed more memory than the --max-memory limit of 16 MB\n");
  }, 60_000);

  it("the repl reports a query past --max-memory, loads the graph again and answers the next query", async () => {
    const input = "MATCH p=(a)-[*]-(b) RETURN p\nMATCH (n) RETURN count(n) AS n\n";
    const run = await runCliAsync(["repl", graphFile(), "--max-memory", "64", "--format", "json"], { input });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("error: query needed more memory than the --max-memory limit of 64 MB (narrow the query, or add LIMIT or --max-rows)\n");
    expect(JSON.parse(run.stdout)).toEqual([{ n: 12 }]);
  }, 60_000);

  it("a bad --max-memory is a usage error", async () => {
    const run = await runCliAsync(["query", graphFile(), "RETURN 1", "--max-memory", "8"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph query: --max-memory takes a whole number >= 16, got '8'\n");
  });

  it("a bad --timeout is a usage error", async () => {
    const run = await runCliAsync(["query", graphFile(), "MATCH (n) RETURN n", "--timeout", "soon"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph query: --timeout takes a number of seconds > 0, got 'soon'\n");
  });

  it("a syntax error is one line with its position", async () => {
    const run = await runCliAsync(["query", graphFile(), "MATCH (a RETURN a"]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).toBe("newsgraph query: expected ')' but found 'RETURN' (line 1, column 10)\n");
  });
});
