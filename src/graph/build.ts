// Extractions -> one graphology graph. Entities merge across documents by canonical name and aliases;
// claims merge into one edge per source/relation/target, their evidence concatenated.
// The same node and edge merges serve graph merging (merge.ts), so a merge of graphs equals one build.
import { MultiDirectedGraph } from "graphology";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import type { Extraction, InputDocument } from "../pipeline/types.js";
import type { EdgeAttributes, EntityType, Evidence, NewsGraph, NodeAttributes } from "./types.js";

/** Stable node key from entity type and canonical name: "person:volodymyr-zelensky". */
export function nodeKey(entityType: EntityType, label: string): string {
  const slug = label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return `${entityType}:${slug || "unnamed"}`;
}

export const edgeKey = (source: string, relation: string, target: string) => `${source}->${relation}->${target}`;

const sentenceOf = (e: Evidence) => `${e.doc}\u0000${e.sentence}`;

const normalName = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']s$/, "").trim();

const hasCapital = (name: string) => /\p{Lu}/u.test(name);

/** Words that open a common noun phrase without naming anything: "the truce" says no more than "truce". */
const OPENING_DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "same"]);

/**
 * Whether a name tells its entity apart in any document. A common noun names something else in each text
 * ("government", "the police", "the deal" are whichever the article is about), so a proper name does, and
 * for a proposal also a phrase of several words ("prisoner exchange"), the way proposals are labelled. An
 * actor whose canonical name is a common noun ("police") is found by none of its names, not even "Police"
 * opening a sentence; a person only by a full name, since a surname alone ("Kim") is many people's.
 */
function isIdentifying(entityType: EntityType, name: string, label: string): boolean {
  const words = name.trim().split(/\s+/);
  if (entityType === "proposal") return hasCapital(name) || words.length - (OPENING_DETERMINERS.has(words[0]) ? 1 : 0) > 1;
  return hasCapital(name) && hasCapital(label) && (entityType !== "person" || words.length > 1);
}

/**
 * The key of a node part: by its canonical name ("person:kim" is every text's lone "Kim"), or, for an entity
 * known only by common nouns, by its name and first document, so each text's "police" or "deal" is its own.
 */
function partKey(part: NodePart): string {
  const key = nodeKey(part.entityType, part.label);
  return hasCapital(part.label) || isIdentifying(part.entityType, part.label, part.label) ? key : `${key}@${part.docs[0] ?? ""}`;
}

export function createGraph(): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: [] });
  return graph;
}

/**
 * What merging looks up: type + name (label or alias) -> node key, and the document ids present. A name
 * shared by several nodes belongs to the earliest node, and every name indexed is the node's label or one
 * of its aliases, so the index rebuilt from a saved graph is the one its build had: incremental builds
 * and graph merges continue exactly where the build stopped.
 */
export class GraphIndex {
  private readonly names = new Map<string, string>();
  private readonly order = new Map<string, number>();
  readonly docs = new Set<string>();
  private readonly sentences = new Map<string, Set<string>>();

  static of(graph: NewsGraph): GraphIndex {
    const index = new GraphIndex();
    graph.forEachNode((key, a) => index.addNames(key, a.entityType, a.label, [a.label, ...(a.aliases ?? [])]));
    for (const doc of graph.getAttribute("documents") ?? []) index.docs.add(doc.id);
    return index;
  }

  /** The (document, sentence) pairs already in an edge's evidence, kept so merging a claim is not linear in them. */
  edgeSentences(edge: string, evidence: Evidence[]): Set<string> {
    let seen = this.sentences.get(edge);
    if (!seen) this.sentences.set(edge, (seen = new Set(evidence.map(sentenceOf))));
    return seen;
  }

  find(entityType: EntityType, name: string): string | undefined {
    return this.names.get(`${entityType}|${normalName(name)}`);
  }

  /** Indexes the names of a node that may find it from other documents (`isIdentifying`). */
  addNames(key: string, entityType: EntityType, label: string, names: readonly string[]): void {
    if (!this.order.has(key)) this.order.set(key, this.order.size);
    const rank = this.order.get(key)!;
    for (const name of names) {
      if (!isIdentifying(entityType, name, label)) continue;
      const k = `${entityType}|${normalName(name)}`;
      const found = this.names.get(k);
      if (found === undefined || this.order.get(found)! > rank) this.names.set(k, key);
    }
  }
}

/** A node's worth of entity: one document's entity, or a node of another graph. */
export interface NodePart {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  roles?: string[];
  docs: string[];
}

/** An edge's worth of claims: one claim, or an edge of another graph. */
export type EdgePart = Pick<EdgeAttributes, "relation" | "evidence" | "plover" | "quad" | "negated" | "intent">;

/** Finds the node an entity belongs to: same key, or a shared identifying name of the same type. */
function matchNode(graph: NewsGraph, part: NodePart, index: GraphIndex): string {
  const key = partKey(part);
  if (graph.hasNode(key)) return key;
  for (const name of [part.label, ...part.aliases]) {
    if (!isIdentifying(part.entityType, name, part.label)) continue;
    const found = index.find(part.entityType, name);
    if (found) return found;
  }
  return key;
}

const union = (a: string[] | undefined, b: string[]) => addMissing([...(a ?? [])], b);

/** Appends the items of `b` not in `list` yet; the newest items are checked first, where repeats are. */
function addMissing(list: string[], b: string[]): string[] {
  for (const x of b) if (list.lastIndexOf(x) === -1) list.push(x);
  return list;
}

/** Merges an entity into the graph; returns the key of the node it went to. */
export function mergeNode(graph: NewsGraph, part: NodePart, index: GraphIndex): string {
  const key = matchNode(graph, part, index);
  if (!graph.hasNode(key)) {
    const attributes: NodeAttributes = { label: part.label, entityType: part.entityType, aliases: union([], part.aliases), mentions: part.mentions, docs: [...part.docs] };
    if (part.entityType === "person") attributes.roles = [...(part.roles ?? [])];
    graph.addNode(key, attributes);
  } else {
    // In place: copying a hub node's lists per mention would cost the square of its documents.
    const a = graph.getNodeAttributes(key);
    // A name the entity was known by elsewhere stays findable: it becomes an alias of the node it joined.
    a.aliases = addMissing(a.aliases ?? [], part.label === a.label ? part.aliases : [part.label, ...part.aliases]);
    a.mentions = (a.mentions ?? 0) + part.mentions;
    a.docs = addMissing(a.docs ?? [], part.docs);
    if (part.entityType === "person") a.roles = addMissing(a.roles ?? [], part.roles ?? []);
  }
  // The node's names are now its earlier names plus these.
  index.addNames(key, part.entityType, graph.getNodeAttribute(key, "label"), [part.label, ...part.aliases]);
  return key;
}

/** Merges claims into the edge source->relation->target; a sentence already in its evidence is not counted twice. */
export function mergeEdge(graph: NewsGraph, source: string, target: string, part: EdgePart, index: GraphIndex): void {
  const key = edgeKey(source, part.relation, target);
  if (!graph.hasEdge(key)) {
    const evidence: Evidence[] = [];
    const seen = index.edgeSentences(key, evidence);
    for (const e of part.evidence) if (!seen.has(sentenceOf(e))) seen.add(sentenceOf(e)), evidence.push(e);
    const attributes: EdgeAttributes = { relation: part.relation, weight: evidence.length, evidence };
    if (part.plover) attributes.plover = part.plover;
    if (part.quad) attributes.quad = part.quad;
    if (part.negated) attributes.negated = true;
    if (part.intent) attributes.intent = true;
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    return;
  }
  // Evidence grows in place: copying it per claim would cost the square of an edge's evidence.
  const a = graph.getEdgeAttributes(key);
  const seen = index.edgeSentences(key, a.evidence);
  for (const e of part.evidence) if (!seen.has(sentenceOf(e))) seen.add(sentenceOf(e)), a.evidence.push(e);
  a.weight = seen.size;
  // A claim stated plainly anywhere outweighs its denials and intentions elsewhere.
  if (a.negated && !part.negated) delete a.negated;
  if (a.intent && !part.intent) delete a.intent;
}

/** Adds one document's extraction to the graph. */
export function addExtraction(graph: NewsGraph, extraction: Extraction, index = GraphIndex.of(graph)): void {
  const { doc } = extraction;
  if (!index.docs.has(doc.id)) {
    index.docs.add(doc.id);
    const documents = graph.getAttribute("documents");
    if (documents) documents.push(doc);
    else graph.setAttribute("documents", [doc]);
  }
  const keys = new Map<number, string>();
  for (const entity of extraction.entities) {
    keys.set(entity.id, mergeNode(graph, { ...entity, docs: [doc.id] }, index));
  }
  for (const claim of extraction.claims) {
    const source = keys.get(claim.source), target = keys.get(claim.target);
    if (!source || !target || source === target) continue;
    const { relation, plover, quad, negated, intent, evidence } = claim;
    mergeEdge(graph, source, target, { relation, plover, quad, negated, intent, evidence: [evidence] }, index);
  }
}

export interface BuildOptions extends ExtractOptions {
  /** Adds to this graph instead of a new one. */
  into?: NewsGraph;
}

/** Builds one graph from documents (texts or input documents) or from extractions already made. */
export function buildGraph(inputs: Iterable<InputDocument | string | Extraction>, options: BuildOptions = {}): NewsGraph {
  const graph = options.into ?? createGraph();
  const index = GraphIndex.of(graph);
  let n = 0;
  for (const input of inputs) {
    n++;
    const extraction = typeof input === "object" && "claims" in input ? input : extract(typeof input === "string" ? { id: `doc-${n}`, text: input } : input, options);
    addExtraction(graph, extraction, index);
  }
  return graph;
}
