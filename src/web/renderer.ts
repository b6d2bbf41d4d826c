// Sigma setup. Everything that changes with interaction (hover, selection, filters, query results)
// lives in a `View` read by the reducers; hover refreshes re-run reducers without re-indexing.
import Sigma from "sigma";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./appearance.js";

export interface View {
  /** Filter result; null = everything shown. */
  visibleNodes: Set<string> | null;
  visibleEdges: Set<string> | null;
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  selected: string | null;
  selectedNeighbours: Set<string>;
  focusedEdge: string | null;
  focusedEnds: Set<string>;
  /** Query results: when non-null, everything else fades. */
  resultNodes: Set<string> | null;
  resultEdges: Set<string> | null;
}

export const emptyView = (): View => ({
  visibleNodes: null,
  visibleEdges: null,
  hovered: null,
  hoveredNeighbours: new Set(),
  selected: null,
  selectedNeighbours: new Set(),
  focusedEdge: null,
  focusedEnds: new Set(),
  resultNodes: null,
  resultEdges: null,
});

const FADED_NODE = "#dde1e7";
const FADED_EDGE = "#eceef2";
/** Above this many edges, edges and labels are hidden while the camera moves. */
const LARGE_GRAPH_EDGES = 5000;

export type Renderer = Sigma<DisplayNode, DisplayEdge>;

export function createRenderer(display: DisplayGraph, container: HTMLElement, view: View): Renderer {
  const large = display.size > LARGE_GRAPH_EDGES;
  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> & Record<string, unknown> = { ...data };
    if (view.visibleNodes && !view.visibleNodes.has(node)) return { ...out, hidden: true };
    const focus = focusSet(view);
    if (node === view.hovered || node === view.selected) {
      out.highlighted = true;
      out.forceLabel = true;
    } else if (focus) {
      if (focus.has(node)) out.forceLabel = true;
      else {
        out.color = FADED_NODE;
        out.label = "";
      }
    }
    return out;
  };
  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    const out: Partial<EdgeDisplayData> & Record<string, unknown> = { ...data, label: "" };
    if (view.visibleEdges && !view.visibleEdges.has(edge)) return { ...out, hidden: true };
    const [source, target] = display.extremities(edge);
    const centre = view.hovered ?? (view.focusedEdge || view.resultEdges ? null : view.selected);
    if (edge === view.focusedEdge) {
      out.size = (data.size ?? 1) + 2;
      out.label = data.relation.replace(/_/g, " ");
      out.forceLabel = true;
    } else if (centre !== null) {
      if (source === centre || target === centre) {
        out.label = data.relation.replace(/_/g, " ");
        out.forceLabel = true;
      } else out.color = FADED_EDGE;
    } else if (view.focusedEdge) out.color = FADED_EDGE;
    else if (view.resultEdges || view.resultNodes) {
      if (view.resultEdges?.has(edge)) {
        out.label = data.relation.replace(/_/g, " ");
        out.forceLabel = true;
      } else out.color = FADED_EDGE;
    }
    return out;
  };

  const renderer: Renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    defaultEdgeType: "curved",
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram as never, straight: EdgeArrowProgram as never },
    renderEdgeLabels: true,
    enableEdgeEvents: false,
    zIndex: false,
    labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1d2530" },
    edgeLabelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5260" },
    labelDensity: 0.6,
    labelGridCellSize: 80,
    // Small graphs label every node (the label grid still avoids overlaps); big ones only the larger nodes.
    labelRenderedSizeThreshold: display.order < 300 ? 0 : large ? 12 : 6,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.03,
    maxCameraRatio: 20,
    stagePadding: 40,
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
  });
  return renderer;
}

/** Nodes that stay in full colour: the hover's neighbourhood, else the focused relation, query results or selection. */
function focusSet(view: View): Set<string> | null {
  if (view.hovered !== null) return view.hoveredNeighbours;
  if (view.focusedEdge !== null) return view.focusedEnds;
  if (view.resultNodes) return view.resultNodes;
  if (view.selected !== null) return view.selectedNeighbours;
  return null;
}

/** Key lists per display graph (fixed once built), so a hover does not allocate 60k-entry arrays. */
const keyLists = new WeakMap<DisplayGraph, { nodes: string[]; edges: string[] }>();

/** Re-runs the reducers on every node and edge and repaints, without rebuilding sigma's spatial indices. */
export function repaint(renderer: Renderer, display: DisplayGraph): void {
  let keys = keyLists.get(display);
  if (!keys) keyLists.set(display, (keys = { nodes: display.nodes(), edges: display.edges() }));
  renderer.refresh({ partialGraph: keys, skipIndexation: true });
}

/** The node and its neighbours. */
export function closedNeighbourhood(display: DisplayGraph, node: string): Set<string> {
  const set = new Set(display.neighbors(node));
  set.add(node);
  return set;
}
