// How the Cypher engine sees a graphology graph (see README.md, "Mapping"):
// node label = cypherLabel(entityType), or the hidden `cypherLabels` attribute when labels do not map to
// one entity type; relationship type = cypherType(relation), or the hidden `cypherType` attribute when the
// type is not upper case. entityType and relation read as properties (`n.entityType`, `r.relation`: users
// of the JSON know these names) but are not listed by keys()/properties(), which would repeat the label
// and type; cypherLabels/cypherType are not properties at all.
import type { MultiDirectedGraph } from "graphology";
import { ENTITY_TYPES, cypherLabel, cypherType } from "../graph/types.js";
import { PropertyIndex } from "./property-index.js";

// The graph may carry any attributes: the engine also runs on graphs built by CREATE.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGraph = MultiDirectedGraph<any, any, any>;

const UNLISTED_NODE = new Set(["entityType", "cypherLabels"]);
const UNLISTED_REL = new Set(["relation", "cypherType"]);
/**
 * Up to this many in-neighbours, an out-neighbour is looked for among them by a scan rather than through
 * areInNeighbors, which looks the node up again each time (for ~10 in- and ~10 out-neighbours, half the time).
 */
const SCAN_LIMIT = 32;
const LABEL_TO_TYPE = new Map(ENTITY_TYPES.map((t) => [cypherLabel(t), t]));

export class Graph {
  /** Nodes by property value (see property-index.ts). */
  readonly index: PropertyIndex;
  constructor(readonly graph: AnyGraph) {
    this.index = new PropertyIndex(graph, (key, name) => this.nodeProperty(key, name));
  }

  labels(key: string): string[] {
    const a = this.graph.getNodeAttributes(key);
    if (Array.isArray(a.cypherLabels)) return [...a.cypherLabels];
    return typeof a.entityType === "string" ? [cypherLabel(a.entityType)] : [];
  }
  hasLabel(key: string, label: string): boolean {
    const a = this.graph.getNodeAttributes(key);
    if (Array.isArray(a.cypherLabels)) return a.cypherLabels.includes(label);
    return typeof a.entityType === "string" && cypherLabel(a.entityType) === label;
  }
  relType(key: string): string {
    return this.typeOf(this.graph.getEdgeAttributes(key));
  }
  private readonly types = new Map<string, string>();
  /** Relationship type from an edge's attributes (cached per relation: called once per edge visited). */
  typeOf(a: Record<string, unknown>): string {
    if (typeof a.cypherType === "string") return a.cypherType;
    if (typeof a.relation !== "string") return "";
    let t = this.types.get(a.relation);
    if (t === undefined) this.types.set(a.relation, (t = cypherType(a.relation)));
    return t;
  }
  /**
   * Neighbours of `node` in direction `dir`: for "both" the in-neighbours, then the out-neighbours, so a node
   * that is both comes twice unless `once` (most callers skip repeats anyway, which is cheaper than removing
   * them here). in/outNeighbors on a directed graph are the keys of graphology's adjacency objects, several
   * times cheaper than its neighbour callbacks, which read every edge's ends.
   */
  neighbours(node: string, dir: "out" | "in" | "both", once = false): string[] {
    if (dir === "out") return this.graph.outNeighbors(node);
    if (dir === "in") return this.graph.inNeighbors(node);
    const ins = this.graph.inNeighbors(node);
    const outs = this.graph.outNeighbors(node);
    const n = ins.length;
    if (n === 0) return outs;
    for (let i = 0; i < outs.length; i++) {
      const w = outs[i]!;
      if (!once || !(n <= SCAN_LIMIT ? includes(ins, n, w) : this.graph.areInNeighbors(node, w))) ins.push(w);
    }
    return ins;
  }
  nodeProperty(key: string, name: string): unknown {
    return name === "cypherLabels" ? undefined : this.graph.getNodeAttribute(key, name);
  }
  relProperty(key: string, name: string): unknown {
    return name === "cypherType" ? undefined : this.graph.getEdgeAttribute(key, name);
  }
  nodeProperties(key: string): Record<string, unknown> {
    return visible(this.graph.getNodeAttributes(key), UNLISTED_NODE);
  }
  relProperties(key: string): Record<string, unknown> {
    return visible(this.graph.getEdgeAttributes(key), UNLISTED_REL);
  }

  /** Adds a node so that labels(n) reads back exactly `labels`. */
  addNode(labels: string[], properties: Record<string, unknown>): string {
    const attrs: Record<string, unknown> = { ...properties };
    const type = labels.length === 1 ? LABEL_TO_TYPE.get(labels[0]!) : undefined;
    if (type) attrs.entityType = type;
    else if (labels.length > 0) attrs.cypherLabels = [...labels];
    let n = this.graph.order;
    while (this.graph.hasNode(`n${n}`)) n++;
    const key = `n${n}`;
    this.graph.addNode(key, attrs);
    return key;
  }

  /** Adds a relationship keyed `source->relation->target` (suffixed when taken) so that type(r) reads back `type`. */
  addRel(source: string, target: string, type: string, properties: Record<string, unknown>): string {
    const relation = type.toLowerCase();
    const attrs: Record<string, unknown> = { ...properties, relation };
    if (cypherType(relation) !== type) attrs.cypherType = type;
    const base = `${source}->${relation}->${target}`;
    let key = base;
    for (let i = 2; this.graph.hasEdge(key); i++) key = `${base}#${i}`;
    this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
    return key;
  }
}

/** Whether `w` is among the first `n` keys (a plain loop: about half the time of lastIndexOf here). */
function includes(keys: string[], n: number, w: string): boolean {
  for (let i = 0; i < n; i++) if (keys[i] === w) return true;
  return false;
}

function visible(attrs: Record<string, unknown>, hidden: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(attrs)) if (!hidden.has(k) && attrs[k] !== undefined && attrs[k] !== null) out[k] = attrs[k];
  return out;
}
