// Graph files read by `newsgraph export` and `newsgraph query`: broken files are one clear line and exit 1;
// repairable ones (duplicate ids, edges to missing nodes, wrong attribute types) are read with warnings.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync, SAMPLE, STACK_LINE, useTempDir } from "./cli.js";

const tempDir = useTempDir();

/** Writes `content` as `name` in a fresh folder and exports it to JSON; returns the run and the output's parsed graph. */
async function exportFile(name: string, content: string) {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  const run = await runCliAsync(["export", name, "--format", "json", "--out", "out.json"], { cwd: dir });
  let graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string; attributes: Record<string, unknown> }[] } | undefined;
  try {
    graph = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
  } catch {
    graph = undefined;
  }
  return { run, graph };
}

/** A broken file: exit 1, exactly one stderr line, no stack trace, no output. */
async function expectBroken(name: string, content: string, line: string | RegExp) {
  const { run, graph } = await exportFile(name, content);
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  if (typeof line === "string") expect(run.stderr).toBe(`${line}\n`);
  else expect(run.stderr).toMatch(line);
  expect(graph).toBeUndefined();
}

const node = (key: string, attributes: Record<string, unknown>) => ({ key, attributes });
const state = (label: string) => ({ label, entityType: "state", aliases: [label], mentions: 1 });
const jsonGraph = (nodes: unknown[], edges: unknown[] = []) =>
  JSON.stringify({ options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { documents: [] }, nodes, edges });

const GOOD_JSON = jsonGraph(
  [node("state:kenya", state("Kenya")), node("state:chile", state("Chile"))],
  [{ key: "state:kenya->met->state:chile", source: "state:kenya", target: "state:chile", attributes: { relation: "met", weight: 1, evidence: [] } }],
);

describe.concurrent("broken graph files", () => {
  it("truncated JSON", async () => {
    await expectBroken("g.json", GOOD_JSON.slice(0, 120), /^newsgraph export: g\.json: not valid JSON \(.+\)\n$/);
  });

  it("empty JSON file", async () => {
    await expectBroken("g.json", "", /^newsgraph export: g\.json: not valid JSON \(.+\)\n$/);
  });

  it("JSON that is not a graph", async () => {
    await expectBroken("g.json", '{"vertices": []}', 'newsgraph export: g.json: not a graph (expected graphology JSON with a "nodes" array)');
  });

  it("JSON edges that are not a list", async () => {
    await expectBroken("g.json", '{"nodes": [], "edges": {"a": 1}}', 'newsgraph export: g.json: "edges" is not an array');
  });

  it("JSON node without a key", async () => {
    await expectBroken("g.json", '{"nodes": [{"attributes": {"label": "Kenya"}}]}', "newsgraph export: g.json: node 0 has no key");
  });

  it("truncated GEXF", async () => {
    const gexf = '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n<node id="a" label="Kenya">';
    await expectBroken("g.gexf", gexf, /^newsgraph export: g\.gexf: line 5, column \d+: .*unclosed.* \(malformed XML\)\n$/);
  });

  it("text that is not XML, named .gexf", async () => {
    await expectBroken("g.gexf", "Kenya met Chile.\n", /^newsgraph export: g\.gexf: line \d+, column \d+: .+ \(malformed XML\)\n$/);
  });

  it("GraphML with a mismatched closing tag", async () => {
    const graphml = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="a"></edge>\n</graph>\n</graphml>\n';
    await expectBroken("g.graphml", graphml, /^newsgraph export: g\.graphml: line 4, column \d+: .+ \(malformed XML\)\n$/);
  });

  it("an unknown graph file extension", async () => {
    await expectBroken("g.dot", "digraph { a -> b }", "newsgraph export: g.dot: unknown graph format '.dot' (expected .json, .gexf, .graphml)");
  });

  it("a graph file that does not exist", async () => {
    const dir = tempDir();
    const run = await runCliAsync(["export", "missing.json", "--format", "json", "--out", "out.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph export: no such file or directory: missing.json\n");
  });

  it("a graph file that is a directory", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "g.json"));
    const run = await runCliAsync(["export", "g.json", "--format", "json", "--out", "out.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph export: a directory was given where a file is expected\n");
  });

  it("a broken graph file given to query", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "g.json"), GOOD_JSON.slice(0, 50));
    const run = await runCliAsync(["query", "g.json", "MATCH (n) RETURN n"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^newsgraph query: g\.json: not valid JSON \(.+\)\n$/);
  });
});

describe.concurrent("graph files round trips through the CLI", () => {
  it.each(["gexf", "graphml"])("JSON -> %s -> JSON keeps the graph attributes (the documents table), nodes and edges", async (format) => {
    const dir = tempDir();
    const built = await runCliAsync(["build", SAMPLE, "--out", "g.json", "--jobs", "1"], { cwd: dir });
    expect(built.code).toBe(0);
    const there = await runCliAsync(["export", "g.json", "--format", format, "--out", `g.${format}`], { cwd: dir });
    const back = await runCliAsync(["export", `g.${format}`, "--format", "json", "--out", "back.json"], { cwd: dir });
    expect([there.code, back.code]).toEqual([0, 0]);
    expect(back.stderr).not.toMatch(/warning/);
    const read = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as {
      attributes: { documents: { id: string }[] };
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
    };
    const original = read("g.json"), copy = read("back.json");
    expect(original.attributes.documents.map((d) => d.id)).toEqual(["istanbul-talks.txt"]);
    expect(copy.attributes).toEqual(original.attributes);
    // GEXF adds layout positions to the nodes.
    expect(copy.nodes.map(({ key, attributes: { x: _x, y: _y, ...rest } }) => ({ key, attributes: rest }))).toEqual(original.nodes);
    expect(copy.edges).toEqual(original.edges);
  });
});

describe.concurrent("repairable graph files", () => {
  it("JSON with a duplicate node id: merged, with a warning", async () => {
    const { run, graph } = await exportFile("g.json", jsonGraph([node("state:kenya", state("Kenya")), node("state:kenya", { ...state("Kenya"), mentions: 4 })]));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("warning: g.json: duplicate node id 'state:kenya' (attributes merged)\nwrote json of 1 nodes and 0 edges to out.json\n");
    expect(graph!.nodes).toEqual([{ key: "state:kenya", attributes: { ...state("Kenya"), mentions: 4 } }]);
  });

  it("JSON with node ids named like JavaScript object properties: read under other keys, one warning each", async () => {
    const edge = (source: string, target: string) => ({ source, target, attributes: { relation: "met", weight: 1, evidence: [] } });
    const { run, graph } = await exportFile("g.json", jsonGraph([node("__proto__", state("Proto")), node("toString", state("Text"))], [edge("__proto__", "toString"), edge("toString", "__proto__")]));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe([
      "warning: g.json: node id '__proto__' is read as '__proto___' (graphology graphs cannot hold node ids named like JavaScript object properties)",
      "warning: g.json: node id 'toString' is read as 'toString_' (graphology graphs cannot hold node ids named like JavaScript object properties)",
      "wrote json of 2 nodes and 2 edges to out.json",
      "",
    ].join("\n"));
    expect(graph!.nodes.map((n) => n.key)).toEqual(["__proto___", "toString_"]);
    expect(graph!.edges.map((e) => `${e.source}->${e.target}`)).toEqual(["__proto___->toString_", "toString_->__proto___"]);
  });

  it("JSON with edges to missing nodes: skipped, with one grouped warning", async () => {
    const edge = (target: string) => ({ source: "state:kenya", target, attributes: { relation: "met", weight: 1, evidence: [] } });
    const { run, graph } = await exportFile("g.json", jsonGraph([node("state:kenya", state("Kenya"))], [edge("state:atlantis"), edge("state:lemuria")]));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("warning: g.json: edge 0 points to missing node 'state:atlantis' (skipped) (and 1 more like this)\nwrote json of 1 nodes and 0 edges to out.json\n");
    expect(graph!.edges).toEqual([]);
  });

  it("JSON with attributes of the wrong types: repaired, one warning per repair", async () => {
    const nodes = [node("state:kenya", { label: 5, entityType: 3, aliases: "Kenya", mentions: "many" }), node("state:chile", state("Chile"))];
    const edges = [{ source: "state:kenya", target: "state:chile", attributes: { relation: "met", weight: "heavy", evidence: "none", negated: "yes" } }];
    const { run, graph } = await exportFile("g.json", jsonGraph(nodes, edges));
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")).toEqual([
      "warning: g.json: node 'state:kenya': label is not text (5), used the id",
      "warning: g.json: node 'state:kenya': entityType is not text (3), dropped",
      "warning: g.json: node 'state:kenya': aliases is text, not a list (made a one-item list)",
      "warning: g.json: node 'state:kenya': mentions is not a number >= 0 (\"many\"), set to 0",
      "warning: g.json: edge 'state:kenya->state:chile': evidence is not a list (\"none\"), dropped",
      "warning: g.json: edge 'state:kenya->state:chile': weight is not a number >= 0 (\"heavy\"), set to 1",
      "warning: g.json: edge 'state:kenya->state:chile': negated is not true/false (\"yes\"), dropped",
      "wrote json of 2 nodes and 1 edges to out.json",
      "",
    ]);
    expect(graph!.nodes[0].attributes).toEqual({ label: "state:kenya", aliases: ["Kenya"], mentions: 0 });
    expect(graph!.edges[0].attributes).toEqual({ relation: "met", weight: 1, evidence: [] });
  });

  it("GEXF with a duplicate node id, an edge to a missing node and a value of the wrong type", async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="mentions" type="integer"/><attribute id="1" title="entityType" type="string"/></attributes>
    <nodes>
      <node id="a" label="Kenya"><attvalues><attvalue for="0" value="many"/><attvalue for="1" value="state"/></attvalues></node>
      <node id="a" label="Kenya again"/>
      <node id="b" label="Chile"><attvalues><attvalue for="1" value="state"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e0" source="a" target="b" label="met"/>
      <edge id="e1" source="a" target="zz"/>
    </edges>
  </graph>
</gexf>
`;
    const { run, graph } = await exportFile("g.gexf", gexf);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const warnings = run.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings).toContain("warning: g.gexf: line 6: value 'many' of node attribute 'mentions' is not a valid integer (ignored)");
    expect(warnings).toContain("warning: g.gexf: line 7: duplicate node id 'a' (attributes merged)");
    expect(warnings).toContain("warning: g.gexf: line 12: edge 'e1' points to missing node 'zz' (skipped)");
    expect(graph!.nodes.map((n) => n.key)).toEqual(["a", "b"]);
    expect(graph!.edges.map((e) => `${e.source}->${e.target}`)).toEqual(["a->b"]);
  });

  it("GraphML with a duplicate node id, an edge to a missing node, an undeclared key and a value of the wrong type", async () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="mentions" attr.type="int"/>
  <key id="d1" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d1">Kenya</data><data key="d0">many</data></node>
    <node id="a"><data key="d1">Kenya again</data></node>
    <node id="b"><data key="d1">Chile</data></node>
    <edge source="a" target="b"/>
    <edge source="a" target="zz"/>
    <edge source="b" target="a"><data key="d9">x</data></edge>
  </graph>
</graphml>
`;
    const { run, graph } = await exportFile("g.graphml", graphml);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const warnings = run.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings).toContain("warning: g.graphml: line 6: value 'many' of node key 'mentions' is not a valid int (ignored)");
    expect(warnings).toContain("warning: g.graphml: line 7: duplicate node id 'a' (attributes merged)");
    expect(warnings).toContain("warning: g.graphml: line 11: edge data key 'd9' is not declared by a <key> (values ignored)");
    expect(warnings).toContain("warning: g.graphml: line 10: edge a -> zz points to missing node 'zz' (skipped)");
    expect(graph!.nodes.map((n) => n.key)).toEqual(["a", "b"]);
    expect(graph!.edges.map((e) => `${e.source}->${e.target}`)).toEqual(["a->b", "b->a"]);
  });
});
