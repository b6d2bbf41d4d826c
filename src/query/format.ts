// Rows from query() as text: an aligned table, CSV (RFC 4180) or a JSON array.
import type { NodeOut, PathOut, RelOut } from "./values.js";

export type RowFormat = "table" | "json" | "csv";
export const ROW_FORMATS: RowFormat[] = ["table", "json", "csv"];

type Row = Record<string, unknown>;

const isNode = (v: unknown): v is NodeOut => typeof v === "object" && v !== null && "labels" in v && "properties" in v && "key" in v;
const isRel = (v: unknown): v is RelOut => typeof v === "object" && v !== null && "type" in v && "start" in v && "end" in v;
const isPath = (v: unknown): v is PathOut => typeof v === "object" && v !== null && "nodes" in v && "relationships" in v && Object.keys(v).length === 2;

/** Short human form of a value: nodes by their label property (or key), paths as a chain. */
export function display(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return v;
  if (typeof v !== "object") return String(v);
  if (isNode(v)) return `(${typeof v.properties.label === "string" ? v.properties.label : v.key}${v.labels.map((l) => `:${l}`).join("")})`;
  if (isRel(v)) return `[:${v.type}]`;
  if (isPath(v)) {
    let s = display(v.nodes[0]);
    v.relationships.forEach((r, i) => {
      const forward = r.start === v.nodes[i]!.key;
      s += `${forward ? "-" : "<-"}[:${r.type}]${forward ? "->" : "-"}${display(v.nodes[i + 1])}`;
    });
    return s;
  }
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === "string" ? JSON.stringify(x) : display(x))).join(", ")}]`;
  return JSON.stringify(v);
}

function columnsOf(rows: Row[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return cols;
}

export function formatRows(rows: Row[], format: RowFormat): string {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  const cols = columnsOf(rows);
  if (format === "csv") {
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return [cols.map(cell).join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
  }
  if (!rows.length) return "(no rows)\n";
  const MAX = 80;
  const cells = rows.map((r) => cols.map((c) => {
    const s = display(r[c]).replace(/\s+/g, " ");
    return s.length > MAX ? s.slice(0, MAX - 1) + "…" : s;
  }));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i]!)).join(" | ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? "" : "s"})`].join("\n") + "\n";
}
