// Legends that double as filters: entity types and relations, each with its count; a click toggles it.
import { ENTITY_COLORS, entityColor } from "../export/palette.js";
import type { NewsGraph } from "../graph/types.js";
import { CLASS_COLORS, relationClass } from "./appearance.js";
import { h, replace } from "./dom.js";

export interface LegendCounts {
  total: Map<string, number>;
  shown: Map<string, number>;
}

function count(counts: LegendCounts, name: string, shown: boolean): void {
  counts.total.set(name, (counts.total.get(name) ?? 0) + 1);
  if (shown) counts.shown.set(name, (counts.shown.get(name) ?? 0) + 1);
}

function row(name: string, color: string, counts: LegendCounts, hidden: boolean, onToggle: () => void): HTMLElement {
  const total = counts.total.get(name) ?? 0;
  const shown = counts.shown.get(name) ?? 0;
  return h(
    "li",
    {},
    h(
      "button",
      {
        class: hidden ? "legend-item off" : "legend-item",
        title: hidden ? `Show ${name}` : `Hide ${name}`,
        attrs: { "aria-pressed": String(!hidden), "data-value": name },
        on: { click: onToggle },
      },
      h("span", { class: "swatch", attrs: { style: `background:${color}` } }),
      h("span", { class: "name" }, name.replace(/_/g, " ")),
      h("span", { class: "count" }, shown === total ? String(total) : `${shown}/${total}`),
    ),
  );
}

export function renderTypeLegend(
  list: HTMLElement,
  graph: NewsGraph,
  shownNodes: Set<string>,
  hidden: readonly string[],
  onToggle: (type: string) => void,
): void {
  const counts: LegendCounts = { total: new Map(), shown: new Map() };
  graph.forEachNode((node, attrs) => count(counts, String(attrs.entityType), shownNodes.has(node)));
  // Known types in the model's order, then any others the file brought.
  const types = [...Object.keys(ENTITY_COLORS).filter((t) => counts.total.has(t)), ...[...counts.total.keys()].filter((t) => !(t in ENTITY_COLORS)).sort()];
  replace(list, ...types.map((t) => row(t, entityColor(t), counts, hidden.includes(t), () => onToggle(t))));
}

export function renderRelationLegend(
  list: HTMLElement,
  graph: NewsGraph,
  shownEdges: Set<string>,
  hidden: readonly string[],
  onToggle: (relation: string) => void,
): void {
  const counts: LegendCounts = { total: new Map(), shown: new Map() };
  const colors = new Map<string, string>();
  graph.forEachEdge((edge, attrs) => {
    const relation = String(attrs.relation);
    count(counts, relation, shownEdges.has(edge));
    if (!colors.has(relation) || attrs.negated) colors.set(relation, CLASS_COLORS[relationClass({ ...attrs, negated: false })]);
  });
  const relations = [...counts.total.keys()].sort((a, b) => (counts.total.get(b) ?? 0) - (counts.total.get(a) ?? 0) || a.localeCompare(b));
  replace(list, ...relations.map((r) => row(r, colors.get(r)!, counts, hidden.includes(r), () => onToggle(r))));
}
