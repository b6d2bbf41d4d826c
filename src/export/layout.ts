// A seeded ForceAtlas2 layout so a GEXF opens in Gephi already spread out, identically on every run.
// Pure JavaScript (no Node APIs): the explorer may call it too.
import { MultiDirectedGraph } from "graphology";
import fa2 from "graphology-layout-forceatlas2";
import type { NewsGraph } from "../graph/types.js";
import { hashString, seededRandom } from "./random.js";

// CommonJS typed as an ES module: at run time (Node and Vite) the default import is the function itself.
const forceAtlas2 = ((fa2 as unknown as { default?: typeof fa2.default }).default ?? fa2) as typeof fa2.default;

export interface LayoutOptions {
  /** Seed of the starting positions; the same seed and graph give the same layout. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer on large graphs. */
  iterations?: number;
}

export type Positions = Map<string, { x: number; y: number }>;

/** True when every node already has numeric x and y (then no layout is computed). */
export function hasPositions(graph: NewsGraph): boolean {
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/**
 * Runs ForceAtlas2 from seeded starting positions on a light copy of the graph (the graph itself is not
 * changed). Nodes that already have x/y start from there. Positions are rounded to 2 decimals.
 */
export function seededLayout(graph: NewsGraph, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? 1;
  const size = graph.order + graph.size;
  // Fewer iterations as graphs grow, so an export of a large corpus does not wait minutes for a picture.
  const iterations = options.iterations ?? (size <= 5_000 ? 200 : size <= 50_000 ? 100 : size <= 500_000 ? 30 : 10);
  const copy = new MultiDirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((key, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) copy.addNode(key, { x: a.x as number, y: a.y as number });
    else {
      // Seeded per key, so a node's start does not depend on node order.
      const random = seededRandom(hashString(key) ^ seed);
      const angle = random() * 2 * Math.PI, radius = 10 + random() * 90;
      copy.addNode(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  });
  graph.forEachEdge((_, a, source, target) => {
    if (source !== target) copy.addEdge(source, target, { weight: Number.isFinite(a.weight) && a.weight > 0 ? a.weight : 1 });
  });
  const positions: Positions = new Map();
  const result = copy.order > 0
    // Barnes-Hut from 500 nodes on: the exact repulsion is quadratic in the node count.
    ? forceAtlas2(copy, { iterations, settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 500 } })
    : {};
  copy.forEachNode((key) => {
    const p = result[key];
    positions.set(key, { x: round2(p.x), y: round2(p.y) });
  });
  return positions;
}

const round2 = (n: number): number => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0) || 0;
