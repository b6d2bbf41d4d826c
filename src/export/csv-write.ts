// CSV for spreadsheets: nodes.csv and edges.csv, RFC 4180 (CRLF rows, fields quoted when they hold a
// comma, quote or line break, quotes doubled), UTF-8 without a byte-order mark.
import type { NewsGraph } from "../graph/types.js";
import { chunked } from "./chunks.js";
import { exportSchema, type CellValue, type Column } from "./columns.js";

/** Separator between the items of a list cell (aliases, roles, document ids). */
export const CSV_LIST_SEPARATOR = "; ";

/** Writes `nodes.csv` (id, label, attributes) and `edges.csv` (id, source, target, attributes). */
export function writeCsv(graph: NewsGraph): { "nodes.csv": Iterable<string>; "edges.csv": Iterable<string> } {
  const schema = exportSchema(graph);
  const nodeColumns = schema.nodes;
  const edgeColumns = schema.edges.filter((c) => c.name !== "evidenceJson");
  return {
    "nodes.csv": chunked(rows(["id", "label", ...nodeColumns.map((c) => c.name)], function* () {
      for (const { node, attributes } of graph.nodeEntries()) {
        yield [defuse(node), defuse(typeof attributes.label === "string" ? attributes.label : node), ...cells(nodeColumns, attributes)];
      }
    })),
    "edges.csv": chunked(rows(["id", "source", "target", ...edgeColumns.map((c) => c.name)], function* () {
      for (const { edge, source, target, attributes } of graph.edgeEntries()) yield [defuse(edge), defuse(source), defuse(target), ...cells(edgeColumns, attributes)];
    })),
  };
}

function* rows(header: string[], body: () => Iterable<string[]>): Generator<string> {
  yield csvRow(header);
  for (const row of body()) yield csvRow(row);
}

function cells<A>(columns: Column<A>[], attributes: A): string[] {
  return columns.map((column) => {
    const value = column.value(attributes);
    return value === undefined ? "" : cellText(value);
  });
}

function cellText(value: CellValue): string {
  if (Array.isArray(value)) return value.map(defuse).join(CSV_LIST_SEPARATOR);
  return typeof value === "string" ? defuse(value) : String(value);
}

/**
 * Text starting with = + - @ (or a tab/return) is run as a formula by spreadsheets: a leading apostrophe
 * keeps it text, so a hostile label or sentence never executes (OWASP "CSV injection").
 */
const defuse = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One RFC 4180 row, CRLF-terminated. */
export function csvRow(fields: string[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

export const csvField = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
