// A Cypher script of CREATE statements for small graphs (run with `cypher-shell -f graph.cypher`).
// Labels, relationship types and property names match neo4j-write, so both give the same database.
import type { NewsGraph } from "../graph/types.js";
import { chunked } from "./chunks.js";
import { exportSchema, type Column } from "./columns.js";
import { evidenceTexts, nodeLabel, relationshipType } from "./neo4j-write.js";

/** Writes a uniqueness constraint per label, one CREATE per node, and one MATCH ... CREATE per edge. */
export function writeCypher(graph: NewsGraph): Iterable<string> {
  return chunked(cypherPieces(graph));
}

function* cypherPieces(graph: NewsGraph): Generator<string> {
  const schema = exportSchema(graph);
  const edgeColumns = schema.edges.filter((c) => c.name !== "evidenceJson" && c.name !== "evidence");
  const labelOf = new Map<string, string>();
  graph.forEachNode((node, a) => labelOf.set(node, nodeLabel(a)));
  yield `// newsgraph: ${graph.order} nodes, ${graph.size} relationships. Run with: cypher-shell -f FILE\n`;
  for (const label of [...new Set(labelOf.values())].sort()) {
    yield `CREATE CONSTRAINT ${name(`${label.toLowerCase()}_id`)} IF NOT EXISTS FOR (n:${name(label)}) REQUIRE n.id IS UNIQUE;\n`;
  }
  for (const { node, attributes } of graph.nodeEntries()) {
    const label = typeof attributes.label === "string" ? attributes.label : node;
    const props = [`id: ${literal(node)}`, `label: ${literal(label)}`, ...properties(schema.nodes, attributes)];
    yield `CREATE (:${name(labelOf.get(node)!)} {${props.join(", ")}});\n`;
  }
  for (const { source, target, attributes } of graph.edgeEntries()) {
    yield `MATCH (a:${name(labelOf.get(source)!)} {id: ${literal(source)}}), (b:${name(labelOf.get(target)!)} {id: ${literal(target)}}) `
      + `CREATE (a)-[:${name(relationshipType(attributes))} {${[...properties(edgeColumns, attributes), `evidence: ${literal(evidenceTexts(attributes))}`].join(", ")}}]->(b);\n`;
  }
}

/** `name: literal` for each column the element has a value for. */
function properties<A>(columns: Column<A>[], attributes: A): string[] {
  const out: string[] = [];
  for (const column of columns) {
    const value = column.value(attributes);
    if (value !== undefined) out.push(`${name(column.name)}: ${literal(value)}`);
  }
  return out;
}

/** A Cypher name, backquoted unless it is a plain identifier. */
export const name = (text: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `\`${text.replace(/`/g, "``")}\``);

/** A Cypher literal: single-quoted escaped string, number, boolean or list. */
export function literal(value: string | number | boolean | string[]): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value !== "string") return String(value);
  return `'${value.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}'`;
}
const ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
