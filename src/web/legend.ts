// Legends that double as filters: entity types and relations, each with its count; a click toggles it.
import { ENTITY_COLORS, entityColor } from "../export/palette.js";
import type { NewsGraph } from "../graph/types.js";
import { CLASS_COLORS, relationClass } from "./appearance.js";
import { h, replace } from "./dom.js";

export interface LegendCounts {
  total: Map<string, number>;
  shown: Map<string, number>;
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
  graph.forEachNode((node, attrs) => {
    const type = String(attrs.entityType);
    counts.total.set(type, (counts.total.get(type) ?? 0) + 1);
    if (shownNodes.has(node)) counts.shown.set(type, (counts.shown.get(type) ?? 0) + 1);
  });
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
    counts.total.set(relation, (counts.total.get(relation) ?? 0) + 1);
    if (shownEdges.has(edge)) counts.shown.set(relation, (counts.shown.get(relation) ?? 0) + 1);
    if (!colors.has(relation) || attrs.negated) colors.set(relation, CLASS_COLORS[relationClass({ ...attrs, negated: false })]);
  });
  const relations = [...counts.total.keys()].sort((a, b) => (counts.total.get(b) ?? 0) - (counts.total.get(a) ?? 0) || a.localeCompare(b));
  replace(list, ...relations.map((r) => row(r, colors.get(r)!, counts, hidden.includes(r), () => onToggle(r))));
}
