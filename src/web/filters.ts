// Which nodes and edges the current filters let through. Pure: reads the domain graph, never the display.
import type { DocumentRecord, NewsGraph } from "../graph/types.js";
import type { ViewState } from "./state.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

type FilterState = Pick<
  ViewState,
  "selected" | "hiddenTypes" | "hiddenRelations" | "minDegree" | "dateFrom" | "dateTo" | "ego" | "largestComponent"
>;

/** Document id -> ISO date (first 10 characters), for documents that carry one. */
export function documentDates(documents: readonly DocumentRecord[] | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  for (const doc of documents ?? []) if (doc && typeof doc.date === "string" && doc.date) dates.set(doc.id, doc.date.slice(0, 10));
  return dates;
}

/** Earliest and latest document dates, or null when no document is dated. */
export function dateExtent(dates: Map<string, string>): [string, string] | null {
  const sorted = [...dates.values()].sort();
  return sorted.length ? [sorted[0]!, sorted[sorted.length - 1]!] : null;
}

/** Equal for two states exactly when computeVisibility gives the same result (the selection counts only with an ego filter). */
export function filterKey(state: FilterState): string {
  return JSON.stringify([
    state.hiddenTypes, state.hiddenRelations, state.minDegree, state.dateFrom, state.dateTo, state.ego,
    state.largestComponent, state.ego > 0 ? state.selected : null,
  ]);
}

export function computeVisibility(graph: NewsGraph, state: FilterState): Visibility {
  const dates = documentDates(graph.getAttribute("documents"));
  const dated = state.dateFrom !== null || state.dateTo !== null;
  const inRange = (doc: string): boolean => {
    const date = dates.get(doc);
    if (date === undefined) return false;
    return (state.dateFrom === null || date >= state.dateFrom) && (state.dateTo === null || date <= state.dateTo);
  };
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenRelations = new Set(state.hiddenRelations);

  const edgeDatePass = new Set<string>();
  graph.forEachEdge((edge, attrs) => {
    if (!dated || (Array.isArray(attrs.evidence) && attrs.evidence.some((e) => inRange(e.doc)))) edgeDatePass.add(edge);
  });

  let nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (hiddenTypes.has(attrs.entityType)) return;
    if (graph.degree(node) < state.minDegree) return;
    if (dated) {
      const docs = Array.isArray(attrs.docs) ? attrs.docs : null;
      const pass = docs ? docs.some(inRange) : graph.someEdge(node, (edge) => edgeDatePass.has(edge));
      if (!pass) return;
    }
    nodes.add(node);
  });

  let edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hiddenRelations.has(attrs.relation) || !edgeDatePass.has(edge)) return;
    if (nodes.has(source) && nodes.has(target)) edges.add(edge);
  });

  if (state.ego > 0 && state.selected !== null && graph.hasNode(state.selected)) {
    nodes.add(state.selected);
    const ball = neighbourhood(graph, state.selected, state.ego, nodes, edges);
    ({ nodes, edges } = restrict(graph, ball, edges));
  }
  if (state.largestComponent && nodes.size) ({ nodes, edges } = restrict(graph, largestComponent(graph, nodes, edges), edges));
  return { nodes, edges };
}

/** Nodes within `depth` hops of `start`, walking shown edges in either direction. */
function neighbourhood(graph: NewsGraph, start: string, depth: number, nodes: Set<string>, edges: Set<string>): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (nodes.has(other) && !seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  return seen;
}

function largestComponent(graph: NewsGraph, nodes: Set<string>, edges: Set<string>): Set<string> {
  const seen = new Set<string>();
  let best = new Set<string>();
  // Sorted so ties between equal components resolve the same way every time.
  for (const start of [...nodes].sort()) {
    if (seen.has(start)) continue;
    const component = neighbourhood(graph, start, Infinity, nodes, edges);
    component.forEach((n) => seen.add(n));
    if (component.size > best.size) best = component;
  }
  return best;
}

function restrict(graph: NewsGraph, nodes: Set<string>, edges: Set<string>): Visibility {
  const kept = new Set<string>();
  for (const edge of edges) if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) kept.add(edge);
  return { nodes, edges: kept };
}
