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

  it("documents exit code 3 in build --help", async () => {
    const run = await runCliAsync(["build", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^3 some documents were skipped \(each named on stderr.*\), the graph of the others was written\.$/m);
  });
});
