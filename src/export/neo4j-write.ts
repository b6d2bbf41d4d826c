// A folder for `neo4j-admin database import full`: nodes.csv (id:ID, :LABEL, typed properties),
// relationships.csv (:START_ID, :END_ID, :TYPE, typed properties) and a README with the command.
// Property names are the graph model's, so the query layer's Cypher runs unchanged on Neo4j.
import { cypherLabel, cypherType, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../graph/types.js";
import { chunked } from "./chunks.js";
import { exportSchema, type CellValue, type Column, type ColumnType } from "./columns.js";
import { csvRow } from "./csv-write.js";

/** Array delimiter: the ASCII unit separator, which no article text contains (removed if it does). */
export const NEO4J_ARRAY_DELIMITER = "\u001f";
const NEO4J_TYPES: Record<ColumnType, string> = { string: "", integer: ":long", double: ":double", boolean: ":boolean", liststring: ":string[]" };
/** Node label: PascalCase entity type, or `Entity` when the node has none. */
export const nodeLabel = (a: NodeAttributes): string => (typeof a.entityType === "string" && a.entityType ? cypherLabel(a.entityType) : "Entity");
/** Relationship type: upper-case relation, or RELATED_TO when the edge has none. */
export const relationshipType = (a: EdgeAttributes): string => cypherType(typeof a.relation === "string" && a.relation ? a.relation : "related_to");
/** Evidence as a list of sentences: Neo4j properties cannot hold maps. */
export const evidenceTexts = (a: EdgeAttributes): string[] =>
  (Array.isArray(a.evidence) ? a.evidence.filter((e) => typeof e?.text === "string").map((e) => e.text) : []);

export const NEO4J_IMPORT_COMMAND = "neo4j-admin database import full neo4j --nodes=import/nodes.csv --relationships=import/relationships.csv "
  + "--array-delimiter=U+001F --multiline-fields=true";

/** Writes the import files; the relationship type is the upper-cased relation (`rejected` -> REJECTED). */
export function writeNeo4j(graph: NewsGraph): Record<string, Iterable<string>> {
  const schema = exportSchema(graph);
  const nodeColumns = schema.nodes;
  const edgeColumns = schema.edges.filter((c) => c.name !== "evidenceJson" && c.name !== "evidence");
  const header = (columns: Column<never>[]) => columns.map((c) => `${c.name}${NEO4J_TYPES[c.type]}`);
  return {
    "nodes.csv": chunked(function* () {
      yield csvRow(["id:ID", ":LABEL", "label", ...header(nodeColumns)]);
      for (const { node, attributes } of graph.nodeEntries()) {
        yield csvRow([node, nodeLabel(attributes), typeof attributes.label === "string" ? attributes.label : node, ...cells(nodeColumns, attributes)]);
      }
    }()),
    "relationships.csv": chunked(function* () {
      yield csvRow([":START_ID", ":END_ID", ":TYPE", ...header(edgeColumns), "evidence:string[]"]);
      for (const { source, target, attributes } of graph.edgeEntries()) {
        yield csvRow([source, target, relationshipType(attributes), ...cells(edgeColumns, attributes), cell(evidenceTexts(attributes))]);
      }
    }()),
    "README.md": [
      "# Neo4j import\n\nStop the database, put these files in Neo4j's `import/` folder, then run (Neo4j 5):\n\n",
      `    ${NEO4J_IMPORT_COMMAND}\n\n`,
      "Arrays use the ASCII unit separator (U+001F) between items; evidence holds the supporting sentences.\n",
    ],
  };
}

function cells<A>(columns: Column<A>[], attributes: A): string[] {
  return columns.map((column) => {
    const value = column.value(attributes);
    return value === undefined ? "" : cell(value);
  });
}

const cell = (value: CellValue): string =>
  Array.isArray(value) ? value.map((v) => v.replaceAll(NEO4J_ARRAY_DELIMITER, " ")).join(NEO4J_ARRAY_DELIMITER) : String(value);
