// How the domain graph looks: colours by entity type (the exporters' palette, so Gephi shows the same) and relation class, size by degree,
// curved parallel edges. Builds a separate display graph so sigma's attributes never touch domain data.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, NewsGraph, Quad } from "../graph/types.js";
import { entityColor } from "../export/palette.js";

export type RelationClass = "cooperation" | "conflict" | "affiliation" | "negated";

export const CLASS_COLORS: Record<RelationClass, string> = {
  cooperation: "#2a9d8f",
  conflict: "#c8323c",
  affiliation: "#a3acb9",
  negated: "#d4d7dc",
};

/** Used when an edge carries no `quad`: PLOVER's cooperation/conflict split of our relation vocabulary. */
const RELATION_CLASS: Record<string, RelationClass> = {
  proposed: "cooperation", agreed: "cooperation", supported: "cooperation", met: "cooperation",
  mediated: "cooperation", cooperated: "cooperation", aided: "cooperation", conceded: "cooperation",
  retreated: "cooperation",
  demanded: "conflict", rejected: "conflict", criticised: "conflict", accused: "conflict",
  threatened: "conflict", investigated: "conflict", protested: "conflict", mobilised: "conflict",
  sanctioned: "conflict", fought: "conflict", attacked: "conflict", coerced: "conflict",
  leader_of: "affiliation", member_of: "affiliation", spokesperson_of: "affiliation", part_of: "affiliation",
};

export function relationClass(attrs: Pick<EdgeAttributes, "relation" | "quad" | "negated">): RelationClass {
  if (attrs.negated === true) return "negated";
  const quad = attrs.quad as Quad | undefined;
  if (typeof quad === "string") return quad.endsWith("conflict") ? "conflict" : "cooperation";
  return RELATION_CLASS[attrs.relation] ?? "affiliation";
}

/** Node radius in pixels: grows with the square root of the degree, bounded so hubs do not swallow the view. */
export const nodeSize = (degree: number, maxDegree: number): number =>
  4 + 14 * Math.sqrt(degree / Math.max(1, maxDegree));

export interface DisplayNode {
  label: string;
  entityType: string;
  x: number;
  y: number;
  size: number;
  color: string;
  fixed?: boolean;
  [key: string]: unknown;
}

export interface DisplayEdge {
  relation: string;
  relationClass: RelationClass;
  weight: number;
  size: number;
  color: string;
  type: "curved" | "straight";
  curvature: number;
  [key: string]: unknown;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** Above this many edges, an edge alone between its two nodes is drawn straight: curves cost a lot more fill. */
export const STRAIGHT_LONE_EDGES_ABOVE = 5000;

/** Curvature of every edge: a slight bend for a lone edge; edges sharing a pair of nodes fan out on
 * alternating sides, so two relations between one pair never overlap. Computed here (not with
 * @sigma/edge-curve's index helper) so this module loads without WebGL. Lone edges get 0 in large graphs. */
function curvatures(display: DisplayGraph): Map<string, number> {
  const bundles = new Map<string, string[]>();
  display.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const bundle = bundles.get(pair);
    if (bundle) bundle.push(edge);
    else bundles.set(pair, [edge]);
  });
  const result = new Map<string, number>();
  const straightLone = display.size > STRAIGHT_LONE_EDGES_ABOVE;
  for (const bundle of bundles.values()) {
    if (straightLone && bundle.length === 1) {
      result.set(bundle[0]!, 0);
      continue;
    }
    const step = Math.min(0.3, 1.2 / bundle.length);
    bundle.forEach((edge, i) => {
      // Curvature is relative to the edge's own direction: normalise to the pair's order so sides stay distinct.
      const reversed = display.source(edge) > display.target(edge);
      const offset = LONE_CURVATURE + step * Math.floor(i / 2);
      const side = i % 2 === 0 ? 1 : -1;
      result.set(edge, (reversed ? -1 : 1) * side * offset);
    });
  }
  return result;
}

const LONE_CURVATURE = 0.12;

/** Builds the display graph (same keys as the domain graph) with positions at the origin (see layout.ts). */
export function buildDisplayGraph(graph: NewsGraph): DisplayGraph {
  const display: DisplayGraph = new MultiDirectedGraph();
  let maxDegree = 1;
  graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, graph.degree(node))));
  graph.forEachNode((node, attrs) => {
    display.addNode(node, {
      label: typeof attrs.label === "string" && attrs.label ? attrs.label : node,
      entityType: String(attrs.entityType),
      x: 0,
      y: 0,
      size: nodeSize(graph.degree(node), maxDegree),
      color: entityColor(attrs.entityType),
    });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const cls = relationClass(attrs);
    const weight = typeof attrs.weight === "number" && attrs.weight > 0 ? attrs.weight : 1;
    display.addEdgeWithKey(edge, source, target, {
      relation: String(attrs.relation),
      relationClass: cls,
      weight,
      size: Math.min(6, 1.2 + Math.log2(weight)),
      color: CLASS_COLORS[cls],
      type: "curved",
      curvature: 0,
    });
  });
  curvatures(display).forEach((value, edge) =>
    display.mergeEdgeAttributes(edge, { curvature: value, type: value === 0 ? "straight" : "curved" }),
  );
  return display;
}
