// Reads the query layer's result rows: which nodes and relationships to highlight, and how to show a cell as text.

interface ResultNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface ResultRelationship {
  key: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isNode = (v: unknown): v is ResultNode => isObject(v) && typeof v.key === "string" && Array.isArray(v.labels);
const isRelationship = (v: unknown): v is ResultRelationship =>
  isObject(v) && typeof v.key === "string" && typeof v.type === "string" && typeof v.start === "string" && typeof v.end === "string";
const isPath = (v: unknown): v is { nodes: unknown[]; relationships: unknown[] } =>
  isObject(v) && Array.isArray(v.nodes) && Array.isArray(v.relationships);

/** The node key when `value` is a result node, else null (so the list can link it to the graph). */
export const nodeKeyOf = (value: unknown): string | null => (isNode(value) ? value.key : null);

/** Every node and relationship key found in the rows, inside lists, maps and paths too. */
export function collectResultElements(rows: readonly Record<string, unknown>[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const visit = (value: unknown): void => {
    if (isNode(value)) nodes.add(value.key);
    else if (isRelationship(value)) {
      edges.add(value.key);
      nodes.add(value.start);
      nodes.add(value.end);
    } else if (isPath(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return { nodes, edges };
}

/** One-line text for a result cell: nodes by label, relationships as (a)-[TYPE]->(b), the rest as JSON. */
export function cellText(value: unknown, labelOf: (node: string) => string): string {
  if (isNode(value)) return labelOf(value.key);
  if (isRelationship(value)) return `(${labelOf(value.start)})-[:${value.type}]->(${labelOf(value.end)})`;
  if (isPath(value)) return value.nodes.map((n) => cellText(n, labelOf)).join(" → ");
  if (Array.isArray(value)) return `[${value.map((v) => cellText(v, labelOf)).join(", ")}]`;
  if (value === undefined) return "null";
  return typeof value === "string" ? value : JSON.stringify(value);
}
