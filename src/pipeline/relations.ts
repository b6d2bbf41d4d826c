// Stage 6: sentences + resolved mentions -> typed claims with evidence. Verbs, light verbs with their
// objects, nominal forms and stated intentions decide the relation; the actor is found to the left of
// the predicate, the target to its right; reported speech, negation and intent are recorded.
import type { EntityType } from "../graph/types.js";
import { lookupNationalBody, namedBodyHead } from "../lexicon/index.js";
import triggers from "../lexicon/triggers.json" with { type: "json" };
import type { Resolution } from "./resolve.js";
import type { Claim, Mention, Sentence } from "./types.js";
import { TokenIndex, actorsIn, predicate, sidesAt, typeOf, type Predicate, type RelationContext, type RelationOptions } from "./relations/context.js";
import { conditionClaims } from "./relations/conditions.js";
import { counterparts, emit, withStates } from "./relations/emit.js";
import { ACTORS, ACTOR_ONLY, AFFILIATIONS, CLAUSE_ENDS, COPULAS, MEASURE_KINDS, MEETING_HEADS, PROPOSAL_FRAMES, PROPOSAL_RELATIONS, SPEECH, isGerund, verbsOf } from "./relations/lexicon.js";
import { colonAfter, describedBefore, itemsAfter, listAfter, measureAfter, proposalBefore } from "./relations/measures.js";
import { AGREEMENTS, agreementPartner, intransitiveTarget, listedMeasures, measuresAfter, objectOf, secondAddressee } from "./relations/object.js";
import { predicates, quotedTokens } from "./relations/predicates.js";
import { protestClaims } from "./relations/protests.js";
import { speakerClaims, spokespersonClaims } from "./relations/speakers.js";
import { agentAfter, authorsOfSubject, forecast, measureSubject, modifierSubject, passiveAgent, possessorBefore, repeatingVerb, subjectOf, verbBefore } from "./relations/subject.js";
import { sumLabel } from "./relations/labels.js";
import { proposalEntity } from "./relations/proposal-entities.js";
import { clauseMeasure, clauseSubjectEnd, verbPhraseTargets } from "./relations/verb-phrases.js";

export { nounPhraseLabel, verbPhraseLabel } from "./relations/labels.js";
export type { RelationOptions } from "./relations/context.js";

/** Kinds of national bodies that act and speak for their state (agencies, courts and parliaments have their own stands). */
const STATE_BODIES = new Set(["ministry", "executive", "military", "security", "delegation", "diplomatic"]);
/** Stands against an actor's conduct. */
const CHARGES = new Set(["criticised", "accused"]);
/** Material acts, which a state's unnamed agents carry out for it. */
const MATERIAL = new Set(["attacked", "fought", "coerced", "mobilised"]);
/** Relations between the coordinated actors themselves when nothing else is named. */
const JOINT = new Set(["met", "cooperated", "fought", "agreed"]);
/** Relations whose actors and targets are the sides of what the text reports: who met, agreed or fought. */
const SIDED = new Set(["met", "agreed", "fought", "attacked"]);
const JOINT_AGREEMENTS = new Set(triggers.jointAgreements);
/** Labels of unarmed crowds, on whom force is an assault. */
const CROWDS = new Set(triggers.crowds.labels);
/** Fighting both sides do ("clashed with protesters"), which stays a fight. */
const MUTUAL_FIGHTS = new Set(triggers.crowds.mutualVerbs);
/** Verbs of giving aid, whose promise aids whom it is for. */
const AIDING = new Set(verbsOf("aided"));
/** Who is sent to talk, not to help: sending them is no aid. */
const ENVOYS = new Set(triggers.envoys);
/** What a verb of giving may give that is no aid: time ("gave X 30 days to pay"), leave ("granted X a permit"). */
const LEAVE = new Set([...triggers.gifts.leave, ...triggers.gifts.documents]);
/** Leave given in writing, which the giver enacts as a measure ("granted the firm a licence"). */
const DOCUMENTS = new Set(triggers.gifts.documents);
/** Words of money or aid that make what is given aid. */
const AID_WORDS = new Set([...triggers.gifts.currencySymbols, ...triggers.gifts.currencies, "aid", "loan", "loans", "grant", "grants"]);
/** Verbs of mediation, whose offer names no parties of its own. */
const MEDIATING = new Set(verbsOf("mediated"));
/** Punctuation a noun phrase with a participle after it does not reach past. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "("]);
const HYPOTHETICAL = new Set(["potential", "possible", "proposed", "future", "planned", "prospective", "eventual", "hypothetical"]);

export function relations(sentences: Sentence[], mentions: Mention[], resolution: Resolution, options: RelationOptions): Claim[] {
  const cx = documentContext(sentences, mentions, resolution, options);
  const byName = new NamedEntities(resolution.entities);
  // Most documents quote no one (a quote in the cleaned text may also come from a character reference, "&quot;").
  const quotes = QUOTE_OR_REFERENCE.test(options.input);
  for (const sentence of sentences) {
    readSentence(cx, sentence, quotes);
    const first = cx.claims.length;
    affiliationClaims(cx, byName);
    meetingClaims(cx);
    predicateClaims(cx);
    mustClaims(cx);
    obligationClaims(cx);
    conditionClaims(cx);
    protestClaims(cx);
    speakerClaims(cx, first);
    spokespersonClaims(cx, first);
  }
  return cx.claims;
}

/** The context of a document, before its first sentence is read. */
function documentContext(sentences: Sentence[], mentions: Mention[], resolution: Resolution, options: RelationOptions): RelationContext {
  const { entities, entitiesOf } = resolution;
  const bySentence = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const ids = bySentence.get(mentions[i].sentence);
    if (ids) ids.push(i);
    else bySentence.set(mentions[i].sentence, [i]);
  }
  // National bodies act for their state ("China's Commerce Ministry condemned" is China's stand).
  const stateOfBody = new Map<number, number>();
  const stateNamed = new Map(entities.filter((e) => e.entityType === "state").map((e) => [e.label, e.id]));
  mentions.forEach((m, id) => {
    const state = m.kind === "organisation" && m.affiliation?.entityType === "state" ? stateNamed.get(m.affiliation.canonical) : undefined;
    if (state === undefined || entitiesOf[id].every((e) => stateOfBody.has(e)) || !STATE_BODIES.has(bodyCategory(m.canonical))) return;
    for (const e of entitiesOf[id]) stateOfBody.set(e, state);
  });
  return {
    options, resolution, mentions, entities, entitiesOf, bySentence, claims: [], contested: new Set(), measures: [], stateOfBody, lastCritic: undefined, lastDemander: [], lastRecipients: [], sides: [], spokespeople: { sidesOf: new Map(), read: 0 },
    sentence: sentences[0], tokens: [], ids: [], mentionAt: new TokenIndex(), startsAt: new TokenIndex(), titledAt: new TokenIndex(), quoted: NOTHING_QUOTED,
  };
}

/** Sets the context's sentence fields: its tokens, its mentions and where they start, its quotations (if the document has `quotes`). */
function readSentence(cx: RelationContext, sentence: Sentence, quotes: boolean) {
  const { mentions, mentionAt, startsAt, titledAt } = cx;
  const ids = cx.bySentence.get(sentence.index) ?? [];
  const { tokens } = sentence;
  mentionAt.reset(tokens.length);
  for (const id of ids) for (let t = mentions[id].first; t < mentions[id].last; t++) if (!mentionAt.has(t) || mentions[id].kind !== "proposal") mentionAt.set(t, id);
  startsAt.reset(tokens.length);
  titledAt.reset(tokens.length);
  for (const id of ids) {
    const titleFirst = mentions[id].titleFirst;
    startsAt.set(titleFirst ?? mentions[id].first, id);
    if (titleFirst !== undefined) titledAt.set(titleFirst, id);
  }
  cx.sentence = sentence;
  cx.tokens = tokens;
  cx.ids = ids;
  // Nor do most sentences of a document that does: their text tells it faster than their tokens.
  cx.quoted = quotes && QUOTE_OR_REFERENCE.test(cx.options.input.slice(sentence.start, sentence.end)) ? quotedTokens(tokens) : NOTHING_QUOTED;
}

const QUOTE_OR_REFERENCE = /["“”&]/;
const NOTHING_QUOTED: ReadonlySet<number> = new Set();

/** Affiliations: "Ukrainian Defence Minister X", "X, the spokesman for Y". */
function affiliationClaims(cx: RelationContext, byName: NamedEntities) {
  const { ids, mentions, entitiesOf, stateOfBody } = cx;
  for (const id of ids) {
    const m = mentions[id];
    if (!entitiesOf[id].length || (!m.affiliation && !m.alsoAffiliation)) continue;
    const owner = possessiveOwner(cx, id);
    for (const tie of [m.affiliation, m.alsoAffiliation]) {
      const target = tie === m.affiliation && owner !== undefined ? owner : tie ? byName.find(tie.canonical, tie.entityType) : -1;
      if (target < 0 || !tie?.relation) continue;
      emit(cx, entitiesOf[id], [target], predicate({ relation: tie.relation, at: m.first, after: m.last }));
      // Who heads or serves a national body serves its state.
      const state = stateOfBody.get(target);
      if (state !== undefined) emit(cx, entitiesOf[id], [state], predicate({ relation: tie.relation === "spokesperson_of" ? "spokesperson_of" : "member_of", at: m.first, after: m.last }));
    }
  }
}

/**
 * "The federation's president, X": the body the possessive description before the title stands for, once resolved.
 * It wins over the owner mentions took from the sentence before, which the description may not name.
 */
function possessiveOwner({ bySentence, mentions, entitiesOf, tokens }: RelationContext, id: number): number | undefined {
  const m = mentions[id];
  if (!m.ownedBy) return undefined;
  const owner = bySentence.get(m.sentence)?.findLast((j) => mentions[j].kind === "pronoun" && mentions[j].describes && mentions[j].canonical === m.ownedBy && mentions[j].last < m.first && tokens[mentions[j].last]?.norm === "'s");
  const found = owner === undefined ? [] : entitiesOf[owner];
  return found.length === 1 ? found[0] : undefined;
}

/** "talks between X and Y": a meeting, unless only a prospect; "X is in talks with Y": X meets Y. */
function meetingClaims(cx: RelationContext) {
  for (const id of cx.ids) {
    const held = talksHeldWith(cx, id);
    if (held >= 0) emit(cx, withStates(cx, subjectOf(cx, held)), actorsIn(cx, held + 1, cx.mentions[id].last), predicate({ relation: "met", at: held, after: held + 1 }));
    const talks = talksBetween(cx, id);
    if (!talks) continue;
    emit(cx, [talks.parties[0]], talks.parties.slice(1), predicate({ relation: "met", at: talks.between, after: talks.between + 1 }));
    rememberSides(cx, talks.parties);
  }
}

/** Where the copula stands when mention `id` is talks its subject is in "with" someone ("Kazakhstan is also in talks with the bank"), else -1. */
function talksHeldWith(cx: RelationContext, id: number): number {
  const { mentions, tokens } = cx;
  const m = mentions[id];
  if (m.kind !== "proposal" || !["talk", "negotiation"].includes(m.head ?? "") || tokens[m.first - 1]?.norm !== "in" || tokens[m.first + 1]?.norm !== "with") return -1;
  let verb = m.first - 2;
  while (tokens[verb]?.pos === "ADV") verb--;
  return COPULAS.has(tokens[verb]?.lemma ?? "") ? verb : -1;
}

/** Remembers the states and organisations among `parties` as the sides of the story, when there are two or more. */
function rememberSides(cx: RelationContext, parties: Iterable<number>) {
  const sides = [...parties].filter((e) => typeOf(cx, e) === "state" || typeOf(cx, e) === "organisation");
  if (sides.length >= 2) cx.sides = sides;
}

/** The parties of "talks between X and Y" named by mention `id`, unless the talks are only a prospect. */
function talksBetween(cx: RelationContext, id: number | undefined): { parties: number[]; between: number } | undefined {
  const { mentions, tokens } = cx;
  const m = id === undefined ? undefined : mentions[id];
  if (m?.kind !== "proposal" || !["talk", "talks", "meeting", "summit", "negotiation"].includes(m.head ?? "")) return undefined;
  let between = -1;
  for (let k = m.first; k < m.last; k++) {
    if (HYPOTHETICAL.has(tokens[k].norm)) return undefined;
    if (between < 0 && tokens[k].norm === "between") between = k;
  }
  const parties = between < 0 ? [] : actorsIn(cx, between + 1, Math.min(tokens.length, m.last + 4));
  return parties.length >= 2 ? { parties, between } : undefined;
}

/** "Turkey hosted talks between A and B", "talks between A and B hosted by the EU": the parties the host mediates between. */
function hostedParties(cx: RelationContext, verb: number): number[] {
  const { tokens, ids, mentions } = cx;
  // Hosted by someone: the parties named before, in the clause (the tagger may read a sentence's first "Talks" as a name).
  if (tokens[verb + 1]?.norm === "by" && tokens[verb - 1]?.pos !== "AUX") {
    let start = verb - 1;
    while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1].norm)) start--;
    const parties = actorsIn(cx, start, verb);
    if (parties.length >= 2) return parties;
  }
  let before = verb - 1;
  while (tokens[before]?.pos === "AUX") before--;
  const after = tokens[verb + 1]?.pos === "DET" ? verb + 2 : verb + 1;
  // The talks' mention, not the names inside it (which the token lookup prefers).
  const talks = ids.find((id) => mentions[id].kind === "proposal" && (mentions[id].first === after || mentions[id].last === before + 1));
  return talksBetween(cx, talks)?.parties ?? [];
}

/** Claims of the sentence's predicates: verbal ones from their subject to their object, nominal ones from their owner to what they are about. */
function predicateClaims(cx: RelationContext) {
  const { tokens, quoted, measures, sentence } = cx;
  // The actors who met or agreed in this sentence: the parties a mediator named after them mediates between.
  const parties = new Set<number>();
  for (const read of predicates(tokens, quoted)) {
    cx.contested.clear();
    const hosted = read.relation === "met" && tokens[read.at].lemma === "host" ? hostedParties(cx, read.at) : [];
    let p = hosted.length ? predicate({ ...read, relation: "mediated" }) : read;
    // "talks between A and B hosted by the EU", "A and B held talks hosted by the EU": the host mediates between them.
    const host = hosted.length && tokens[p.at + 1]?.norm === "by" ? passiveAgent(cx, p) ?? actorsIn(cx, p.at + 2, p.at + 6).slice(0, 1) : [];
    if (host.length) {
      emit(cx, host, hosted.filter((e) => !host.includes(e)), p);
      continue;
    }
    // Nominal predicates: "Russia's rejection of X", "a key demand of Kyiv".
    if (tokens[p.at].pos === "NOUN") {
      // "a demand by Chile for X": the agent of the noun, then what it is about.
      const agent = tokens[p.after]?.norm === "by" ? agentAfter(cx, p.after + 1) : undefined;
      const about = agent?.end ?? p.after;
      const possessor = agent?.actors ?? ownerOtherThanOpponent(cx, p.at, possessorBefore(cx, p.at));
      // "Kenya's allegations against Uganda", "an attack on X": the party an act is against.
      const of = ["of", "for", "on"].includes(tokens[about]?.norm ?? "") || (tokens[about]?.norm === "against" && ACTOR_ONLY.has(p.relation)) ? about + 1 : -1;
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
      if (!actors.length && /demand|condition/.test(tokens[p.at].norm) && tokens.slice(p.at, p.at + 3).some((t) => t.lemma === "include")) actors = cx.lastDemander;
      if (!actors.length && tokens[p.after]?.lemma === "include") {
        actors = cx.lastDemander;
      }
      // "The party set out three demands: a recount, ...": the list after the colon, made by the verb's subject.
      const colon = colonAfter(cx, p.after);
      if (!actors.length && colon >= 0) actors = withStates(cx, subjectOf(cx, verbBefore(cx, p.at)));
      // "Israel's demand that its fighters disarm": the act the clause asks for.
      const asked = p.relation === "demanded" && tokens[p.after]?.norm === "that" && actors.length ? clauseMeasure(cx, p.after + 1, clauseSubjectEnd(cx, p.after + 1)) : [];
      // "Chile's refusal to sign the treaty", "Iran's threat to close the strait": the act its infinitive names.
      const act = actors.length && !asked.length && tokens[about]?.norm === "to" && tokens[about + 1]?.pos === "VERB" ? verbPhraseTargets(cx, about + 1, p.relation) : [];
      const listed = targets.length ? targets : asked.length ? asked : act.length ? act : tokens[p.after]?.lemma === "include" ? included(cx, p.after + 1, p.relation) : colon >= 0 ? itemsAfter(cx, colon + 1) : [];
      if (actors.length && listed.length) {
        emit(cx, actors, listed, p);
        if (p.relation === "demanded") cx.lastDemander = actors;
      }
      continue;
    }
    // "said the pipeline would carry its first oil": what a thing would do is a forecast, no one's act.
    if (p.announced && forecast(cx, p.at)) continue;
    const passive = passiveAgent(cx, p);
    // "Bolivia was given access to a port", "proposed that Ethiopia be given access": who is given aid gives none.
    if (p.relation === "aided" && !passive && givenTo(tokens, p.at)) continue;
    const subject = passive ?? subjectOf(cx, p.speaker ?? p.at);
    // "a Chinese coast guard vessel fired": a material act by a state's unnamed agents is the state's.
    // A region acts by what it says and decides ("British Columbia said it supported the cap"), not by force: "Gaza
    // fired rockets" names no actor.
    const acting = MATERIAL.has(p.relation) ? subject.filter((e) => typeOf(cx, e) !== "place") : subject;
    const sources = withStates(cx, p.announced ? acting.filter((e) => ACTORS.has(typeOf(cx, e))) : acting.length ? acting : MATERIAL.has(p.relation) ? modifierSubject(cx, p.at) : PROPOSAL_FRAMES.has(p.relation) && !passive ? authorsOfSubject(cx, p.at) : []);
    if (!sources.length) continue;
    let targets: number[] = [];
    if (passive) {
      // "The ceasefire was brokered by Qatar", "the US-backed plan was rejected by X": the measure acted on, else the actor.
      targets = measureSubject(cx, p.at);
      if (!targets.length) targets = subjectOf(cx, p.at, 0, true);
    } else if (p.verbTarget !== undefined) targets = verbPhraseTargets(cx, p.verbTarget, p.relation);
    else if (p.measureOnly) targets = measuresAfter(cx, p.after);
    // An announced act is what its verb phrase names, or nothing.
    const active = !passive && !p.measureOnly && !p.announced;
    // "a measure X called “collective punishment”": a clause after a described measure acts on it, whatever follows its verb.
    if (!targets.length && !passive && !p.announced) targets = describedBefore(cx, p);
    if (!targets.length && active) targets = objectOf(cx, p);
    if (!targets.length && active) targets = intransitiveTarget(cx, p, sources);
    const leave = p.relation === "aided" && !p.gift ? leaveGiven(cx, p.at) : -1;
    if (leave >= 0) {
      // "granted the company a licence to hunt whales": leave in writing is a measure the giver enacts; time is no aid either.
      const document = DOCUMENTS.has(tokens[leave].norm) ? measureAfter(cx, p.after) : [];
      if (!document.length) continue;
      p = predicate({ ...p, relation: "agreed", plover: undefined });
      targets = document;
    }
    if (p.relation === "aided") targets = recipients(cx, p, targets);
    if (p.gift) targets = [...(p.intent ? [] : targets), proposalEntity(sumLabel(tokens, p.at, p.after), cx.resolution)];
    if (p.count) targets = [proposalEntity(sumLabel(tokens, p.at, p.after), cx.resolution)];
    if (p.measureOnly) targets = targets.filter((e) => typeOf(cx, e) === "proposal");
    // "accused the health ministry of", "criticised the foreign ministry": a charge against a national body is one
    // against its state, as the body's own acts are the state's.
    if (CHARGES.has(p.relation)) targets = withStates(cx, targets);
    // "France and Egypt launched war games": a joint act with no other party is between the actors.
    if (!targets.length && sources.length > 1 && JOINT.has(p.relation)) {
      emit(cx, sources.slice(0, 1), counterparts(cx, sources), p);
      if (SIDED.has(p.relation) && !p.negated) for (const e of sources) parties.add(e);
      continue;
    }
    if (hosted.length) targets = hosted;
    // "talks brokered by Qatar", "who has mediated the dialogue": the mediator stands between the parties named before.
    // "Qatar, which brokered the talks": with no parties named before it, those the text last named meeting or fighting
    // (not for an infinitive: "backed the bloc's efforts to mediate").
    const sides = parties.size ? parties : tokens[p.at - 1]?.norm === "to" ? [] : cx.sides;
    // "two days of talks brokered by X": with the sides found, the talks are where they met, no measure of the mediator's.
    if (p.relation === "mediated" && !targets.some((e) => ACTORS.has(typeOf(cx, e)))) {
      const between = [...sides].filter((e) => !sources.includes(e));
      targets = [...between, ...(between.length ? targets.filter((e) => !MEETING_HEADS.has(cx.entities[e].label.split(" ")[0].toLowerCase())) : targets)];
    }
    if (!targets.length) continue;
    // "police fired on protesters": force used on an unarmed crowd is an assault, not a fight between armed sides.
    if (p.relation === "fought" && !MUTUAL_FIGHTS.has(tokens[p.at].lemma) && targets.every((e) => CROWDS.has(cx.entities[e].label.toLowerCase()))) p = predicate({ ...p, relation: "attacked", plover: undefined });
    emit(cx, sources, targets, p);
    // "Turkey offered to mediate": an offer to mediate with no parties named is to mediate between the story's sides.
    if (p.verbTarget !== undefined && !p.negated && MEDIATING.has(tokens[p.verbTarget].lemma) && !targets.some((e) => ACTORS.has(typeOf(cx, e)))) {
      emit(cx, sources, cx.sides.filter((e) => !sources.includes(e)), predicate({ relation: "mediated", at: p.verbTarget, after: p.verbTarget + 1, intent: true }));
    }
    // "called on Israel to stop its strikes and on Hezbollah to disarm": the second party is asked too.
    if (p.relation === "demanded" && !p.negated) {
      const second = secondAddressee(cx, p);
      if (second.length) emit(cx, sources, second, p);
    }
    // "Chile signed a deal with Peru": the other party agreed to it too.
    const partner = p.relation === "agreed" && !p.negated && !p.intent ? agreementPartner(cx, p).filter((e) => !sources.includes(e)) : [];
    if (partner.length) emit(cx, partner, targets.filter((e) => typeOf(cx, e) === "proposal"), p);
    // "A and B met with C": A and B met each other too; "A and B agreed to X", "A and B signed a deal": they reached it together.
    if (p.relation === "met" && sources.length > 1) emit(cx, sources.slice(0, 1), counterparts(cx, sources), p);
    if (p.relation === "agreed" && !p.negated && !p.intent && sources.length > 1 && jointAgreement(cx, p, sources)) emit(cx, sources.slice(0, 1), counterparts(cx, sources), predicate({ ...p, relation: "met", plover: undefined }));
    // "pledged to fund salaries for Lebanese soldiers", "would send a medical team": aid promised, or offered, aids whom it is for.
    if ((p.relation === "agreed" || (p.relation === "proposed" && p.intent)) && !p.negated && (p.gift || (p.verbTarget !== undefined && AIDING.has(tokens[p.verbTarget].lemma) && !sendsEnvoys(cx, p.verbTarget)))) {
      emit(cx, sources, promisedRecipients(cx, p.verbTarget ?? p.after, sources), predicate({ ...p, relation: "aided", plover: undefined }));
    }
    if (SIDED.has(p.relation) && !p.negated) for (const e of [...sources, ...targets]) if (ACTORS.has(typeOf(cx, e))) parties.add(e);
    const kinds = p.negated || p.intent ? [] : MEASURE_KINDS[p.relation] ?? (p.relation === "rejected" && p.measureOnly ? ["decision"] : []);
    const named = targets.filter((e) => typeOf(cx, e) === "proposal");
    if (kinds.length && named.length) measures.push({ kinds, sources, targets: named, blocking: p.relation === "rejected", verb: tokens[p.at].lemma });
    if (p.relation === "demanded" && !p.negated) cx.lastDemander = sources;
    if (["criticised", "accused", "threatened"].includes(p.relation)) cx.lastCritic = { entities: sources, sentence: sentence.index };
  }
  rememberSides(cx, parties);
}

/** Verbs of opposing what their object names. */
const OPPOSING = new Set(verbsOf("rejected", "criticised"));

/**
 * The owners of the nominal predicate at `at`, but none when they are the subject of a verb opposing it: in "the company
 * rejected its demand", "its" is another's, whom the pronoun did not find.
 */
function ownerOtherThanOpponent(cx: RelationContext, at: number, owners: number[]): number[] {
  const { tokens } = cx;
  if (!owners.length || !["its", "their"].includes(tokens[at - 1]?.norm ?? "")) return owners;
  const verb = at - 2;
  const opponents = tokens[verb]?.pos === "VERB" && OPPOSING.has(tokens[verb].lemma) ? subjectOf(cx, verb) : [];
  return owners.some((e) => opponents.includes(e)) ? [] : owners;
}

/** Whether the verb at `verb` is a passive participle ("was given", "be granted"), whose subject receives. */
function givenTo(tokens: Sentence["tokens"], verb: number): boolean {
  let k = verb - 1;
  while (tokens[k]?.pos === "ADV") k--;
  return (tokens[k]?.lemma === "be" || tokens[k]?.lemma === "get") && tokens[verb].norm !== tokens[verb].lemma.toLowerCase() && !isGerund(tokens[verb]);
}

/** What a list after "include" names: its listed targets and, for a measure's relation, its measures however named. */
function included(cx: RelationContext, from: number, relation: string): number[] {
  const listed = listAfter(cx, from, relation);
  return PROPOSAL_RELATIONS.has(relation) ? [...new Set([...listed, ...listedMeasures(cx, from, relation)])] : listed;
}

/** Whether states and organisations reached an agreement together by the verb of `p` (people who sign are their sides' hands). */
function jointAgreement(cx: RelationContext, p: Predicate, sources: number[]): boolean {
  return JOINT_AGREEMENTS.has(cx.tokens[p.at].lemma) && sources.every((e) => typeOf(cx, e) === "state" || typeOf(cx, e) === "organisation");
}

/** Whom aid is for: the actors among its targets, remembered; for a gift that names no one, whom the latest aid was for. */
function recipients(cx: RelationContext, p: Predicate, targets: number[]): number[] {
  const actors = targets.filter((e) => ACTORS.has(typeOf(cx, e)));
  if (actors.length) cx.lastRecipients = actors;
  else if (p.gift) return [...targets, ...cx.lastRecipients];
  return targets;
}

/** Where the verb of giving at `verb` gives time or leave before any money or aid ("gave the firm 30 days to pay"), else -1. */
function leaveGiven(cx: RelationContext, verb: number): number {
  const { tokens } = cx;
  for (let k = verb + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && k < verb + 16; k++) {
    if (AID_WORDS.has(tokens[k].norm)) return -1;
    if (LEAVE.has(tokens[k].norm)) return k;
    if (tokens[k].norm === "to" && tokens[k + 1]?.pos === "VERB") return -1;
  }
  return -1;
}

/** Whether the act at `verb` sends people to talk, not aid ("send a trade mission to Manila", "a team of envoys to mediate"). */
function sendsEnvoys(cx: RelationContext, verb: number): boolean {
  const { tokens } = cx;
  for (let k = verb + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && k < verb + 8; k++) {
    if (ENVOYS.has(tokens[k].lemma)) return true;
    if (tokens[k].norm === "to" && tokens[k + 1]?.pos === "VERB") return MEDIATING.has(tokens[k + 1].lemma) || tokens[k + 1].lemma === "negotiate";
  }
  return false;
}

/**
 * Whom aid promised from token `from` is for: the actors its clause names ("for Lebanese soldiers"), else whom the
 * latest aid was for, else the first state the text names (the story's home) unless it gives the aid: a home
 * government's aid "to each small retailer" is for its own people, no state.
 */
function promisedRecipients(cx: RelationContext, from: number, givers: number[]): number[] {
  const { tokens, entities } = cx;
  let end = from + 1;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end].norm) && tokens[end].norm !== ",") end++;
  const named = actorsIn(cx, from, end).filter((e) => !givers.includes(e));
  if (named.length) return named;
  const latest = cx.lastRecipients.filter((e) => !givers.includes(e));
  if (latest.length) return latest;
  const home = entities.find((e) => e.entityType === "state");
  return home && !givers.includes(home.id) ? [home.id] : [];
}

/** Modals of what someone must do, and the verbs that say it before "to" ("has to", "needs to"). */
const OBLIGING_MODALS = new Set(["must", "should"]);
const OBLIGING_VERBS = new Set(["have", "need"]);

/** "X said Y must ...": X demands it of Y. */
function mustClaims(cx: RelationContext) {
  const { tokens } = cx;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].pos !== "VERB" || !SPEECH.has(tokens[k].lemma)) continue;
    const end = Math.min(tokens.length, k + 24);
    let j = k + 1;
    while (j < end && !OBLIGING_MODALS.has(tokens[j].norm) && !(tokens[j].norm === "to" && OBLIGING_VERBS.has(tokens[j - 1].lemma))) j++;
    // Whose speech it is, only when it says what someone must do.
    if (j === end) continue;
    const speaker = subjectOf(cx, k);
    // "the minister said the government needed to raise revenue": what one's own side must do is no demand.
    const own = (e: number) => cx.claims.some((c) => AFFILIATIONS.has(c.relation) && speaker.includes(c.source) && c.target === e);
    const addressee = speaker.length ? actorsIn(cx, k + 1, j, true).filter((e) => !own(e)) : [];
    if (addressee.length) emit(cx, speaker, addressee.slice(0, 1), predicate({ relation: "demanded", at: k, after: j }));
  }
}

/** Verbs by which an agreement binds its parties to an act ("the deal commits both sides to withdraw troops"). */
const BINDING = new Set(["commit", "oblige", "obligate", "bind", "require"]);

/** "The protocol commits both sides to withdraw troops": the parties an agreement binds agree to the act. */
function obligationClaims(cx: RelationContext) {
  const { tokens } = cx;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].pos !== "VERB" || !BINDING.has(tokens[k].lemma)) continue;
    let to = k + 1;
    while (to < tokens.length && to - k < 10 && tokens[to].norm !== "to" && !CLAUSE_ENDS.has(tokens[to].norm)) to++;
    const act = tokens[to + 1];
    if (tokens[to]?.norm !== "to" || !(act?.pos === "VERB" || isGerund(act))) continue;
    // Only an agreement binds its parties: the sentence names one before the verb, or opens with an "it" that stands for
    // no actor ("The contract was signed ... It commits the firm to build"), and no actor is its subject.
    const agreement = tokens.slice(0, k).some((t) => t.pos === "NOUN" && AGREEMENTS.has(t.norm)) || unresolvedIt(cx);
    if (!agreement || subjectOf(cx, k).some((e) => ACTORS.has(typeOf(cx, e)))) continue;
    const parties = sidesAt(cx, k + 1)?.parties ?? actorsIn(cx, k + 1, to);
    const targets = parties.length ? verbPhraseTargets(cx, to + 1, "agreed") : [];
    if (targets.length) emit(cx, parties, targets, predicate({ relation: "agreed", at: k, after: to + 2 }));
  }
}

/** Whether the sentence opens with "it" standing for no actor: a thing the sentence before named as its subject. */
function unresolvedIt({ ids, mentions, entitiesOf }: RelationContext): boolean {
  const first = ids.find((id) => mentions[id].first === 0);
  return first !== undefined && mentions[first].kind === "pronoun" && mentions[first].canonical === "it" && !entitiesOf[first].length;
}

/** The kind of national body a name is ("" for none), remembered: an organisation is named again and again across documents. */
const bodyCategories = new Map<string, string>();

function bodyCategory(name: string): string {
  let category = bodyCategories.get(name);
  if (category === undefined) {
    if (bodyCategories.size >= 10_000) bodyCategories.clear(); // bounded over a long corpus
    category = (lookupNationalBody(name)?.head ?? namedBodyHead(name))?.category ?? "";
    bodyCategories.set(name, category);
  }
  return category;
}

/** The first entity of a name and type, found by lookup: affiliations are looked up for every mention. */
class NamedEntities {
  private readonly byType = new Map<string, Map<string, number>>();
  private readonly indexed: number;
  constructor(private readonly entities: Resolution["entities"]) {
    entities.forEach((e, i) => {
      let labels = this.byType.get(e.entityType);
      if (!labels) this.byType.set(e.entityType, (labels = new Map()));
      if (!labels.has(e.label)) labels.set(e.label, i);
    });
    this.indexed = entities.length;
  }
  /** The entity's index, or -1; entities added since (the proposals this stage names) are scanned. */
  find(label: string, type: EntityType): number {
    const found = this.byType.get(type)?.get(label);
    if (found !== undefined) return found;
    for (let i = this.indexed; i < this.entities.length; i++) if (this.entities[i].label === label && this.entities[i].entityType === type) return i;
    return -1;
  }
}
