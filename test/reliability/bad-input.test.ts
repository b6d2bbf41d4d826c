// `newsgraph build` on bad article input: each case gives a graph, or a clear reason on stderr and a
// non-zero exit; never a stack trace, never an output file from a failed run.
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedUntilClosed, problemLines, runCliAsync, runCliEndlessInput, SAMPLE, STACK_LINE, useTempDir } from "./cli.js";

interface GraphJson {
  attributes: { documents: { id: string; title?: string }[] };
  nodes: { key: string }[];
  edges: { key: string; attributes: { evidence: { start: number; end: number; text: string }[] } }[];
}

const tempDir = useTempDir();
const article = readFileSync(SAMPLE, "utf8");

/** Builds one file written with `content`; returns the run, the output path and the parsed graph when written. */
async function buildOne(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = tempDir();
  const input = join(dir, name);
  writeFileSync(input, content);
  const out = join(dir, "graph.json");
  const run = await runCliAsync(["build", input, "--out", out, "--jobs", "1", ...extra]);
  const graph = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as GraphJson) : undefined;
  return { run, out, graph };
}

/** Every piece of evidence slices its text out of `original`. */
function expectEvidenceInto(graph: GraphJson, original: string) {
  for (const edge of graph.edges) {
    for (const e of edge.attributes.evidence) expect(original.slice(e.start, e.end)).toBe(e.text);
  }
}

/** A refused document: exit 1, its reason as the last stderr line, no stack trace, nothing written. */
async function expectRefused(pending: ReturnType<typeof buildOne>, name: string, reason: string) {
  const result = await pending;
  expect(result.run.code).toBe(1);
  expect(result.run.stderr).not.toMatch(STACK_LINE);
  expect(result.run.stderr.trimEnd().split("\n").at(-1)).toBe(`newsgraph build: ${name}: ${reason}`);
  expect(result.run.stdout).toBe("");
  expect(result.graph).toBeUndefined();
}

describe.concurrent("build on bad article input", () => {
  it("refuses an empty file", async () => {
    await expectRefused(buildOne("empty.txt", ""), "empty.txt", "input is empty");
  });

  it("refuses a whitespace-only file", async () => {
    await expectRefused(buildOne("blank.txt", "  \n\t\r\n   \n"), "blank.txt", "input is empty");
  });

  it("refuses empty standard input", async () => {
    const run = await runCliAsync(["build", "-"], { input: "" });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("newsgraph build: stdin: input is empty");
    expect(run.stdout).toBe("");
  });

  it("refuses JSONL piped to standard input, which is read as one article, saying what to do", async () => {
    const run = await runCliAsync(["build", "-"], { input: [{ id: "a", text: "Kenya met Chile." }, { id: "b", text: "Peru met Chile." }].map((o) => JSON.stringify(o)).join("\n") });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph build: stdin: holds JSONL, but standard input is read as one article (save it as a .jsonl file and build that)\n");
    expect(run.stdout).toBe("");
  });

  it("refuses binary bytes", async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await expectRefused(buildOne("photo.txt", bytes), "photo.txt", "input is binary (contains NUL bytes)");
  });

  it("refuses text with NUL bytes", async () => {
    await expectRefused(buildOne("nul.txt", "Kenya signed the accord.\u0000\u0000 Chile did not."), "nul.txt", "input is binary (contains NUL bytes)");
  });

  it("refuses bytes that are not UTF-8", async () => {
    // High bytes without NUL: invalid UTF-8 throughout.
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 31) % 0x40)));
    await expectRefused(buildOne("latin.txt", bytes), "latin.txt", "input is not UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
  });

  it("refuses UTF-16 text, saying how to convert it", async () => {
    const bytes = Buffer.from("\uFEFF" + article, "utf16le");
    await expectRefused(buildOne("windows.txt", bytes), "windows.txt", "input is UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)");
  });

  it("reads a mostly-UTF-8 article with a few stray Latin-1 bytes, evidence sliced from the decoded text", async () => {
    const latin1 = Buffer.concat([Buffer.from(article, "utf8"), Buffer.from(" Caf\xe9 owners in Istanbul were not consulted.\n", "latin1")]);
    const { run, graph } = await buildOne("mixed.txt", latin1);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(graph!.edges.length).toBeGreaterThan(0);
    expectEvidenceInto(graph!, new TextDecoder().decode(latin1));
  });

  it("refuses a 50 MB file by its size, before reading it, naming the limit", async () => {
    const dir = tempDir();
    const big = join(dir, "big.txt");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024); // sparse: all NUL bytes, so reading it would give another reason
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", big, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("newsgraph build: big.txt: file is 52428800 bytes, over the --max-bytes limit of 20000000");
    expect(existsSync(out)).toBe(false);
  });

  it("accepts a file at the --max-bytes limit and refuses one byte over it", async () => {
    const size = Buffer.byteLength(article);
    expect((await buildOne("a.txt", article, ["--max-bytes", String(size)])).run.code).toBe(0);
    await expectRefused(buildOne("a.txt", article, ["--max-bytes", String(size - 1)]), "a.txt", `file is ${size} bytes, over the --max-bytes limit of ${size - 1}`);
  });

  it("refuses a --max-bytes that is not a whole number", async () => {
    const { run } = await buildOne("a.txt", article, ["--max-bytes", "lots"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph build: --max-bytes takes a whole number >= 1, got 'lots'\n");
  });

  it("builds a graph of a non-English article without failing", async () => {
    const french = "Le ministre des Affaires étrangères a rencontré son homologue à Berlin lundi.\nLes deux pays ont signé un accord sur l'énergie, selon un communiqué.\n";
    const { run, graph } = await buildOne("berlin.txt", french);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(graph!.attributes.documents.map((d) => d.id)).toEqual(["berlin.txt"]);
    expectEvidenceInto(graph!, french);
  });

  it("reads a file that is really HTML: scripts, styles and navigation dropped, offsets into the original", async () => {
    const paragraphs = article.split("\n").filter((l) => l.trim()).map((l) => `<p>${l}</p>`).join("\n");
    const html = [
      "<!DOCTYPE html><html><head><title>Talks end without ceasefire</title>",
      '<style>.Germany::before { content: "France signed the treaty." }</style>',
      '<script>var note = "Japan rejected the proposal from Brazil.";</script></head>',
      "<body><nav><a href=\"/\">Home</a> | <a>Canada</a> | <a>Mexico condemned Peru</a></nav>",
      `<article>${paragraphs}</article>`,
      "<footer>Argentina © 2025</footer></body></html>",
    ].join("\n");
    const { run, graph } = await buildOne("page.txt", html);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    const keys = graph!.nodes.map((n) => n.key);
    expect(keys).toContain("state:russia");
    for (const hidden of ["germany", "france", "japan", "brazil", "canada", "mexico", "peru", "argentina"]) {
      expect(keys).not.toContain(`state:${hidden}`);
    }
    expect(graph!.attributes.documents[0].title).toBe("Talks end without ceasefire");
    expect(graph!.edges.length).toBeGreaterThan(5);
    expectEvidenceInto(graph!, html);
  });

  it("names a missing input file as a usage error", async () => {
    const dir = tempDir();
    const run = await runCliAsync(["build", join(dir, "nope.txt")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`newsgraph build: no such file or directory: ${join(dir, "nope.txt")}\n`);
  });

  it("gives one short line for an unknown option", async () => {
    const run = await runCliAsync(["build", SAMPLE, "--colour", "red"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph build: unknown option '--colour' (see newsgraph build --help)\n");
  });

  it("gives one short line for an option without its value", async () => {
    const run = await runCliAsync(["build", SAMPLE, "--out"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsgraph build: option '--out' needs a value (see newsgraph build --help)\n");
  });

  it("prints exactly one stderr line for a single refused document", async () => {
    const run = await runCliAsync(["build", "-"], { input: "   " });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph build: stdin: input is empty\n");
  });
});

// Devices, FIFOs and pipes have no size to check first: they are read as streams that stop at --max-bytes.
// Each test has its own time limit: before the fix these runs read without end (2.8 GB resident after 30 s).
describe.concurrent("build on endless input", () => {
  const endless = (name: string) => `newsgraph build: ${name}: input is longer than the --max-bytes limit of 20000000 (stopped reading there)\n`;

  it("stops reading /dev/zero at --max-bytes, with one line naming the limit, and leaves the output as it was", async () => {
    const out = join(tempDir(), "graph.json");
    writeFileSync(out, "previous graph");
    const run = await runCliAsync(["build", "/dev/zero", "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(endless("zero"));
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe("previous graph");
  }, 30_000);

  it("stops reading an endless standard input (`yes | newsgraph build -`) at --max-bytes and closes it", async () => {
    const out = join(tempDir(), "graph.json");
    const run = await runCliEndlessInput(["build", "-", "--out", out, "--jobs", "1"], "y\n".repeat(4096));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(endless("stdin"));
    expect(existsSync(out)).toBe(false);
    // The CLI took no more than the limit plus a read chunk, the pipe and the writer's buffers: it stopped reading there.
    expect(run.fed).toBeGreaterThan(20_000_000);
    expect(run.fed).toBeLessThan(20_000_000 + 4 * 2 ** 20);
  }, 30_000);

  it("stops reading a FIFO at --max-bytes", async () => {
    const dir = tempDir();
    const fifo = join(dir, "feed.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = createWriteStream(fifo);
    const [fed, run] = await Promise.all([
      feedUntilClosed(writer, "Kenya rejected the proposal.\n".repeat(1000)),
      runCliAsync(["build", fifo, "--out", join(dir, "graph.json"), "--max-bytes", "1000000", "--jobs", "1"]),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph build: feed.txt: input is longer than the --max-bytes limit of 1000000 (stopped reading there)\n");
    expect(fed).toBeLessThan(1_000_000 + 4 * 2 ** 20);
  }, 30_000);

  it("stops reading an endless JSONL line from a device at --max-bytes, naming the line", async () => {
    const dir = tempDir();
    symlinkSync("/dev/zero", join(dir, "zero.jsonl"));
    const run = await runCliAsync(["build", join(dir, "zero.jsonl"), "--out", join(dir, "graph.json"), "--jobs", "1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("newsgraph build: zero.jsonl:1: line is longer than the --max-bytes limit of 20000000 (stopped reading there)\n");
  }, 30_000);

  it("skips and names an endless input in a batch, builds the rest and exits 3", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), article);
    writeFileSync(join(dir, "b.txt"), "Kenya rejected the proposal from Uganda on Monday, officials said.\n");
    const out = join(dir, "graph.json");
    const run = await runCliAsync(["build", join(dir, "a.txt"), "/dev/zero", join(dir, "b.txt"), "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(3);
    expect(problemLines(run.stderr)).toEqual([`skipped ${endless("zero").slice("newsgraph build: ".length, -1)}`]);
    expect((JSON.parse(readFileSync(out, "utf8")) as GraphJson).attributes.documents.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
  }, 30_000);
});
