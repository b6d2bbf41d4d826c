// Cypher engine vs the same questions written by hand against graphology, on one seeded 100k-node /
// 1M-edge graph, in the same run. Each question is asked for the same sample of nodes both ways; the
// answers are compared before timing, so the two sides compute the same thing.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import graphology from "graphology";
import shortestPathModule from "graphology-shortest-path";

const NODES = Number(process.env.QUERY_BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.QUERY_BENCH_EDGES ?? 1_000_000);
const SAMPLE = 200;

export default async function run() {
  const { query } = await import("../lib/query/index.js");
  // QUERY_BENCH_BASELINE=path/to/lib/query/index.js (an earlier build): its ratio is shown beside this build's.
  const baseline = process.env.QUERY_BENCH_BASELINE ? (await import(resolve(process.env.QUERY_BENCH_BASELINE))).query : undefined;
  const bidirectional = (shortestPathModule.default ?? shortestPathModule).bidirectional;
  let t = performance.now();
  const { seededRandom } = await import("../lib/export/random.js");
  const graph = randomGraph(NODES, EDGES, 7, seededRandom);
  const genMs = performance.now() - t;
  const keys = Array.from({ length: SAMPLE }, (_, i) => `n${(i * 7919) % NODES}`);
  const pairs = keys.map((k, i) => [k, keys[(i + 1) % keys.length]]);
  let byLabel; // label -> node key, for the hand-written side of the lookup by label

  const cases = [
    {
      name: "1-hop neighbours",
      cypher: (k, q) => q(graph, "MATCH (n)--(m) WHERE id(n) = $k RETURN DISTINCT id(m) AS m", { k }).map((r) => r.m).sort(),
      hand: (k) => graph.neighbors(k).sort(),
      inputs: keys,
    },
    {
      // The engine looks the node up in its property index (built by the first query, kept until the graph
      // changes); the hand-written side gets the same: a label -> key Map built once, on first use.
      name: "1-hop neighbours of a node found by label",
      cypher: (label, q) => q(graph, "MATCH (n {label: $label})--(m) RETURN DISTINCT id(m) AS m", { label }).map((r) => r.m).sort(),
      hand: (label) => {
        byLabel ??= new Map(graph.mapNodes((k, a) => [a.label, k]));
        return graph.neighbors(byLabel.get(label)).sort();
      },
      inputs: keys.map((k) => graph.getNodeAttribute(k, "label")),
    },
    {
      name: "2-hop ego network (distinct nodes)",
      cypher: (k, q) => q(graph, "MATCH (n)-[*1..2]-(m) WHERE id(n) = $k RETURN count(DISTINCT m) AS c", { k })[0].c,
      hand: (k) => {
        // Walks of one or two distinct edges, as Cypher's relationship uniqueness requires.
        const seen = new Set();
        graph.forEachEdge(k, (e1, _a, s1, t1) => {
          const x = s1 === k ? t1 : s1;
          seen.add(x);
          graph.forEachEdge(x, (e2, _b, s2, t2) => {
            if (e2 !== e1) seen.add(s2 === x ? t2 : s2);
          });
        });
        return seen.size;
      },
      inputs: keys,
    },
    {
      name: "shortest path (directed)",
      cypher: ([a, b], q) => q(graph, "MATCH (a), (b) WHERE id(a) = $a AND id(b) = $b MATCH p = shortestPath((a)-[*]->(b)) RETURN length(p) AS l", { a, b })[0]?.l ?? null,
      hand: ([a, b]) => {
        const path = bidirectional(graph, a, b);
        return path ? path.length - 1 : null;
      },
      inputs: pairs,
    },
    {
      name: "2-hop pattern count (a)-->(b)-->(c)",
      cypher: (_, q) => q(graph, "MATCH (a)-->(b)-->(c) RETURN count(*) AS c")[0].c,
      hand: () => {
        let total = 0;
        graph.forEachNode((n) => {
          total += graph.inDegree(n) * graph.outDegree(n);
        });
        graph.forEachEdge((_e, _attr, s, t) => {
          if (s === t) total -= 1; // a self-loop cannot be both hops
        });
        return total;
      },
      inputs: [null],
    },
    {
      name: "top-10 by degree",
      cypher: (_, q) => q(graph, "MATCH (n) RETURN id(n) AS k, COUNT { (n)--() } AS d ORDER BY d DESC, k LIMIT 10").map((r) => `${r.k}:${r.d}`),
      hand: () =>
        graph
          .nodes()
          .map((n) => [n, graph.inDegree(n) + graph.outDegreeWithoutSelfLoops(n)]) // a self-loop counted once, as in Cypher
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 10)
          .map(([n, d]) => `${n}:${d}`),
      inputs: [null],
    },
  ];

  const rows = {};
  for (const c of cases) {
    for (const input of c.inputs.slice(0, 3)) {
      const a = JSON.stringify(c.cypher(input, query));
      if (baseline && JSON.stringify(c.cypher(input, baseline)) !== a) throw new Error(`${c.name}: the baseline answers differently for ${JSON.stringify(input)}`);
      const b = JSON.stringify(c.hand(input));
      if (a !== b) throw new Error(`${c.name}: engine and hand-written answers differ for ${JSON.stringify(input)}: ${a} vs ${b}`);
    }
    const time = (fn, minCalls = 0) => {
      // Repeat until at least 100 ms have passed (and minCalls questions were asked, within 3 s); the mean per
      // question, in wall-clock and in CPU time of this process (which other processes on a loaded machine
      // disturb far less). A young-generation collection first (--expose-gc) keeps one side from paying for
      // the garbage the side timed before it left.
      globalThis.gc?.({ type: "minor" });
      let n = 0;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      let elapsed;
      do {
        for (const input of c.inputs) fn(input);
        n += c.inputs.length;
        elapsed = performance.now() - start;
      } while (elapsed < 100 || (n < minCalls && elapsed < 3000));
      const cpu = process.cpuUsage(cpuStart);
      return { wall: elapsed / n, cpu: (cpu.user + cpu.system) / 1000 / n };
    };
    const engineSide = (input) => c.cypher(input, query);
    const baselineSide = (input) => c.cypher(input, baseline);
    // Warm-up by count as well as time: on a loaded machine 100 ms may be too few calls for the JIT to
    // finish with the engine's code, which would then be timed half-compiled.
    time(engineSide, 2000);
    time(c.hand, 2000);
    if (baseline) time(baselineSide, 2000);
    // Alternate the two sides over several rounds and keep each side's median, so that a burst of load
    // on the machine does not land on one side only.
    const engineRuns = [];
    const handRuns = [];
    const baselineRuns = [];
    for (let round = 0; round < 5; round++) {
      engineRuns.push(time(engineSide));
      handRuns.push(time(c.hand));
      if (baseline) baselineRuns.push(time(baselineSide));
    }
    const median = (runs, clock = "wall") => runs.map((r) => r[clock]).sort((a, b) => a - b)[runs.length >> 1];
    const engine = median(engineRuns);
    const hand = median(handRuns);
    rows[c.name] = { "cypher (ms)": engine.toFixed(3), "hand-written (ms)": hand.toFixed(3), ratio: (engine / hand).toFixed(2), "CPU-time ratio": (median(engineRuns, "cpu") / median(handRuns, "cpu")).toFixed(2) };
    if (baseline) rows[c.name]["baseline ratio"] = (median(baselineRuns) / hand).toFixed(2);
    if (baseline) rows[c.name]["baseline CPU-time ratio"] = (median(baselineRuns, "cpu") / median(handRuns, "cpu")).toFixed(2);
  }
  console.log(`\nCypher queries vs hand-written graphology, ${NODES.toLocaleString("en-US")} nodes / ${graph.size.toLocaleString("en-US")} edges (generated in ${(genMs / 1000).toFixed(1)} s); median of 5 alternating rounds of the mean per question, ratio = cypher / hand-written (target <= 2; the CPU-time ratio is steadier on a loaded machine)`);
  console.table(rows);
  return rows;
}

/**
 * A seeded random graph in the newsgraph model, without evidence sentences (the questions here never read
 * them, and leaving them out keeps generation to a few seconds).
 */
function randomGraph(nodes, edges, seed, seededRandom) {
  const { MultiDirectedGraph } = graphology;
  const random = seededRandom(seed);
  const types = ["person", "state", "organisation", "place", "proposal"];
  const relations = ["met", "supported", "criticised", "rejected", "proposed"];
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, { label: `Entity ${i}`, entityType: types[i % types.length], aliases: [], mentions: 1 });
  for (let i = 0; i < edges; i++) {
    const s = `n${Math.floor(random() * nodes)}`;
    const t = `n${Math.floor(random() * nodes)}`;
    const relation = relations[i % relations.length];
    graph.addDirectedEdgeWithKey(`${s}->${relation}->${t}#${i}`, s, t, { relation, weight: 1, evidence: [] });
  }
  return graph;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
