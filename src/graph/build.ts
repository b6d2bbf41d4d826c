// Extractions -> one graphology graph. Entities merge across documents by canonical name and aliases;
// claims merge into one edge per source/relation/target, their evidence concatenated.
// The same node and edge merges serve graph merging (merge.ts), so a merge of graphs equals one build.
import { MultiDirectedGraph } from "graphology";
import { lookupBody, lookupDemonym, lookupName, lookupNationalBody } from "../lexicon/index.js";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import { remembered } from "../pipeline/remembered.js";
import type { DocEntity, Extraction, InputDocument } from "../pipeline/types.js";
import type { EdgeAttributes, EntityType, Evidence, NewsGraph, NodeAttributes, Relation } from "./types.js";

/** Stable node key from entity type and canonical name: "person:volodymyr-zelensky". */
export function nodeKey(entityType: EntityType, label: string): string {
  const slug = label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return `${entityType}:${slug || "unnamed"}`;
}

export const edgeKey = (source: string, relation: string, target: string) => `${source}->${relation}->${target}`;

const sentenceOf = (e: Evidence) => `${e.doc}\u0000${e.sentence}`;

const normalName = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']s$/, "").trim();

const hasCapital = (name: string) => /\p{Lu}/u.test(name);

/**
 * A common noun phrase that an organisation is labelled by where it opens a sentence ("Environmental groups",
 * "Farmers' groups", "Rights groups"): several words, only the first capitalised, and that one no name the
 * lexicon knows ("Chinese embassy", "Kenya's dairy farmers" name their state).
 */
const isSentenceCased = remembered((name) => {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || hasCapital(name.slice(1)) || lookupName(name)) return false;
  const first = words[0].replace(/['’]s?$/, "");
  return !lookupName(first) && !lookupDemonym(first);
});

/** Whether a name is written as a proper name: capitalised, and for an organisation not a sentence's opening common noun phrase. */
const isProperName = (entityType: EntityType, name: string) => hasCapital(name) && !(entityType === "organisation" && isSentenceCased(name));

/**
 * A name of a kind of body every state has ("Supreme Court", "Congress", "Foreign Ministry", "Central Bank"),
 * not of one of them: the lexicon reads it as a body and knows no entity by it ("State Department" is one).
 */
const isGenericBody = remembered((name) => lookupBody(name) !== undefined && lookupName(name) === undefined);

/**
 * How a label names a body of a state: by a generic body's name alone ("Supreme Court", whose state its
 * document tells), or by a body's name and its state ("Brazil's Supreme Court", "Supreme Court of Brazil");
 * and whether it is a mission abroad ("Chinese embassy"), which is also where it sits.
 */
const bodyName = remembered((label): { name: string; state?: string; abroad: boolean } | undefined => {
  if (isGenericBody(label)) return { name: label, abroad: lookupBody(label)!.head.category === "diplomatic" };
  const national = lookupName(label) ? undefined : lookupNationalBody(label);
  return national && { name: national.body, state: national.state.name, abroad: national.head.category === "diplomatic" };
});

/**
 * Whether a name tells its entity apart in any document. A common noun names something else in each text
 * ("government", "the police", "the deal" are whichever the article is about), so a proper name does, but
 * not a body's of a state ("Supreme Court", "Chinese embassy": a body is known by its name and its state,
 * in its key, `bodyKey`), and a proposal only by a proper name in it ("Gaza ceasefire"): one labelled by common
 * words ("peace talks", "withdraw troops") is many stories' (a proposal is also known by its parties,
 * `GraphIndex.findByParty`). An actor whose canonical name is a common noun ("police") is found by none
 * of its names, not even "Police" opening a sentence; a person only by a full name, since a surname alone
 * ("Kim") is many people's.
 */
function isIdentifying(entityType: EntityType, name: string, label: string): boolean {
  if (entityType === "proposal") return hasCapital(name);
  if (entityType === "organisation" && bodyName(name)) return false;
  return isProperName(entityType, name) && isProperName(entityType, label) && (entityType !== "person" || name.trim().split(/\s+/).length > 1);
}

/** A proposal labelled by common words only, known across documents by its label and parties. */
export const isGenericProposal = (entityType: EntityType, label: string) => entityType === "proposal" && !hasCapital(label);

/**
 * The key of a node part: by its canonical name ("person:kim" is every text's lone "Kim"), or, for an entity
 * known only by common nouns, by its name and first document, so each text's "police", "deal" or
 * "Environmental groups" is its own.
 */
function partKey(part: NodePart): string {
  const key = nodeKey(part.entityType, part.label);
  return isProperName(part.entityType, part.label) ? key : `${key}@${part.docs[0] ?? ""}`;
}

export function createGraph(): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: [] });
  return graph;
}

/**
 * What merging looks up: type + name (label or alias) -> node key, a generic proposal's label + party -> node
 * key, and the document ids present. A name shared by several nodes belongs to the earliest node, every name
 * indexed is the node's label or one of its aliases, and every party one of its edges (`isPartyEdge`), so the
 * index rebuilt from a saved graph is the one its build had: incremental builds and graph merges continue
 * exactly where the build stopped.
 */
export class GraphIndex {
  private readonly names = new Map<string, string>();
  private readonly parties = new Map<string, string>();
  private readonly order = new Map<string, number>();
  readonly docs = new Set<string>();
  private readonly sentences = new Map<string, Set<string>>();

  static of(graph: NewsGraph): GraphIndex {
    const index = new GraphIndex();
    graph.forEachNode((key, a) => index.addNames(key, a.entityType, a.label, [a.label, ...(a.aliases ?? [])]));
    graph.forEachEdge((_key, a, source, target) => index.addParty(graph, source, a.relation, target));
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

  /** The earliest generic proposal of this label that one of these parties (node keys) is a party to. */
  findByParty(label: string, parties: readonly string[]): string | undefined {
    let earliest: string | undefined;
    for (const party of parties) {
      const found = this.parties.get(`${normalName(label)}|${party}`);
      if (found !== undefined && (earliest === undefined || this.order.get(found)! < this.order.get(earliest)!)) earliest = found;
    }
    return earliest;
  }

  /** Indexes the names of a node that may find it from other documents (`isIdentifying`). */
  addNames(key: string, entityType: EntityType, label: string, names: readonly string[]): void {
    const rank = this.rank(key);
    for (const name of names) {
      if (!isIdentifying(entityType, name, label)) continue;
      this.keepEarliest(this.names, `${entityType}|${normalName(name)}`, key, rank);
    }
  }

  /** Indexes an edge's source as a party of its target, when the edge makes it one (`isPartyEdge`). */
  addParty(graph: NewsGraph, source: string, relation: Relation, target: string): void {
    if (!isPartyEdge(graph, source, relation, target)) return;
    this.keepEarliest(this.parties, `${normalName(graph.getNodeAttribute(target, "label"))}|${source}`, target, this.rank(target));
  }

  private rank(key: string): number {
    if (!this.order.has(key)) this.order.set(key, this.order.size);
    return this.order.get(key)!;
  }

  private keepEarliest(map: Map<string, string>, k: string, key: string, rank: number): void {
    const found = map.get(k);
    if (found === undefined || this.order.get(found)! > rank) map.set(k, key);
  }
}

/**
 * Who a proposal's parties are: those who proposed, agreed to, rejected or conceded it, or threatened it as
 * their own act. Who only demands, backs, criticises or mediates it is often an outsider ("the United States
 * urged both sides to exercise restraint" in many unrelated conflicts), so it does not say which one it is.
 */
export const PARTY_RELATIONS: ReadonlySet<Relation> = new Set(["proposed", "agreed", "rejected", "conceded", "retreated", "threatened"]);

/** Whether an edge makes its source, an actor that is one in every text (`isSharedNode`), a party of a generic proposal. */
function isPartyEdge(graph: NewsGraph, source: string, relation: Relation, target: string): boolean {
  if (!PARTY_RELATIONS.has(relation)) return false;
  const to = graph.getNodeAttributes(target);
  return isGenericProposal(to.entityType, to.label) && isSharedNode(graph, source);
}

/**
 * Whether a node is the same entity in every text that names it: one known by a proper name, or a body by
 * its name and state (`bodyKey`), not a surname alone or a common noun, nor a body whose key is its document's.
 */
function isSharedNode(graph: NewsGraph, key: string): boolean {
  const a = graph.getNodeAttributes(key);
  if (isIdentifying(a.entityType, a.label, a.label)) return true;
  return a.entityType === "organisation" && hasCapital(a.label) && bodyName(a.label) !== undefined && !key.endsWith(`@${a.docs?.[0] ?? ""}`);
}

/** A node's worth of entity: one document's entity, or a node of another graph. */
export interface NodePart {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  roles?: string[];
  docs: string[];
  /** The key the part comes with: its node's in another graph, or, for a body of a state, its name and state (`bodyKey`). */
  key?: string;
  /** For a generic proposal, the node keys of its parties, by which another document's node of its label is found. */
  parties?: readonly string[];
}

/** An edge's worth of claims: one claim, or an edge of another graph. */
export type EdgePart = Pick<EdgeAttributes, "relation" | "evidence" | "plover" | "quad" | "negated" | "intent">;

/** Finds the node an entity belongs to: same key, a shared identifying name of the same type, or, for a generic proposal, a shared party. */
export function matchNode(graph: NewsGraph, part: NodePart, index: GraphIndex): string {
  const key = part.key ?? partKey(part);
  if (graph.hasNode(key)) return key;
  for (const name of [part.label, ...part.aliases]) {
    if (!isIdentifying(part.entityType, name, part.label)) continue;
    const found = index.find(part.entityType, name);
    if (found) return found;
  }
  return (isGenericProposal(part.entityType, part.label) && index.findByParty(part.label, part.parties ?? [])) || key;
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
    index.addParty(graph, source, part.relation, target);
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
  const { doc, entities, claims } = extraction;
  if (!index.docs.has(doc.id)) {
    index.docs.add(doc.id);
    const documents = graph.getAttribute("documents");
    if (documents) documents.push(doc);
    else graph.setAttribute("documents", [doc]);
  }
  const keys = new Map<number, string>();
  const ties = tiesOf(extraction);
  const partOf = (entity: DocEntity): NodePart => ({ ...entity, docs: [doc.id], key: bodyKey(entity, doc.id, ties) });
  // A party named later in the document is not merged yet: its node is the one it would match.
  const nodeOf = (id: number) => {
    const entity = ties.byId.get(id);
    return keys.get(id) ?? (entity && matchNode(graph, partOf(entity), index));
  };
  for (const entity of entities) {
    const parties = isGenericProposal(entity.entityType, entity.label) ? (ties.parties.get(entity.id) ?? []).map(nodeOf).filter((k) => k !== undefined) : undefined;
    keys.set(entity.id, mergeNode(graph, { ...partOf(entity), parties }, index));
  }
  for (const claim of claims) {
    const source = keys.get(claim.source), target = keys.get(claim.target);
    if (!source || !target || source === target) continue;
    const { relation, plover, quad, negated, intent, evidence } = claim;
    mergeEdge(graph, source, target, { relation, plover, quad, negated, intent, evidence: [evidence] }, index);
  }
}

/**
 * What merging reads of a document, each found once: its entities by id, the parties of each proposal
 * (`PARTY_RELATIONS`), what each entity is part of (`part_of`), and the state its story is about.
 */
interface DocumentTies {
  byId: Map<number, DocEntity>;
  parties: Map<number, number[]>;
  partOf: Map<number, number[]>;
  story: DocEntity | undefined;
}

function tiesOf({ entities, claims }: Extraction): DocumentTies {
  const ties: DocumentTies = { byId: new Map(entities.map((e) => [e.id, e])), parties: new Map(), partOf: new Map(), story: storyState(entities) };
  const add = (map: Map<number, number[]>, key: number, id: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(id);
  for (const c of claims) {
    if (PARTY_RELATIONS.has(c.relation)) add(ties.parties, c.target, c.source);
    if (c.relation === "part_of") add(ties.partOf, c.source, c.target);
  }
  return ties;
}

/** The state a document is about: the one it mentions most (the first of them on a tie). */
function storyState(entities: readonly DocEntity[]): DocEntity | undefined {
  let most: DocEntity | undefined;
  for (const e of entities) if (e.entityType === "state" && e.mentions > (most?.mentions ?? -1)) most = e;
  return most;
}

/**
 * The key of a body of a state: its name and its state ("organisation:supreme-court@state:brazil"), so
 * Brazil's and India's Supreme Court are two nodes and "the Supreme Court" of two stories about Brazil one.
 * The state is the one its label names, else the one its document's `part_of` claim names (the label of
 * "Brazil's Supreme Court" may be the bare name), else the state its document is about (news names the home
 * state's bodies bare), else none: the body is its document's. A mission abroad is also the one in the state
 * its document is about ("organisation:embassy@state:china@state:uganda"). Undefined for any other entity.
 */
function bodyKey(entity: DocEntity, doc: string, ties: DocumentTies): string | undefined {
  const body = entity.entityType === "organisation" && hasCapital(entity.label) ? bodyName(entity.label) : undefined;
  if (!body) return undefined;
  const owner = body.state ? nodeKey("state", body.state) : ownerOf(entity, ties);
  if (!owner) return `${nodeKey(entity.entityType, body.name)}@${doc}`;
  const host = ties.story && body.abroad ? nodeKey(ties.story.entityType, ties.story.label) : owner;
  return `${nodeKey(entity.entityType, body.name)}@${owner}${host === owner ? "" : `@${host}`}`;
}

/** The key of what a body is part of: its document's `part_of` claim's state or named organisation, else the state its document is about. */
function ownerOf(entity: DocEntity, ties: DocumentTies): string | undefined {
  const owner = (ties.partOf.get(entity.id) ?? []).map((id) => ties.byId.get(id))
    .find((e) => e !== undefined && (e.entityType === "state" || e.entityType === "organisation") && isIdentifying(e.entityType, e.label, e.label)) ?? ties.story;
  return owner && nodeKey(owner.entityType, owner.label);
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
