// Graph algorithms callable as `CALL algo.<name>(...) YIELD ...`, backed by the graphology standard library
// where it is sound on large graphs (see README.md for the exceptions).
import louvainModule from "graphology-communities-louvain";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { seededRandom } from "../export/random.js";
import type { Ctx } from "./context.js";
import { CypherArgumentError, CypherTypeError } from "./errors.js";
import type { Graph } from "./graph-view.js";
import { incident } from "./match.js";
import { NodeRef, RelRef, float, isMap, num, isNumber, type CypherMap, type Value } from "./values.js";

// CommonJS packages: Node hands over module.exports, which TypeScript (NodeNext) types as a namespace.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

export interface Procedure {
  name: string;
  /** Argument names; trailing ones with defaults may be left out. */
  inputs: { name: string; default?: Value }[];
  outputs: string[];
  description: string;
  run(ctx: Ctx, args: Value[]): Iterable<Record<string, Value>>;
}

/** Above this many nodes, betweenness is estimated from a deterministic sample of sources. */
export const BETWEENNESS_EXACT_MAX_NODES = 2000;
const BETWEENNESS_SAMPLE = 500;

const node = (v: Value, proc: string): string => {
  if (v instanceof NodeRef) return v.key;
  if (typeof v === "string") return v;
  throw new CypherTypeError(`${proc} expects a node or a node key`);
};
const opts = (v: Value): CypherMap => (isMap(v) ? v : {});
const numOpt = (m: CypherMap, k: string, d: number) => (isNumber(m[k] ?? null) ? num(m[k] as number) : d);

function* byNode(g: Graph, scores: Record<string, number>, column: string): Iterable<Record<string, Value>> {
  for (const key of g.graph.nodes()) yield { node: new NodeRef(key), [column]: float(scores[key] ?? 0) };
}

export const PROCEDURES: Procedure[] = [
  {
    name: "algo.pagerank",
    inputs: [{ name: "options", default: {} }],
    outputs: ["node", "score"],
    description: "PageRank of every node (options: {alpha: 0.85, maxIterations: 100, tolerance: 1e-6, weighted: false}).",
    run(ctx, [o]) {
      const m = opts(o!);
      const scores = pagerank(ctx.g.graph, {
        alpha: numOpt(m, "alpha", 0.85),
        maxIterations: numOpt(m, "maxIterations", 100),
        tolerance: numOpt(m, "tolerance", 1e-6),
        getEdgeWeight: m.weighted === true ? "weight" : null,
      });
      return byNode(ctx.g, scores, "score");
    },
  },
  {
    name: "algo.betweenness",
    inputs: [{ name: "options", default: {} }],
    outputs: ["node", "score"],
    description: `Betweenness centrality; exact up to ${BETWEENNESS_EXACT_MAX_NODES} nodes, estimated from ${BETWEENNESS_SAMPLE} sampled sources above (options: {normalized: true, samples}).`,
    run(ctx, [o]) {
      const m = opts(o!);
      const normalized = m.normalized !== false;
      const g = ctx.g.graph;
      const samples = numOpt(m, "samples", g.order > BETWEENNESS_EXACT_MAX_NODES ? BETWEENNESS_SAMPLE : 0);
      const scores = samples > 0 && samples < g.order ? sampledBetweenness(ctx, samples, normalized) : betweenness(g, { normalized });
      return byNode(ctx.g, scores, "score");
    },
  },
  {
    name: "algo.louvain",
    inputs: [{ name: "options", default: {} }],
    outputs: ["node", "community"],
    description: "Louvain communities (options: {resolution: 1, seed: 42}); deterministic for a given seed.",
    run(ctx, [o]) {
      const m = opts(o!);
      const communities = louvain(ctx.g.graph, { resolution: numOpt(m, "resolution", 1), rng: seededRandom(numOpt(m, "seed", 42)) });
      return (function* () {
        for (const key of ctx.g.graph.nodes()) yield { node: new NodeRef(key), community: communities[key] ?? null };
      })();
    },
  },
  {
    name: "algo.degree",
    inputs: [{ name: "direction", default: "both" }],
    outputs: ["node", "degree", "inDegree", "outDegree"],
    description: "Degree of every node; direction 'both' (default), 'in' or 'out' picks what `degree` counts.",
    run(ctx, [d]) {
      if (d !== "both" && d !== "in" && d !== "out") throw new CypherArgumentError("algo.degree direction must be 'both', 'in' or 'out'");
      const g = ctx.g.graph;
      return (function* () {
        for (const key of g.nodes()) {
          const i = g.inDegree(key);
          const o = g.outDegree(key);
          yield { node: new NodeRef(key), degree: d === "in" ? i : d === "out" ? o : i + o, inDegree: i, outDegree: o };
        }
      })();
    },
  },
  {
    name: "algo.components",
    inputs: [{ name: "mode", default: "weak" }],
    outputs: ["node", "component", "size"],
    description: "Connected components, 'weak' (default) or 'strong'; component ids number components by their first node.",
    run(ctx, [mode]) {
      if (mode !== "weak" && mode !== "strong") throw new CypherArgumentError("algo.components mode must be 'weak' or 'strong'");
      const comps = mode === "weak" ? weakComponents(ctx) : strongComponents(ctx);
      return (function* () {
        for (let c = 0; c < comps.length; c++) for (const key of comps[c]!) yield { node: new NodeRef(key), component: c, size: comps[c]!.length };
      })();
    },
  },
  {
    name: "algo.egoNetwork",
    inputs: [{ name: "node" }, { name: "depth", default: 1 }],
    outputs: ["node", "distance", "relationships"],
    description: "Nodes within `depth` hops of a node (either direction), their distance, and the relationships among them.",
    run(ctx, [start, depth]) {
      if (start === null) return [];
      const d = typeof depth === "number" ? depth : 1;
      if (d < 0) throw new CypherArgumentError("algo.egoNetwork depth must not be negative", "NegativeIntegerArgument");
      return egoNetwork(ctx, node(start!, "algo.egoNetwork"), d);
    },
  },
];

export function lookupProcedure(name: string): Procedure | undefined {
  return PROCEDURES.find((p) => p.name.toLowerCase() === name.toLowerCase());
}

/** Breadth-first over incident edges only (graphology's subgraph scans every edge of the graph). */
function* egoNetwork(ctx: Ctx, start: string, depth: number): Iterable<Record<string, Value>> {
  const g = ctx.g;
  if (!g.graph.hasNode(start)) return;
  const dist = new Map([[start, 0]]);
  let front = [start];
  for (let d = 1; d <= depth && front.length; d++) {
    const next: string[] = [];
    for (const u of front)
      for (const e of incident(g, u, "both")) {
        ctx.tick();
        const w = g.graph.opposite(u, e);
        if (!dist.has(w)) {
          dist.set(w, d);
          next.push(w);
        }
      }
    front = next;
  }
  for (const [key, distance] of dist) {
    const rels = g.graph.outEdges(key).filter((e) => dist.has(g.graph.target(e)));
    yield { node: new NodeRef(key), distance, relationships: rels.map((e) => new RelRef(e)) };
  }
}

function weakComponents(ctx: Ctx): string[][] {
  const g = ctx.g;
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const s of g.graph.nodes()) {
    if (seen.has(s)) continue;
    seen.add(s);
    const comp = [s];
    for (let i = 0; i < comp.length; i++)
      for (const e of incident(g, comp[i]!, "both")) {
        const w = g.graph.opposite(comp[i]!, e);
        if (!seen.has(w)) {
          seen.add(w);
          comp.push(w);
        }
      }
    out.push(comp);
  }
  return out;
}

/** Tarjan's algorithm with an explicit stack: graphology's recursive version overflows at ~10k nodes. */
function strongComponents(ctx: Ctx): string[][] {
  const graph = ctx.g.graph;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of graph.nodes()) {
    if (index.has(root)) continue;
    const work: { v: string; next: string[]; i: number }[] = [];
    const visit = (v: string) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      work.push({ v, next: graph.outNeighbors(v), i: 0 });
    };
    visit(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      ctx.tick();
      if (top.i < top.next.length) {
        const w = top.next[top.i++]!;
        if (!index.has(w)) visit(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.v;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.v)!));
      }
      if (low.get(top.v) === index.get(top.v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.v);
        out.push(comp.reverse());
      }
    }
  }
  return out;
}

/** Brandes' accumulation from every k-th node as source, scaled up by n/samples. Directed, unweighted. */
function sampledBetweenness(ctx: Ctx, samples: number, normalized: boolean): Record<string, number> {
  const graph = ctx.g.graph;
  const nodes = graph.nodes();
  const n = nodes.length;
  const scores: Record<string, number> = {};
  for (const v of nodes) scores[v] = 0;
  const step = n / samples;
  for (let k = 0; k < samples; k++) {
    const s = nodes[Math.floor(k * step)]!;
    const order: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      order.push(v);
      for (const w of graph.outNeighbors(v)) {
        ctx.tick();
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          (preds.get(w) ?? preds.set(w, []).get(w)!).push(v);
        }
      }
    }
    const delta = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i]!;
      for (const v of preds.get(w) ?? []) delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0)));
      if (w !== s) scores[w]! += delta.get(w) ?? 0;
    }
  }
  const scale = (n / samples) * (normalized && n > 2 ? 1 / ((n - 1) * (n - 2)) : 1);
  for (const v of nodes) scores[v]! *= scale;
  return scores;
}

export function describeProcedures(): string {
  return PROCEDURES.map((p) => `${p.name}(${p.inputs.map((i) => i.name).join(", ")}) YIELD ${p.outputs.join(", ")}\n    ${p.description}`).join("\n");
}
