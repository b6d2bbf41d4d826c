// What the readers of a sentence share: the context they read from, the predicate type and small lookups.
import type { Relation } from "../../graph/types.js";
import actors from "../../lexicon/actors.json" with { type: "json" };
import { isMisreadHead } from "../proposals.js";
import type { Resolution } from "../resolve.js";
import type { Claim, Mention, Sentence, Token } from "../types.js";
import { ACTORS } from "./lexicon.js";

export type AnaphorKind = "decision" | "proposal" | "demand" | "agreement";

export interface NamedMeasure {
  kinds: AnaphorKind[];
  sources: number[];
  targets: number[];
  /** A measure blocked ("blocked the takeover"): the decision meant is the blockers'. */
  blocking: boolean;
  /** The lemma of the verb that enacted it, whose act noun points back to it ("approved a permit ... the approval"). */
  verb: string;
}

export interface RelationOptions {
  doc: string;
  /** The document's original input: evidence text is sliced from it. */
  input: string;
}

/** A predicate found in a sentence. */
export interface Predicate {
  relation: Relation;
  /** Token of the predicate (verb, noun or adjective). */
  at: number;
  /** First token after the predicate and its particle or light-verb object. */
  after: number;
  intent?: boolean;
  negated?: boolean;
  /** Class override where PLOVER codes the wording differently ("offered to" is AGREE). */
  plover?: string;
  /** The target comes from a verb phrase: "agreed to swap prisoners". */
  verbTarget?: number;
  /** The verb holds its relation only towards a measure ("blocked the takeover"). */
  measureOnly?: boolean;
  /** Token of a verb whose subject is the actor ("X warned that Y would V": X threatens V). */
  speaker?: number;
  /** An act announced with "will" or "would": only an actor named as its subject makes it, not a measure's authors. */
  announced?: boolean;
  /**
   * A sum of money given ("pledged $10 million"), a measure of its own: for no one named, it is for whom the latest aid
   * was; a sum only promised ("would contribute $60 million") is agreed.
   */
  gift?: boolean;
  /** A count of one's own people put forward ("pledged 150 police officers"): the measure, named with its count. */
  count?: boolean;
}

/** Negation and intent around a predicate's word. */
export type Modality = Pick<Predicate, "negated" | "intent">;

/**
 * A predicate with every field present, undefined where unset, so that all predicates share one object shape: the
 * readers ask their fields at every step, and predicates of two dozen shapes made each of those asks a generic look-up.
 * Its negation and intent are `modality`'s, where given.
 */
export function predicate(p: Predicate, modality: Modality = p): Predicate {
  return {
    relation: p.relation,
    at: p.at,
    after: p.after,
    intent: modality.intent,
    negated: modality.negated,
    plover: p.plover,
    verbTarget: p.verbTarget,
    measureOnly: p.measureOnly,
    speaker: p.speaker,
    announced: p.announced,
    gift: p.gift,
    count: p.count,
  };
}

/**
 * What the readers of a sentence look at: the document's mentions, entities and claims so far, and the
 * sentence being read (its fields are set as each sentence is read).
 */
export interface RelationContext {
  options: RelationOptions;
  resolution: Resolution;
  mentions: Mention[];
  entities: Resolution["entities"];
  entitiesOf: Resolution["entitiesOf"];
  /** Mention ids by sentence index. */
  bySentence: Map<number, number[]>;
  claims: Claim[];
  /** Measures the acts of the predicate being read contest ("urged X to drop the bill"): asking for that act rejects them. */
  contested: Set<number>;
  /** Measures put forward, asked for, enacted or blocked so far, for "the measure", "the proposal", "the decision". */
  measures: NamedMeasure[];
  /** National bodies' entities with the state each acts for. */
  stateOfBody: Map<number, number>;
  /** The latest critics, for "dismissed the remarks". */
  lastCritic: { entities: number[]; sentence: number } | undefined;
  /** The latest who demanded, for "the demands include ...". */
  lastDemander: number[];
  /** Whom the latest aid was for, for a gift that names no one ("Britain pledged 10 million pounds"). */
  lastRecipients: number[];
  /** The states and organisations that last met, agreed or fought together: "both sides", and whom a mediator mediates between. */
  sides: number[];
  /** The states and organisations each person speaks for, as the first `read` claims tie them ("its spokeswoman, X"). */
  spokespeople: { sidesOf: Map<number, number[]>; read: number };
  sentence: Sentence;
  tokens: Token[];
  /** The sentence's mention ids. */
  ids: number[];
  /** The mention at each token (a name over a proposal). */
  mentionAt: TokenIndex;
  /** The mention starting at each token, titles included. */
  startsAt: TokenIndex;
  /** Mentions by the token their title starts at. */
  titledAt: TokenIndex;
  quoted: ReadonlySet<number>;
}

/**
 * A mention id for some tokens of one sentence. The readers ask it at every step of every scan, so it is an
 * array over the sentence's tokens rather than a Map, and each sentence of a document reuses it.
 */
export class TokenIndex {
  private readonly ids: number[] = [];
  private size = 0;
  /** Empties the index for a sentence of `tokens` tokens. */
  reset(tokens: number): void {
    while (this.ids.length < tokens) this.ids.push(-1);
    this.ids.fill(-1, 0, tokens);
    this.size = tokens;
  }
  get(k: number): number | undefined {
    return this.has(k) ? this.ids[k] : undefined;
  }
  has(k: number): boolean {
    return k >= 0 && k < this.size && this.ids[k] >= 0;
  }
  set(k: number, id: number): void {
    this.ids[k] = id;
  }
}

export const typeOf = (cx: RelationContext, id: number) => cx.entities[id]?.entityType;

/** Mentions that name actors between token positions [from, to). */
export function actorsIn(cx: RelationContext, from: number, to: number, named = false): number[] {
  const { ids, mentions, entitiesOf } = cx;
  const out: number[] = [];
  for (const id of ids) {
    if (mentions[id].first < from || mentions[id].first >= to || (named && mentions[id].kind === "pronoun")) continue;
    for (const e of entitiesOf[id]) if (ACTORS.has(typeOf(cx, e)) && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Nouns that, after "both" or "the two", name the sides of a story ("both sides", "the two countries"). */
const SIDE_NOUNS = new Set(actors.sidePlurals);

/**
 * "both sides", "the two governments" at token `k`: the sides the text last named and where the phrase ends; not
 * "both sides of the border", unless "of" says what they are accused of ("accused both sides of shelling").
 */
export function sidesAt(cx: RelationContext, k: number, accused = false): { parties: number[]; end: number } | undefined {
  const { tokens, sides } = cx;
  const head = tokens[k]?.norm === "both" ? k + 1 : tokens[k]?.norm === "the" && tokens[k + 1]?.norm === "two" ? k + 2 : -1;
  if (head < 0 || !SIDE_NOUNS.has(tokens[head]?.norm ?? "") || sides.length < 2) return undefined;
  if (["'", "'s"].includes(tokens[head + 1]?.norm ?? "") || (tokens[head + 1]?.norm === "of" && !accused)) return undefined;
  return { parties: sides, end: head + 1 };
}

/** A verb that heads a clause, not a participle modifying a noun ("the partly occupied regions") nor a measure misread ("a longer transition"). */
export function finiteVerb(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  return tokens[k].pos === "VERB" && !(["DET", "ADV", "ADJ"].includes(tokens[k - 1]?.pos ?? "") && tokens[k + 1]?.pos === "NOUN") && !isMisreadHead(tokens, k);
}

/** Whether a name ending before `k` is the subject of a clause of its own: "sent aid to Peru, and Chile pledged". */
export function opensClause(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  while (tokens[k]?.pos === "ADV") k++;
  return tokens[k]?.pos === "AUX" || (tokens[k]?.pos === "VERB" && finiteVerb(cx, k));
}
