// GEXF 1.3 for Gephi 0.10, valid against the GEXF 1.3 RELAX NG grammar: typed domain attributes,
// viz colour/size/position, one edge per source/relation/target with kind = relation, and the graph's
// own attributes (the documents table) as JSON in <meta><description>.
import type { NewsGraph } from "../graph/types.js";
import { chunked } from "./chunks.js";
import { exportSchema, type CellValue, type Column } from "./columns.js";
import { hasPositions, seededLayout, type LayoutOptions, type Positions } from "./layout.js";
import { mergedEdges } from "./merge-edges.js";
import { degreeSize, entityColor } from "./palette.js";
import { escapeXml } from "./xml-escape.js";

export interface GexfOptions {
  /** Node positions to write; by default the graph's x/y, or a seeded ForceAtlas2 layout when it has none. */
  positions?: Positions;
  layout?: LayoutOptions;
}

/**
 * GEXF 1.3 has no graph-level attributes and its grammar allows nothing in <meta> but creator, keywords
 * and description: the graph attributes go on the description's last line after this mark, as JSON.
 */
export const GRAPH_ATTRIBUTES_MARK = "newsgraph graph attributes: ";
const DESCRIPTION = "Who did what to whom in the news: entities, relations and their evidence sentences";

/** Columns GEXF carries natively (edge `kind`/`label` and `weight`), not as attributes. */
const NATIVE_EDGE_COLUMNS = new Set(["relation", "weight"]);

/** Writes `graph` as GEXF 1.3, in chunks. */
export function writeGexf(graph: NewsGraph, options: GexfOptions = {}): Iterable<string> {
  return chunked(gexfPieces(graph, options));
}

function* gexfPieces(graph: NewsGraph, options: GexfOptions): Generator<string> {
  const schema = exportSchema(graph);
  const edgeColumns = schema.edges.filter((c) => !NATIVE_EDGE_COLUMNS.has(c.name));
  const positions = options.positions ?? (hasPositions(graph) ? undefined : seededLayout(graph, options.layout));

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  const description = `${DESCRIPTION}\n${GRAPH_ATTRIBUTES_MARK}${escapeXml(JSON.stringify(graph.getAttributes()))}`;
  yield `  <meta>\n    <creator>newsgraph</creator>\n    <description>${description}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield declarations("node", schema.nodes);
  yield declarations("edge", edgeColumns);

  yield `    <nodes count="${graph.order}">\n`;
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const label = typeof attributes.label === "string" ? attributes.label : key;
    const p = positions ? positions.get(key)! : { x: attributes.x as number, y: attributes.y as number };
    yield `      <node id="${escapeXml(key)}" label="${escapeXml(label)}">\n`
      + attvalues(schema.nodes, attributes)
      + `        <viz:color hex="${entityColor(attributes.entityType)}"/>\n`
      + `        <viz:position x="${p.x}" y="${p.y}"/>\n`
      + `        <viz:size value="${degreeSize(graph.degree(key))}"/>\n`
      + "      </node>\n";
  }
  yield "    </nodes>\n    <edges>\n";
  for (const { key, source, target, attributes } of mergedEdges(graph)) {
    const relation = typeof attributes.relation === "string" ? escapeXml(attributes.relation) : undefined;
    const kind = relation === undefined ? "" : ` label="${relation}" kind="${relation}"`;
    const weight = Number.isFinite(attributes.weight) ? ` weight="${attributes.weight}"` : "";
    const values = attvalues(edgeColumns, attributes);
    const open = `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${kind}${weight}`;
    yield values ? `${open}>\n${values}      </edge>\n` : `${open}/>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

function declarations(kind: "node" | "edge", columns: Column<never>[]): string {
  const lines = columns.map((c) => `      <attribute id="${escapeXml(c.name)}" title="${escapeXml(c.name)}" type="${c.type === "integer" ? "long" : c.type}"/>\n`);
  return `    <attributes class="${kind}">\n${lines.join("")}    </attributes>\n`;
}

function attvalues<A>(columns: Column<A>[], attributes: A): string {
  let out = "";
  for (const column of columns) {
    const value = column.value(attributes);
    if (value !== undefined) out += `          <attvalue for="${escapeXml(column.name)}" value="${escapeXml(formatValue(value))}"/>\n`;
  }
  return out && `        <attvalues>\n${out}        </attvalues>\n`;
}

/** Lists as JSON arrays (`["a","b"]`), which Gephi reads as list values; the rest as plain text. */
export const formatValue = (value: CellValue): string => (Array.isArray(value) ? JSON.stringify(value) : String(value));
