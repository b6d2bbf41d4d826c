// Outputs are written to a temporary file and renamed: a failed run leaves an existing output untouched,
// and no temporary file is left behind.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removePendingOutputs, writeAtomic, writeFolderAtomic } from "../../src/cli/output.js";
import { UsageError } from "../../src/cli/errors.js";
import { problemLines, runCliAsync, runShellAsync, SAMPLE, STACK_LINE, useTempDir } from "./cli.js";

const tempDir = useTempDir();
const OLD = '{"old": "graph, must survive"}\n';

/** Chunks that fail after the first one, like a writer meeting a bad value half way. */
function* failingChunks(): Generator<string> {
  yield "half of a new ";
  throw new Error("writer failed");
}

describe.concurrent("atomic outputs", () => {
  it("a failed build leaves an existing output byte for byte untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const out = join(dir, "graph.json");
    writeFileSync(out, OLD);
    const run = await runCliAsync(["build", join(dir, "empty.txt"), "--out", out]);
    expect(run.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["empty.txt", "graph.json"]);
  });

  it("a successful build replaces the output and leaves no temporary file", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    writeFileSync(out, OLD);
    const run = await runCliAsync(["build", SAMPLE, "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).attributes.documents[0].id).toBe("istanbul-talks.txt");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("a missing output directory is a clear error and creates nothing", async () => {
    const dir = tempDir();
    const out = join(dir, "no", "such", "graph.json");
    const run = await runCliAsync(["build", SAMPLE, "--out", out, "--jobs", "1"]);
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([`newsgraph build: output directory does not exist: ${join(dir, "no", "such")}`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an output that is a directory is a clear error and the directory is untouched", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "graph.json"));
    writeFileSync(join(dir, "graph.json", "keep.txt"), "keep");
    const run = await runCliAsync(["build", SAMPLE, "--out", join(dir, "graph.json"), "--jobs", "1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(problemLines(run.stderr)).toEqual([`newsgraph build: output is a directory, not a file: ${join(dir, "graph.json")}`]);
    expect(readdirSync(join(dir, "graph.json"))).toEqual(["keep.txt"]);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("a failed export leaves an existing output untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), '{"nodes": [');
    const out = join(dir, "graph.gexf");
    writeFileSync(out, OLD);
    const run = await runCliAsync(["export", join(dir, "bad.json"), "--format", "gexf", "--out", out]);
    expect(run.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["bad.json", "graph.gexf"]);
  });

  it("output piped into a reader that stops early ends quietly, without a stack trace", async () => {
    // `head -c 1` closes the pipe after one byte; the build's stdout then fails with EPIPE.
    const dir = tempDir();
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `a${i}.txt`), readFileSync(SAMPLE, "utf8").replaceAll("Russia", `Country${i}`));
    const piped = await runShellAsync(`node bin/newsgraph.js build '${dir}' --jobs 1 | head -c 1 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`);
    expect(piped.stderr).not.toMatch(STACK_LINE);
    expect(piped.stderr).not.toMatch(/EPIPE/);
    expect(piped.stdout).toBe("exit=0\n");
  });
});

describe.concurrent("interrupted runs", () => {
  // A FIFO no one writes to blocks a thread of libuv's pool in open(2) for good; process.exit() waited for
  // that thread, so Ctrl-C left the build hanging. Interrupts now end the process at once.
  it.each([["INT", 130], ["TERM", 143]])("SIG%s ends a build waiting on a FIFO at once, with status %i, the output as it was", async (signal, status) => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    writeFileSync(out, OLD);
    const script = `mkfifo '${dir}/feed.txt'; node bin/newsgraph.js build '${SAMPLE}' '${dir}/feed.txt' --out '${out}' --jobs 2 & pid=$!; ` +
      // Signalled once a thread is blocked opening the FIFO (Linux names that wait in /proc), so the CLI's handlers run.
      `for i in $(seq 300); do grep -qs wait_for_partner /proc/$pid/task/*/wchan && break; sleep 0.1; done; kill -${signal} $pid; wait $pid; echo "exit=$?"`;
    const started = performance.now();
    const run = await runShellAsync(script);
    expect(run.stdout).toBe(`exit=${status}\n`);
    expect(run.stderr).toBe("");
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(readFileSync(out, "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["feed.txt", "graph.json"]);
  }, 30_000);
});

describe("writeAtomic and writeFolderAtomic", () => {
  it("writeAtomic keeps the old file and removes its temporary file when a chunk fails", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    writeFileSync(out, OLD);
    await expect(writeAtomic(out, failingChunks())).rejects.toThrow("writer failed");
    expect(readFileSync(out, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("writeAtomic refuses a missing directory with a UsageError naming it", async () => {
    const dir = tempDir();
    const error = await writeAtomic(join(dir, "nope", "g.json"), ["x"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`output directory does not exist: ${join(dir, "nope")}`);
  });

  it("writeFolderAtomic keeps the old folder when a file fails, and leaves no temporary folder", async () => {
    const dir = tempDir();
    const out = join(dir, "csv");
    mkdirSync(out);
    writeFileSync(join(out, "nodes.csv"), "old nodes");
    await expect(writeFolderAtomic(out, { "nodes.csv": ["new nodes"], "edges.csv": failingChunks() })).rejects.toThrow("writer failed");
    expect(readdirSync(out)).toEqual(["nodes.csv"]);
    expect(readFileSync(join(out, "nodes.csv"), "utf8")).toBe("old nodes");
    expect(readdirSync(dir)).toEqual(["csv"]);
  });

  it("removePendingOutputs (run when the process is interrupted) removes a write's temporary file, not the output", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    writeFileSync(out, OLD);
    let resume = () => {};
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let started = () => {};
    const writing = new Promise<void>((resolve) => (started = resolve));
    async function* slowChunks() {
      yield "half of a new ";
      started();
      await paused;
      yield "graph";
    }
    const write = writeAtomic(out, slowChunks());
    await writing;
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    removePendingOutputs();
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readFileSync(out, "utf8")).toBe(OLD);
    resume();
    await write.catch(() => undefined);
  });

  it("writeFolderAtomic replaces the old folder whole on success", async () => {
    const dir = tempDir();
    const out = join(dir, "csv");
    mkdirSync(out);
    writeFileSync(join(out, "stale.csv"), "stale");
    await writeFolderAtomic(out, { "nodes.csv": ["a,b\n"], "edges.csv": ["c,d\n"] });
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(readdirSync(dir)).toEqual(["csv"]);
  });

  it("writeFolderAtomic refuses a path that is a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "csv"), OLD);
    await expect(writeFolderAtomic(join(dir, "csv"), { "nodes.csv": ["x"] })).rejects.toThrow(`output is a file, not a folder: ${join(dir, "csv")}`);
    expect(readFileSync(join(dir, "csv"), "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["csv"]);
  });
});
