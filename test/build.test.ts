// End to end: corpus builds over the compiled CLI (npm test builds lib/ first): parallel extraction,
// shards and merge, incremental builds, bad JSONL lines, exit codes and untouched outputs.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(root, "bin/newsgraph.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

// Short articles sharing actors, so that entities and relations merge across documents and slices.
const ARTICLES = [
  "Russia and Ukraine met in Istanbul on Friday. Ukrainian President Volodymyr Zelensky rejected the Russian proposal for a ceasefire. The Kremlin accused Kyiv of stalling the talks.",
  "The United States imposed sanctions on Iran on Tuesday. Secretary of State Marco Rubio said Washington would support Israel. Iran criticised the decision.",
  "France and Germany agreed a plan to send aid to Ukraine. President Emmanuel Macron met Chancellor Friedrich Merz in Berlin. NATO supported the plan.",
  "China threatened Taiwan with military drills near the island. Japan protested against the drills. The United Nations called for restraint.",
  "Zelensky met Macron in Paris on Monday. France pledged new aid to Ukraine, and Russia criticised the pledge.",
  "Iran rejected the demand of the United States for new nuclear talks. Israel accused Iran of supporting armed groups in Lebanon.",
  "Turkey mediated between Russia and Ukraine. Russia proposed a prisoner exchange, and Ukraine agreed to the exchange on Sunday.",
  "Germany criticised China over its support for Russia. Beijing rejected the criticism, a spokesman for the Chinese foreign ministry said.",
];

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-build-"));
  corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "wire"), { recursive: true });
  copyFileSync(join(root, "data/articles/istanbul-talks.txt"), join(corpus, "istanbul-talks.txt"));
  writeFileSync(join(corpus, "wire/first.txt"), ARTICLES[0]);
  writeFileSync(join(corpus, "wire/second.md"), `# Sanctions on Iran\n\n${ARTICLES[1]}\n`);
  writeFileSync(join(corpus, "wire/third.html"), `<html><body><h1>Aid plan</h1><p>${ARTICLES[2]}</p></body></html>`);
  writeFileSync(join(corpus, "wire/more.jsonl"), ARTICLES.slice(3).map((text, i) => JSON.stringify({ id: `wire-${i + 4}`, title: `Story ${i + 4}`, date: "2025-05-16", text }) + "\n").join(""));
});

const graphOf = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("newsgraph build over a corpus", { timeout: 120_000 }, () => {
  it("writes the same bytes whatever --jobs is, and a summary line", () => {
    const one = cli("build", corpus, "--jobs", "1", "--out", join(dir, "jobs1.json"));
    const two = cli("build", corpus, "--jobs", "2", "--out", join(dir, "jobs2.json"));
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(readFileSync(join(dir, "jobs2.json"), "utf8")).toBe(readFileSync(join(dir, "jobs1.json"), "utf8"));
    const graph = graphOf(join(dir, "jobs1.json"));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual([
      "istanbul-talks.txt", "wire/first.txt", "wire/more.jsonl#1", "wire/more.jsonl#2", "wire/more.jsonl#3",
      "wire/more.jsonl#4", "wire/more.jsonl#5", "wire/second.md", "wire/third.html",
    ].map((id) => (id.startsWith("wire/more") ? `wire-${Number(id.split("#")[1]) + 3}` : id)));
    expect(one.stderr).toMatch(new RegExp(`^newsgraph build: 9 documents, [\\d,]+ words, ${graph.nodes.length} entities, ${graph.edges.length} relations, \\d+\\.\\d s, 0 skipped\\n$`));
    expect(one.stdout).toBe("");
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)("draws progress (documents done/total, words/s, ETA) when stderr is a terminal", () => {
    // script(1) gives the build a terminal; its output is what the terminal showed.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "bin/newsgraph.js"))} build ${JSON.stringify(corpus)} --jobs 1 --out ${JSON.stringify(join(dir, "tty.json"))}`;
    const run = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8" });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\r\x1b\[K1\/9 documents {2}[\d,]+ words\/s {2}ETA \d+:\d\d/);
    // The progress line is cleared before the summary.
    expect(run.stdout).toMatch(/\r\x1b\[Knewsgraph build: 9 documents, [\d,]+ words, .* 0 skipped\r?\n$/);
    expect(readFileSync(join(dir, "tty.json"), "utf8")).toBe(readFileSync(join(dir, "jobs1.json"), "utf8"));
  });

  it("writes the same bytes when workers extract part of a larger corpus", () => {
    // Long enough that the workers are ready (their model loaded) before the main thread has extracted it all.
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `long-${i}`, text: [...ARTICLES.slice(i % 8), ...ARTICLES.slice(0, i % 8)].join(" ") }));
    writeFileSync(join(dir, "long.jsonl"), lines.join("\n") + "\n");
    const outputs = ["1", "3"].map((jobs) => {
      const run = cli("build", join(dir, "long.jsonl"), "--jobs", jobs, "--out", join(dir, `long-jobs${jobs}.json`));
      expect(run.code, run.stderr).toBe(0);
      return readFileSync(join(dir, `long-jobs${jobs}.json`), "utf8");
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(JSON.parse(outputs[0]).attributes.documents).toHaveLength(400);
  });

  it("--shard i/n slices merged in order equal one build", () => {
    const shards = [1, 2, 3].map((i) => join(dir, `shard${i}.json`));
    shards.forEach((out, i) => expect(cli("build", corpus, "--shard", `${i + 1}/3`, "--out", out).code).toBe(0));
    const sizes = shards.map((s) => graphOf(s).attributes.documents.length);
    expect(sizes).toEqual([3, 3, 3]);
    const merged = cli("merge", ...shards, "--out", join(dir, "merged.json"));
    expect(merged.code, merged.stderr).toBe(0);
    expect(readFileSync(join(dir, "merged.json"), "utf8")).toBe(readFileSync(join(dir, "jobs1.json"), "utf8"));
  });

  it("--into adds documents to a graph, skipping those already in it: same graph as one build", () => {
    const graph = join(dir, "incremental.json");
    expect(cli("build", corpus, "--shard", "1/2", "--out", graph).code).toBe(0);
    const run = cli("build", corpus, "--into", graph, "--out", graph);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/: 5 documents, .* 0 skipped, 4 already in the graph\n$/);
    expect(readFileSync(graph, "utf8")).toBe(readFileSync(join(dir, "jobs1.json"), "utf8"));
    // Nothing new: the graph comes back unchanged.
    expect(cli("build", corpus, "--into", graph, "--out", join(dir, "again.json")).code).toBe(0);
    expect(readFileSync(join(dir, "again.json"), "utf8")).toBe(readFileSync(graph, "utf8"));
  });

  it("skips a corrupted JSONL line, naming it with its line number, builds the rest and exits 3", () => {
    const lines = ARTICLES.slice(0, 3).map((text, i) => JSON.stringify({ id: `n${i + 1}`, text }));
    lines.splice(1, 0, '{"id": "broken", "text": "Russia met', "", '["not", "an", "object"]');
    writeFileSync(join(dir, "bad.jsonl"), lines.join("\n") + "\n");
    const run = cli("build", join(dir, "bad.jsonl"), "--jobs", "2", "--out", join(dir, "bad.json"));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("skipped bad.jsonl:2: not valid JSON\n");
    expect(run.stderr).toContain("skipped bad.jsonl:4: not a JSON object\n");
    expect(run.stderr).toMatch(/newsgraph build: 3 documents, .*, 2 skipped\n$/);
    expect(graphOf(join(dir, "bad.json")).attributes.documents.map((d: { id: string }) => d.id)).toEqual(["n1", "n2", "n3"]);
  });

  it("skips a document whose id was read before: counted once with the same content, named with other content", () => {
    const twin = join(dir, "twin");
    mkdirSync(join(twin, "a"), { recursive: true });
    mkdirSync(join(twin, "b"));
    writeFileSync(join(twin, "a", "story.txt"), ARTICLES[0]);
    writeFileSync(join(twin, "b", "story.txt"), ARTICLES[1]);
    writeFileSync(join(twin, "feed.jsonl"), [ARTICLES[2], ARTICLES[2], ARTICLES[3]].map((text) => JSON.stringify({ id: "same", text })).join("\n"));
    const out = join(twin, "graph.json");
    const run = cli("build", join(twin, "a"), join(twin, "b"), join(twin, "feed.jsonl"), "--jobs", "2", "--out", out);
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("skipped"))).toEqual([
      `skipped ${join(twin, "b", "story.txt")}: its id 'story.txt' is already taken by ${join(twin, "a", "story.txt")}, which has other content (give documents distinct ids)`,
      "skipped feed.jsonl:3: its id 'same' is already taken by feed.jsonl:1, which has other content (give documents distinct ids)",
    ]);
    expect(run.stderr).toMatch(/: 2 documents, .*, 2 skipped, 1 already in the graph\n$/);
    const graph = graphOf(out);
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(["story.txt", "same"]);
    // Every piece of evidence is a slice of the one text its document id names.
    const texts: Record<string, string> = { "story.txt": ARTICLES[0], same: ARTICLES[2] };
    for (const edge of graph.edges) for (const e of edge.attributes.evidence) expect(texts[e.doc].slice(e.start, e.end)).toBe(e.text);
  });

  it("leaves an existing output untouched when the build fails", () => {
    const out = join(dir, "kept.json");
    writeFileSync(out, "previous graph\n");
    writeFileSync(join(dir, "empty.txt"), "  \n");
    const empty = cli("build", join(dir, "empty.txt"), "--out", out);
    expect(empty).toMatchObject({ code: 1, stdout: "" });
    expect(empty.stderr).toContain("input is empty");
    writeFileSync(join(dir, "not-a-graph.json"), "{");
    const into = cli("build", corpus, "--into", join(dir, "not-a-graph.json"), "--out", out);
    expect(into.code).toBe(1);
    expect(into.stderr).toMatch(/^newsgraph build: .*not-a-graph\.json: not valid JSON/);
    expect(readFileSync(out, "utf8")).toBe("previous graph\n");
  });

  it("rejects bad options with a usage error", () => {
    expect(cli("build", corpus, "--shard", "4/3")).toMatchObject({ code: 2, stderr: "newsgraph build: --shard takes i/n with 1 <= i <= n, got '4/3'\n" });
    expect(cli("build", corpus, "--jobs", "0").code).toBe(2);
    expect(cli("build", corpus, "--format", "gexf")).toMatchObject({ code: 2, stderr: "newsgraph build: --format needs --out\n" });
    expect(cli("build", "--help").stdout).toContain("3 some documents were skipped");
  });

  it("writes another format with --format", () => {
    const run = cli("build", corpus, "--format", "graphml", "--out", join(dir, "corpus.graphml"));
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "corpus.graphml"), "utf8")).toMatch(/^<\?xml[^]*<graphml[^]*wire-4/);
  });
});

describe("newsgraph merge", { timeout: 120_000 }, () => {
  it("writes to stdout without --out, and fails on an unreadable graph without writing", () => {
    const run = cli("merge", join(dir, "shard1.json"));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).attributes.documents).toHaveLength(3);
    const out = join(dir, "kept-merge.json");
    writeFileSync(out, "previous\n");
    expect(cli("merge", join(dir, "shard1.json"), join(dir, "not-a-graph.json"), "--out", out).code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous\n");
    expect(cli("merge").code).toBe(2);
  });

  it("skips a graph whose documents are all merged already, and refuses one id with two contents", () => {
    const again = cli("merge", join(dir, "shard1.json"), join(dir, "shard2.json"), join(dir, "shard1.json"), "--out", join(dir, "again-merged.json"));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`warning: ${join(dir, "shard1.json")}: its 3 document(s) are all in the graphs before it, e.g. 'istanbul-talks.txt' of ${join(dir, "shard1.json")} (skipped)\n`);
    const twoShards = cli("merge", join(dir, "shard1.json"), join(dir, "shard2.json"), "--out", join(dir, "two-merged.json"));
    expect(readFileSync(join(dir, "again-merged.json"), "utf8")).toBe(readFileSync(join(dir, "two-merged.json"), "utf8"));
    expect(twoShards.code).toBe(0);
    // The same document id with other content in two graphs.
    writeFileSync(join(dir, "other.txt"), ARTICLES[7]);
    mkdirSync(join(dir, "other"), { recursive: true });
    copyFileSync(join(dir, "other.txt"), join(dir, "other", "istanbul-talks.txt"));
    expect(cli("build", join(dir, "other"), "--out", join(dir, "other.json")).code).toBe(0);
    const out = join(dir, "kept-conflict.json");
    writeFileSync(out, "previous\n");
    const conflict = cli("merge", join(dir, "shard1.json"), join(dir, "other.json"), "--out", out);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toBe(`newsgraph merge: ${join(dir, "other.json")}: document 'istanbul-talks.txt' is also in ${join(dir, "shard1.json")}, with other content (rebuild them with distinct document ids)\n`);
    expect(readFileSync(out, "utf8")).toBe("previous\n");
  });
});
