// The CLI's own usage errors: one line (or the usage text) on stderr, exit 2, nothing on stdout.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync, SAMPLE, useTempDir } from "./cli.js";

const tempDir = useTempDir();

describe.concurrent("usage", () => {
  it("no command prints the usage on stderr and exits 2; --help prints it on stdout and exits 0", async () => {
    const [none, help] = await Promise.all([runCliAsync([]), runCliAsync(["--help"])]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/^newsgraph: knowledge graphs .*\n\nUsage: newsgraph <command> \[options\]\n/);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toBe(none.stderr);
  });

  it("an unknown command is one line and exit 2", async () => {
    const run = await runCliAsync(["biuld", "a.txt"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("newsgraph: unknown command 'biuld' (try newsgraph --help)\n");
  });

  it("ego, path and evidence name an entity that is not in the graph: one line, exit 1", async () => {
    const graph = join(tempDir(), "g.json");
    expect((await runCliAsync(["build", SAMPLE, "--out", graph, "--jobs", "1"])).code).toBe(0);
    const runs = await Promise.all([["ego", graph, "Atlantis"], ["path", graph, "Russia", "Atlantis"], ["evidence", graph, "Atlantis", "Russia"]].map((args) => runCliAsync(args)));
    expect(runs.map((r) => [r.code, r.stdout, r.stderr])).toEqual(["ego", "path", "evidence"].map((verb) => [1, "", `newsgraph ${verb}: no entity named 'Atlantis'\n`]));
  });
});
