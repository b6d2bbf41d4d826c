// Values passed between the pipeline's stages. Each stage is a pure function from one to the next.
import type { DocumentRecord, EntityType, Evidence, Quad, Relation } from "../graph/types.js";

export type InputFormat = "text" | "markdown" | "html";

/** A document as it comes in: its original text is what evidence offsets point into. */
export interface InputDocument {
  id: string;
  text: string;
  format?: InputFormat;
  title?: string;
  date?: string;
  url?: string;
  path?: string;
}

/** The document with everything that is not article prose masked out by blanks of the same length. */
export interface CleanDocument {
  doc: InputDocument;
  /** Same length as doc.text; masked characters are spaces (line breaks kept). */
  text: string;
  /** The first line when it reads as the article's headline. */
  title?: string;
}

export interface Token {
  /** Surface form, as in the original text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, ...). */
  pos: string;
  lemma: string;
  /** Lower-cased surface form with typographic quotes folded. */
  norm: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export type MentionKind = EntityType | "pronoun" | "title";

/** A stretch of tokens that names, or points to, an entity. */
export interface Mention {
  sentence: number;
  /** Token range [first, last) within the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Canonical name proposed for the entity (a state's common name, a proposal's short label). */
  canonical: string;
  /** A second tie given in a relative clause ("President X, who chairs the bloc"). */
  alsoAffiliation?: { canonical: string; entityType: EntityType; relation?: Relation };
  /** For people: role titles found next to the name ("Defence Minister"). */
  role?: string;
  /** Affiliation found next to the name: canonical name and type of the state or organisation. */
  affiliation?: { canonical: string; entityType: EntityType; relation?: Relation };
  /** For proposals: the folded head noun and the key words that identify the proposal. */
  head?: string;
  key?: readonly string[];
  /** Where a title before a person's name starts ("Defence Minister" in "Defence Minister X"). */
  titleFirst?: number;
  /** A demonym that only modifies a noun ("Palestinian homes"): an actor only as the target of an act. */
  modifier?: boolean;
  /** Pronoun number and kind, for resolution. */
  pronoun?: "person" | "thing" | "plural" | "organisation";
  /** For "the union", "the company", "the board": which organisation the description points back to. */
  describes?: Description;
  /** The mention only carries an adjective form ("Russian negotiators"). */
  collective?: boolean;
  /** The pronoun or described organisation a role was given with ("its", "commission"): its owner is named before. */
  ownedBy?: string;
  /** A capital named as where something happens ("talks in Nairobi"). */
  capital?: boolean;
  /** A national body named by its state and a head noun ("Britain's competition regulator", "Chinese Foreign Ministry"). */
  body?: boolean;
}

/** An entity of one document, with the mentions that resolve to it. */
export interface DocEntity {
  id: number;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  roles: string[];
}

export interface Claim {
  source: number;
  target: number;
  relation: Relation;
  plover?: string;
  quad?: Quad;
  negated?: boolean;
  intent?: boolean;
  evidence: Evidence;
}

/** What one document yields: its record, entities and claims. */
export interface Extraction {
  doc: DocumentRecord;
  entities: DocEntity[];
  claims: Claim[];
}

/**
 * What a description after "the" points back to: an organisation whose name has the word ("named": "the union"),
 * the latest organisation ("generic": "the company"), the latest armed group ("armed": "the rebels"), or one whose
 * name has the word and else the latest, whose part it names ("part": "the board", "the management").
 */
export type Description = "named" | "generic" | "armed" | "part";
