// Stage 6: sentences + resolved mentions -> typed claims with evidence. Verbs, light verbs with their
// objects, nominal forms and stated intentions decide the relation; the actor is found to the left of
// the predicate, the target to its right; reported speech, negation and intent are recorded.
import type { EntityType, Evidence, Quad, Relation } from "../graph/types.js";
import { lookupNationalBody } from "../lexicon/index.js";
import actors from "../lexicon/actors.json" with { type: "json" };
import proposalLexicon from "../lexicon/proposals.json" with { type: "json" };
import triggers from "../lexicon/triggers.json" with { type: "json" };
import { headForm, isProposalHead } from "./proposals.js";
import type { Resolution } from "./resolve.js";
import type { Claim, Mention, Sentence, Token } from "./types.js";

// Maps, not the JSON objects: a word such as "constructor" must not find Object.prototype members.
const table = (o: Record<string, string>) => new Map(Object.entries(o));
const VERBS = table(triggers.verbs);
/** Phrasal verbs by verb, then particle ("call" -> "for" -> demanded): two lookups, no key built per token. */
const PARTICLES = new Map<string, Map<string, string>>();
for (const [phrase, relation] of Object.entries(triggers.particles as Record<string, string>)) {
  const space = phrase.indexOf(" ");
  const verb = phrase.slice(0, space);
  if (!PARTICLES.has(verb)) PARTICLES.set(verb, new Map());
  PARTICLES.get(verb)!.set(phrase.slice(space + 1), relation);
}
/** Verbs that take a particle ("call" of "call for"). */
const PARTICLE_VERBS = new Set(PARTICLES.keys());
const LIGHT_VERBS = new Set(triggers.lightVerbs);
const OBJECTS = table(triggers.objects);
const OBJECT_OVERRIDES = new Map(Object.entries(triggers.objectOverrides as Record<string, Record<string, string>>).map(([verb, o]) => [verb, table(o)]));
const NOUNS = table(triggers.nouns);
const SPEECH = new Set(triggers.speech);
const NEGATIONS = new Set(triggers.negations);
const NEGATING_VERBS = new Set([...triggers.negatingVerbs, "delay", "postpone"]);
const INTENT_MARKERS = new Set(triggers.intentMarkers);
const COOPERATIVE = new Set(triggers.intents.cooperative);
const HOSTILE = new Set(triggers.intents.hostile);
const CLASSES = new Map(Object.entries(triggers.classes as Record<string, { plover: string; quad: string }>));

const ACTORS = new Set<EntityType>(["person", "state", "organisation"]);
/** Relations whose target is what is acted on (a proposal) or, for some, an actor. */
const PROPOSAL_RELATIONS = new Set(["proposed", "agreed", "rejected", "supported", "demanded"]);
/** Relations between parties: a place is where they meet, not whom. */
const PARTIES_ONLY = new Set(["met", "mediated", "cooperated", "accused"]);
const ACTOR_ONLY = new Set(["accused", "threatened", "met", "mediated", "cooperated", "aided", "protested", "sanctioned", "fought", "attacked", "coerced", "mobilised"]);
/** Adjectives that carry a relation after "be": "open to", "opposed to". */
const ADJECTIVES = table({ open: "supported", opposed: "rejected", committed: "agreed", against: "rejected", supportive: "supported", critical: "criticised" });
/** Nouns that point back to what someone said ("dismissed the remark"). */
const SPEECH_NOUNS = new Set(["remark", "remarks", "comment", "comments", "statement", "statements", "claim", "claims", "words", "accusation", "accusations", "criticism", "allegation", "allegations", "threat", "threats", "objection", "objections", "complaint", "complaints"]);
/** Proposal heads that only frame what a verb phrase says ("a deal to exchange prisoners"). */
const GENERIC_DEALS = new Set(["deal", "agreement", "accord", "plan", "pact", "proposal", "offer"]);
/** Nouns that frame what follows them ("the importance of", "a list of"). */
const FRAME_NOUNS = new Set(["importance", "need", "notion", "idea", "list", "prospect", "possibility", "release", "return", "invitation", "request", "effort", "efforts", "decision", "bid", "attempt", "plan", "plans"]);
/** Quantities and groups whose "of" phrase names who they are ("scores of refugees", "a group of diplomats"). */
const PARTITIVES = new Set(["group", "number", "scores", "dozens", "hundreds", "thousands", "millions", "tens", "some", "many", "most", "part", "members", "majority", "team", "delegation", "contingent", "deployment", "batch", "patch", "band"]);
/** Relations that may take a measure named by a common noun ("rejected an invitation"). */
const NOT_MEASURES = new Set(triggers.notMeasures);
/** Nouns that name a measure put forward, whose owner is not what a stand on them is about ("Ukraine's bid for"). */
const PROPOSAL_NOUNS = new Set(["bid", "plan", "plans", "call", "calls", "request", "offer", "proposal", "proposals", "push", "appeal", "idea", "initiative"]);
/** Relations whose object is the measure itself, never the actor behind it. */
const PROPOSAL_FRAMES = new Set(["proposed", "demanded"]);
const TAKES_MEASURES = new Set(["proposed", "demanded", "rejected", "agreed", "supported", "conceded", "retreated", "investigated"]);
/** Acts on actors whose measure is a target too ("imposed duties on X", "threatened retaliation against X"). */
const MEASURE_TARGETS = new Set(["sanctioned", "threatened"]);
/** Words that open an apposition naming members of the phrase before it ("groups, including Greenpeace,"). */
const INCLUDING = new Set(["including", "among", "notably"]);
/** Stands on what someone did, which are stands on who did it. */
const STANCES = new Set(["criticised", "supported"]);
/** Kinds of national bodies that act and speak for their state (agencies, courts and parliaments have their own stands). */
const STATE_BODIES = new Set(["ministry", "executive", "military", "security", "delegation", "diplomatic"]);
/** Material acts, which a state's unnamed agents carry out for it. */
const MATERIAL = new Set(["attacked", "fought", "coerced", "mobilised"]);
/** Relations between the coordinated actors themselves when nothing else is named. */
const JOINT = new Set(["met", "cooperated", "fought", "agreed"]);
/** Relations whose actor, with no other target, acts on its own office ("resigned"). */
const SELF_DIRECTED = new Set(["retreated"]);
const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "into", "across", "throughout", "from", "on"]);
const HYPOTHETICAL = new Set(["potential", "possible", "proposed", "future", "planned", "prospective", "eventual", "hypothetical"]);
const TARGET_PREPOSITIONS = new Set(["on", "to", "with", "for", "upon", "against", "about", "into", "at", "from", "over", "in", "of"]);
/** Relations that are said, not done: an intention to say them keeps the relation ("willing to forgive"). */
const INTENT_ADJECTIVES = new Set(["willing", "ready", "prepared", "able", "determined", "committed", "keen", "eager", "set", "likely", "unwilling", "unable", "reluctant"]);
const VERBAL = new Set(["proposed", "demanded", "rejected", "criticised", "accused", "threatened", "supported"]);
const AFFILIATIONS = new Set(["leader_of", "member_of", "spokesperson_of", "part_of"]);
const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "earlier", "later", "day", "days", "weeks", "months", "years", "hours", "decade", "decades"]);
/** Prepositions that attach a phrase to the noun before it ("rebels in Darfur", "the sides of the island"). */
const NOUN_PREPOSITIONS = new Set(["of", "in", "throughout", "from", "at", "for", "with", "near", "on", "under", "across", "inside", "outside", "based", "loyal", "to"]);
/** Nouns of a state's agents: with no owner of their own they belong to the place after them ("police in Kabul"). */
const GROUP_NOUNS = new Set(actors.groups);
const COLLECTIVE_NOUNS = new Set(["forces", "police", "army", "military", "government", "authorities", "troops", "soldiers", "officials", "security"]);
/** Verbs whose object does what the "to"-phrase after it says ("prompted Beijing to threaten"). */
const CAUSATIVES = new Set(["prompt", "force", "lead", "cause", "spur", "drive", "compel", "persuade", "convince", "encourage", "allow", "enable", "provoke", "trigger", "inspire"]);
/** Verbs of a phrase that only accept a measure named in it ("urged Iran to accept the deal" demands the deal). */
const ACCEPTING = new Set(["accept", "sign", "implement", "respect", "honour", "honor", "observe", "adopt", "approve", "back", "support", "join", "endorse", "uphold", "abide", "agree", "hold", "attend", "resume", "continue"]);
const REPEATING = new Set(["repeat", "reiterate", "echo", "restate", "renew", "reaffirm", "voice", "share"]);
const MODALS = new Set(["will", "would", "'ll", "shall", "could", "may", "might", "can"]);
/** Nouns that point back to a measure already named ("the measure", "the proposal"), by the kind of claim that named it. */
const ANAPHORS = new Map(Object.entries(proposalLexicon.anaphors as Record<string, AnaphorKind>));
type AnaphorKind = "decision" | "proposal" | "demand" | "agreement";
/** What a claim's measure can be called later: "the proposal" is one proposed, "the decision" one enacted. */
const MEASURE_KINDS: Partial<Record<Relation, AnaphorKind[]>> = {
  proposed: ["proposal"],
  demanded: ["demand"],
  sanctioned: ["decision"],
  agreed: ["decision", "agreement"],
  conceded: ["decision"],
};
interface NamedMeasure {
  kinds: AnaphorKind[];
  sources: number[];
  targets: number[];
  /** A measure blocked ("blocked the takeover"): the decision meant is the blockers'. */
  blocking: boolean;
}
const DEFINITE = new Set(["the", "this", "that", "these", "those", "both", "such"]);
/** Words after a noun that make it a new description, not a pointer back ("the decision to", "the plan for"). */
const COMPLEMENTS = new Set(["of", "for", "to", "on", "that", "against", "by", "between", "with"]);

export interface RelationOptions {
  doc: string;
  /** The document's original input: evidence text is sliced from it. */
  input: string;
}

/** A predicate found in a sentence. */
interface Predicate {
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
}

/**
 * What the readers of a sentence look at: the document's mentions, entities and claims so far, and the
 * sentence being read (its fields are set as each sentence is read).
 */
interface RelationContext {
  options: RelationOptions;
  resolution: Resolution;
  mentions: Mention[];
  entities: Resolution["entities"];
  entitiesOf: Resolution["entitiesOf"];
  /** Mention ids by sentence index. */
  bySentence: Map<number, number[]>;
  claims: Claim[];
  /** Measures put forward, asked for, enacted or blocked so far, for "the measure", "the proposal", "the decision". */
  measures: NamedMeasure[];
  /** National bodies' entities with the state each acts for. */
  stateOfBody: Map<number, number>;
  /** The latest critics, for "dismissed the remarks". */
  lastCritic: { entities: number[]; sentence: number } | undefined;
  sentence: Sentence;
  tokens: Token[];
  /** The sentence's mention ids. */
  ids: number[];
  /** The mention at each token (a name over a proposal). */
  mentionAt: Map<number, number>;
  /** The mention starting at each token, titles included. */
  startsAt: Map<number, number>;
  /** Mentions by the token their title starts at. */
  titledAt: Map<number, number>;
  quoted: Set<number>;
}

export function relations(sentences: Sentence[], mentions: Mention[], resolution: Resolution, options: RelationOptions): Claim[] {
  const { entities, entitiesOf } = resolution;
  const claims: Claim[] = [];
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const ids = bySentence.get(m.sentence);
    if (ids) ids.push(i);
    else bySentence.set(m.sentence, [i]);
  });
  let lastDemander: number[] = [];
  /** Measures put forward, asked for, enacted or blocked so far, for "the measure", "the proposal", "the decision". */
  const measures: NamedMeasure[] = [];
  // National bodies act for their state ("China's Commerce Ministry condemned" is China's stand).
  const stateOfBody = new Map<number, number>();
  const stateNamed = new Map(entities.filter((e) => e.entityType === "state").map((e) => [e.label, e.id]));
  mentions.forEach((m, id) => {
    const state = m.kind === "organisation" && m.affiliation?.entityType === "state" ? stateNamed.get(m.affiliation.canonical) : undefined;
    if (state === undefined || entitiesOf[id].every((e) => stateOfBody.has(e)) || !STATE_BODIES.has(bodyCategory(m.canonical))) return;
    for (const e of entitiesOf[id]) stateOfBody.set(e, state);
  });
  // One context for the document; the sentence's fields are set as each sentence is read.
  const cx: RelationContext = {
    options, resolution, mentions, entities, entitiesOf, bySentence, claims, measures, stateOfBody, lastCritic: undefined,
    sentence: sentences[0], tokens: [], ids: [], mentionAt: new Map(), startsAt: new Map(), titledAt: new Map(), quoted: new Set(),
  };

  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const ids = bySentence.get(sentence.index) ?? [];
    const mentionAt = new Map<number, number>();
    for (const id of ids) for (let t = mentions[id].first; t < mentions[id].last; t++) if (!mentionAt.has(t) || mentions[id].kind !== "proposal") mentionAt.set(t, id);
    const startsAt = new Map(ids.map((id) => [mentions[id].titleFirst ?? mentions[id].first, id]));
    const titledAt = new Map(ids.filter((id) => mentions[id].titleFirst !== undefined).map((id) => [mentions[id].titleFirst as number, id]));
    const quoted = quotedTokens(tokens);
    cx.sentence = sentence;
    cx.tokens = tokens;
    cx.ids = ids;
    cx.mentionAt = mentionAt;
    cx.startsAt = startsAt;
    cx.titledAt = titledAt;
    cx.quoted = quoted;
    // Affiliations: "Ukrainian Defence Minister X", "X, the spokesman for Y".
    for (const id of ids) {
      const m = mentions[id];
      if (!entitiesOf[id].length) continue;
      for (const tie of [m.affiliation, m.alsoAffiliation]) {
        const target = tie ? entities.findIndex((e) => e.label === tie.canonical && e.entityType === tie.entityType) : -1;
        if (target < 0 || !tie?.relation) continue;
        emit(cx, entitiesOf[id], [target], { relation: tie.relation, at: m.first, after: m.last });
        // Who heads or serves a national body serves its state.
        const state = stateOfBody.get(target);
        if (state !== undefined) emit(cx, entitiesOf[id], [state], { relation: tie.relation === "spokesperson_of" ? "spokesperson_of" : "member_of", at: m.first, after: m.last });
      }
    }

    // "talks between X and Y": a meeting, unless only a prospect.
    for (const id of ids) {
      const m = mentions[id];
      if (m.kind !== "proposal" || !["talk", "talks", "meeting", "summit", "negotiation"].includes(m.head ?? "")) continue;
      if (tokens.slice(m.first, m.last).some((t) => HYPOTHETICAL.has(t.norm))) continue;
      const between = tokens.findIndex((t, k) => k >= m.first && k < m.last && t.norm === "between");
      if (between < 0) continue;
      const parties = actorsIn(cx, between + 1, Math.min(tokens.length, m.last + 4));
      if (parties.length >= 2) emit(cx, [parties[0]], parties.slice(1), { relation: "met", at: between, after: between + 1 });
    }

    // The actors who met or agreed in this sentence: the parties a mediator named after them mediates between.
    const parties = new Set<number>();
    for (const p of predicates(tokens, quoted)) {
      // Nominal predicates: "Russia's rejection of X", "a key demand of Kyiv".
      if (tokens[p.at].pos === "NOUN") {
        // "a demand by Chile for X": the agent of the noun, then what it is about.
        const agent = tokens[p.after]?.norm === "by" ? agentAfter(cx, p.after + 1) : undefined;
        const about = agent?.end ?? p.after;
        const possessor = agent?.actors ?? possessorBefore(cx, p.at);
        const of = tokens[about]?.norm === "of" || tokens[about]?.norm === "for" || tokens[about]?.norm === "on" ? about + 1 : -1;
        // "repeated Ghana's demand that ...": who repeats or echoes a demand makes it too.
        const repeater = PROPOSAL_RELATIONS.has(p.relation) && possessor.length ? repeatingVerb(cx, p.at) : -1;
        let actors = repeater >= 0 ? [...new Set([...possessor, ...withStates(cx, subjectOf(cx, repeater))])] : possessor;
        const targets = of >= 0 ? listAfter(cx, of, p.relation) : [];
        if (!actors.length && tokens[p.after]?.norm === "of" && PROPOSAL_RELATIONS.has(p.relation)) {
          // "X — a key demand of Kyiv and its allies": the actor follows, the proposal precedes.
          const after = actorsIn(cx, p.after + 1, Math.min(tokens.length, p.after + 8));
          const before = proposalBefore(cx, p.at);
          if (after.length && before >= 0) emit(cx, after, [before], p);
          continue;
        }
        if (!actors.length && /demand|condition/.test(tokens[p.at].norm) && tokens.slice(p.at, p.at + 3).some((t) => t.lemma === "include")) actors = lastDemander;
        if (!actors.length && tokens[p.after]?.lemma === "include") {
          actors = lastDemander;
        }
        // "The party set out three demands: a recount, ...": the list after the colon, made by the verb's subject.
        if (!actors.length && tokens[p.after]?.norm === ":") actors = withStates(cx, subjectOf(cx, verbBefore(cx, p.at)));
        // "Israel's demand that its fighters disarm": the act the clause asks for.
        const asked = p.relation === "demanded" && tokens[p.after]?.norm === "that" && actors.length ? clauseMeasure(cx, p.after + 1, clauseSubjectEnd(cx, p.after + 1)) : [];
        const listed = targets.length ? targets : asked.length ? asked : tokens[p.after]?.lemma === "include" || tokens[p.after]?.norm === ":" ? listAfter(cx, p.after + 1, p.relation) : [];
        if (actors.length && listed.length) {
          emit(cx, actors, listed, p);
          if (p.relation === "demanded") lastDemander = actors;
        }
        continue;
      }
      const passive = passiveAgent(cx, p);
      const subject = passive ?? subjectOf(cx, p.speaker ?? p.at);
      // "a Chinese coast guard vessel fired": a material act by a state's unnamed agents is the state's.
      const sources = withStates(cx, subject.length ? subject : MATERIAL.has(p.relation) ? modifierSubject(cx, p.at) : PROPOSAL_FRAMES.has(p.relation) && !passive ? authorsOfSubject(cx, p.at) : []);
      if (!sources.length) continue;
      let targets: number[] = [];
      if (passive) {
        targets = subjectOf(cx, p.at, 0, true);
        // "The ceasefire was brokered by Qatar", "the quota offered by Canada": the measure acted on.
        if (!targets.length) targets = measureSubject(cx, p.at);
      } else if (p.verbTarget !== undefined) targets = verbPhraseTargets(cx, p.verbTarget, p.relation);
      else if (p.measureOnly) targets = measureAfter(cx, p.after);
      const active = !passive && !p.measureOnly;
      if (!targets.length && active) targets = objectOf(cx, p);
      if (!targets.length && !passive) targets = describedBefore(cx, p);
      if (!targets.length && active) targets = intransitiveTarget(cx, p, sources);
      if (p.measureOnly) targets = targets.filter((e) => typeOf(cx, e) === "proposal");
      // "France and Egypt launched war games": a joint act with no other party is between the actors.
      if (!targets.length && sources.length > 1 && JOINT.has(p.relation)) {
        emit(cx, sources.slice(0, 1), counterparts(cx, sources), p);
        continue;
      }
      // "talks brokered by Qatar", "who has mediated the dialogue": the mediator stands between the parties named before.
      if (p.relation === "mediated" && !targets.some((e) => ACTORS.has(typeOf(cx, e)))) targets = [...[...parties].filter((e) => !sources.includes(e)), ...targets];
      if (!targets.length) continue;
      emit(cx, sources, targets, p);
      // "A and B met with C": A and B met each other too.
      if (p.relation === "met" && sources.length > 1) emit(cx, sources.slice(0, 1), counterparts(cx, sources), p);
      if ((p.relation === "met" || p.relation === "agreed") && !p.negated) for (const e of [...sources, ...targets]) if (ACTORS.has(typeOf(cx, e))) parties.add(e);
      const kinds = p.negated || p.intent ? [] : MEASURE_KINDS[p.relation] ?? (p.relation === "rejected" && p.measureOnly ? ["decision"] : []);
      const named = targets.filter((e) => typeOf(cx, e) === "proposal");
      if (kinds.length && named.length) measures.push({ kinds, sources, targets: named, blocking: p.relation === "rejected" });
      if (p.relation === "demanded" && !p.negated) lastDemander = sources;
      if (["criticised", "accused", "threatened"].includes(p.relation)) cx.lastCritic = { entities: sources, sentence: sentence.index };
    }

    // "X said Y must ...": X demands it of Y.
    tokens.forEach((t, k) => {
      if (t.pos !== "VERB" || !SPEECH.has(t.lemma)) return;
      const speaker = subjectOf(cx, k);
      if (!speaker.length) return;
      for (let j = k + 1; j < Math.min(tokens.length, k + 24); j++) {
        if (!["must", "should"].includes(tokens[j].norm) && !(tokens[j].norm === "to" && ["have", "need"].includes(tokens[j - 1]?.lemma))) continue;
        const addressee = actorsIn(cx, k + 1, j, true);
        if (addressee.length) emit(cx, speaker, addressee.slice(0, 1), { relation: "demanded", at: k, after: j });
        break;
      }
    });

  }
  return claims;
}

/** "met UN envoy Maria Lopez": the body in a person's title says whom the person serves; the person is the party. */
function titledPerson(cx: RelationContext, id: number): number {
  const { titledAt, mentions, entitiesOf } = cx;
  const person = titledAt.get(mentions[id].first) ?? titledAt.get(mentions[id].last);
  return person !== undefined && mentions[id].kind !== "person" && entitiesOf[person].length ? person : id;
}

function evidence(cx: RelationContext): Evidence {
  const { options, sentence } = cx;
  return { doc: options.doc, sentence: sentence.index, start: sentence.start, end: sentence.end, text: options.input.slice(sentence.start, sentence.end) };
}

const typeOf = (cx: RelationContext, id: number) => cx.entities[id]?.entityType;

/** Claims from each source to each other target, with the sentence as evidence and who reported it. */
function emit(cx: RelationContext, sources: number[], targets: number[], p: Predicate) {
  const { entities, claims } = cx;
  for (const s of sources) for (const t of targets) {
    if (s === t) continue;
    const ev = evidence(cx);
    const reporter = AFFILIATIONS.has(p.relation) ? undefined : reporterOf(cx, p.at);
    if (reporter !== undefined && !sources.includes(reporter)) ev.reportedBy = entities[reporter].label;
    const cls = CLASSES.get(p.relation);
    const claim: Claim = { source: s, target: t, relation: p.relation, evidence: ev };
    const plover = p.plover ?? (p.negated && p.relation === "agreed" ? "REJECT" : cls?.plover);
    if (plover) claim.plover = plover;
    if (cls) claim.quad = cls.quad as Quad;
    if (p.negated) claim.negated = true;
    if (p.intent) claim.intent = true;
    claims.push(claim);
  }
}

/** The co-actors of a joint act: not the body a person serves ("WTO Director-General X met"). */
function counterparts(cx: RelationContext, sources: number[]): number[] {
  return sources.slice(1).filter((e) => !cx.claims.some((c) => AFFILIATIONS.has(c.relation) && ((c.source === e && c.target === sources[0]) || (c.source === sources[0] && c.target === e))));
}

/** Actors with the states their national bodies act for, each once. */
function withStates(cx: RelationContext, actors: number[]): number[] {
  const { stateOfBody } = cx;
  // Mostly no actor is a national body: then only the duplicates go.
  if (!actors.some((a) => stateOfBody.has(a))) return actors.length < 2 ? actors.slice() : [...new Set(actors)];
  return [...new Set([...actors, ...actors.flatMap((a) => stateOfBody.get(a) ?? [])])];
}

/**
 * Who reports a claim made at token `at`: "according to X", "X said (that) <claim>",
 * "<claim>, X said." Undefined when the actor speaks for itself.
 */
function reporterOf(cx: RelationContext, at: number): number | undefined {
  const { tokens, quoted } = cx;
  const according = tokens.findIndex((t, k) => t.norm === "according" && tokens[k + 1]?.norm === "to");
  if (according >= 0) {
    const named = actorsIn(cx, according + 2, tokens.length);
    return named.find((e) => typeOf(cx, e) === "person") ?? named[0];
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos !== "VERB" || !SPEECH.has(t.lemma) || quoted.has(k) || k === at) continue;
    const postposed = k > at && !tokens.slice(k + 1).some((x) => x.pos === "VERB" || x.norm === "that");
    if (k > at && !postposed) continue;
    const speaker = subjectOf(cx, k);
    if (speaker.length === 1) return speaker[0];
  }
  return undefined;
}

/** Mentions that name actors between token positions [from, to). */
function actorsIn(cx: RelationContext, from: number, to: number, named = false): number[] {
  const { ids, mentions, entitiesOf } = cx;
  const out: number[] = [];
  for (const id of ids) {
    if (mentions[id].first < from || mentions[id].first >= to || (named && mentions[id].kind === "pronoun")) continue;
    for (const e of entitiesOf[id]) if (ACTORS.has(typeOf(cx, e)) && !out.includes(e)) out.push(e);
  }
  return out;
}

function possessorBefore(cx: RelationContext, at: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt } = cx;
  // "Russia's rejection", "Moscow's suggestion", "Russian state media outlined Moscow's stance, which includes demands".
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    if (tokens[k].norm === "'s" || tokens[k].norm === "'") {
      const id = mentionAt.get(k - 1);
      if (id !== undefined && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e)))) return entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e)));
    }
    const id = mentionAt.get(k);
    if (id !== undefined && mentions[id].kind === "pronoun" && ["its", "their", "his", "her"].includes(mentions[id].canonical) && k === at - 1) return entitiesOf[id];
    if (tokens[k].pos === "VERB" && !(tokens[k].lemma === "include")) break;
    if (k < at - 1 && tokens[k].norm !== "," && tokens[k].norm !== "which" && tokens[k].lemma !== "include" && tokens[k].pos !== "ADJ" && tokens[k].pos !== "DET" && tokens[k].pos !== "NOUN" && tokens[k].pos !== "PART" && tokens[k].pos !== "PROPN") break;
  }
  return [];
}

/** The actor named at `from` (past a determiner), with the token after its name. */
function agentAfter(cx: RelationContext, from: number): { actors: number[]; end: number } | undefined {
  const { tokens, mentions, entitiesOf, startsAt } = cx;
  const k = tokens[from]?.pos === "DET" ? from + 1 : from;
  const id = startsAt.get(k);
  const actors = id === undefined ? [] : entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e)));
  return actors.length ? { actors, end: mentions[id!].last } : undefined;
}

/** The proposal an apposition describes: "debt relief, a key demand of Mali". */
function proposalBefore(cx: RelationContext, at: number): number {
  const { tokens, mentions, entitiesOf, mentionAt, resolution } = cx;
  for (let k = at - 1; k >= 0; k--) {
    const id = mentionAt.get(k);
    if (id !== undefined && mentions[id].kind === "proposal") return entitiesOf[id][0] ?? -1;
    if (tokens[k].pos === "NOUN" && [",", "—", "–", "-", "”"].includes(tokens[k + 1]?.norm ?? "")) {
      const label = nounPhraseLabel(tokens, k);
      return label && !NOT_MEASURES.has(tokens[k].norm) ? proposalEntity(label, resolution) : -1;
    }
    if (tokens[k].pos === "VERB") break;
  }
  return -1;
}

/** Targets listed after position `from`: "demands for A, B and C", "include A, B, and C". */
function listAfter(cx: RelationContext, from: number, relation: string): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt } = cx;
  const out: number[] = [];
  let k = from;
  while (k < tokens.length) {
    const id = startsAt.get(k) ?? mentionAt.get(k);
    if (id !== undefined) {
      const m = mentions[id];
      const es = entitiesOf[id];
      const listed = m.kind === "proposal" || (!PROPOSAL_RELATIONS.has(relation) && es.some((e) => ACTORS.has(typeOf(cx, e))));
      if (!listed) { k++; continue; }
      for (const e of es) if (!out.includes(e)) out.push(e);
      // Skip the rest of this item, up to the next separator.
      k = m.last;
      while (k < tokens.length && ![",", ";", "and", "as"].includes(tokens[k].norm) && !finiteVerb(cx, k)) k++;
      continue;
    }
    const t = tokens[k];
    if ([",", "and", "the", "a", "an", "as", "well", "all", "of"].includes(t.norm) || t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV") { k++; continue; }
    if (finiteVerb(cx, k) || t.norm === ";" || t.norm === "." || t.norm === "which") break;
    k++;
    if (k - from > 60) break;
  }
  return out;
}

/** A verb that heads a clause, not a participle modifying a noun ("the partly occupied regions"). */
function finiteVerb(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  return tokens[k].pos === "VERB" && !(["DET", "ADV", "ADJ"].includes(tokens[k - 1]?.pos ?? "") && tokens[k + 1]?.pos === "NOUN");
}

/** The actor(s) of a predicate: the subject noun phrase to the left of its verb group. */
function subjectOf(cx: RelationContext, at: number, depth = 0, anyAttached = false): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, quoted } = cx;
  let k = at - 1;
  const included: number[] = [];
  // "will visit Mauritania to mediate": a purpose clause after an object shares the main verb's subject;
  // after a causative ("prompting Beijing to threaten") the object is the actor.
  if (tokens[k]?.norm === "to" && ["NOUN", "PROPN"].includes(tokens[k - 1]?.pos ?? "") && depth < 3) {
    let j = k - 2;
    // "envoys led by X to mediate": a participle of a reduced passive is no main verb.
    while (j >= 0 && !(tokens[j].pos === "VERB" && !quoted.has(j) && tokens[j + 1]?.norm !== "by")) j--;
    if (j >= 0 && !CAUSATIVES.has(tokens[j].lemma)) return subjectOf(cx, j, depth + 1);
  }
  // The verb group: auxiliaries, adverbs, negation, "failed to", "continues to", quotes, time phrases.
  for (;;) {
    const t = tokens[k];
    if (!t) return [];
    const verbGroup = t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.norm === "to" || t.norm === "not" || (INTENT_ADJECTIVES.has(t.norm) && tokens[k + 1]?.norm === "to") ||
      (t.pos === "VERB" && (tokens[k + 1]?.norm === "to" || (tokens[k + 1]?.pos === "VERB" && /ing$/.test(tokens[k + 1].norm)))) || t.text === "“" || t.text === "”" || t.text === '"' ||
      (t.pos === "VERB" && COPULAS.has(t.lemma) && tokens[k + 1]?.pos === "ADJ");
    const time = TIME_WORDS.has(t.norm) || (t.pos === "NUM" && TIME_WORDS.has(tokens[k - 1]?.norm ?? ""));
    if (verbGroup || time || (["on", "last", "this", "next", "late", "early"].includes(t.norm) && TIME_WORDS.has(tokens[k + 1]?.norm ?? ""))) { k--; continue; }
    if (t.norm === ",") {
      // "Norvane's chief executive, Marcus Lindqvist, criticised": the name set off by commas is the actor.
      const named = mentionAt.get(k - 1);
      if (named !== undefined && mentions[named].kind === "person" && tokens[(mentions[named].titleFirst ?? mentions[named].first) - 1]?.norm === "," && entitiesOf[named].length) return entitiesOf[named];
      const open = appositionStart(cx, k);
      if (open !== undefined) {
        // "Environmental groups, including Greenpeace, criticised": those included act too.
        if (INCLUDING.has(tokens[open + 1]?.norm ?? "")) included.push(...actorsIn(cx, open + 2, k, true));
        k = open - 1;
        continue;
      }
    }
    // "The International Labor Office (ILO) reiterated": skip the parenthesis.
    if (t.text === ")") {
      let open = k - 1;
      while (open > 0 && tokens[open].text !== "(" && k - open < 8) open--;
      if (tokens[open]?.text === "(") { k = open - 1; continue; }
    }
    break;
  }
  const t = tokens[k];
  // "X remarked that ... and called for Y": the coordinated verb shares the subject.
  if (["and", "but", "or"].includes(t.norm) && depth < 3) {
    let j = k - 1;
    // A participle after a determiner ("the proposed quota") modifies a noun and is passed over, and so is the
    // verb of a subordinate clause ("threatened to strike if the levy stays, and demanded").
    for (;;) {
      while (j >= 0 && !(tokens[j].pos === "VERB" && !quoted.has(j) && tokens[j - 1]?.pos !== "DET" && !nonFinite(cx, j))) j--;
      const subordinator = j >= 0 ? subordinatorBefore(cx, j) : -1;
      if (subordinator < 0) break;
      j = subordinator - 1;
    }
    if (j < 0) return [];
    // "X warned that Y would not V and threatened to ...": when the reported clause has no verb of the
    // coordinated verb's form, the coordinated verb goes with the verb of speech.
    const speech = otherForm(cx, j, at) ? tokens.findLastIndex((x, s) => s < j && x.pos === "VERB" && SPEECH.has(x.lemma) && !quoted.has(s)) : -1;
    return subjectOf(cx, speech >= 0 && !simplePastBetween(cx, speech + 1, k) ? speech : j, depth + 1);
  }
  // "X, who led the team": the relative pronoun's antecedent.
  if (t.norm === "who" || t.norm === "which") {
    let j = k - 1;
    if (tokens[j]?.norm === ",") j--;
    const id = mentionAt.get(j);
    return id !== undefined ? entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e))) : [];
  }
  // The noun phrase, with the phrases attached to it: "Security forces in Guinea", "the Turkish and Greek sides of Cyprus".
  let end = k;
  let start = chunkStart(cx, end);
  if (start > end) return [];
  const attached: [number, number][] = [];
  while (start > 1 && NOUN_PREPOSITIONS.has(tokens[start - 1].norm)) {
    const before = chunkStart(cx, start - 2);
    if (before > start - 2) break;
    attached.unshift([start, end]);
    end = start - 2;
    start = before;
  }
  const head = actorsStarting(cx, start, end);
  // "Paraguay said it would convene": "it" right after a verb of speech is the speaker.
  const said = tokens[start - 1]?.norm === "that" ? start - 2 : start - 1;
  if (start === end && ["it", "they"].includes(tokens[start].norm) && tokens[said]?.pos === "VERB" && SPEECH.has(tokens[said].lemma) && depth < 3) {
    const speaker = subjectOf(cx, said, depth + 1);
    if (speaker.length && (tokens[start].norm === "they" ? speaker.length > 1 : speaker.every((e) => typeOf(cx, e) !== "person"))) return speaker;
  }
  if (head.length || included.length) return [...head, ...included];
  // "Security forces in Guinea", "a group of Moroccan diplomats": the attached phrase names the actor.
  if (attached.length && (anyAttached || COLLECTIVE_NOUNS.has(tokens[end].norm) || PARTITIVES.has(tokens[end].norm) || GROUP_NOUNS.has(tokens[end].norm))) return actorsStarting(cx, attached[0][0], attached[0][1]);
  return [];
}

/** The subordinating word that opens the clause of verb `j` ("if the levy stays"), or -1. */
function subordinatorBefore(cx: RelationContext, j: number): number {
  const { tokens } = cx;
  for (let k = j - 1; k >= 0 && k >= j - 8; k--) {
    if (SUBORDINATORS.has(tokens[k].norm)) return k;
    if (tokens[k].pos === "VERB" || tokens[k].norm === ",") return -1;
  }
  return -1;
}

/**
 * Whether verb `j` heads no clause a finite verb can be coordinated with: an infinitive ("urged Y to restore
 * X and offered") or a gerund with no auxiliary ("accused Y of deliberately choking X and demanded").
 */
function nonFinite(cx: RelationContext, j: number): boolean {
  const { tokens } = cx;
  let k = j - 1;
  while (tokens[k]?.pos === "ADV") k--;
  return tokens[k]?.norm === "to" || (isGerund(tokens[j]) && tokens[k]?.pos !== "AUX");
}

/** Whether verb `j` has another form than verb `at`: a bare infinitive, a perfect or a progressive against a simple past. */
function otherForm(cx: RelationContext, j: number, at: number): boolean {
  const { tokens } = cx;
  const perfect = (v: number) => tokens[v - 1]?.pos === "AUX" && ["have", "has", "had"].includes(tokens[v - 1].norm);
  const inflected = (v: number) => tokens[v].norm !== tokens[v].lemma.toLowerCase();
  return (inflected(at) && !inflected(j)) || (perfect(j) && !perfect(at)) || (progressive(cx, j) && !progressive(cx, at));
}

/** "was doing": a form of "be" before a verb in -ing. */
function progressive(cx: RelationContext, v: number): boolean {
  const { tokens } = cx;
  return tokens[v - 1]?.lemma === "be" && /ing$/.test(tokens[v].norm);
}

/** Whether tokens [from, to) hold a verb in the simple past ("was", "rejected"), which a coordinated past verb may follow. */
function simplePastBetween(cx: RelationContext, from: number, to: number): boolean {
  const { tokens } = cx;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if ((["was", "were", "did"].includes(t.norm) && !(tokens[k + 1] && progressive(cx, k + 1))) || (t.pos === "VERB" && t.norm.endsWith("ed") && tokens[k - 1]?.pos !== "AUX" && !["DET", "ADJ"].includes(tokens[k - 1]?.pos ?? ""))) return true;
  }
  return false;
}

/** Where the noun phrase ending at token `end` starts. */
function chunkStart(cx: RelationContext, end: number): number {
  const { tokens, mentionAt } = cx;
  let j = end;
  // "A, the B and the C": commas of a list that "and" closes.
  let listed = false;
  while (j >= 0) {
    if (tokens[j].norm === "and") listed = true;
    const t = tokens[j];
    const participle = t.pos === "VERB" && /(ed|ing)$/.test(t.norm) && ["DET", "ADJ", "ADV"].includes(tokens[j - 1]?.pos ?? "") && j < end;
    const inPhrase = mentionAt.has(j) || participle || ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(t.pos) || t.norm === "'s" || t.norm === "'" ||
      (t.pos === "CCONJ" && j < end) || (t.text === "-" && j < end) ||
      (t.norm === "," && mentionAt.has(j - 1) && (mentionAt.has(j + 1) || (listed && ["DET", "ADJ", "PROPN"].includes(tokens[j + 1]?.pos ?? ""))));
    if (!inPhrase) break;
    j--;
  }
  return j + 1;
}

/** Actor entities named in tokens [start, end], leaving out possessors ("Russia's" in "Russia's army" is the army). */
function actorsStarting(cx: RelationContext, start: number, end: number): number[] {
  const { tokens, ids, mentions, entitiesOf } = cx;
  const out: number[] = [];
  for (const id of ids) {
    const m = mentions[id];
    if (m.first < start || m.last - 1 > end || m.kind === "proposal" || m.modifier) continue;
    const possessor = (tokens[m.last]?.norm === "'s" || tokens[m.last]?.norm === "'") && m.last < end;
    if (possessor && !isBody(m)) continue;
    for (const e of entitiesOf[id]) if (ACTORS.has(typeOf(cx, e)) && !out.includes(e)) out.push(e);
  }
  return out;
}

function isBody(m: Mention) {
  return m.kind === "organisation" || m.collective === true;
}

/** Where an apposition or relative clause that ends at comma k starts (the comma before it). */
function appositionStart(cx: RelationContext, k: number): number | undefined {
  const { tokens, mentionAt } = cx;
  for (let j = k - 1; j >= 0 && j >= k - 25; j--) {
    if (tokens[j].norm === ",") {
      const first = tokens[j + 1]?.norm;
      if (["who", "which", "where", "whose", "a", "an", "the", "once", "then", "now", "already"].includes(first ?? "") || INCLUDING.has(first ?? "") || tokens[j + 1]?.pos === "ADV" || tokens[j + 1]?.pos === "ADP") return j;
      // "The text, seen by Reuters, calls": a participle with its agent.
      if (tokens[j + 1]?.pos === "VERB" && tokens[j + 2]?.norm === "by") return j;
      // "Ahmed Karimi, Iran's deputy foreign minister, met": a noun phrase with no verb set off by commas.
      const segment = tokens.slice(j + 1, k);
      if (segment.length > 1 && !segment.some((x) => x.pos === "VERB" || x.pos === "AUX") && mentionAt.has(j - 1)) return j;
      return undefined;
    }
  }
  return undefined;
}

/** The first measure named in the clause after `from`: "blocked U.S. group X's takeover of Y" blocked the takeover. */
function measureAfter(cx: RelationContext, from: number): number[] {
  const { tokens, mentions, entitiesOf, startsAt, resolution } = cx;
  for (let k = from; k < tokens.length && ![",", ";", ".", ":"].includes(tokens[k].norm) && !(finiteVerb(cx, k) && k > from); k++) {
    const meant = antecedent(cx, k);
    if (meant?.length) return meant;
    const id = startsAt.get(k);
    if (id !== undefined && mentions[id].kind === "proposal" && entitiesOf[id].length) return entitiesOf[id];
    // "resisted a binding code": a measure named before by the same words.
    if (tokens[k].pos === "NOUN") {
      const known = knownProposal(nounPhraseLabel(tokens, k), resolution);
      if (known !== undefined) return [known];
    }
  }
  return [];
}

/** A verb of repeating ("reiterated", "echoed") right before a possessed noun at `at`, else -1. */
function repeatingVerb(cx: RelationContext, at: number): number {
  const { tokens } = cx;
  let k = at - 1;
  while (k > at - 7 && k >= 0 && ["DET", "ADJ", "PART", "PROPN"].includes(tokens[k].pos)) k--;
  return tokens[k]?.pos === "VERB" && REPEATING.has(tokens[k].lemma) ? k : -1;
}

/** The verb whose object starts a little before token `at` ("set out three demands"), or -1. */
function verbBefore(cx: RelationContext, at: number): number {
  const { tokens } = cx;
  let k = at - 1;
  while (k >= 0 && ["DET", "NUM", "ADJ", "ADP", "PART", "ADV"].includes(tokens[k].pos)) k--;
  return tokens[k]?.pos === "VERB" ? k : -1;
}

/**
 * "The text, seen by Reuters, calls on Iran to ...": a measure that asks or proposes, as a subject, speaks
 * for those who put it forward: the sources of the claims that proposed it (or, for "the text", the latest proposed).
 */
function authorsOfSubject(cx: RelationContext, at: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, claims } = cx;
  let k = at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const open = tokens[k]?.norm === "," ? appositionStart(cx, k) : undefined;
  if (open !== undefined) k = open - 1;
  const id = mentionAt.get(k);
  const proposed = claims.filter((c) => c.relation === "proposed" && !c.negated);
  const named = id !== undefined && mentions[id].kind === "proposal" ? entitiesOf[id] : [];
  const pointed = !named.length && DEFINITE.has(tokens[k - 1]?.norm ?? "") && ANAPHORS.has(tokens[k]?.norm ?? "") ? proposed.slice(-1).map((c) => c.target) : [];
  const measure = named.length ? named : pointed;
  return [...new Set(proposed.filter((c) => measure.includes(c.target)).map((c) => c.source))];
}

/** A demonym in the noun phrase before a verb group: "a Chinese coast guard vessel" is China's. */
function modifierSubject(cx: RelationContext, at: number): number[] {
  const { tokens, ids, mentions, entitiesOf } = cx;
  let k = at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const start = chunkStart(cx, k);
  return ids.filter((id) => mentions[id].modifier && mentions[id].first >= start && mentions[id].last <= k + 1).flatMap((id) => entitiesOf[id]).slice(0, 1);
}

/** The measure a passive verb group follows: "the ceasefire was brokered", "the quota offered". */
function measureSubject(cx: RelationContext, at: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt } = cx;
  let k = at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const id = mentionAt.get(k);
  return id !== undefined && mentions[id].kind === "proposal" ? entitiesOf[id] : [];
}

/**
 * "keeping troops there, a demand Hamas has rejected": a clause whose subject follows a described
 * measure acts on the measure the sentence has just named.
 */
function describedBefore(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, mentionAt, claims, sentence } = cx;
  let k = p.at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const id = mentionAt.get(k);
  if (id === undefined || mentions[id].kind === "proposal") return [];
  const first = mentions[id].first;
  const kind = ANAPHORS.get(tokens[first - 1]?.norm ?? "");
  if (!kind || tokens[first - 2]?.pos !== "DET" || tokens[first - 3]?.norm !== ",") return [];
  const named = claims.filter((c) => c.evidence.sentence === sentence.index && typeOf(cx, c.target) === "proposal");
  const meant = named.filter((c) => MEASURE_KINDS[c.relation]?.includes(kind));
  return (meant.length ? meant : named).slice(-1).map((c) => c.target);
}

/**
 * What a definite description of a measure points back to ("the measure", "both remedies",
 * "the proposal", "the text"): the measure of the latest claim of its kind. A decision to block
 * something ("criticised the decision" after "X blocked the deal") is a stand on who decided.
 */
function antecedent(cx: RelationContext, k: number): number[] | undefined {
  const { tokens, mentions, mentionAt, measures } = cx;
  if (!DEFINITE.has(tokens[k].norm)) return undefined;
  let n = k + 1;
  while (tokens[n] && (tokens[n].pos === "ADJ" || tokens[n].text === "-")) n++;
  const kind = tokens[n]?.pos === "NOUN" ? ANAPHORS.get(tokens[n].norm) : undefined;
  // "the plan for X" describes a new measure; "the offer on Sunday" points back.
  const complement = COMPLEMENTS.has(tokens[n + 1]?.norm ?? "") && !TIME_WORDS.has(tokens[n + 2]?.norm ?? "");
  if (!kind || complement || tokens[n + 1]?.pos === "NOUN") return undefined;
  const named = mentionAt.get(n);
  if (named !== undefined && mentions[named].kind === "proposal" && !ANAPHORS.has(mentions[named].canonical)) return undefined;
  if (kind === "agreement") {
    const deal = latestDeal(cx, k);
    return deal === undefined ? [] : [deal];
  }
  const plural = tokens[k].norm === "both" || tokens[k].norm === "these" || tokens[n].norm.endsWith("s");
  for (let c = measures.length - 1; c >= 0; c--) {
    const named = measures[c];
    if (!named.kinds.includes(kind)) continue;
    if (kind === "decision" && named.blocking) return named.sources;
    return plural ? named.targets : named.targets.slice(-1);
  }
  return [];
}

/** The latest deal, agreement or treaty named before token `k` of this sentence. */
function latestDeal(cx: RelationContext, k: number): number | undefined {
  const { mentions, entitiesOf, sentence, bySentence } = cx;
  for (let s = sentence.index; s >= 0; s--) {
    const isDeal = (m: Mention) => GENERIC_DEALS.has(m.head ?? "") || m.text.toLowerCase().split(/\s+/).some((w) => GENERIC_DEALS.has(w));
    const found = (bySentence.get(s) ?? []).filter((id) => mentions[id].kind === "proposal" && isDeal(mentions[id]) && entitiesOf[id].length && (s < sentence.index || mentions[id].last <= k));
    if (found.length) return entitiesOf[found.at(-1)!][0];
  }
  return undefined;
}

/** "X was rejected by Y": Y. */
function passiveAgent(cx: RelationContext, p: Predicate): number[] | undefined {
  const { tokens, mentions, mentionAt } = cx;
  const be = tokens[p.at - 1];
  if (!be || !/ed$|en$/.test(tokens[p.at].norm)) return undefined;
  // "X was rejected by Y", or a reduced relative: "the quota offered by Canada".
  const afterMeasure = mentions[mentionAt.get(p.at - 1) ?? -1]?.kind === "proposal" && tokens[p.at + 1]?.norm === "by";
  if (!["be", "get"].includes(be.lemma) && !afterMeasure) return undefined;
  for (let k = p.at + 1; k < Math.min(tokens.length, p.at + 6); k++) {
    if (tokens[k].norm !== "by") continue;
    // "by Qatar and Egypt": every coordinated agent.
    let end = k + 2;
    while (["and", ","].includes(tokens[end]?.norm ?? "") && mentionAt.has(end + 1 + (tokens[end + 1]?.pos === "DET" ? 1 : 0))) end += 3;
    return actorsIn(cx, k + 1, end).length ? actorsIn(cx, k + 1, end) : actorsIn(cx, k + 1, k + 4);
  }
  return undefined;
}

/**
 * What a predicate acts on, within its clause: the first entity or proposal after it, looking
 * through frames ("a proposal for X"), possessors ("Moscow's suggestion of X"), titles, partitives
 * ("scores of X") and, for acts on actors, the phrases after a plain object ("shared evidence with X").
 */
function objectOf(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt, lastCritic, sentence, resolution } = cx;
  const actorOnly = ACTOR_ONLY.has(p.relation);
  let k = p.after;
  let skippedPreposition = false;
  let skippedFrame = false;
  let possessor: number[] = [];
  let plainObject = -1;
  let measure: number[] = [];
  const lookedInside = new Set<number>();
  while (k < tokens.length) {
    const t = tokens[k];
    if ([";", ":", ".", "—", "–"].includes(t.norm) || (t.norm === "," && k > p.after && !(tokens[k + 1] && TIME_WORDS.has(tokens[k + 1].norm)))) break;
    if (finiteVerb(cx, k) && k > p.after && !(t.pos === "VERB" && /(ed|ing)$/.test(t.norm))) break;
    const meant = antecedent(cx, k);
    if (meant?.length && (!actorOnly || meant.every((e) => ACTORS.has(typeOf(cx, e))))) return meant;
    const found = startsAt.get(k) ?? mentionAt.get(k);
    const id = found !== undefined && !lookedInside.has(found) ? titledPerson(cx, found) : undefined;
    if (id !== undefined && mentions[id].kind !== "pronoun") {
      const m = mentions[id];
      const es = entitiesOf[id];
      // A possessor ("Moscow's suggestion of"): look at what it owns.
      if ((tokens[m.last]?.norm === "'s" || tokens[m.last]?.norm === "'") && m.kind !== "proposal") {
        possessor = es.filter((e) => ACTORS.has(typeOf(cx, e)));
        k = m.last + 1;
        continue;
      }
      if (!es.length || (m.modifier && !actorOnly)) {
        // "condemned the Chinese action": a stand on a state's act is a stand on the state.
        if (m.modifier && STANCES.has(p.relation) && !possessor.length) possessor = es.filter((e) => ACTORS.has(typeOf(cx, e)));
        k = m.last;
        continue;
      }
      // "a deal to exchange prisoners": the deal is what the verb phrase says.
      if (m.kind === "proposal" && GENERIC_DEALS.has(m.head ?? "") && tokens[m.last]?.norm === "to" && tokens[m.last + 1]?.pos === "VERB") return verbPhraseTarget(cx, m.last + 1, p.relation);
      const fit = fits(cx, es, p.relation, m, k);
      // "backed Egypt and Sudan": coordinated parties are targets too (not "urged Egypt and ... to": fits reads that).
      if (fit.length) return m.kind === "proposal" ? [...fit, ...coordinatedMeasures(cx, m.last)] : [...measure, ...fit, ...(fit.every((e) => es.includes(e)) ? coordinatedActors(cx, m.last).actors : [])];
      // "imposed sanctions on the Taliban": an act on an actor looks inside the measure, itself a target of sanctions and threats.
      if (actorOnly && m.kind === "proposal") {
        if (MEASURE_TARGETS.has(p.relation) && !p.negated) measure = es;
        lookedInside.add(id);
        k = m.first + 1;
        continue;
      }
      return [];
    }
    // "demanded that the US cancel": the subject of the clause is asked.
    // "demanded that the US cancel the order": the subject of the clause is asked, and the act is what is asked for.
    if (t.norm === "that" && p.relation === "demanded") {
      const verb = clauseSubjectEnd(cx, k + 1);
      return [...actorsIn(cx, k + 1, verb, true).slice(0, 1), ...clauseMeasure(cx, k + 1, verb)];
    }
    // "warned that violators could face sanctions": who would face what is threatened, and the measure.
    if (t.norm === "that" && p.relation === "threatened") {
      const subjectEnd = clauseSubjectEnd(cx, k + 1);
      let verb = subjectEnd;
      while (verb < tokens.length && tokens[verb].pos === "AUX") verb++;
      if (tokens[verb]?.lemma !== "face") return [];
      return [...actorsIn(cx, k + 1, subjectEnd, true).slice(0, 1), ...measureAfter(cx, verb + 1)];
    }
    // "agreed that their countries should cooperate": what the clause says they will do.
    if (t.norm === "that" && TAKES_MEASURES.has(p.relation)) {
      const subjectEnd = clauseSubjectEnd(cx, k + 1);
      let verb = subjectEnd;
      while (verb < tokens.length && tokens[verb].pos === "AUX") verb++;
      if (tokens[verb]?.pos !== "VERB") return [];
      const named = verbPhraseTarget(cx, verb, p.relation);
      return named.length ? named : clauseMeasure(cx, k + 1, subjectEnd);
    }
    // "welcomed Uganda's rejection of the plan": the act of an actor is a stand on the actor.
    if (t.pos === "NOUN" && possessor.length && !["proposed", "demanded"].includes(NOUNS.get(t.norm) ?? "") && !PROPOSAL_NOUNS.has(t.norm) && !isProposalHead(t) && !PROPOSAL_FRAMES.has(p.relation)) return possessor;
    if (TIME_WORDS.has(t.norm) || t.norm === "than") { k++; continue; }
    // "agreed on Sunday to a truce": a time phrase, not the preposition of the object.
    if (t.norm === "on" && TIME_WORDS.has(tokens[k + 1]?.norm ?? "")) { k += 2; continue; }
    // "shortened by one hour the curfew": a measure of the change is no object.
    if (t.norm === "by" && tokens[k + 1]?.pos === "NUM") { k += tokens[k + 2]?.pos === "NOUN" ? 3 : 2; continue; }
    if ((TARGET_PREPOSITIONS.has(t.norm) && (!skippedPreposition || actorOnly)) || (actorOnly && t.pos === "ADP")) { skippedPreposition = true; k++; continue; }
    if (["DET", "ADJ", "ADV", "NUM", "PART", "PUNCT", "SYM", "AUX", "PRON", "CCONJ"].includes(t.pos) || t.norm === "'s") { k++; continue; }
    // Titles and names before a person: "Japanese Prime Minister X", "opposition leader X".
    if ((t.pos === "PROPN" || /^[A-Z]/.test(t.text)) && k - p.after < 8) { k++; continue; }
    if (t.pos === "NOUN" && SPEECH_NOUNS.has(t.norm) && lastCritic && lastCritic.sentence >= sentence.index - 2 && !possessor.length) return lastCritic.entities;
    // A frame noun ("a proposal for", "the importance of preparing for"): look inside it.
    if (t.pos === "NOUN" && !skippedFrame && (NOUNS.has(t.norm) || FRAME_NOUNS.has(t.norm))) {
      skippedFrame = true;
      k++;
      while (k < tokens.length && (["of", "for", "on", "to", "by", "that"].includes(tokens[k].norm) || (tokens[k].pos === "VERB" && /ing$/.test(tokens[k].norm)))) {
        if (tokens[k].norm === "that") break;
        // "an invitation to attend a meeting": the verb phrase is the measure.
        if (tokens[k].norm === "to" && tokens[k + 1]?.pos === "VERB" && TAKES_MEASURES.has(p.relation)) return verbPhraseTarget(cx, k + 1, p.relation);
        k++;
      }
      continue;
    }
    // "called for increased sanctions": a participle modifies the object.
    if (t.pos === "VERB" && /ed$/.test(t.norm) && ["NOUN", "ADJ", "PROPN"].includes(tokens[k + 1]?.pos ?? "")) { k++; continue; }
    // "push for preparing talks": a gerund and its preposition lead to the object.
    if (t.pos === "VERB" && /ing$/.test(t.norm) && TARGET_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "")) { k += 2; continue; }
    // "urged all countries to resume talks": what they are urged to do.
    if (t.pos === "NOUN" && p.relation === "demanded" && tokens[k + 1]?.norm === "to" && tokens[k + 2]?.pos === "VERB") return verbPhraseTargets(cx, k + 2, p.relation);
    if (t.pos === "NOUN" || t.pos === "VERB") {
      // "a price undertaking by": a word in -ing closing a compound is its head noun.
      const gerundHead = t.pos === "NOUN" && isGerund(tokens[k + 1]) && ["ADP", "PUNCT"].includes(tokens[k + 2]?.pos ?? "PUNCT");
      if (plainObject < 0) plainObject = gerundHead ? k + 1 : k;
      // "scores of refugees", "positions of the security forces", "shared evidence with the U.S.": read on for an actor.
      if (actorOnly || PARTITIVES.has(t.norm) || tokens[k + 1]?.norm === "of") { k++; continue; }
      break;
    }
    break;
  }
  if (measure.length) return measure;
  // "praised Haiti's efforts": the owner of the object is the target.
  if (possessor.length && !["proposed", "demanded"].includes(p.relation)) return possessor;
  // A measure named by a common noun phrase becomes a proposal: "rejected an invitation to attend".
  if (plainObject >= 0 && TAKES_MEASURES.has(p.relation) && (tokens[plainObject].pos === "NOUN" || isGerund(tokens[plainObject]))) {
    const label = nounPhraseLabel(tokens, plainObject);
    const head = label.split(" ").find((w) => ["of", "to", "for", "on"].includes(w)) ? undefined : label.split(" ").at(-1);
    const vague = NOT_MEASURES.has(label.split(" ")[0]) || SPEECH_NOUNS.has(tokens[plainObject].norm) || ANAPHORS.has(tokens[plainObject].norm) ||
      (head !== undefined && (GENERIC_DEALS.has(head) || FRAME_NOUNS.has(head) || NOT_MEASURES.has(head))) ||
      // "accepted undeclared gifts": only a measure ("accepted the ceasefire terms") is accepted as agreement.
      (tokens[p.at].lemma === "accept" && !tokens.slice(plainObject, plainObject + 4).some(isProposalHead));
    if (label && !vague) return [proposalEntity(label, resolution)];
  }
  return [];
}

/** Where the subject of a clause starting at `from` ends: its first verb. */
function clauseSubjectEnd(cx: RelationContext, from: number): number {
  const { tokens, mentionAt } = cx;
  let k = from;
  // "demanded that Ethiopia share daily data": a bare trigger verb right after a named subject, whatever its tag.
  while (k < tokens.length && tokens[k].pos !== "VERB" && tokens[k].pos !== "AUX" && !(k > from && mentionAt.has(k - 1) && !mentionAt.has(k) && verbLike(cx, k))) k++;
  return k;
}

/** For acts without an object ("demonstrated in Serbia", "resigned"): the place after the verb, else the actor's own state. */
function intransitiveTarget(cx: RelationContext, p: Predicate, sources: number[]): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, claims } = cx;
  // Protests are against someone named later in the sentence: "... to demand the resignation of President X".
  if (p.relation === "protested" || p.relation === "fought") {
    const against = actorsIn(cx, p.after, tokens.length).filter((e) => !sources.includes(e));
    if (against.length) return against.slice(0, 1);
  }
  // "met in Geneva": a place after a preposition is where parties met, never a party.
  if (PARTIES_ONLY.has(p.relation)) return [];
  for (let k = p.after; k < tokens.length; k++) {
    if ([";", "."].includes(tokens[k].norm) || (finiteVerb(cx, k) && k > p.after + 1)) break;
    const id = mentionAt.get(k);
    if (id !== undefined && LOCATIVE_PREPOSITIONS.has(tokens[mentions[id].first - 1]?.norm ?? "")) {
      const place = entitiesOf[id].filter((e) => typeOf(cx, e) === "place" || typeOf(cx, e) === "state" || (p.relation === "protested" && typeOf(cx, e) === "organisation"));
      if (place.length) return place.slice(0, 1);
    }
  }
  if (!SELF_DIRECTED.has(p.relation)) return [];
  const own = claims.find((c) => sources.includes(c.source) && AFFILIATIONS.has(c.relation));
  return own ? [own.target] : [];
}

function fits(cx: RelationContext, es: number[], relation: string, m: Mention, k: number): number[] {
  const { tokens } = cx;
  const types = es.map((e) => typeOf(cx, e));
  if (relation === "proposed") return types.every((t) => t === "proposal") ? es : [];
  if (relation === "demanded") {
    // "urged Brussels (and Rome) to reopen the inquiry": who is urged, and what they are urged to do.
    const { actors, end } = types.every((t) => t !== "proposal") ? coordinatedActors(cx, m.last) : { actors: [], end: m.last };
    const next = tokens[end]?.norm;
    if (next === "to" && tokens[end + 1]?.pos === "VERB" && types.every((t) => t !== "proposal")) return [...es, ...actors, ...verbPhraseTargets(cx, end + 1, "demanded")];
    return types.every((t) => t === "proposal") || next === "to" || next === "must" || next === "should" || tokens[k - 1]?.norm === "on" ? es : [];
  }
  if (PARTIES_ONLY.has(relation)) return types.every((t) => ACTORS.has(t)) ? es : [];
  if (ACTOR_ONLY.has(relation)) return types.every((t) => t !== "proposal") ? es : [];
  return es;
}

/**
 * The targets of a verb phrase and of the phrases of its form coordinated with it: "selling X and keeping Y",
 * "to free the hostages and (to) renounce kidnapping".
 */
function verbPhraseTargets(cx: RelationContext, verb: number, relation: Relation): number[] {
  return [...new Set(coordinatedVerbs(cx, verb).flatMap((v) => verbPhraseTarget(cx, v, relation)))];
}

/** Verb `verb` and the verbs of the phrases coordinated after it in its form. */
function coordinatedVerbs(cx: RelationContext, verb: number): number[] {
  const out = [verb];
  for (let next = coordinatedVerb(cx, verb); next >= 0; next = coordinatedVerb(cx, next)) out.push(next);
  return out;
}

/** The verb of a phrase coordinated after the phrase of `verb` in the same form, or -1. */
function coordinatedVerb(cx: RelationContext, verb: number): number {
  const { tokens } = cx;
  const end = phraseEnd(cx, verb);
  if (isGerund(tokens[verb])) return tokens[end]?.norm === "and" && isGerund(tokens[end + 1]) ? end + 1 : -1;
  const bare = (k: number) => verbAfterLink(cx, k) && tokens[k].norm === tokens[k].lemma.toLowerCase();
  if (tokens[verb].norm !== tokens[verb].lemma.toLowerCase()) return -1;
  if (tokens[end]?.norm === "to" && tokens[end - 1]?.norm === "and" && bare(end + 1)) return end + 1;
  return tokens[end]?.norm === "and" && bare(end + 1) ? end + 1 : -1;
}

/** A verb after "and", "to": also a trigger verb the tagger read as an adjective ("and open fresh talks"). */
function verbAfterLink(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  return tokens[k]?.pos === "VERB" || (["and", "to"].includes(tokens[k - 1]?.norm ?? "") && verbLike(cx, k));
}

/** A trigger verb the tagger read as an adjective or noun, before its object ("open fresh talks", "share daily data"). */
function verbLike(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  const t = tokens[k];
  return (t?.pos === "ADJ" || t?.pos === "NOUN") && TRIGGER_VERBS.has(t.norm) && ["DET", "ADJ", "NOUN"].includes(tokens[k + 1]?.pos ?? "");
}

/** Where the verb phrase of `verb` ends: at a clause boundary or the next coordinated verb. */
function phraseEnd(cx: RelationContext, verb: number): number {
  const { tokens } = cx;
  const boundary = (k: number) => [",", ";", ".", ":", "while", "unless", "if", "after", "before", "because", "though", "although"].includes(tokens[k].norm) ||
    (["and", "but", "to"].includes(tokens[k].norm) && verbAfterLink(cx, k + 1));
  let end = verb + 1;
  while (end < tokens.length && !boundary(end)) end++;
  return end;
}

/**
 * The target of a verb phrase: "agreed to swap prisoners", "would return the bodies": a proposal named
 * in it, or one named by it. An act asked for or threatened on a named measure is a measure of its own
 * ("urged Brussels to reopen its investigation" demands "reopen investigation"), unless the act only accepts it.
 */
function verbPhraseTarget(cx: RelationContext, verb: number, relation: Relation): number[] {
  const { tokens, mentions, entitiesOf, startsAt, resolution } = cx;
  // "would reciprocate by returning the bodies": the gerund says what is promised.
  if (tokens[verb + 1]?.norm === "by" && tokens[verb + 2]?.pos === "VERB") verb += 2;
  const end = phraseEnd(cx, verb);
  const act = (relation === "demanded" || relation === "threatened") && !ACCEPTING.has(tokens[verb].lemma);
  if (!act) {
    for (let k = verb + 1; k < end; k++) {
      const meant = antecedent(cx, k);
      if (meant?.length) return meant;
      const id = startsAt.get(k);
      if (id !== undefined && mentions[id].kind === "proposal" && entitiesOf[id].length) return entitiesOf[id];
    }
  }
  if (ACTOR_ONLY.has(relation)) {
    for (let k = verb + 1; k < end; k++) {
      const id = startsAt.get(k);
      if (id !== undefined && mentions[id].kind !== "pronoun" && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e)) || typeOf(cx, e) === "place")) return entitiesOf[id];
    }
    // "threatened to ban further gatherings": a threat of an act on no one named is a measure.
    if (relation !== "threatened") return [];
  }
  // Otherwise the phrase itself becomes a proposal: "swap prisoners of war"; an act put forward or asked for
  // may be an infinitive alone ("offered to mediate", "asked the Council to intervene").
  const label = verbPhraseLabel(tokens, verb, end) || (LONE_ACTS.has(relation) && tokens[verb - 1]?.norm === "to" && !VAGUE_ACTS.has(tokens[verb].lemma) && loneVerb(cx, verb, end) ? tokens[verb].lemma : "");
  if (!label) return [];
  return [proposalEntity(label, resolution)];
}

/** Whether the phrase of `verb`, up to `end`, is the verb alone, with adverbs, time or circumstances ("mediate again"). */
function loneVerb(cx: RelationContext, verb: number, end: number): boolean {
  const { tokens } = cx;
  for (let k = verb + 1; k < end; k++) {
    if (CIRCUMSTANTIAL.has(tokens[k].norm)) return true; // "resign despite growing pressure"
    if (tokens[k].pos !== "ADV" && !TIME_WORDS.has(tokens[k].norm) && tokens[k].pos !== "PUNCT") return false;
  }
  return true;
}

/**
 * The act a "that"-clause asks for ("demanded that Beijing withdraw its vessels"), from its subject
 * [from, verb) and its verb group: "withdraw vessels", "fighters disarm", "double quota" ("that it be doubled").
 */
function clauseMeasure(cx: RelationContext, from: number, verb: number): number[] {
  const { tokens, ids, mentions, entities, entitiesOf, resolution } = cx;
  const passive = tokens[verb]?.lemma === "be" && tokens[verb + 1]?.pos === "VERB";
  while (verb < tokens.length && tokens[verb].pos === "AUX") verb++;
  if (tokens[verb]?.pos !== "VERB" && !verbLike(cx, verb)) return [];
  const inSubject = ids.filter((id) => mentions[id].first >= from && mentions[id].last <= verb);
  // "rejected the quota and demanded that it be doubled": "it" is the measure the sentence just named.
  const pronoun = inSubject.some((id) => mentions[id].kind === "pronoun");
  const owner = inSubject.flatMap((id) => entitiesOf[id]).find((e) => typeOf(cx, e) === "proposal") ?? (pronoun ? latestMeasureClaim(cx)?.target : undefined);
  if (passive) {
    if (owner === undefined) return [];
    return [proposalEntity(`${tokens[verb].lemma} ${entities[owner].label.split(" of ")[0]}`, resolution)];
  }
  // "demanded that X withdraw the reform and open fresh talks": each coordinated act is asked for.
  const phrases = coordinatedVerbs(cx, verb).map((v) => verbPhraseLabel(tokens, v, phraseEnd(cx, v))).filter(Boolean);
  if (phrases.length) return [...new Set(phrases.map((phrase) => proposalEntity(phrase, resolution)))];
  // An intransitive act: its subject's nouns and the verb.
  const nouns = tokens.slice(from, verb).filter((t) => t.pos === "NOUN").map((t) => t.norm);
  return nouns.length ? [proposalEntity(`${nouns.join(" ")} ${tokens[verb].norm}`, resolution)] : [];
}

/** The latest claim of this sentence on a proposal. */
function latestMeasureClaim(cx: RelationContext): Claim | undefined {
  const { claims, sentence } = cx;
  for (let c = claims.length - 1; c >= 0 && claims[c].evidence.sentence === sentence.index; c--) if (typeOf(cx, claims[c].target) === "proposal") return claims[c];
  return undefined;
}

/** Actors coordinated right after one that ends at `from`: "Egypt and Sudan", "Chile, Peru and Bolivia". */
function coordinatedActors(cx: RelationContext, from: number): { actors: number[]; end: number } {
  const { tokens, mentions, entitiesOf, startsAt } = cx;
  const actors: number[] = [];
  let k = from;
  while ([",", "and"].includes(tokens[k]?.norm ?? "")) {
    let j = k + 1;
    if (tokens[j]?.norm === "and") j++;
    while (tokens[j]?.pos === "DET") j++;
    const id = startsAt.get(j);
    const es = id === undefined || mentions[id].kind === "pronoun" ? [] : entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e)));
    if (!es.length) break;
    actors.push(...es);
    k = mentions[id!].last;
  }
  return { actors, end: actors.length ? k : from };
}

/** Measures coordinated after one that ends at `from`: "a ceasefire in Gaza and an exchange of hostages". */
function coordinatedMeasures(cx: RelationContext, from: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt } = cx;
  const out: number[] = [];
  let k = from;
  for (;;) {
    let j = k;
    while (j < tokens.length && j - k < 4 && !["and", ","].includes(tokens[j].norm) && (["ADP", "PROPN", "DET"].includes(tokens[j].pos) || mentionAt.has(j))) j++;
    if (!["and", ","].includes(tokens[j]?.norm ?? "")) return out;
    j++;
    while (j < tokens.length && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].norm === "and")) j++;
    const id = startsAt.get(j) ?? mentionAt.get(j);
    if (id === undefined || mentions[id].kind !== "proposal" || !entitiesOf[id].length) return out;
    out.push(...entitiesOf[id]);
    k = mentions[id].last;
  }
}
/** The kind of national body a name is ("" for none), remembered: an organisation is named again and again across documents. */
const bodyCategories = new Map<string, string>();
function bodyCategory(name: string): string {
  let category = bodyCategories.get(name);
  if (category === undefined) {
    if (bodyCategories.size >= 10_000) bodyCategories.clear(); // bounded over a long corpus
    category = lookupNationalBody(name)?.head.category ?? "";
    bodyCategories.set(name, category);
  }
  return category;
}

const proposalKeyOf = (label: string) => label.split(" ").map(headForm).sort().join(" ");

/** Each document's proposals by key words, built once and kept up to date as proposals are added. */
const proposalIndexes = new WeakMap<Resolution, Map<string, number>>();
function proposalIndex(resolution: Resolution): Map<string, number> {
  let index = proposalIndexes.get(resolution);
  if (!index) {
    index = new Map();
    for (const e of resolution.entities) {
      if (e.entityType !== "proposal") continue;
      const key = proposalKeyOf(e.label);
      if (!index.has(key)) index.set(key, e.id);
    }
    proposalIndexes.set(resolution, index);
  }
  return index;
}

/** The proposal already named by a phrase of the same key words, if any. */
function knownProposal(label: string, resolution: Resolution): number | undefined {
  return label ? proposalIndex(resolution).get(proposalKeyOf(label)) : undefined;
}

/** The entity of a proposal named by a phrase, merged with an existing one of the same key words. */
function proposalEntity(label: string, resolution: Resolution): number {
  const index = proposalIndex(resolution);
  const key = proposalKeyOf(label);
  const existing = label ? index.get(key) : undefined;
  if (existing !== undefined) {
    resolution.entities[existing].mentions++;
    return existing;
  }
  const id = resolution.entities.length;
  resolution.entities.push({ id, label, entityType: "proposal", aliases: [label], mentions: 1, roles: [] });
  index.set(key, id);
  return id;
}

/** "an invitation to attend a meeting" -> "invitation to attend meeting": a noun and its complements. */
export function nounPhraseLabel(tokens: Token[], head: number): string {
  // "evacuated thousands of residents", "lift millions out of poverty": a count of people is no measure.
  if (COUNT_NOUNS.has(tokens[head].norm)) return "";
  // "voted against closing the borders": a gerund (tagged a noun before a determiner too) names its act with its object, "close borders".
  if (isGerund(tokens[head]) || (tokens[head].norm.endsWith("ing") && tokens[head + 1]?.pos === "DET")) {
    const punctuation = tokens.findIndex((t, k) => k > head && t.pos === "PUNCT");
    const act = verbPhraseLabel(tokens, head, punctuation < 0 ? tokens.length : punctuation);
    if (act) return act;
  }
  let end = head + 1;
  while (end < tokens.length && tokens[end].pos === "NOUN" && !TIME_WORDS.has(tokens[end].norm)) end++;
  if (["of", "to", "for", "on"].includes(tokens[end]?.norm ?? "")) {
    let k = end + 1;
    while (k < tokens.length && ["DET", "ADJ", "NUM", "VERB", "NOUN", "PROPN", "PART"].includes(tokens[k].pos) && k - end < 6) {
      k++;
      if (tokens[k - 1].pos === "NOUN" && tokens[k]?.pos !== "NOUN") break;
    }
    if (tokens[k - 1].pos === "NOUN" || tokens[k - 1].pos === "PROPN") end = k;
  }
  let start = head;
  while (start > 0 && ["ADJ", "NOUN", "PROPN"].includes(tokens[start - 1].pos) && !/^[A-Z]/.test(tokens[start - 1].text)) start--;
  const words = tokens.slice(start, end).filter((t) => !["DET", "NUM", "PUNCT"].includes(t.pos) && !["his", "her", "its", "their", "all", "any", "more"].includes(t.norm));
  return words.length ? words.map((t) => (t.pos === "PROPN" ? t.text : t.norm)).join(" ") : "";
}

/**
 * "exchange all sick and seriously wounded prisoners of war" -> "exchange prisoners of war";
 * "extend the inquiry to solar panels" -> "extend inquiry to solar panels"; "move to the second phase" -> "move second phase".
 */
export function verbPhraseLabel(tokens: Token[], verb: number, end: number): string {
  const words = [tokens[verb].lemma];
  let k = verb + 1;
  // The object's nouns, then one complement's nouns; counts, determiners and adverbs left out, but
  // ordinals (a second phase is not the first) and adjectives before a noun kept ("fresh talks", "solar panels").
  const nounRun = () => {
    while (k < end && !["NOUN", "PROPN"].includes(tokens[k].pos)) {
      // "negotiate under threats", "hold talks this year": circumstances, not the act's object.
      const objectPreposition = tokens[k].pos === "ADP" && words.length === 1 && !CIRCUMSTANTIAL.has(tokens[k].norm);
      if (!["DET", "ADJ", "ADV", "NUM", "CCONJ", "PUNCT", "VERB", "PART"].includes(tokens[k].pos) && !objectPreposition && !POSSESSIVES.has(tokens[k].norm)) return;
      // A gerund that makes a compound with the noun ("the negotiating table") is kept with it.
      const compoundGerund = isGerund(tokens[k]) && tokens[k + 1]?.pos === "NOUN";
      if (ORDINALS.has(tokens[k].norm) || (tokens[k].pos === "ADJ" && tokens[k + 1]?.pos === "NOUN") || compoundGerund) words.push(tokens[k].norm);
      k++;
    }
    while (k < end && tokens[k].pos === "PROPN" && tokens[k + 1]?.pos === "NOUN") k++; // "Ukrainian soldiers": the nationality is a modifier
    while (k < end && (tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN") && !TIME_WORDS.has(tokens[k].norm)) words.push(tokens[k++].norm);
  };
  nounRun();
  if (words.length > 1 && PHRASE_COMPLEMENTS.has(tokens[k]?.norm ?? "")) {
    const before = words.length;
    words.push(tokens[k++].norm);
    nounRun();
    if (words.length === before + 1) words.pop();
  }
  return words.length > 1 ? words.join(" ") : "";
}
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);
/** Nouns that only count what follows them. */
const COUNT_NOUNS = new Set(["dozens", "scores", "hundreds", "thousands", "tens", "millions", "billions"]);
/** Prepositions of circumstance that never open an act's object. */
const CIRCUMSTANTIAL = new Set(["under", "despite", "without", "amid", "after", "before", "during", "until", "since", "because", "in", "at", "by"]);
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "final", "next"]);
/** Prepositions whose phrase completes a verb phrase's measure ("prisoners of war", "extend ... to solar panels"). */
const PHRASE_COMPLEMENTS = new Set(["of", "to", "into"]);

/** Tokens inside quotation marks. */
function quotedTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.text === "“") open = i;
    else if (t.text === "”" && open >= 0) {
      // Scare quotes around a word or two ("was “open” to") are not speech.
      if (i - open > 4) for (let k = open; k <= i; k++) out.add(k);
      open = -1;
    }
  });
  return out;
}

/** "selling", "keeping": a verb form that names an act as a noun phrase would. */
const isGerund = (t: Token | undefined) => t !== undefined && t.pos === "VERB" && t.norm.endsWith("ing");
/** Verbs that link a subject to an adjective of stance: "is open to", "remained open to". */
const COPULAS = new Set(["be", "remain", "stay", "seem", "appear"]);
const MEASURE_VERBS = new Set(triggers.measureVerbs);
/** Relations whose act may be named by a verb alone ("refused to resign"), unless the verb is too vague to name one. */
const LONE_ACTS = new Set<Relation>(["proposed", "demanded", "threatened", "rejected"]);
const VAGUE_ACTS = new Set(triggers.vagueActs);

/** Lemmas of verbs that can carry a relation: any other verb is passed over at once. */
const EVALUATING = new Set(triggers.evaluations.verbs);
const CRITICAL_WORDS = new Set(triggers.evaluations.criticised);
const APPROVING_WORDS = new Set(triggers.evaluations.supported);
const TRIGGER_VERBS = new Set([...VERBS.keys(), ...PARTICLE_VERBS, ...LIGHT_VERBS, ...OBJECT_OVERRIDES.keys(), ...COOPERATIVE, ...HOSTILE, ...EVALUATING, "commit"]);
const isTrigger = (t: Token) => (t.pos === "VERB" ? TRIGGER_VERBS.has(t.lemma) : t.pos === "NOUN" ? NOUNS.has(t.norm) : ADJECTIVES.has(t.norm));
const particleOf = (verb: Token, next: Token | undefined) => (next ? PARTICLES.get(verb.lemma)?.get(next.norm) : undefined);

/**
 * The particle or preposition that makes a phrasal verb of verb `i`, past an adverb or a short phrase of time
 * or means between them: "called instead for", "spoke by telephone with", "met on Monday with".
 */
function particleAfter(tokens: Token[], i: number): { relation: string; at: number } | undefined {
  if (!PARTICLE_VERBS.has(tokens[i].lemma)) return undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    // "agreed on Sunday to a truce": a day is no object of "agree on".
    if (tokens[k].norm === "on" && TIME_WORDS.has(tokens[k + 1]?.norm ?? "")) { k++; continue; }
    const relation = particleOf(tokens[i], tokens[k]);
    if (relation) return { relation, at: k };
    const t = tokens[k];
    if (t.pos === "ADV" || TIME_WORDS.has(t.norm)) continue;
    // "by telephone", "on Monday": a preposition with a bare noun.
    if (["by", "on", "via"].includes(t.norm) && (tokens[k + 1]?.pos === "NOUN" || TIME_WORDS.has(tokens[k + 1]?.norm ?? ""))) { k++; continue; }
    return separatedParticle(tokens, i, k);
  }
  return undefined;
}

/** Particles that may follow a short object: "turned that offer down", "ruled it out", "called the strike off". */
const SEPARABLE = new Set(["out", "down", "off", "up", "forward", "aside"]);

/** A separable particle after a short object starting at `from`: the object is the target, so the predicate reads on from it. */
function separatedParticle(tokens: Token[], verb: number, from: number): { relation: string; at: number } | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k];
    if (SEPARABLE.has(t.norm) && k > from) {
      const relation = particleOf(tokens[verb], t);
      return relation ? { relation, at: from - 1 } : undefined;
    }
    if (!["DET", "ADJ", "NOUN", "PRON", "PROPN"].includes(t.pos) && !DEFINITE.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * The stand a verb of description takes through the quotation after its object ("called the extension
 * “a gift to criminals”", "described the move as “reckless”"): criticised or supported by the quote's words.
 */
function evaluation(tokens: Token[], verb: number): Relation | undefined {
  let open = verb + 1;
  while (open < tokens.length && open - verb < 10 && !QUOTES.has(tokens[open].text)) {
    if (CLAUSE_ENDS.has(tokens[open].norm) || tokens[open].pos === "VERB") return undefined;
    open++;
  }
  if (!QUOTES.has(tokens[open]?.text ?? "") || open === verb + 1) return undefined;
  let approving = false;
  for (let k = open + 1; k < tokens.length && k - open < 15 && !QUOTES.has(tokens[k].text); k++) {
    if (CRITICAL_WORDS.has(tokens[k].norm)) return "criticised";
    if (APPROVING_WORDS.has(tokens[k].norm) || APPROVING_WORDS.has(`${tokens[k].norm} ${tokens[k + 1]?.norm}`)) approving = true;
  }
  return approving ? "supported" : undefined;
}
const QUOTES = new Set(["“", '"', "‘"]);

/** Finds the predicates of a sentence with their relation, negation and intent. */
/** "who has mediated the talks": a participle after a form of "have", tagged as an adjective, is the verb. */
function perfectParticiple(tokens: Token[], i: number): Token | undefined {
  const t = tokens[i];
  if (t.pos !== "ADJ" || tokens[i - 1]?.lemma !== "have" || !/ed$/.test(t.norm)) return undefined;
  const lemma = [t.norm.slice(0, -1), t.norm.slice(0, -2)].find((l) => TRIGGER_VERBS.has(l));
  return lemma ? { ...t, pos: "VERB", lemma } : undefined;
}

export function predicates(tokens: Token[], quoted: Set<number> = new Set()): Predicate[] {
  const out: Predicate[] = [];
  let unreal: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = perfectParticiple(tokens, i) ?? tokens[i];
    if (!isTrigger(t)) continue;
    if (quoted.has(i) && t.pos !== "VERB") continue;
    if ((unreal ??= unrealClauses(tokens))[i]) continue;
    const next = tokens[i + 1];
    const context = modality(tokens, i);
    // "a hunger strike": a word tagged as a verb after a determiner or adjective is a noun.
    if (t.pos === "VERB" && ["DET", "ADJ"].includes(tokens[i - 1]?.pos ?? "") && !/ed$/.test(t.norm) && i > 0) continue;
    if (t.pos === "VERB") {
      const relation = VERBS.get(t.lemma);
      // "failed to agree": the outer verb negates the inner one.
      if (NEGATING_VERBS.has(t.lemma) && next?.norm === "to" && tokens[i + 2]?.pos === "VERB" && !relation) continue;
      const particle = particleAfter(tokens, i);
      if (particle) {
        // "insisted on keeping troops": the gerund phrase is what is demanded.
        const after = particle.at + 1;
        out.push({ relation: particle.relation as Relation, at: i, after, ...context, ...(isGerund(tokens[after]) ? { verbTarget: after } : {}) });
        continue;
      }
      // "called the plan “illegal”": a quoted description criticises or supports what it describes.
      const evaluated = EVALUATING.has(t.lemma) ? evaluation(tokens, i) : undefined;
      if (evaluated) {
        out.push({ relation: evaluated, at: i, after: i + 1, ...context });
        continue;
      }
      // Stated intentions: "would return", "is prepared to lift", "will withdraw ... unless".
      const verbal = VERBAL.has(relation ?? "");
      if (context.intent && !verbal && (COOPERATIVE.has(t.lemma) || HOSTILE.has(t.lemma))) {
        const unless = tokens.slice(i).some((x) => x.norm === "unless");
        // "X warned that Y would reduce cooperation": an intention stated as a warning is the warner's threat.
        const warning = warnedAt(tokens, i);
        if (warning >= 0) {
          out.push({ relation: "threatened", at: i, after: i + 1, intent: true, negated: context.negated, verbTarget: i, speaker: warning });
          continue;
        }
        const hostile = HOSTILE.has(t.lemma) || unless;
        const relation = hostile ? "threatened" : willingness(tokens, i) ? "supported" : "agreed";
        out.push({ relation, at: i, after: i + 1, intent: true, negated: context.negated, verbTarget: i, ...(context.negated && !hostile ? { plover: "REJECT" } : relation === "supported" ? { plover: "AGREE" } : {}) });
        continue;
      }
      // Light verb + object noun: "reached a deal", "imposed sanctions", "held talks with".
      const object = lightObject(tokens, i);
      if (object) {
        out.push({ relation: object.relation as Relation, at: i, after: object.after, ...context });
        i = Math.max(i, object.noun); // "began a hunger strike": the object is no predicate of its own
        continue;
      }
      if (!relation) continue;
      // "wants to sign" states an intent of the actor's own; "wants Y to sign", "wants a ceasefire" demand.
      if (t.lemma === "want" && next?.norm === "to") continue;
      // "warned that the system had collapsed" reports a danger; "warned of", "warned X against" threaten.
      // "warned that violators would face sanctions" threatens: the clause says who would face what.
      if (t.lemma === "warn" && next?.norm === "that" && !facedWithin(tokens, i + 2)) continue;
      // "offered to hand over", "agreed to swap", "refused to deploy", "threatened on Monday to ban": a verb phrase.
      let to = i + 1;
      while (to < tokens.length && (TIME_WORDS.has(tokens[to].norm) || ["on", "last", "this", "again", "also"].includes(tokens[to].norm))) to++;
      if (tokens[to]?.norm === "to" && tokens[to + 1]?.pos === "VERB") {
        const plover = relation === "proposed" ? "AGREE" : relation === "agreed" && context.negated ? "REJECT" : undefined;
        out.push({ relation: relation as Relation, at: i, after: to + 2, ...context, ...(plover ? { plover } : {}), verbTarget: to + 1 });
        i = to + 1;
        continue;
      }
      // "proposed selling the unit": the gerund phrase is the measure.
      if (isGerund(tokens[to]) && (TAKES_MEASURES.has(relation) || relation === "threatened")) {
        out.push({ relation: relation as Relation, at: i, after: to + 1, ...context, verbTarget: to });
        i = to;
        continue;
      }
      if (t.lemma === "commit" && next?.norm === "to") {
        out.push({ relation: "agreed", at: i, after: i + 2, ...context, verbTarget: tokens[i + 2]?.pos === "VERB" ? i + 2 : undefined });
        continue;
      }
      // "ready to sign the accord": willingness supports the measure, it agrees to nothing yet (PLOVER codes it AGREE).
      if (relation === "agreed" && !context.negated && willingness(tokens, i)) {
        out.push({ relation: "supported", at: i, after: i + 1, ...context, plover: "AGREE" });
        continue;
      }
      out.push({ relation: relation as Relation, at: i, after: i + 1, ...context, ...(relation === "agreed" && context.negated ? { plover: "REJECT" } : {}), ...(MEASURE_VERBS.has(t.lemma) ? { measureOnly: true } : {}) });
    } else if (t.pos === "NOUN") {
      out.push({ relation: NOUNS.get(t.norm) as Relation, at: i, after: i + 1 });
    } else {
      // "is open to", "was “open” to": quotes may stand around the adjective.
      const before = tokens[i - 1]?.text === "“" || tokens[i - 1]?.text === '"' ? i - 2 : i - 1;
      const after = next?.text === "”" || next?.text === '"' ? i + 2 : i + 1;
      if (COPULAS.has(tokens[before]?.lemma ?? "") && ["to", "for"].includes(tokens[after]?.norm ?? "")) {
        out.push({ relation: ADJECTIVES.get(t.norm) as Relation, at: i, after: after + 1, ...context, ...(isGerund(tokens[after + 1]) ? { verbTarget: after + 1 } : {}) });
      }
    }
  }
  return out;
}

/** Whether the clause opening at `from` has "face" as its verb within a few words ("violators could face"). */
function facedWithin(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6) && tokens[k].pos !== "PUNCT"; k++) if (tokens[k].lemma === "face" && tokens[k - 1]?.pos === "AUX") return true;
  return false;
}

/** The verb "warn" whose "that"-clause holds verb `verb` ("warned that Tehran would reduce"), or -1. */
function warnedAt(tokens: Token[], verb: number): number {
  for (let k = verb - 1; k > 0 && k >= verb - 10; k--) {
    if (tokens[k].norm === "that") return tokens[k - 1].lemma === "warn" ? k - 1 : -1;
    if (CLAUSE_ENDS.has(tokens[k].norm) || tokens[k].norm === ",") return -1;
  }
  return -1;
}

/** Adjectives of willingness: "ready to resume talks" states support for talks, not an agreement. */
const WILLING = new Set(["ready", "willing", "prepared", "open", "keen", "eager"]);
/** Whether verb `verb` follows the adjective of "ready to", "willing to" (not the verb of "the army prepared to"). */
const willingness = (tokens: Token[], verb: number) => tokens[verb - 1]?.norm === "to" && WILLING.has(tokens[verb - 2]?.norm ?? "") && (tokens[verb - 2].pos !== "VERB" || afterCopula(tokens, verb - 2));
/** Whether word `k` follows a form of "be" or a copula, past adverbs ("was still prepared"). */
function afterCopula(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j]?.pos === "ADV") j--;
  return COPULAS.has(tokens[j]?.lemma ?? "");
}

/** The relation a light verb takes from its object ("reach a deal"), and where the object ends. */
function lightObject(tokens: Token[], verb: number): { relation: string; after: number; noun: number } | undefined {
  const lemma = tokens[verb].lemma;
  const overrides = OBJECT_OVERRIDES.get(lemma);
  if (!LIGHT_VERBS.has(lemma) && !overrides) return undefined;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 9); k++) {
    const t = tokens[k];
    if (TIME_WORDS.has(t.norm)) continue; // "lifted Friday a blockade"
    const nounLike = t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "VERB" && ["DET", "ADJ", "NOUN", "PROPN"].includes(tokens[k - 1]?.pos ?? ""));
    if (nounLike) {
      // "a hunger strike": the tagger may call the first word of the object an adjective.
      const from = tokens[k - 1]?.pos === "ADJ" && k - 1 > verb ? k - 1 : k;
      for (const words of [3, 2, 1]) {
        const phrase = tokens.slice(k, k + words).map((x) => x.norm).join(" ");
        const wider = from < k ? OBJECTS.get(tokens.slice(from, k + words).map((x) => x.norm).join(" ")) : undefined;
        if (wider) return { relation: wider, noun: k + words - 1, after: k + words };
        const relation = overrides?.get(phrase) ?? OBJECTS.get(phrase) ?? (words === 1 && LIGHT_VERBS.has(lemma) ? OBJECTS.get(t.lemma) : undefined);
        if (!relation || (words === 1 && !LIGHT_VERBS.has(lemma) && !overrides?.has(phrase))) continue;
        const noun = k + words - 1;
        // The object itself may be the target when it is a measure or a name ("opened the Friendship Bridge").
        return { relation, noun, after: isProposalHead(tokens[noun]) || /^\p{Lu}/u.test(t.text) ? k : noun + 1 };
      }
      // "10 days of war games", "the Friendship Bridge": read on through quantities and names.
      if (tokens[k + 1]?.norm === "of" && t.pos === "NOUN") { k++; continue; }
      if (!["ADJ", "NOUN", "VERB", "PROPN"].includes(tokens[k + 1]?.pos ?? "")) return undefined;
    } else if (!["DET", "ADJ", "NUM", "ADV", "PUNCT", "PRON"].includes(t.pos) && !(t.pos === "VERB" && /ed$/.test(t.norm))) return undefined;
  }
  return undefined;
}

/**
 * Tokens of clauses that state no event: what someone must or should do ("Sudan must reach a deal"),
 * what is demanded ("demanded that Israel ease restrictions") and conditions ("unless Baghdad accepted").
 */
function unrealClauses(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm === "must" || t.norm === "should" || t.norm === "unless" || (t.norm === "if" && k > 0)) markClause(tokens, k + 1, out);
    const demand = DEMAND_VERBS.has(t.lemma) || (t.pos === "NOUN" && DEMAND_NOUNS.has(t.norm)) || particleOf(t, tokens[k + 1]) === "demanded";
    if (!demand || (t.lemma === "want" && tokens[k + 1]?.norm === "to")) continue;
    if (tokens[k + 1]?.norm === "that" || tokens[k + 2]?.norm === "that") markClause(tokens, k + 2, out);
    // "called on the authorities to release students": the release is asked for, not done.
    for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++) if (tokens[j].norm === "to" && tokens[j + 1]?.pos === "VERB") { markClause(tokens, j + 1, out); break; }
  }
  return out;
}
/** Marks the clause from `from` to its end (a clause end, or a comma past its first words) in `out`. */
function markClause(tokens: Token[], from: number, out: Uint8Array) {
  for (let k = from; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && !(tokens[k].norm === "," && k > from + 2); k++) out[k] = 1;
}
const DEMAND_VERBS = new Set([...VERBS].filter(([, relation]) => relation === "demanded").map(([lemma]) => lemma));
const DEMAND_NOUNS = new Set([...NOUNS].filter(([, relation]) => relation === "demanded").map(([noun]) => noun));
const CLAUSE_ENDS = new Set([";", ".", ":"]);
const SUBORDINATORS = new Set(["if", "unless", "when", "because", "although", "though", "while", "until", "once", "whether"]);

/** Negation and intent around a verb: "did not agree", "failed to agree", "would return". */
function modality(tokens: Token[], verb: number): { negated?: boolean; intent?: boolean } {
  let negated = false;
  let intent = false;
  for (let k = verb - 1; k >= Math.max(0, verb - 5); k--) {
    const t = tokens[k];
    if (t.pos === "VERB" && !(NEGATING_VERBS.has(t.lemma) || INTENT_MARKERS.has(t.norm))) break;
    // "failed on Friday to agree": a time phrase inside the verb group.
    if (TIME_WORDS.has(t.norm) || (t.norm === "on" && TIME_WORDS.has(tokens[k + 1]?.norm ?? ""))) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.norm === ",") break;
    if (NEGATIONS.has(t.norm)) negated = true;
    if (NEGATING_VERBS.has(t.lemma) && t.pos === "VERB") negated = true;
    if (MODALS.has(t.norm) || INTENT_MARKERS.has(t.norm)) intent = true;
  }
  return { ...(negated ? { negated } : {}), ...(intent ? { intent } : {}) };
}
