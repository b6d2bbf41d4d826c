// Word classes and relation groups that several readers of a sentence share (the rest live beside their one reader).
import type { EntityType, Relation } from "../../graph/types.js";
import actors from "../../lexicon/actors.json" with { type: "json" };
import proposalLexicon from "../../lexicon/proposals.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import type { Token } from "../types.js";
import type { AnaphorKind } from "./context.js";

// Maps, not the JSON objects: a word such as "constructor" must not find Object.prototype members.
export const table = (o: Record<string, string>) => new Map(Object.entries(o));
export const NOUNS = table(triggers.nouns);
/** The verbs `triggers.json` gives one of `relations` ("aided": give, send, ...). */
export const verbsOf = (...relations: string[]) => Object.entries(triggers.verbs).filter(([, relation]) => relations.includes(relation)).map(([lemma]) => lemma);
export const SPEECH = new Set(triggers.speech);
/** Words that negate a verb or clause ("not", "never", "no"). */
export const NEGATIONS = new Set(triggers.negations);
/** Acts that by themselves hurt the other side ("boycott", "ban", "strike"): an intent to them threatens. */
export const HOSTILE = new Set(triggers.intents.hostile);
/** Relations that are said, not done: a stance on a measure or an actor. */
export const VERBAL = new Set(["proposed", "demanded", "rejected", "criticised", "accused", "threatened", "supported"]);
/** Verbs, alone or with their particle ("call on"), whose relation is said: the speaker's own acts of stance ("urged", "asked"). */
export const STANCE_VERBS = new Set([
  ...Object.entries(triggers.verbs).filter(([, relation]) => VERBAL.has(relation)).map(([lemma]) => lemma),
  ...Object.entries(triggers.particles as Record<string, string>).filter(([, relation]) => VERBAL.has(relation)).map(([phrase]) => phrase.split(" ")[0]),
]);
export const ACTORS = new Set<EntityType>(["person", "state", "organisation"]);
/** Ties of who heads or serves a state or organisation (a spokesperson only voices its stands). */
export const SERVING = new Set(["leader_of", "member_of"]);
/** Relations whose target is what is acted on (a proposal) or, for some, an actor. */
export const PROPOSAL_RELATIONS = new Set(["proposed", "agreed", "rejected", "supported", "demanded"]);
export const ACTOR_ONLY = new Set(["accused", "threatened", "met", "mediated", "cooperated", "aided", "protested", "sanctioned", "fought", "attacked", "coerced", "mobilised"]);
/** First words of proposal labels that name talks or a meeting: where sides meet, not a measure they take a stand on. */
export const MEETING_HEADS = new Set(actors.meetingHeads);
/** Proposal heads that only frame what a verb phrase says ("a deal to exchange prisoners"). */
export const GENERIC_DEALS = new Set(proposalLexicon.genericDeals);
/** Quantities and groups whose "of" phrase names who they are ("scores of refugees", "a group of diplomats"). */
export const PARTITIVES = new Set(actors.partitives);
/** Nouns of ending what their complement names ("the end of the ban"): the ending is the measure, not what it ends. */
export const ENDINGS = new Set(proposalLexicon.endings);
/** Relations that may take a measure named by a common noun ("rejected an invitation"). */
export const NOT_MEASURES = new Set(triggers.notMeasures);
/** Verbs too vague to name an act alone ("act", "respond"). */
export const VAGUE_ACTS = new Set(triggers.vagueActs);
/** Objects of an act on a quarrel itself, which name no measure ("settle their differences", "resolve the dispute"). */
export const VAGUE_OBJECTS = new Set(triggers.vagueObjects);
/** Nouns of people, who are acted on and never a measure ("expelled two diplomats", "threatened reporters"). */
export const PEOPLE = new Set([...actors.collectives, ...actors.groups, ...actors.staffNouns, ...triggers.crowds.labels, ...triggers.envoys, ...triggers.envoys.map((w) => `${w}s`)]);
/** Relations whose object is the measure itself, never the actor behind it. */
export const PROPOSAL_FRAMES = new Set(["proposed", "demanded"]);
export const TAKES_MEASURES = new Set(["proposed", "demanded", "rejected", "agreed", "supported", "conceded", "retreated", "investigated"]);
export const AFFILIATIONS = new Set(["leader_of", "member_of", "spokesperson_of", "part_of"]);
export const TIME_WORDS = new Set(triggers.timeWords);
/** Verbs whose phrase names no act of its own, only the measure or act after them ("consider a ceasefire", "allow a corridor"). */
export const CARRIERS = new Set(proposalLexicon.carriers);
export const CAUSATIVES = new Set(proposalLexicon.causatives);
/** Modal verbs: what they head is intended or possible, not done. */
export const MODALS = new Set(["will", "would", "'ll", "shall", "could", "may", "might", "can"]);
/** The token before verb `verb` past adverbs and the words of `passed` (negations): where its modal stands, if it has one. */
export function modalBefore(tokens: Token[], verb: number, passed: ReadonlySet<string>): number {
  let k = verb - 1;
  while (k > 0 && (tokens[k].pos === "ADV" || passed.has(tokens[k].norm))) k--;
  return k;
}
/** "walked out in protest": "protest" after "in" says why something was done; it names no measure acted on. */
export const isInProtest = (tokens: Token[], k: number) => tokens[k]?.norm === "protest" && tokens[k - 1]?.norm === "in";
/** Particles of phrasal verbs of acts, kept in the act's name: "hand over", "pull out", "pay back", "call off". */
export const ACT_PARTICLES = new Set(triggers.actParticles);
const IN_PARTICLE_VERBS = new Set(proposalLexicon.inParticleVerbs);
/** Whether word `k` is a particle of verb `verb`: one of ACT_PARTICLES, or "in" after a verb that takes it ("bring in"). */
export const isActParticle = (tokens: Token[], verb: number, k: number) =>
  ACT_PARTICLES.has(tokens[k]?.norm ?? "") || (tokens[k]?.norm === "in" && IN_PARTICLE_VERBS.has(tokens[verb].lemma));
/** Verbs of a phrase that only accept a measure named in it ("urged Iran to accept the deal" demands the deal). */
export const ACCEPTING = new Set(triggers.accepting);
/** Verbs whose gerund or "that"-clause states a fact, never a measure ("denied having links to the army"). */
export const FACTS = new Set(proposalLexicon.facts);
/** Nouns that point back to a measure already named ("the measure", "the proposal"), by the kind of claim that named it. */
export const ANAPHORS = new Map(Object.entries(proposalLexicon.anaphors as Record<string, AnaphorKind>));
/** What a claim's measure can be called later: "the proposal" is one proposed, "the decision" one enacted. */
export const MEASURE_KINDS: Partial<Record<Relation, AnaphorKind[]>> = {
  proposed: ["proposal"],
  demanded: ["demand"],
  sanctioned: ["decision"],
  agreed: ["decision", "agreement"],
  conceded: ["decision"],
};

/** Punctuation that ends a clause. */
export const CLAUSE_ENDS = new Set([";", ".", ":"]);
export const DEFINITE = new Set(["the", "this", "that", "these", "those", "both", "such"]);
/** Prepositions of circumstance that never open an act's object. */
export const CIRCUMSTANTIAL = new Set(["under", "despite", "without", "amid", "after", "before", "during", "until", "since", "because", "in", "at", "by"]);
export { OBJECT_OPENERS, isGerund, isPossessiveMark } from "../tokenize.js";
/** "backed calls for", "order recounts": a plural noun the tagger read as a verb, right after a verb or a determiner. */
export const taggedPlural = (tokens: Token[], k: number) =>
  tokens[k]?.pos === "VERB" && /[^s]s$/.test(tokens[k].norm) && ["VERB", "DET", "ADJ", "NUM"].includes(tokens[k - 1]?.pos ?? "");
/** Verbs that link a subject to an adjective of stance: "is open to", "remained open to". */
export const COPULAS = new Set(triggers.copulas);
