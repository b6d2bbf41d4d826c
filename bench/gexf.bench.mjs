// GEXF export of a 100k-node / 1M-edge graph: newsgraph's streaming writer next to graphology-gexf's
// writer, on the same seeded graph in the same run. Each writer runs in its own child process so its
// peak memory (max RSS) is its own; "extra" is the peak above the process's RSS once the graph is built.
// CPU time is reported beside wall time: on a shared machine it is the steadier of the two.
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const NODES = Number(process.env.GEXF_BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.GEXF_BENCH_EDGES ?? 1_000_000);
const WRITERS = ["newsgraph", "graphology-gexf"];

export default async function run() {
  const results = [await compare(NODES, EDGES)];
  // graphology-gexf builds the whole file as one string, which V8 caps at 512 MB: when the full graph is
  // beyond it, compare again on a quarter of the edges so there is a ratio to report.
  if (results[0].some((r) => r.error)) results.push(await compare(NODES, Math.round(EDGES / 4)));
  return results;
}

async function compare(nodes, edges) {
  const dir = mkdtempSync(join(tmpdir(), "gexf-bench-"));
  const rows = [];
  try {
    for (const writer of WRITERS) rows.push(await measure(writer, join(dir, `${writer}.gexf`), nodes, edges));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(`\nGEXF export, ${nodes.toLocaleString("en-US")} nodes / ${edges.toLocaleString("en-US")} edges (same seeded graph, one child process per writer)`);
  console.table(Object.fromEntries(rows.map((r) => [r.writer, r.error ? { error: r.error } : {
    "write + save (s)": (r.ms / 1000).toFixed(2), "CPU (s)": (r.cpuMs / 1000).toFixed(2), "file size": mb(r.bytes), "peak RSS": mb(r.peakRss), "extra over graph": mb(r.peakRss - r.graphRss),
  }])));
  const [ours, theirs] = rows;
  if (!ours.error && !theirs.error) {
    console.log(`newsgraph vs graphology-gexf: ${(theirs.ms / ours.ms).toFixed(2)}x the speed (${(theirs.cpuMs / ours.cpuMs).toFixed(2)}x in CPU time), ${((theirs.peakRss - theirs.graphRss) / Math.max(1, ours.peakRss - ours.graphRss)).toFixed(1)}x less extra memory`);
  }
  return rows;
}

function measure(writer, out, nodes, edges) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ["worker", writer, out, nodes, edges], { execArgv: ["--expose-gc", "--max-old-space-size=16384"], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    let stderr = "";
    child.stderr.on("data", (data) => (stderr += data));
    child.on("message", (result) => resolve({ writer, ...result }));
    child.on("exit", (code) => resolve({ writer, error: `failed (exit ${code}): ${/^\w*Error: .*$/m.exec(stderr)?.[0] ?? "no message"}` }));
  });
}

async function worker(writer, out, nodes, edges) {
  const { syntheticGraph, writeGexf } = await import("../lib/export/index.js");
  const { writeAtomic } = await import("../lib/cli/output.js");
  // Laid-out graph, as a built graph is once the explorer or a previous export has positions.
  const graph = syntheticGraph({ nodes, edges, seed: 1, positions: true });
  globalThis.gc?.();
  const graphRss = process.memoryUsage().rss;
  resetPeakRss();
  const start = performance.now(), cpuStart = process.cpuUsage();
  if (writer === "newsgraph") await writeAtomic(out, writeGexf(graph));
  else {
    const { write } = (await import("graphology-gexf")).default;
    writeFileSync(out, write(graph, { version: "1.3", formatNode: graphologyNode, formatEdge: graphologyEdge }));
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  process.send({ ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes: statSync(out).size, graphRss, peakRss: peakRss() }, () => process.exit(0));
}

// On Linux the peak RSS is reset once the graph is built, so the peak is the writer's, not the graph
// generator's; elsewhere it is the process's lifetime peak.
function resetPeakRss() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // Not Linux, or not allowed: the lifetime peak is reported.
  }
}

function peakRss() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}

// graphology-gexf is given the same attributes and viz data to write (its default formatter prints
// evidence objects as "[object Object]").
const COLORS = { person: "#4e79a7", state: "#e15759", organisation: "#59a14f", place: "#f28e2b", proposal: "#b07aa1" };
function graphologyNode(key, a) {
  return {
    label: a.label,
    attributes: { entityType: a.entityType, aliases: a.aliases, mentions: a.mentions, docs: a.docs },
    viz: { color: COLORS[a.entityType], size: 4, x: a.x, y: a.y },
  };
}
function graphologyEdge(key, a) {
  return {
    label: a.relation,
    weight: a.weight,
    attributes: { evidence: a.evidence.map((e) => e.text).join(" | "), docs: [...new Set(a.evidence.map((e) => e.doc))], evidenceJson: JSON.stringify(a.evidence) },
  };
}

if (process.argv[2] === "worker") await worker(process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6]));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
