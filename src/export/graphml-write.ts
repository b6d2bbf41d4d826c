// GraphML for networkx, igraph and yEd: typed keys (lists as JSON strings marked attr.list), the documents
// table as a graph-level JSON key, one <edge> per graph edge (parallel edges kept).
import type { NewsGraph } from "../graph/types.js";
import { chunked } from "./chunks.js";
import { exportSchema, type Column, type ColumnType } from "./columns.js";
import { formatValue } from "./gexf-write.js";
import { escapeXml } from "./xml-escape.js";

/** GraphML attr.type of each column type; lists have no GraphML type and travel as JSON text. */
export const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: "string", integer: "long", double: "double", boolean: "boolean", liststring: "string",
};

/** Writes `graph` as GraphML, in chunks. */
export function writeGraphml(graph: NewsGraph): Iterable<string> {
  return chunked(graphmlPieces(graph));
}

function* graphmlPieces(graph: NewsGraph): Generator<string> {
  const schema = exportSchema(graph);
  const nodeColumns: Column<never>[] = [{ name: "label", type: "string", value: () => undefined }, ...schema.nodes];
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="g0" for="graph" attr.name="documents" attr.type="string"/>\n';
  yield keys("node", "n", nodeColumns);
  yield keys("edge", "e", schema.edges);
  yield '  <graph id="G" edgedefault="directed">\n';
  yield `    <data key="g0">${escapeXml(JSON.stringify(graph.getAttribute("documents") ?? []))}</data>\n`;
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const label = typeof attributes.label === "string" ? attributes.label : key;
    yield `    <node id="${escapeXml(key)}">\n      <data key="n0">${escapeXml(label)}</data>\n${data("n", schema.nodes, attributes, 1)}    </node>\n`;
  }
  for (const { edge: key, source, target, attributes } of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${data("e", schema.edges, attributes, 0)}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

function keys(domain: "node" | "edge", prefix: string, columns: Column<never>[]): string {
  return columns.map((c, i) => {
    const list = c.type === "liststring" ? ' attr.list="string"' : "";
    return `  <key id="${prefix}${i}" for="${domain}" attr.name="${escapeXml(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"${list}/>\n`;
  }).join("");
}

function data<A>(prefix: string, columns: Column<A>[], attributes: A, offset: number): string {
  let out = "";
  columns.forEach((column, i) => {
    const value = column.value(attributes);
    if (value !== undefined) out += `      <data key="${prefix}${i + offset}">${escapeXml(formatValue(value))}</data>\n`;
  });
  return out;
}
