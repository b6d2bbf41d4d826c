// End to end: `newsgraph export` over the compiled CLI (npm test builds lib/ first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { gexfFileErrors, hasXmllint } from "./helpers/xmllint.js";

const root = resolve(import.meta.dirname, "..");
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(root, "bin/newsgraph.js"), ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

let dir: string;
let graphJson: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-export-"));
  const { sampleGraph, writeJson } = await import("../lib/export/index.js");
  graphJson = join(dir, "sample.json");
  writeFileSync(graphJson, [...writeJson(sampleGraph())].join(""));
});

describe("newsgraph export", () => {
  it("writes every format; folders for csv and neo4j", () => {
    for (const [format, out] of [["gexf", "g.gexf"], ["graphml", "g.graphml"], ["json", "g.json"], ["cypher", "g.cypher"], ["csv", "csv"], ["neo4j", "neo4j"]]) {
      const run = cli("export", graphJson, "--format", format, "--out", join(dir, out));
      expect(run, format).toMatchObject({ code: 0, stderr: `wrote ${format} of 6 nodes and 6 edges to ${join(dir, out)}\n` });
    }
    expect(readdirSync(join(dir, "csv")).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(readdirSync(join(dir, "neo4j")).sort()).toEqual(["README.md", "nodes.csv", "relationships.csv"]);
    if (hasXmllint) expect(gexfFileErrors(join(dir, "g.gexf"))).toBe("");
    else console.warn("xmllint is not installed: the CLI's GEXF is not checked against the grammar");
  });

  it("reads GEXF and GraphML inputs back to the same graph, byte for byte as JSON", () => {
    cli("export", graphJson, "--format", "gexf", "--out", join(dir, "a.gexf"));
    cli("export", graphJson, "--format", "graphml", "--out", join(dir, "a.graphml"));
    expect(cli("export", join(dir, "a.graphml"), "--format", "json", "--out", join(dir, "from-graphml.json")).code).toBe(0);
    expect(readFileSync(join(dir, "from-graphml.json"), "utf8")).toBe(readFileSync(graphJson, "utf8"));
    expect(cli("export", join(dir, "a.gexf"), "--format", "gexf", "--out", join(dir, "again.gexf")).code).toBe(0);
    expect(readFileSync(join(dir, "again.gexf"), "utf8")).toBe(readFileSync(join(dir, "a.gexf"), "utf8"));
  });

  it("is deterministic: two runs give identical files", () => {
    for (const name of ["d1.gexf", "d2.gexf"]) cli("export", graphJson, "--format", "gexf", "--seed", "5", "--out", join(dir, name));
    expect(readFileSync(join(dir, "d1.gexf"), "utf8")).toBe(readFileSync(join(dir, "d2.gexf"), "utf8"));
  });

  it("fails on a malformed file with one line naming file and line, leaving the existing output untouched", () => {
    const gexf = readFileSync(join(dir, "a.gexf"), "utf8");
    const cut = join(dir, "cut.gexf");
    writeFileSync(cut, gexf.slice(0, 900));
    const out = join(dir, "keep.json");
    writeFileSync(out, "previous");
    const run = cli("export", cut, "--format", "json", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^newsgraph export: ${cut.replace(/[.]/g, "\\.")}: line \\d+, column \\d+: .+ \\(malformed XML\\)\\n$`));
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("prints warnings for repairable files and still writes the output", () => {
    const broken = join(dir, "broken.gexf");
    writeFileSync(broken, '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/></nodes>\n<edges><edge source="a" target="b"/></edges></graph></gexf>');
    const run = cli("export", broken, "--format", "csv", "--out", join(dir, "broken-csv"));
    expect(run).toMatchObject({
      code: 0,
      stderr: `warning: ${broken}: node 'a' has no entityType\n`
        + `warning: ${broken}: line 2: edge a -> b points to missing node 'b' (skipped)\n`
        + `wrote csv of 1 nodes and 0 edges to ${join(dir, "broken-csv")}\n`,
    });
    expect(existsSync(join(dir, "broken-csv", "nodes.csv"))).toBe(true);
  });

  it("rejects bad usage with one line and exit code 2", () => {
    expect(cli("export", graphJson, "--format", "pdf", "--out", join(dir, "x"))).toMatchObject({
      code: 2, stderr: "newsgraph export: unknown format 'pdf' (expected one of gexf, graphml, json, csv, neo4j, cypher)\n",
    });
    expect(cli("export", graphJson, "--format", "gexf").stderr).toBe("newsgraph export: --out is required (see newsgraph export --help)\n");
    expect(cli("export", graphJson, "--format", "gexf", "--out", join(dir, "nowhere", "g.gexf"))).toMatchObject({
      code: 2, stderr: `newsgraph export: output directory does not exist: ${join(dir, "nowhere")}\n`,
    });
    expect(cli("export", join(dir, "missing.json"), "--format", "gexf", "--out", join(dir, "m.gexf"))).toMatchObject({
      code: 1, stderr: `newsgraph export: no such file or directory: ${join(dir, "missing.json")}\n`,
    });
  });
});
