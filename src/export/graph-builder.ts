// Turns the nodes and edges read from a GEXF or GraphML file into a NewsGraph, checked against the model.
import { MultiDirectedGraph } from "graphology";
import { checkEdgeAttributes, checkGraphAttributes, checkNodeAttributes, type ReadWarnings } from "../graph/json.js";
import { nodeKeys } from "../graph/node-ids.js";
import type { NewsGraph, NodeAttributes } from "../graph/types.js";
import { DERIVED_EDGE_COLUMNS, seenDates } from "./columns.js";

export interface ReadEdge {
  id?: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
  line: number;
}

export class GraphBuilder {
  // Nodes wait here until every id is known, so an id the graph cannot hold gets a key no other node has.
  private readonly nodes = new Map<string, Record<string, unknown>>();
  private readonly edges: ReadEdge[] = [];
  constructor(private readonly warnings: ReadWarnings) {}

  /** Adds a node; a repeated id merges its attributes into the first, with a warning. */
  node(id: string, attributes: Record<string, unknown>, line: number): void {
    const first = this.nodes.get(id);
    if (first) {
      this.warnings.add("node-duplicate", `line ${line}: duplicate node id '${id}' (attributes merged)`);
      Object.assign(first, attributes);
    } else this.nodes.set(id, attributes);
  }

  /** Keeps an edge until all nodes are read (hierarchical files may list nodes late). */
  edge(edge: ReadEdge): void {
    this.edges.push(edge);
  }

  /** Adds the edges, checks every attribute against the model and returns the graph. */
  build(graphAttributes: Record<string, unknown>): NewsGraph {
    const { warnings } = this;
    const graph: NewsGraph = new MultiDirectedGraph();
    graph.replaceAttributes(checkGraphAttributes(graphAttributes, warnings));
    const seen = seenDates(graph.getAttribute("documents"));
    const keyOf = nodeKeys(this.nodes.keys(), warnings);
    for (const [id, attributes] of this.nodes) graph.addNode(keyOf(id), withoutDerivedDates(checkNodeAttributes(keyOf(id), attributes, warnings), seen));
    for (const { id, attributes, line, ...ends } of this.edges) {
      const source = keyOf(ends.source), target = keyOf(ends.target);
      const missing = [source, target].find((n) => !graph.hasNode(n));
      if (missing !== undefined) {
        warnings.add("edge-missing-node", `line ${line}: edge ${id === undefined ? `${source} -> ${target}` : `'${id}'`} points to missing node '${missing}' (skipped)`);
        continue;
      }
      const restored = restoreEvidence(attributes, id ?? `${source}->${target}`, warnings);
      const natural = typeof restored.relation === "string" ? `${source}->${restored.relation}->${target}` : undefined;
      const key = [id, natural].find((k) => k !== undefined && !graph.hasEdge(k));
      if (id !== undefined && key !== id) warnings.add("edge-duplicate", `line ${line}: duplicate edge id '${id}' (kept, with a new id)`);
      const checked = checkEdgeAttributes(key ?? id ?? `${source}->${target}`, restored, warnings);
      if (key !== undefined) graph.addEdgeWithKey(key, source, target, checked);
      else graph.addEdge(source, target, checked);
    }
    return graph;
  }
}

/**
 * newsgraph files carry the full evidence as `evidenceJson`, plus the text and document ids derived from
 * it for Gephi users: the JSON comes back as `evidence` and the derived columns are dropped. Evidence text
 * from other tools is kept as `evidenceText`.
 */
function restoreEvidence(input: Record<string, unknown>, key: string, warnings: ReadWarnings): Record<string, unknown> {
  if (typeof input.evidenceJson !== "string") {
    if (typeof input.evidence !== "string") return input;
    const { evidence, ...rest } = input;
    return { ...rest, evidenceText: evidence };
  }
  let evidence: unknown;
  try {
    evidence = JSON.parse(input.evidenceJson);
  } catch {
    warnings.add("edge-evidenceJson", `edge '${key}': evidenceJson is not valid JSON (evidence dropped)`);
  }
  // Rebuilt in order, evidence where its text column was, so a file read back serializes as written.
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name === "evidence") out.evidence = evidence;
    else if (!(DERIVED_EDGE_COLUMNS as readonly string[]).includes(name)) out[name] = value;
  }
  if (out.evidence === undefined) delete out.evidence;
  if (evidence !== undefined && !("evidence" in out)) out.evidence = evidence;
  return out;
}

/** firstSeen/lastSeen are written from the documents table: dropped again when that table gives the same. */
function withoutDerivedDates(a: NodeAttributes, seen: ReturnType<typeof seenDates>): NodeAttributes {
  const { first, last } = seen(a);
  if (a.firstSeen !== undefined && a.firstSeen === first) delete a.firstSeen;
  if (a.lastSeen !== undefined && a.lastSeen === last) delete a.lastSeen;
  return a;
}
