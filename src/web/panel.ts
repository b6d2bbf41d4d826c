// The entity panel: who the entity is, and every relation grouped by type with its evidence.
import type { DocumentRecord, EdgeAttributes, Evidence, NewsGraph } from "../graph/types.js";
import { h, replace, safeUrl } from "./dom.js";
import { entityColor } from "../export/palette.js";
import { CLASS_COLORS, relationClass } from "./appearance.js";
import { highlightSegments } from "./highlight.js";

export interface PanelActions {
  focusEdge(edge: string): void;
  select(node: string): void;
  close(): void;
}

/** Names to highlight in an edge's evidence: both entities' labels and aliases. */
function names(graph: NewsGraph, node: string): string[] {
  const attrs = graph.getNodeAttributes(node);
  return [attrs.label, ...(Array.isArray(attrs.aliases) ? attrs.aliases : [])].filter((n): n is string => typeof n === "string");
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function renderPanel(
  container: HTMLElement,
  graph: NewsGraph,
  node: string | null,
  focusedEdge: string | null,
  actions: PanelActions,
): void {
  if (node === null || !graph.hasNode(node)) {
    container.hidden = true;
    replace(container);
    return;
  }
  container.hidden = false;
  const attrs = graph.getNodeAttributes(node);
  const documents = new Map<string, DocumentRecord>();
  for (const doc of graph.getAttribute("documents") ?? []) if (doc && typeof doc.id === "string") documents.set(doc.id, doc);

  const aliases = (Array.isArray(attrs.aliases) ? attrs.aliases : []).filter((a) => a !== attrs.label);
  const roles = Array.isArray(attrs.roles) ? attrs.roles : [];
  const facts = h(
    "dl",
    { class: "facts" },
    aliases.length ? h("dt", {}, "Also called") : null,
    aliases.length ? h("dd", {}, aliases.map(text).join(", ")) : null,
    roles.length ? h("dt", {}, "Roles") : null,
    roles.length ? h("dd", {}, roles.map(text).join(", ")) : null,
    h("dt", {}, "Mentions"),
    h("dd", {}, String(attrs.mentions ?? 0)),
    Array.isArray(attrs.docs) ? h("dt", {}, "Documents") : null,
    Array.isArray(attrs.docs) ? h("dd", {}, String(attrs.docs.length)) : null,
  );

  // Group incident relations by relation name, outgoing first within each group.
  const groups = new Map<string, { edge: string; attrs: EdgeAttributes; outgoing: boolean; other: string }[]>();
  graph.forEachEdge(node, (edge, edgeAttrs, source, target) => {
    const outgoing = source === node;
    const list = groups.get(String(edgeAttrs.relation)) ?? [];
    list.push({ edge, attrs: edgeAttrs, outgoing, other: outgoing ? target : source });
    groups.set(String(edgeAttrs.relation), list);
  });
  const relations = h("div", { class: "relations" });
  for (const relation of [...groups.keys()].sort()) {
    const items = groups.get(relation)!.sort((a, b) => Number(b.outgoing) - Number(a.outgoing) || b.attrs.weight - a.attrs.weight);
    const cls = relationClass(items[0]!.attrs);
    relations.appendChild(
      h(
        "section",
        { class: "relation-group" },
        h("h3", {}, h("span", { class: "swatch", attrs: { style: `background:${CLASS_COLORS[cls]}` } }), relation.replace(/_/g, " "), h("span", { class: "count" }, String(items.length))),
        ...items.map((item) => relationItem(graph, node, item, documents, item.edge === focusedEdge, actions)),
      ),
    );
  }

  replace(
    container,
    h(
      "header",
      { class: "panel-head" },
      h("span", { class: "type-chip", attrs: { style: `background:${entityColor(attrs.entityType)}` } }, text(attrs.entityType) || "entity"),
      h("h2", {}, text(attrs.label) || node),
      h("button", { class: "close", title: "Close (Esc)", attrs: { "aria-label": "Close" }, on: { click: () => actions.close() } }, "×"),
    ),
    facts,
    groups.size ? relations : h("p", { class: "muted" }, "No relations."),
  );
}

function relationItem(
  graph: NewsGraph,
  node: string,
  item: { edge: string; attrs: EdgeAttributes; outgoing: boolean; other: string },
  documents: Map<string, DocumentRecord>,
  focused: boolean,
  actions: PanelActions,
): HTMLElement {
  const otherLabel = text(graph.getNodeAttribute(item.other, "label")) || item.other;
  const terms = [...names(graph, node), ...names(graph, item.other)];
  const flags = [item.attrs.negated ? "denied" : "", item.attrs.intent ? "intention" : ""].filter(Boolean);
  const evidence = Array.isArray(item.attrs.evidence) ? item.attrs.evidence : [];
  return h(
    "article",
    { class: focused ? "relation focused" : "relation" },
    h(
      "button",
      {
        class: "relation-link",
        title: "Focus this relation in the graph",
        attrs: { "data-edge": item.edge },
        on: { click: () => actions.focusEdge(item.edge) },
      },
      h("span", { class: "arrow" }, item.outgoing ? "→" : "←"),
      otherLabel,
      flags.length ? h("span", { class: "flag" }, flags.join(", ")) : null,
      h("span", { class: "weight", title: "supporting sentences" }, `×${item.attrs.weight ?? evidence.length}`),
    ),
    h(
      "ol",
      { class: "evidence" },
      ...evidence.map((e) => evidenceItem(e, terms, documents)),
    ),
  );
}

function evidenceItem(evidence: Evidence, terms: string[], documents: Map<string, DocumentRecord>): HTMLElement {
  const doc = documents.get(evidence.doc);
  const url = safeUrl(doc?.url);
  const title = text(doc?.title) || text(evidence.doc) || "document";
  return h(
    "li",
    {},
    h(
      "blockquote",
      {},
      ...highlightSegments(text(evidence.text), terms).map((s) => (s.mark ? h("mark", {}, s.text) : s.text)),
    ),
    h(
      "p",
      { class: "source" },
      url ? h("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, title) : h("span", {}, title),
      doc?.date ? h("time", {}, ` · ${text(doc.date).slice(0, 10)}`) : null,
      evidence.reportedBy ? h("span", { class: "reported" }, ` · according to ${text(evidence.reportedBy)}`) : null,
    ),
  );
}
