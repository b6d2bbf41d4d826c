// Extractions -> one graphology graph. Entities merge across documents by canonical name and aliases;
// claims merge into one edge per source/relation/target, their evidence concatenated.
import { MultiDirectedGraph } from "graphology";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import type { Claim, DocEntity, Extraction, InputDocument } from "../pipeline/types.js";
import type { EdgeAttributes, EntityType, NewsGraph, NodeAttributes } from "./types.js";

/** Stable node key from entity type and canonical name: "person:volodymyr-zelensky". */
export function nodeKey(entityType: EntityType, label: string): string {
  const slug = label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return `${entityType}:${slug || "unnamed"}`;
}

export const edgeKey = (source: string, relation: string, target: string) => `${source}->${relation}->${target}`;

const normalName = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']s$/, "").trim();

export function createGraph(): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: [] });
  return graph;
}

/** Finds the node an entity of a new document belongs to: same key, or a shared name of the same type. */
function matchNode(graph: NewsGraph, entity: DocEntity, index: Map<string, string>): string {
  const key = nodeKey(entity.entityType, entity.label);
  if (graph.hasNode(key)) return key;
  for (const name of [entity.label, ...entity.aliases]) {
    const found = index.get(`${entity.entityType}|${normalName(name)}`);
    if (found) return found;
  }
  return key;
}

/** An index from type + name (label or alias) to node key, for merging across documents. */
function nameIndex(graph: NewsGraph): Map<string, string> {
  const index = new Map<string, string>();
  graph.forEachNode((key, a) => {
    for (const name of [a.label, ...(a.aliases ?? [])]) {
      const k = `${a.entityType}|${normalName(name)}`;
      if (!index.has(k)) index.set(k, key);
    }
  });
  return index;
}

const union = (a: string[] | undefined, b: string[]) => {
  const out = [...(a ?? [])];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
};

/** Adds one document's extraction to the graph. */
export function addExtraction(graph: NewsGraph, extraction: Extraction, index = nameIndex(graph)): void {
  const { doc } = extraction;
  const documents = graph.getAttribute("documents") ?? [];
  if (!documents.some((d) => d.id === doc.id)) graph.setAttribute("documents", [...documents, doc]);
  const keys = new Map<number, string>();
  for (const entity of extraction.entities) {
    const key = matchNode(graph, entity, index);
    keys.set(entity.id, key);
    const aliases = union([], entity.aliases);
    if (!graph.hasNode(key)) {
      const attributes: NodeAttributes = { label: entity.label, entityType: entity.entityType, aliases, mentions: entity.mentions, docs: [doc.id] };
      if (entity.entityType === "person") attributes.roles = [...entity.roles];
      graph.addNode(key, attributes);
    } else {
      graph.updateNodeAttributes(key, (a) => {
        const next: NodeAttributes = { ...a, aliases: union(a.aliases, aliases), mentions: (a.mentions ?? 0) + entity.mentions, docs: union(a.docs, [doc.id]) };
        if (entity.entityType === "person") next.roles = union(a.roles, entity.roles);
        return next;
      });
    }
    for (const name of [entity.label, ...entity.aliases]) {
      const k = `${entity.entityType}|${normalName(name)}`;
      if (!index.has(k)) index.set(k, key);
    }
  }
  for (const claim of extraction.claims) {
    const source = keys.get(claim.source), target = keys.get(claim.target);
    if (!source || !target || source === target) continue;
    addClaim(graph, source, target, claim);
  }
}

function addClaim(graph: NewsGraph, source: string, target: string, claim: Claim) {
  const key = edgeKey(source, claim.relation, target);
  if (!graph.hasEdge(key)) {
    const attributes: EdgeAttributes = { relation: claim.relation, weight: 1, evidence: [claim.evidence] };
    if (claim.plover) attributes.plover = claim.plover;
    if (claim.quad) attributes.quad = claim.quad;
    if (claim.negated) attributes.negated = true;
    if (claim.intent) attributes.intent = true;
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    return;
  }
  graph.updateEdgeAttributes(key, (a) => {
    const seen = a.evidence.some((e) => e.doc === claim.evidence.doc && e.sentence === claim.evidence.sentence);
    const evidence = seen ? a.evidence : [...a.evidence, claim.evidence];
    const next: EdgeAttributes = { ...a, evidence, weight: new Set(evidence.map((e) => `${e.doc}\u0000${e.sentence}`)).size };
    // A claim stated plainly anywhere outweighs its denials and intentions elsewhere.
    if (a.negated && !claim.negated) delete next.negated;
    if (a.intent && !claim.intent) delete next.intent;
    return next;
  });
}

export interface BuildOptions extends ExtractOptions {
  /** Adds to this graph instead of a new one. */
  into?: NewsGraph;
}

/** Builds one graph from documents (texts or input documents) or from extractions already made. */
export function buildGraph(inputs: Iterable<InputDocument | string | Extraction>, options: BuildOptions = {}): NewsGraph {
  const graph = options.into ?? createGraph();
  const index = nameIndex(graph);
  let n = 0;
  for (const input of inputs) {
    n++;
    const extraction = typeof input === "object" && "claims" in input ? input : extract(typeof input === "string" ? { id: `doc-${n}`, text: input } : input, options);
    addExtraction(graph, extraction, index);
  }
  return graph;
}
