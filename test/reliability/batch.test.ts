// Batches: a bad document among good ones is named with its reason, the graph of the good ones is still
// written, and exit code 3 says the result is partial.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { problemLines, runCliAsync, SAMPLE, STACK_LINE, useTempDir } from "./cli.js";

const tempDir = useTempDir();
const article = readFileSync(SAMPLE, "utf8");
const second = "Kenya rejected the proposal from Uganda on Monday, officials said.\nThe two governments will meet again in Nairobi next week.\n";

interface GraphJson { attributes: { documents: { id: string }[] } }
const documentIds = (path: string) => (JSON.parse(readFileSync(path, "utf8")) as GraphJson).attributes.documents.map((d) => d.id);

describe.concurrent("build on a batch with bad documents", () => {
  it("names each bad file with its reason, writes the graph of the good ones and exits 3", async () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(join(inputs, "world"), { recursive: true });
    writeFileSync(join(inputs, "a-istanbul.txt"), article);
    writeFileSync(join(inputs, "b-empty.txt"), "\n\n");
    writeFileSync(join(inputs, "world", "c-photo.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(inputs, "world", "d-kenya.md"), second);
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", inputs, "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(problemLines(run.stderr)).toEqual([
      "skipped b-empty.txt: input is empty",
      "skipped world/c-photo.html: input is binary (contains NUL bytes)",
    ]);
    expect(documentIds(out)).toEqual(["a-istanbul.txt", "world/d-kenya.md"]);
  });

  it("names bad JSONL lines by number and keeps the good lines", async () => {
    const dir = tempDir();
    const feed = join(dir, "feed.jsonl");
    writeFileSync(feed, [
      JSON.stringify({ id: "istanbul", text: article }),
      '{"id": "cut", "text": "Kenya rej',
      JSON.stringify({ id: "no-text", title: "Headline only" }),
      JSON.stringify({ id: "blank", text: "   " }),
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({ id: "kenya", text: second }),
    ].join("\n"));
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", feed, "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(3);
    expect(problemLines(run.stderr)).toEqual([
      "skipped feed.jsonl:2: not valid JSON",
      'skipped feed.jsonl:3: no "text" string',
      "skipped feed.jsonl:4: input is empty",
      "skipped feed.jsonl:5: not a JSON object",
    ]);
    expect(documentIds(out)).toEqual(["istanbul", "kenya"]);
  });

  it("skips a JSONL line over --max-bytes, named with its line and size, and reads the lines after it", async () => {
    const dir = tempDir();
    const feed = join(dir, "feed.jsonl");
    const long = JSON.stringify({ id: "long", text: "Kenya met Chile. ".repeat(400) });
    writeFileSync(feed, [JSON.stringify({ id: "istanbul", text: article }), long, JSON.stringify({ id: "kenya", text: second })].join("\n"));
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", feed, "--out", out, "--jobs", "1", "--max-bytes", "6000"]);
    expect(run.code).toBe(3);
    expect(problemLines(run.stderr)).toEqual([`skipped feed.jsonl:2: line is ${Buffer.byteLength(long)} bytes, over the --max-bytes limit of 6000`]);
    expect(documentIds(out)).toEqual(["istanbul", "kenya"]);
  });

  it("fails with exit 1 and writes nothing when every document is bad", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "");
    writeFileSync(join(dir, "b.txt"), "\u0000\u0001\u0002");
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", join(dir, "a.txt"), join(dir, "b.txt"), "--out", out]);
    expect(run.code).toBe(1);
    expect(problemLines(run.stderr)).toEqual([
      "skipped a.txt: input is empty",
      "skipped b.txt: input is binary (contains NUL bytes)",
      "newsgraph build: no readable documents (2 skipped)",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("stops at --max-total-bytes: names the file that would pass it and the first one after it, builds the rest, exits 3", async () => {
    const dir = tempDir();
    const names = ["a.txt", "b.txt", "c.txt", "d.txt"];
    for (const name of names) writeFileSync(join(dir, name), article);
    const size = Buffer.byteLength(article);
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", ...names.map((n) => join(dir, n)), "--out", out, "--jobs", "1", "--max-total-bytes", String(2 * size + 10)]);
    expect(run.code).toBe(3);
    expect(problemLines(run.stderr)).toEqual([
      `skipped c.txt: file is ${size} bytes, more than the 10 bytes left of the --max-total-bytes limit of ${2 * size + 10}`,
      `skipped d.txt and everything after it: not read, reading stopped at the --max-total-bytes limit of ${2 * size + 10}`,
    ]);
    expect(documentIds(out)).toEqual(["a.txt", "b.txt"]);
  });

  it("counts JSONL lines against --max-total-bytes and names the line where reading stopped", async () => {
    const dir = tempDir();
    const feed = join(dir, "feed.jsonl");
    const lines = ["one", "two", "three", "four"].map((id) => JSON.stringify({ id, text: second }));
    writeFileSync(feed, lines.join("\n") + "\n");
    const line = Buffer.byteLength(lines[0]);
    const limit = 2 * line + 1;
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", feed, "--out", out, "--jobs", "1", "--max-total-bytes", String(limit)]);
    expect(run.code).toBe(3);
    expect(problemLines(run.stderr)).toEqual([
      `skipped feed.jsonl:3: line is ${line + 2} bytes, more than the 1 bytes left of the --max-total-bytes limit of ${limit}`,
      `skipped feed.jsonl:4 and everything after it: not read, reading stopped at the --max-total-bytes limit of ${limit}`,
    ]);
    expect(documentIds(out)).toEqual(["one", "two"]);
  });

  it("reads exactly up to --max-total-bytes: a batch that fits it is built whole", async () => {
    const dir = tempDir();
    for (const name of ["a.txt", "b.txt"]) writeFileSync(join(dir, name), article);
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", dir, "--out", out, "--jobs", "1", "--max-total-bytes", String(2 * Buffer.byteLength(article))]);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(documentIds(out)).toEqual(["a.txt", "b.txt"]);
  });

  it("fails with one line naming --max-total-bytes when the first document is over it, and writes nothing", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    writeFileSync(out, "previous graph");
    const run = await runCliAsync(["build", "-", "--out", out, "--max-total-bytes", "100"], { input: article });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph build: stdin: input is longer than the 100 bytes left of the --max-total-bytes limit of 100 (stopped reading there)\n");
    expect(readFileSync(out, "utf8")).toBe("previous graph");
  });

  it("documents --max-total-bytes in build --help and refuses a value that is not a whole number", async () => {
    const help = await runCliAsync(["build", "--help"]);
    expect(help.stdout).toMatch(/^  --max-total-bytes N\n +most bytes of documents read from all inputs together \(default: 2000000000\);$/m);
    const run = await runCliAsync(["build", SAMPLE, "--max-total-bytes", "2GB"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph build: --max-total-bytes takes a whole number >= 1, got '2GB'\n");
  });

  it("documents exit code 3 in build --help", async () => {
    const run = await runCliAsync(["build", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^3 some documents were skipped \(each named on stderr.*\), the graph of the others was written\.$/m);
  });
});
