// Deterministic layout: seeded start positions, then a fixed number of ForceAtlas2 iterations and a
// noverlap pass, so the same graph always opens with the same picture (reproducible screenshots, shareable cameras).
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { seededRandom } from "../export/random.js";
import type { DisplayGraph } from "./appearance.js";

// Both packages are CommonJS: Node and vite hand over module.exports, which TypeScript (NodeNext) types as a namespace.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

/** Places nodes on a disc in key order, from `seed`; pinned nodes keep their place. */
export function seedPositions(graph: DisplayGraph, seed = 1): void {
  const random = seededRandom(seed);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node, attrs) => {
    if (attrs.fixed) return;
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

export function fa2Settings(graph: DisplayGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    strongGravityMode: true,
    // Strong gravity: isolated entities (common in news graphs) ring the rest instead of drifting off and shrinking the picture.
    gravity: 1,
    adjustSizes: false,
    barnesHutOptimize: graph.order > 500,
  };
}

/** Synchronous start layout, sized for graphs small enough to lay out while the page opens. */
export function settleLayout(graph: DisplayGraph, seed = 1, iterations = 300): void {
  seedPositions(graph, seed);
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph), getEdgeWeight: "weight" });
  fitToBox(graph, SCREEN_UNITS);
  removeOverlaps(graph);
}

/** Layout extent matching a screen at zoom 1, so node sizes (pixels) mean the same to noverlap. */
const SCREEN_UNITS = 800;

function fitToBox(graph: DisplayGraph, size: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const scale = size / Math.max(maxX - minX, maxY - minY, 1e-9);
  graph.updateEachNodeAttributes((_n, attrs) => ({ ...attrs, x: (attrs.x - (minX + maxX) / 2) * scale, y: (attrs.y - (minY + maxY) / 2) * scale }));
}

export function removeOverlaps(graph: DisplayGraph): void {
  if (graph.order > 1) noverlap.assign(graph, { maxIterations: 100, settings: { margin: 8, ratio: 1.1 } });
}

/** Node -> [x, y, pinned]: what an undo step of a layout change restores. */
export type Positions = ReadonlyMap<string, readonly [number, number, boolean]>;

export function readPositions(graph: DisplayGraph): Positions {
  const positions = new Map<string, [number, number, boolean]>();
  graph.forEachNode((node, attrs) => positions.set(node, [attrs.x, attrs.y, attrs.fixed === true]));
  return positions;
}

export function applyPositions(graph: DisplayGraph, positions: Positions): void {
  positions.forEach(([x, y, pinned], node) => {
    if (graph.hasNode(node)) graph.mergeNodeAttributes(node, { x, y, fixed: pinned });
  });
}
