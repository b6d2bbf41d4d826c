// Determinism: the same inputs give byte-identical graphs and exports, whatever the number of workers.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FORMATS } from "../../src/export/index.js";
import { parseGraphJson } from "../../src/graph/json.js";
import { runCliAsync, SAMPLE, useTempDir } from "./cli.js";

const tempDir = useTempDir();
const article = readFileSync(SAMPLE, "utf8");

/** Drains an export: one string for a file format, file name -> string for a folder format. */
function render(format: (typeof FORMATS)[number], graph: ReturnType<typeof parseGraphJson>["graph"]): string | Record<string, string> {
  if (format.output === "file") return [...format.write(graph)].join("");
  return Object.fromEntries(Object.entries(format.write(graph)).map(([name, chunks]) => [name, [...chunks].join("")]));
}

describe("determinism", () => {
  let inputs = "";
  let graphs: string[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "istanbul.txt"), article);
    writeFileSync(join(inputs, "kenya.md"), "# Budget talks\nKenya rejected the proposal from Uganda on Monday, officials said.\nThe two governments will meet again in Nairobi.\n");
    writeFileSync(join(inputs, "feed.jsonl"), [article.slice(0, 1500), article.slice(1500)].map((text, i) => JSON.stringify({ id: `part-${i}`, date: "2025-06-02", text })).join("\n"));
    // Three builds side by side: twice with two workers, once on the calling thread.
    const runs = await Promise.all([["--jobs", "2"], ["--jobs", "2"], ["--jobs", "1"]].map(async (jobs, i) => {
      const out = join(dir, `graph-${i}.json`);
      const run = await runCliAsync(["build", inputs, "--out", out, ...jobs]);
      expect(run.code).toBe(0);
      return readFileSync(out, "utf8");
    }));
    graphs = runs;
  });

  it("two builds of the same inputs are byte-identical", () => {
    expect(graphs[0].length).toBeGreaterThan(1000);
    expect(graphs[1]).toBe(graphs[0]);
  });

  it("the number of workers does not change the graph", () => {
    expect(graphs[2]).toBe(graphs[0]);
  });

  it.each(FORMATS.map((f) => [f.name, f] as const))("%s export is the same on every run and from a re-read graph", (_, format) => {
    const first = render(format, parseGraphJson(graphs[0]).graph);
    const second = render(format, parseGraphJson(graphs[0]).graph);
    expect(second).toEqual(first);
    expect(JSON.stringify(first).length).toBeGreaterThan(100);
  });

  it("the JSON export of a read graph holds the same graph as the file it was read from", () => {
    const json = FORMATS.find((f) => f.name === "json")!;
    const { graph, warnings } = parseGraphJson(graphs[0]);
    expect(warnings).toEqual([]);
    expect(JSON.parse(render(json, graph) as string)).toEqual(JSON.parse(graphs[0]));
  });
});
