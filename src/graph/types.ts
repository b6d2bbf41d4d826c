// The graph model: a contract read by the query layer, the exporters, the explorer and outside checks.
// Domain data never uses sigma's reserved attribute names (type, x, y, size, color, hidden, ...).
import type { MultiDirectedGraph } from "graphology";

export const ENTITY_TYPES = ["person", "state", "organisation", "place", "proposal"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relations between actors and what they act on. Vocabulary of ../shared/eval/README.md. */
export const EVENT_RELATIONS = [
  "proposed", "demanded", "rejected", "agreed", "supported", "criticised", "accused", "threatened",
  "met", "mediated", "cooperated", "aided", "conceded", "retreated", "investigated", "protested",
  "mobilised", "sanctioned", "fought", "attacked", "coerced",
] as const;
export const AFFILIATION_RELATIONS = ["leader_of", "member_of", "spokesperson_of", "part_of"] as const;
export const RELATIONS = [...EVENT_RELATIONS, ...AFFILIATION_RELATIONS] as const;
export type Relation = (typeof RELATIONS)[number];

export type Quad = "verbal cooperation" | "material cooperation" | "verbal conflict" | "material conflict";

export interface Evidence {
  /** Document id. */
  doc: string;
  /** Sentence index within the document. */
  sentence: number;
  /** Character offsets into the document's original input: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Who reported the claim ("according to X", "X said"), when not the actor itself. */
  reportedBy?: string;
}

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  roles?: string[];
  /** Ids of the documents that mention the entity. */
  docs?: string[];
  /** Sigma display attributes may be added by the explorer; they are never domain data. */
  [display: string]: unknown;
}

export interface EdgeAttributes {
  relation: Relation;
  /** Number of supporting sentences. */
  weight: number;
  evidence: Evidence[];
  /** PLOVER event class (AGREE, REJECT, ...), when the relation has one. */
  plover?: string;
  quad?: Quad;
  /** The claim is denied ("failed to agree"): not a relation. */
  negated?: boolean;
  /** The claim is stated as an intention ("would return"). */
  intent?: boolean;
  [display: string]: unknown;
}

export interface DocumentRecord {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  path?: string;
  /** sha1-like content hash, used to skip documents already in a graph. */
  hash?: string;
  words?: number;
}

export interface GraphAttributes {
  documents: DocumentRecord[];
  [key: string]: unknown;
}

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** PascalCase label used for a node type in Cypher and Neo4j (`person` -> `Person`). */
export const cypherLabel = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** Upper-case relationship type used in Cypher and Neo4j (`leader_of` -> `LEADER_OF`). */
export const cypherType = (r: string): string => r.toUpperCase();
