// What a predicate acts on, within its clause: objects, frames, possessors, coordinated parties and places.
import type { Relation } from "../../graph/types.js";
import proposalLexicon from "../../lexicon/proposals.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { headForm, isAttack, isProposalHead } from "../proposals.js";
import { DEAL_HEADS } from "../resolve.js";
import type { Mention, Token } from "../types.js";
import { actorsIn, finiteVerb, opensClause, sidesAt, typeOf, type Predicate, type RelationContext } from "./context.js";
import { nounPhraseLabel } from "./labels.js";
import { ACTORS, ACTOR_ONLY, AFFILIATIONS, ANAPHORS, MEETING_HEADS, CLAUSE_ENDS, DEFINITE, ENDINGS, FACTS, GENERIC_DEALS, NOT_MEASURES, NOUNS, OBJECT_OPENERS, PARTITIVES, PEOPLE, PROPOSAL_FRAMES, TAKES_MEASURES, TIME_WORDS, isGerund, isInProtest, taggedPlural } from "./lexicon.js";
import { antecedent, endingLabel, itemsAfter, measureAfter, rulingItself } from "./measures.js";
import { inProposalLabel, nameProposal, nounMeasureEntity } from "./proposal-entities.js";
import { agentAfter } from "./subject.js";
import { clauseMeasure, clauseSubjectEnd, verbPhraseTarget, verbPhraseTargets } from "./verb-phrases.js";

/** Relations between parties: a place is where they meet, not whom. */
const PARTIES_ONLY = new Set(["met", "mediated", "cooperated", "accused"]);
/** Nouns that point back to what someone said ("dismissed the remark"). */
const SPEECH_NOUNS = new Set(triggers.speechNouns);
const THREAT_NOUNS = new Set(triggers.threatNouns);

/** The measure of the latest threat claimed in this sentence or the two before, if any. */
function measureThreatened({ claims, entities, sentence }: RelationContext): number | undefined {
  const threat = claims.findLast((c) => c.relation === "threatened" && entities[c.target].entityType === "proposal");
  return threat && threat.evidence.sentence >= sentence.index - 2 ? threat.target : undefined;
}
/** Nouns that frame what follows them ("the importance of", "a list of"). */
const FRAME_NOUNS = new Set(proposalLexicon.frameNouns);
/** Nouns that name a measure put forward, whose owner is not what a stand on them is about ("Ukraine's bid for"). */
const PROPOSAL_NOUNS = new Set(proposalLexicon.proposalNouns);
/** Acts on actors whose measure is a target too ("imposed duties on X", "threatened retaliation against X", "imposed a curfew on X"). */
const MEASURE_TARGETS = new Set(["sanctioned", "threatened", "coerced"]);
/** Stands on what someone did, which are stands on who did it. */
const STANCES = new Set(["criticised", "supported"]);
/** Relations whose actor, with no other target, acts on its own office ("resigned"). */
const SELF_DIRECTED = new Set(["retreated"]);
const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "into", "across", "throughout", "from", "on"]);
const TARGET_PREPOSITIONS = new Set(["on", "to", "with", "for", "upon", "against", "about", "into", "at", "from", "over", "in", "of"]);

/** Pronouns in the object case whose person is sure: "accused her of", not "her government" nor "them". */
const OBJECT_PRONOUNS = new Set(["him", "her"]);

/**
 * Whether a pronoun or description points back to a party an act may be on (one the text named): a description of an organisation named
 * before ("accused the commission of bias", "criticised the company") or a person's object pronoun ("blamed him").
 */
function pointsToParty(cx: RelationContext, id: number): boolean {
  const m = cx.mentions[id];
  if (!cx.entitiesOf[id].length) return false;
  if (m.describes) return true;
  const next = cx.tokens[m.last];
  return OBJECT_PRONOUNS.has(cx.tokens[m.first].norm) && !["NOUN", "ADJ", "PROPN", "NUM"].includes(next?.pos ?? "");
}

/** "met UN envoy Maria Lopez": the body in a person's title says whom the person serves; the person is the party. */
function titledPerson(cx: RelationContext, id: number): number {
  const { titledAt, mentions, entitiesOf } = cx;
  const person = titledAt.get(mentions[id].first) ?? titledAt.get(mentions[id].last);
  return person !== undefined && mentions[id].kind !== "person" && entitiesOf[person].length ? person : id;
}

/** "called on Israel to stop its strikes and on Hezbollah to disarm": the party and the act of a second "on"-phrase. */
export function secondAddressee(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, startsAt } = cx;
  if (tokens[p.after - 1]?.norm !== "on") return [];
  for (let k = p.after; k < tokens.length - 2 && !CLAUSE_ENDS.has(tokens[k].norm); k++) {
    if (tokens[k].norm !== "and" || tokens[k + 1].norm !== "on") continue;
    const id = startsAt.get(tokens[k + 2].pos === "DET" ? k + 3 : k + 2);
    const to = id === undefined ? -1 : mentions[id].last;
    if (tokens[to]?.norm !== "to" || tokens[to + 1]?.pos !== "VERB") return [];
    return [...actorsIn(cx, k + 2, to), ...verbPhraseTargets(cx, to + 1, p.relation)];
  }
  return [];
}

/** Words before a name that make it a helper of the actor: "with support from", "with the help of", "together with". */
const CO_ACTOR_WORDS = new Set(triggers.coActorWords);

/** Whether the name starting at token `first` (past a determiner) helps the actor rather than being acted on. */
function coActor(cx: RelationContext, first: number): boolean {
  const { tokens } = cx;
  const k = tokens[first - 1]?.pos === "DET" ? first - 1 : first;
  return CO_ACTOR_WORDS.has(tokens[k - 1]?.norm ?? "") || CO_ACTOR_WORDS.has(`${tokens[k - 2]?.norm} ${tokens[k - 1]?.norm}`);
}

/** Nouns of an agreement between parties ("a deal with Peru"). */
export const AGREEMENTS = new Set(proposalLexicon.agreementNouns);

/** "signed a deal with Peru", "reached an agreement with the IMF on X": the other party to the agreement agreed. */
export function agreementPartner(cx: RelationContext, p: Predicate): number[] {
  const { tokens } = cx;
  for (let k = p.at + 1; k < Math.min(tokens.length, p.at + 8); k++) {
    if (tokens[k].norm === "with") return AGREEMENTS.has(tokens[k - 1].norm) ? actorsIn(cx, k + 1, Math.min(tokens.length, k + 5)).slice(0, 1) : [];
  }
  return [];
}

/** Stands that judge a ruling, as "welcomed" or "regretted" do; rejecting or appealing one is read as an act on it. */
const JUDGEMENTS = new Set(["supported", "criticised"]);

/** Words after an act on a party that say what it is accused or criticised of, not whom: "accused of", "criticised for". */
const CHARGES = new Set(["of", "for", "over"]);

/**
 * "the tariffs, which Nordwerk had opposed,": the verb that ends an object relative clause acts on the measure before
 * it; one on a party, also before the charge ("Uganda, which Kenya has accused of harbouring rebels,"), on the party.
 */
function relativeAntecedent(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, entitiesOf, mentionAt } = cx;
  const onParty = ACTOR_ONLY.has(p.relation) || STANCES.has(p.relation);
  const next = tokens[pastTimePhrase(tokens, p.after)]?.norm ?? "";
  if (![",", ".", ";"].includes(next) && !(onParty && CHARGES.has(next))) return [];
  let k = p.at - 1;
  while (k >= 0 && ["AUX", "ADV", "PART"].includes(tokens[k].pos)) k--;
  const subject = mentionAt.get(k);
  if (subject === undefined) return [];
  let which = (mentions[subject].titleFirst ?? mentions[subject].first) - 1;
  if (tokens[which]?.pos === "DET" && !["which", "that"].includes(tokens[which].norm)) which--;
  const id = ["which", "that", "whom"].includes(tokens[which]?.norm ?? "") ? mentionAt.get(tokens[which - 1]?.norm === "," ? which - 2 : which - 1) : contactAntecedent(cx, which);
  if (id === undefined) return [];
  const party = onParty && entitiesOf[id].every((e) => ACTORS.has(typeOf(cx, e)));
  if (mentions[id].kind !== "proposal") return party ? entitiesOf[id] : [];
  // "asked her to publish the contract, which she declined to do": "do" takes up the act asked for on the measure.
  const act = tokens[p.after - 1]?.lemma === "do" ? actOn(cx, entitiesOf[id]) : undefined;
  return act === undefined ? entitiesOf[id] : [act];
}

/**
 * "an offer the union turned down in May", "the pay rise Acme offered": a relative clause with no "which" opens right after
 * the measure it acts on, its subject the next noun phrase. Only a measure: a party before a subject is an addressee
 * ("told Peru Chile would").
 */
function contactAntecedent(cx: RelationContext, last: number): number | undefined {
  const id = cx.mentionAt.get(last);
  return id !== undefined && cx.mentions[id].kind === "proposal" && cx.mentions[id].last === last + 1 ? id : undefined;
}

/** The act on one of `measures` that a claim of this sentence made its target ("publish contract" on "contract"), the latest. */
function actOn(cx: RelationContext, measures: number[]): number | undefined {
  const { claims, entities, sentence } = cx;
  const labels = measures.map((e) => ` ${entities[e].label}`);
  for (let c = claims.length - 1; c >= 0 && claims[c].evidence.sentence === sentence.index; c--) {
    const target = entities[claims[c].target];
    if (target?.entityType === "proposal" && labels.some((label) => target.label.endsWith(label))) return target.id;
  }
  return undefined;
}

/** Words that open a time phrase ("last week", "on Monday", "in 2023"). */
const TIME_OPENERS = new Set(["last", "this", "next", "on", "in", "earlier"]);

/** Where the time phrase that starts at `k` ends ("rejected last week,"), or `k` when there is none. */
function pastTimePhrase(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length && j - k < 4 && (TIME_OPENERS.has(tokens[j].norm) || TIME_WORDS.has(tokens[j].norm) || tokens[j].pos === "NUM")) j++;
  return j > k && (TIME_WORDS.has(tokens[j - 1].norm) || tokens[j - 1].pos === "NUM") ? j : k;
}

/**
 * Where "to" and a verb follow the noun phrase of a party starting at `k` ("the operator of the country's offshore oil
 * fields to", whose modifiers the tagger may read as an adverb or a verb), else -1.
 */
function addresseeTo(tokens: Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j - k <= 8; j++) {
    if (tokens[j].norm === "to") return infinitiveAfter(tokens, j) > 0 ? j : -1;
    // "asked the regulator, the Energy Market Authority, to publish": past the apposition that names it.
    if (tokens[j].norm === ",") {
      const past = pastApposition(tokens, j);
      return past > j ? past : -1;
    }
    // "wanted multilateral lenders such as the World Bank to share the losses": past the examples of the party.
    if (tokens[j].norm === "such" && tokens[j + 1]?.norm === "as") {
      j++;
      continue;
    }
    if (!ADDRESSEE_TAGS.has(tokens[j].pos) && !ADDRESSEE_LINKS.has(tokens[j].norm)) return -1;
  }
  return -1;
}
/** The verb of the infinitive after "to" at `to`, also one quoted ("urged employers to \"go further\""), or -1. */
function infinitiveAfter(tokens: Token[], to: number): number {
  const verb = QUOTE_MARKS.has(tokens[to + 1]?.norm ?? "") ? to + 2 : to + 1;
  return tokens[verb]?.pos === "VERB" ? verb : -1;
}
const QUOTE_MARKS = new Set(['"', "“"]);

/** Tags and words of an addressee's noun phrase before its "to", modifiers the tagger misreads included ("troop-contributing countries"). */
const ADDRESSEE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "ADV", "VERB"]);
const ADDRESSEE_LINKS = new Set(["of", "'s", "'", "-"]);

/** Words that open a phrase or clause of time or cause after a verb's object, never the object itself. */
const CIRCUMSTANCES = new Set(["after", "before", "despite", "amid", "during", "pending", "since", "because", "following"]);

/** The states and organisations whose claims (no affiliation) the two sentences before report, other than those acting at `at` and their states. */
function speakersBefore(cx: RelationContext, at: number): number[] {
  const before = cx.sentence.index - 1;
  const acting = actorsIn(cx, 0, at);
  for (const e of [...acting]) if (cx.stateOfBody.has(e)) acting.push(cx.stateOfBody.get(e)!);
  const out: number[] = [];
  for (const c of cx.claims) {
    if (c.evidence.sentence >= before - 1 && c.evidence.sentence <= before && !AFFILIATIONS.has(c.relation) && ["state", "organisation"].includes(typeOf(cx, c.source) ?? "") && !acting.includes(c.source) && !out.includes(c.source)) out.push(c.source);
  }
  return out;
}

/**
 * What a predicate acts on, within its clause: the first entity or proposal after it, looking
 * through frames ("a proposal for X"), possessors ("Moscow's suggestion of X"), titles, partitives
 * ("scores of X") and, for acts on actors, the phrases after a plain object ("shared evidence with X").
 */
export function objectOf(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt, lastCritic, sentence, resolution } = cx;
  const relative = relativeAntecedent(cx, p);
  if (relative.length) return relative;
  // "would not step down and accused Riga": a refusal to yield with no object of its own rejects the act asked for.
  const refused = p.relation === "rejected" && !OBJECT_OPENERS.has(tokens[p.after]?.pos ?? "") ? yieldingRefused(cx, p) : undefined;
  if (refused !== undefined) return [refused];
  const actorOnly = ACTOR_ONLY.has(p.relation);
  let k = p.after;
  let skippedPreposition = false;
  let skippedFrame = false;
  let possessor: number[] = [];
  let plainObject = -1;
  // Whether the plain object follows the verb with no preposition: "warned of heavy losses" names no measure.
  let directObject = false;
  let measure: number[] = [];
  const lookedInside = new Set<number>();
  // "froze the assets of the junta", "suspended fuel exports to X": an act on actors names its measure by a plain noun phrase too.
  const actMeasure = () => (measure.length || !directObject || !MEASURE_TARGETS.has(p.relation) || p.negated ? measure : plainMeasure(cx, plainObject, p.relation));
  while (k < tokens.length) {
    const t = tokens[k];
    if ([";", ":", ".", "—", "–"].includes(t.norm) || (t.norm === "," && k > p.after && !(tokens[k + 1] && TIME_WORDS.has(tokens[k + 1].norm)))) break;
    if (finiteVerb(cx, k) && k > p.after && !(t.pos === "VERB" && /(ed|ing)$/.test(t.norm))) break;
    // "overruled it after objections from regulators in Germany", "suspended preparations pending the court's ruling":
    // what a phrase of time or cause names is no object.
    if (k > p.after && (CIRCUMSTANCES.has(t.norm) || isInProtest(tokens, k))) break;
    const meant = antecedent(cx, k);
    if (meant?.length && (!actorOnly || meant.every((e) => ACTORS.has(typeOf(cx, e))))) return meant;
    const ruling = k === p.after && JUDGEMENTS.has(p.relation) ? rulingItself(cx, k) : undefined;
    if (ruling !== undefined) return [ruling];
    // "accused both sides of", "urged the two countries to resume talks": the sides the text last named.
    const sides = p.relation === "proposed" ? undefined : sidesAt(cx, k, p.relation === "accused");
    if (sides) {
      const asked = tokens[sides.end]?.norm === "to" && tokens[sides.end + 1]?.pos === "VERB" ? verbPhraseTargets(cx, sides.end + 1, p.relation) : [];
      if (p.relation !== "demanded" || asked.length) return [...sides.parties, ...asked];
    }
    const found = startsAt.get(k) ?? mentionAt.get(k);
    const id = found !== undefined && !lookedInside.has(found) ? titledPerson(cx, found) : undefined;
    if (id !== undefined && (mentions[id].kind !== "pronoun" || pointsToParty(cx, id))) {
      const m = mentions[id];
      const es = entitiesOf[id];
      // A possessor ("Moscow's suggestion of"), or a name before a noun of a measure put forward ("a US proposal for"):
      // look at what it owns.
      const owned = tokens[m.last]?.norm === "'s" || tokens[m.last]?.norm === "'" ? m.last + 1 : PROPOSAL_NOUNS.has(tokens[m.last]?.norm ?? "") ? m.last : -1;
      if (owned >= 0 && m.kind !== "proposal") {
        possessor = es.filter((e) => ACTORS.has(typeOf(cx, e)));
        k = owned;
        continue;
      }
      // "fined US social media company Tessera": the name the phrase ends in, none of the words before it.
      const head = namedHeadAfter(cx, m.last);
      if (head > 0) {
        k = head;
        continue;
      }
      // "brokered the talks with support from the United States": who helps the actor is no target.
      if (!es.length || (m.modifier && !actorOnly) || coActor(cx, m.first)) {
        // "condemned the Chinese action": a stand on a state's act is a stand on the state.
        if (m.modifier && STANCES.has(p.relation) && !possessor.length) possessor = es.filter((e) => ACTORS.has(typeOf(cx, e)));
        k = m.last;
        continue;
      }
      // "a deal to exchange prisoners": the deal is what the verb phrase says, one measure named both ways.
      if (m.kind === "proposal" && GENERIC_DEALS.has(m.head ?? "") && tokens[m.last]?.norm === "to" && tokens[m.last + 1]?.pos === "VERB") return dealDoing(cx, m, es, verbPhraseTarget(cx, m.last + 1, p.relation));
      // "called for the agreement to be concluded": the act asked on the measure, as "that it be concluded" is.
      if (m.kind === "proposal" && p.relation === "demanded" && tokens[m.last]?.norm === "to" && tokens[m.last + 1]?.lemma === "be" && tokens[m.last + 2]?.pos === "VERB") {
        const asked = clauseMeasure(cx, m.first, m.last + 1);
        if (asked.length) return asked;
      }
      // "offered Peru a loan", "refused Peru a permit": a party right after the verb and before a noun phrase is whom
      // the measure is for; the measure is the object (not "rejected Peru this week").
      if (TAKES_MEASURES.has(p.relation) && m.first === p.after && es.every((e) => ACTORS.has(typeOf(cx, e))) && ["DET", "NUM", "ADJ"].includes(tokens[m.last]?.pos ?? "") && !TIME_WORDS.has(tokens[m.last + 1]?.norm ?? "")) {
        k = m.last;
        continue;
      }
      const fit = fits(cx, es, p.relation, m, k);
      // "backed Egypt and Sudan": coordinated parties are targets too (not "urged Egypt and ... to": fits reads that).
      if (fit.length) return m.kind === "proposal" ? [...fit, ...coordinatedMeasures(cx, m.last)] : [...actMeasure(), ...fit, ...(fit.every((e) => es.includes(e)) ? coordinatedActors(cx, m.last).actors : [])];
      // "imposed sanctions on the Taliban": an act on an actor looks inside the measure, itself a target of sanctions and threats.
      if (actorOnly && m.kind === "proposal") {
        if (MEASURE_TARGETS.has(p.relation) && !p.negated) measure = es;
        lookedInside.add(id);
        k = m.first + 1;
        continue;
      }
      return [];
    }
    // "denied having links to the army", "denied that officers fired": a fact denied or admitted is no measure.
    if (FACTS.has(tokens[p.at].lemma) && (t.norm === "that" || isGerund(t) || (t.pos === "AUX" && t.norm.endsWith("ing")))) return [];
    // "demanded that the US cancel": the subject of the clause is asked.
    // "demanded that the US cancel the order": the subject of the clause is asked, and the act is what is asked for.
    if (t.norm === "that" && p.relation === "demanded") {
      const verb = clauseSubjectEnd(cx, k + 1);
      // "demanded that the royalties go to the region and that local communities be consulted": each clause is asked for.
      const next = tokens.findIndex((x, j) => j > verb && x.norm === "that" && tokens[j - 1].norm === "and");
      const more = next > 0 && !tokens.slice(verb, next).some((x) => CLAUSE_ENDS.has(x.norm)) ? clauseMeasure(cx, next + 1, clauseSubjectEnd(cx, next + 1)) : [];
      return [...actorsIn(cx, k + 1, verb, true).slice(0, 1), ...clauseMeasure(cx, k + 1, verb), ...more];
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
      // "proposed that a joint panel review the quotas": a bare verb the tagger read as a noun is read as the demand's is.
      if (tokens[verb]?.pos !== "VERB") return clauseMeasure(cx, k + 1, subjectEnd);
      const named = verbPhraseTarget(cx, verb, p.relation);
      return named.length ? named : clauseMeasure(cx, k + 1, subjectEnd);
    }
    // "welcomed Kiribati's decision": the measure the possessor last enacted, when the decision has no complement.
    const decided = t.pos === "NOUN" && possessor.length ? decisionOf(cx, t, possessor, tokens[k + 1]) : undefined;
    if (decided) return decided;
    // "welcomed Uganda's rejection of the plan": the act of an actor is a stand on the actor.
    if (t.pos === "NOUN" && possessor.length && !["proposed", "demanded"].includes(NOUNS.get(t.norm) ?? "") && !PROPOSAL_NOUNS.has(t.norm) && !isProposalHead(t) && !PROPOSAL_FRAMES.has(p.relation)) return possessor;
    if (TIME_WORDS.has(t.norm) || t.norm === "than") { k++; continue; }
    // "agreed on Sunday to a truce": a time phrase, not the preposition of the object.
    if (t.norm === "on" && TIME_WORDS.has(tokens[k + 1]?.norm ?? "")) { k += 2; continue; }
    // "shortened by one hour the curfew": a measure of the change is no object.
    if (t.norm === "by" && tokens[k + 1]?.pos === "NUM") { k += tokens[k + 2]?.pos === "NOUN" ? 3 : 2; continue; }
    if ((TARGET_PREPOSITIONS.has(t.norm) && (!skippedPreposition || actorOnly)) || (actorOnly && t.pos === "ADP")) { skippedPreposition = true; k++; continue; }
    // "urged them to resume talks": what they are urged to do (whom a plural pronoun means is too often unsure).
    const urged = (t.pos === "NOUN" || t.pos === "PRON") && p.relation === "demanded" && tokens[k + 1]?.norm === "to" ? infinitiveAfter(tokens, k + 1) : -1;
    if (urged > 0) return verbPhraseTargets(cx, urged, p.relation);
    // "ordered the operator of the oil fields to provide a guarantee": a party no measure word heads, then what it is asked to do.
    const asked = t.pos === "NOUN" && p.relation === "demanded" && !isProposalHead(t) && !NOUNS.has(t.norm) && !FRAME_NOUNS.has(t.norm) && !PROPOSAL_NOUNS.has(t.norm) ? addresseeTo(tokens, k) : -1;
    if (asked > 0) return verbPhraseTargets(cx, infinitiveAfter(tokens, asked), p.relation);
    // "press insurers in London and Zurich to refuse cover": where they are is passed over.
    const placed = t.pos === "NOUN" && p.relation === "demanded" ? pastPlace(tokens, k + 1) : -1;
    if (placed > k + 1 && tokens[placed]?.norm === "to" && tokens[placed + 1]?.pos === "VERB") return verbPhraseTargets(cx, placed + 1, p.relation);
    if (["DET", "ADJ", "ADV", "NUM", "PART", "PUNCT", "SYM", "AUX", "PRON", "CCONJ"].includes(t.pos) || t.norm === "'s") { k++; continue; }
    // Titles and names before a person: "Japanese Prime Minister X", "opposition leader X".
    if ((t.pos === "PROPN" || /^[A-Z]/.test(t.text)) && k - p.after < 8) { k++; continue; }
    // "condemned the threat": the measure threatened last, else who last threatened, criticised or accused.
    const threatened = t.pos === "NOUN" && THREAT_NOUNS.has(t.norm) && !possessor.length ? measureThreatened(cx) : undefined;
    if (threatened !== undefined) return [threatened];
    if (t.pos === "NOUN" && SPEECH_NOUNS.has(t.norm) && lastCritic && lastCritic.sentence >= sentence.index - 2 && !possessor.length) return lastCritic.entities;
    // "rejected the comments" with no critic just before: the states and organisations that spoke in the two sentences before.
    const speakers = t.pos === "NOUN" && SPEECH_NOUNS.has(t.norm) && tokens[k - 1]?.norm === "the" && !possessor.length ? speakersBefore(cx, p.at) : [];
    if (speakers.length) return speakers;
    // A frame noun ("a proposal for", "the importance of preparing for"): look inside it.
    if ((t.pos === "NOUN" || (k === p.after && taggedPlural(tokens, k))) && !skippedFrame && (NOUNS.has(t.norm) || FRAME_NOUNS.has(t.norm))) {
      skippedFrame = true;
      k++;
      while (k < tokens.length && (["of", "for", "on", "to", "by", "from", "that"].includes(tokens[k].norm) || (tokens[k].pos === "VERB" && /ing$/.test(tokens[k].norm)))) {
        if (tokens[k].norm === "that") break;
        // "an invitation to attend a meeting": the verb phrase is the measure.
        // "rejected a request to dismiss the petition": a demand or an offer names an act of its own.
        const framed = PROPOSAL_FRAMES.has(NOUNS.get(t.norm) ?? "") ? (NOUNS.get(t.norm) as Relation) : p.relation;
        if (tokens[k].norm === "to" && tokens[k + 1]?.pos === "VERB" && TAKES_MEASURES.has(p.relation)) return verbPhraseTarget(cx, k + 1, framed);
        // "a request by the government to dismiss the petition", "calls from Lima to halt work": the agent is passed over for what it asks.
        const agent = tokens[k].norm === "by" || tokens[k].norm === "from" ? agentAfter(cx, k + 1) : undefined;
        k = agent && tokens[agent.end]?.norm === "to" ? agent.end : k + 1;
      }
      continue;
    }
    // "called for increased sanctions": a participle modifies the object.
    if (t.pos === "VERB" && /ed$/.test(t.norm) && ["NOUN", "ADJ", "PROPN"].includes(tokens[k + 1]?.pos ?? "")) { k++; continue; }
    // "push for preparing talks": a gerund and its preposition lead to the object.
    if (t.pos === "VERB" && /ing$/.test(t.norm) && TARGET_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "")) { k += 2; continue; }
    // "rejected the union's demand for a pay rise": an unnamed owner is no object; what it owns is.
    if (t.pos === "NOUN" && (tokens[k + 1]?.norm === "'s" || tokens[k + 1]?.norm === "'")) { k += 2; continue; }
    // "offered its workers a 5.5 percent rise", "offered farmers a subsidy", "offered her party two cabinet posts": whom a
    // measure is for, before it.
    const second = ["a", "an"].includes(tokens[k + 1]?.norm ?? "") || (tokens[k + 1]?.pos === "NUM" && tokens[k + 2]?.pos === "NOUN");
    if (t.pos === "NOUN" && TAKES_MEASURES.has(p.relation) && plainObject < 0 && second && !TIME_WORDS.has(tokens[k + 2]?.norm ?? "")) { k++; continue; }
    if (t.pos === "NOUN" || t.pos === "VERB") {
      // "a price undertaking by": a word in -ing closing a compound is its head noun.
      const gerundHead = t.pos === "NOUN" && isGerund(tokens[k + 1]) && ["ADP", "PUNCT"].includes(tokens[k + 2]?.pos ?? "PUNCT");
      if (plainObject < 0) {
        plainObject = gerundHead ? k + 1 : k;
        directObject = !skippedPreposition;
      }
      // "scores of refugees", "positions of the security forces", "shared evidence with the U.S.": read on for an actor.
      // "called for the transfer to be phased out": the act asked on a thing no head names, as on a measure.
      if (p.relation === "demanded" && tokens[k + 1]?.norm === "to" && tokens[k + 2]?.lemma === "be" && tokens[k + 3]?.pos === "VERB") {
        const asked = clauseMeasure(cx, k, k + 2);
        if (asked.length) return asked;
      }
      // "asked the court for an injunction": whom a demand is put to, before what it asks for.
      const askedFor = p.relation === "demanded" && tokens[k + 1]?.norm === "for" && !isProposalHead(t);
      // "welcomed the end of the ban": an ending is the measure, whatever it ends.
      const ofWhom = tokens[k + 1]?.norm === "of" && !ENDINGS.has(t.norm);
      if (actorOnly || PARTITIVES.has(t.norm) || ofWhom || askedFor) { k++; continue; }
      break;
    }
    break;
  }
  const acted = actMeasure();
  if (acted.length) return acted;
  const charged = chargedParty(cx, p, plainObject);
  if (charged.length) return charged;
  // "praised Haiti's efforts": the owner of the object is the target.
  if (possessor.length && !["proposed", "demanded"].includes(p.relation)) return possessor;
  // "demanded three changes: a cap on X, a ban on Y and rules on Z": the items after the colon are what is meant.
  if (plainObject >= 0 && TAKES_MEASURES.has(p.relation)) {
    let colon = plainObject + 1;
    while (tokens[colon]?.pos === "NOUN") colon++;
    const items = tokens[colon]?.norm === ":" ? itemsAfter(cx, colon + 1) : [];
    if (items.length) return items;
  }
  // A measure named by a common noun phrase becomes a proposal: "rejected an invitation to attend".
  // "accepted undeclared gifts": only a measure ("accepted the ceasefire terms") is accepted as agreement.
  if (plainObject >= 0 && TAKES_MEASURES.has(p.relation) && (tokens[p.at].lemma !== "accept" || tokens.slice(plainObject, plainObject + 4).some(isProposalHead))) {
    const plain = plainMeasure(cx, plainObject, p.relation);
    return plain.length ? [...plain, ...coordinatedMeasures(cx, plainObject + 1)] : [];
  }
  // "condemned the execution of three activists", "called the result a theft": criticism of a measure; but "the memorandum"
  // points back to the deal named before, as "the levy" does after "a levy on cement".
  const lemma = tokens[plainObject]?.lemma ?? "";
  const pointsBack = DEFINITE.has(tokens[plainObject - 1]?.norm ?? "") && (DEAL_HEADS.has(lemma) || inProposalLabel(headForm(lemma), resolution));
  if (plainObject >= 0 && p.relation === "criticised" && !pointsBack) return plainMeasure(cx, plainObject, p.relation);
  return [];
}

/**
 * "criticised the bondholders for refusing larger losses", "accused the dairies of dumping": a definite plural noun
 * that a charge follows is the party, the organisation named before whose name has the noun ("the steering
 * committee of bondholders"), not a measure.
 */
function chargedParty(cx: RelationContext, p: Predicate, at: number): number[] {
  const { tokens, mentions, entitiesOf, sentence, bySentence } = cx;
  const noun = tokens[at];
  const charge = tokens[at + 1];
  if (!noun || noun.pos !== "NOUN" || noun.norm === noun.lemma || tokens[at - 1]?.norm !== "the") return [];
  // The charge's gerund, quoted or not, the tagger may read as a noun ("for closing two smelters").
  const deed = tokens[QUOTE_MARKS.has(tokens[at + 2]?.norm ?? "") ? at + 3 : at + 2];
  const gerund = deed !== undefined && (deed.pos === "VERB" || deed.pos === "NOUN") && deed.norm.endsWith("ing");
  if (!(STANCES.has(p.relation) || p.relation === "accused") || !charge || !CHARGES.has(charge.norm) || !gerund) return [];
  for (let s = sentence.index - 1; s >= 0; s--) {
    for (const id of [...(bySentence.get(s) ?? [])].reverse()) {
      const named = entitiesOf[id].filter((e) => typeOf(cx, e) === "organisation" && cx.entities[e].label.toLowerCase().split(/\s+/).includes(noun.norm));
      if (named.length && (mentions[id].kind !== "pronoun" || mentions[id].describes)) return named.slice(0, 1);
    }
  }
  return [];
}

/** Acts whose measure may be people moved or freed: "withdrew its troops", "released the prisoners". */
const MOVES_PEOPLE = new Set(["conceded", "retreated"]);

/**
 * The proposal a plain common noun phrase names, unless it is vague or, for acts that move no one, names people:
 * "rejected an invitation to attend", not "expelled two diplomats" nor "pledged 150 police officers".
 */
function plainMeasure(cx: RelationContext, at: number, relation: string): number[] {
  const { tokens } = cx;
  if ((tokens[at].pos !== "NOUN" && !isGerund(tokens[at])) || (PEOPLE.has(tokens[at].norm) && !MOVES_PEOPLE.has(relation))) return [];
  const label = ENDINGS.has(tokens[at].norm) ? endingLabel(cx, at) : nounPhraseLabel(tokens, at);
  return label && !vagueMeasure(tokens, at, label) ? [nounMeasureEntity(label, cx.resolution)] : [];
}

/** Pronouns that stand as a verb's object. */
const PRONOUN_OBJECTS = new Set(["it", "them", "him", "her"]);

/** For acts without an object ("demonstrated in Serbia", "resigned"): the place after the verb, else the actor's own state. */
export function intransitiveTarget(cx: RelationContext, p: Predicate, sources: number[]): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, claims } = cx;
  // Protests are against someone named later in the sentence: "... to demand the resignation of President X".
  if (p.relation === "protested" || p.relation === "fought") {
    const against = actorsIn(cx, p.after, tokens.length).filter((e) => !sources.includes(e));
    if (against.length) return against.slice(0, 1);
  }
  // "met in Geneva": a place after a preposition is where parties met, never a party.
  if (PARTIES_ONLY.has(p.relation)) return [];
  if (p.relation === "rejected" && tokens[p.at].pos === "VERB") {
    const refused = refusedAct(cx, refusedPhrase(tokens, p));
    if (refused !== undefined) return [refused];
  }
  // "overruled it after objections from regulators in Germany": a verb with an object pronoun is no intransitive one.
  const pronounObject = PRONOUN_OBJECTS.has(tokens[p.after]?.norm ?? "");
  for (let k = p.after; k < tokens.length && !pronounObject; k++) {
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

/**
 * "X demanded that the rebels withdraw from Y ... the group would not withdraw": the latest act of verb `refused` asked
 * for; "called on X to resign ... would not step down": a lone act of the same yielding (`YIELDING_ACTS`).
 */
function refusedAct(cx: RelationContext, refused: string): number | undefined {
  const { claims, entities } = cx;
  const yielding = YIELDING_ACTS.get(refused);
  const isRefused = (label: string) => label.startsWith(`${refused} `) || label === refused || (yielding !== undefined && YIELDING_ACTS.get(label) === yielding);
  return claims.findLast((c) => c.relation === "demanded" && !c.negated && entities[c.target]?.entityType === "proposal" && isRefused(entities[c.target].label))?.target;
}

/** The verb a refusal predicate refuses, with its particle ("step down"). */
function refusedPhrase(tokens: Token[], p: Predicate): string {
  return tokens.slice(p.at, p.after).map((t) => t.lemma).join(" ");
}

/** The act asked for that a refusal to yield ("would not withdraw", "would not step down") rejects, if any. */
function yieldingRefused(cx: RelationContext, p: Predicate): number | undefined {
  const refused = refusedPhrase(cx.tokens, p);
  return YIELDING_ACTS.has(refused) ? refusedAct(cx, refused) : undefined;
}

/** Verbs and phrasal verbs of yielding ("resign", "step down") by what they yield (retreated, conceded). */
const YIELDING_ACTS = new Map(
  Object.entries({ ...triggers.verbs, ...triggers.particles } as Record<string, string>).filter(([, relation]) => relation === "retreated" || relation === "conceded"),
);

function fits(cx: RelationContext, es: number[], relation: string, m: Mention, k: number): number[] {
  const { tokens } = cx;
  const types = es.map((e) => typeOf(cx, e));
  if (relation === "proposed") return types.every((t) => t === "proposal") ? es : [];
  if (relation === "demanded") {
    // "urged Brussels (and Rome) to reopen the inquiry": who is urged, and what they are urged to do.
    const { actors, end: named } = types.every((t) => t !== "proposal") ? coordinatedActors(cx, m.last) : { actors: [], end: m.last };
    // "called on Rwanda and Congo to resume talks": a party no lexicon names may close the list before "to".
    // "asked the basin regulator, the Tagus Water Board, to publish": a name in apposition closes with its comma.
    const closed = actors.length && tokens[named]?.norm === "," && tokens[named + 1]?.norm === "to" ? named + 1 : named;
    const end = types.every((t) => t !== "proposal") ? pastApposition(tokens, unnamedPartiesEnd(tokens, closed)) : closed;
    const next = tokens[end]?.norm;
    // A description the apposition names ("the basin regulator") is that party: its own reading adds nothing surer.
    const asked = closed > named && m.kind === "pronoun" ? [] : es;
    const verb = next === "to" ? infinitiveAfter(tokens, end) : -1;
    if (verb > 0 && types.every((t) => t !== "proposal")) return [...asked, ...actors, ...verbPhraseTargets(cx, verb, "demanded")];
    // "urged US allies to adopt similar controls": a name that only modifies the head of whom is urged is not asked; the act is.
    const head = actors.length ? end : pastHeadNouns(tokens, end);
    const modifiedVerb = head > end && tokens[head]?.norm === "to" && types.every((t) => t !== "proposal") ? infinitiveAfter(tokens, head) : -1;
    if (modifiedVerb > 0) return verbPhraseTargets(cx, modifiedVerb, "demanded");
    // "asked the IMF for a loan": who is asked, and the measure asked for.
    const askedFor = next === "for" && types.every((t) => t !== "proposal") ? measureAfter(cx, end + 1) : [];
    if (askedFor.length) return [...es, ...actors, ...askedFor];
    return types.every((t) => t === "proposal") || next === "to" || next === "must" || next === "should" || tokens[k - 1]?.norm === "on" ? es : [];
  }
  // "brokered the truce", "a truce between A and B": a mediator's measure, which the sides then agree, and the sides its
  // name holds (talks are where the sides meet, no measure).
  if (relation === "mediated" && types.every((t) => t === "proposal") && es.every((e) => !MEETING_HEADS.has(cx.entities[e].label.split(" ")[0].toLowerCase()))) return [...es, ...actorsIn(cx, m.first, m.last + 1)];
  if (PARTIES_ONLY.has(relation)) return types.every((t) => ACTORS.has(t)) ? es : [];
  // "agreed with Mozambique to share data": the party the act is agreed with, and the act.
  if (relation === "agreed" && prepositionBefore(tokens, m.first)?.norm === "with" && tokens[m.last]?.norm === "to" && tokens[m.last + 1]?.pos === "VERB" && types.every((t) => ACTORS.has(t))) return [...es, ...verbPhraseTargets(cx, m.last + 1, relation)];
  // "protested against the new tax": a protest is against a measure too.
  if (ACTOR_ONLY.has(relation)) return types.every((t) => t !== "proposal") || (relation === "protested" && prepositionBefore(tokens, m.first)?.norm === "against") ? es : [];
  return es;
}

/**
 * Where the name of an actor starts that ends the noun phrase a name before `from` only modifies, else -1: "US social
 * media company Tessera" is Tessera, and so is "U.S.-based app maker Tessera" (a word hyphened to the name modifies with it).
 */
function namedHeadAfter(cx: RelationContext, from: number): number {
  const { tokens, mentionAt, entitiesOf } = cx;
  const start = tokens[from]?.text === "-" && ["VERB", "ADJ"].includes(tokens[from + 1]?.pos ?? "") ? from + 2 : from;
  for (let k = start; k < tokens.length && ["NOUN", "ADJ", "PROPN"].includes(tokens[k].pos); k++) {
    const id = mentionAt.get(k);
    if (id !== undefined) return k > start && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e))) ? k : -1;
  }
  return -1;
}

/** The preposition a noun phrase starting at `first` follows, past its determiner: "against" in "against the tax". */
function prepositionBefore(tokens: Token[], first: number): Token | undefined {
  const before = tokens[first - 1]?.pos === "DET" ? first - 2 : first - 1;
  return tokens[before]?.pos === "ADP" ? tokens[before] : undefined;
}

/**
 * Where what follows an apposition set off by commas after a party starts, when it is "to" and a verb ("urged Peru,
 * the largest producer, to publish data"); else `from`.
 */
function pastApposition(tokens: Token[], from: number): number {
  if (tokens[from]?.norm !== "," || tokens[from + 1]?.pos !== "DET") return from;
  let k = from + 2;
  while (k < tokens.length && k - from < 9 && ["ADJ", "NOUN", "PROPN", "NUM", "ADP", "DET"].includes(tokens[k].pos)) k++;
  return tokens[k]?.norm === "," && tokens[k + 1]?.norm === "to" && tokens[k + 2]?.pos === "VERB" ? k + 1 : from;
}

/** Where a phrase placing a party ends ("in London and Zurich"), if one starts at `from`; else `from`. */
function pastPlace(tokens: Token[], from: number): number {
  if (!PLACING.has(tokens[from]?.norm ?? "")) return from;
  let k = from + 1;
  while (k < tokens.length && k - from < 8 && (["DET", "PROPN"].includes(tokens[k].pos) || tokens[k].norm === "and" || tokens[k].norm === ",")) k++;
  return k > from + 1 && tokens[k - 1].pos === "PROPN" ? k : from;
}
const PLACING = new Set(["in", "at", "from"]);

/** Where "and" and an unnamed party after a list of parties end, if "to" and a verb follow them; else `from`. */
function unnamedPartiesEnd(tokens: Token[], from: number): number {
  if (tokens[from]?.norm !== "and") return from;
  let k = from + 1;
  while (k < tokens.length && k - from < 5 && ["DET", "PRON", "ADJ", "PROPN", "NOUN"].includes(tokens[k].pos)) k++;
  return k > from + 1 && tokens[k]?.norm === "to" && tokens[k + 1]?.pos === "VERB" ? k : from;
}

/** Where the lower-case head nouns a name before `from` modifies end ("M23 leader", "US allies"); `from` when there are none. */
function pastHeadNouns(tokens: Token[], from: number): number {
  let k = from;
  while (tokens[k]?.pos === "NOUN" && tokens[k].text === tokens[k].norm) k++;
  return k;
}

/** Actors coordinated right after one that ends at `from`: "Egypt and Sudan", "Chile, Peru and Bolivia". */
function coordinatedActors(cx: RelationContext, from: number): { actors: number[]; end: number } {
  const { tokens, mentions, entitiesOf, startsAt } = cx;
  const actors: number[] = [];
  // "three Rwandan army commanders and an M23 leader": a name may modify the head nouns of its phrase.
  const headEnd = (k: number) => pastHeadNouns(tokens, k);
  let k = headEnd(from);
  while ([",", "and"].includes(tokens[k]?.norm ?? "")) {
    let j = k + 1;
    if (tokens[j]?.norm === "and") j++;
    while (tokens[j]?.pos === "DET" || tokens[j]?.pos === "NUM") j++;
    // "and Tanzanian President X": a demonym before a title is no part of it.
    if (!startsAt.has(j) && cx.titledAt.has(j + 1)) j++;
    const id = startsAt.get(j);
    const es = id === undefined || mentions[id].kind === "pronoun" ? [] : entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e)));
    if (!es.length || opensClause(cx, headEnd(mentions[id!].last))) break;
    actors.push(...es);
    k = headEnd(mentions[id!].last);
  }
  return { actors, end: actors.length ? k : from };
}

/**
 * The measures listed from `from` on, the first one named by a mention or a plain noun phrase, the rest coordinated
 * after it: "the demands include higher wages, safer wards and hazard allowances".
 */
export function listedMeasures(cx: RelationContext, from: number, relation: string): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt } = cx;
  let j = from;
  while (j < tokens.length && (["DET", "ADJ", "NUM"].includes(tokens[j].pos) || tokens[j].norm === "-")) j++;
  const id = startsAt.get(j) ?? mentionAt.get(j);
  if (id !== undefined) return mentions[id].kind === "proposal" && entitiesOf[id].length ? [...entitiesOf[id], ...coordinatedMeasures(cx, mentions[id].last)] : [];
  const plain = plainMeasure(cx, j, relation);
  return plain.length ? [...plain, ...coordinatedMeasures(cx, j + 1)] : [];
}

/**
 * The first measure after `from` (measureAfter) and the measures coordinated after its mention: "dropped a tax on bread
 * and a new tax on private cars".
 */
export function measuresAfter(cx: RelationContext, from: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt } = cx;
  const first = measureAfter(cx, from);
  for (let k = from; k < tokens.length && first.length; k++) {
    const id = mentionAt.get(k);
    if (id !== undefined && mentions[id].kind === "proposal" && entitiesOf[id].includes(first[0])) return [...first, ...coordinatedMeasures(cx, mentions[id].last)];
  }
  return first;
}

/** Measures coordinated after one that ends at `from`: "a ceasefire in Gaza and an exchange of hostages". */
function coordinatedMeasures(cx: RelationContext, from: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt } = cx;
  const out: number[] = [];
  let k = from;
  for (;;) {
    let j = k;
    while (j < tokens.length && j - k < 8 && !["and", ","].includes(tokens[j].norm) && (mentionAt.has(j) || inItem(cx, j))) j++;
    if (!["and", ","].includes(tokens[j]?.norm ?? "")) return out;
    // "the delivery of grain and flour": a bare noun after "and" in a complement is the complement's, unless a list is
    // under way ("a ceasefire, the release of prisoners and new elections").
    const bare = tokens[j].norm === "," || out.length > 0 || !tokens.slice(k, j).some((t) => t.pos === "ADP");
    j++;
    // "a ceasefire, a prisoner swap, as well as talks": "as well as" joins a further item as "and" does.
    if (tokens[j]?.norm === "as" && tokens[j + 1]?.norm === "well" && tokens[j + 2]?.norm === "as") j += 3;
    const item = j;
    // "and a 25-year tax holiday": a count is the item's modifier; "and a new annual tax": so is an adverb (or a word
    // the tagger read as one).
    while (j < tokens.length && (["DET", "ADJ", "NUM", "ADV"].includes(tokens[j].pos) || ["and", "-"].includes(tokens[j].norm))) j++;
    const id = startsAt.get(j) ?? mentionAt.get(j);
    if (id === undefined && tokens[j]?.pos === "NOUN" && plainItem(cx, item, j, bare)) {
      // "demanded a 25-year exemption and an exclusion for inshore waters", "a pay rise, hazard allowances and more
      // staff": a measure named by a plain noun phrase too.
      const label = nounPhraseLabel(tokens, j);
      if (!label || vagueMeasure(tokens, j, label)) return out;
      out.push(nounMeasureEntity(label, cx.resolution));
      k = j + 1;
      while (k < tokens.length && !["and", ",", ";", "."].includes(tokens[k].norm) && !finiteVerb(cx, k)) k++;
      continue;
    }
    if (id === undefined || mentions[id].kind !== "proposal" || !entitiesOf[id].length) return out;
    out.push(...entitiesOf[id]);
    k = mentions[id].last;
  }
}

/** Whether token `k` can be inside a measure's noun phrase, past its head: "the release of detained strikers in the north". */
function inItem(cx: RelationContext, k: number): boolean {
  const t = cx.tokens[k];
  return ITEM_TAGS.has(t.pos) || (t.pos === "VERB" && PARTICIPLE_OPENERS.has(cx.tokens[k - 1]?.pos ?? ""));
}
/** Tags of the words of a listed measure past its head; a verb is in it after a preposition or determiner ("of detained"). */
const ITEM_TAGS = new Set(["ADP", "PROPN", "DET", "NOUN", "ADJ", "NUM"]);
const PARTICIPLE_OPENERS = new Set(["ADP", "DET"]);

/**
 * Whether the noun phrase from `item` with its first noun at `noun` can be a further item of a list of measures: one
 * opened by "a"/"an" or, when `bare` allows, by no determiner at all ("new elections", "more staff"), and no subject
 * of a clause of its own ("a ceasefire, and troops withdrew").
 */
function plainItem(cx: RelationContext, item: number, noun: number, bare: boolean): boolean {
  const { tokens } = cx;
  if (tokens[item].pos === "DET" ? !["a", "an"].includes(tokens[item].norm) : !bare) return false;
  let end = noun;
  while (tokens[end]?.pos === "NOUN") end++;
  return end < tokens.length && !opensClause(cx, end);
}

/** Prepositions of a label's complement, after which its last word is not its head ("request for talks"). */
const LABEL_COMPLEMENTS = new Set(["of", "to", "for", "on"]);

/** Whether a plain noun phrase with its label names no measure: a remark, an attack, a pointer back, a bare frame or deal. */
function vagueMeasure(tokens: Token[], at: number, label: string): boolean {
  const words = label.split(" ");
  const head = words.some((w) => LABEL_COMPLEMENTS.has(w)) ? undefined : words.at(-1);
  return NOT_MEASURES.has(words[0]) || SPEECH_NOUNS.has(tokens[at].norm) || words.some((w, k) => isAttack(words[k - 1], w)) || ANAPHORS.has(tokens[at].norm) ||
    (head !== undefined && (GENERIC_DEALS.has(head) || FRAME_NOUNS.has(head) || NOT_MEASURES.has(head)));
}

/**
 * "signed a deal to scrap the trade barriers": the deal and the act it is to do are one measure, the deal's node named
 * by the act too, when the deal is one of its own (not "a deal" taken for a deal named before); actors stay.
 */
function dealDoing(cx: RelationContext, m: Mention, deal: number[], acts: number[]): number[] {
  const { entities, resolution } = cx;
  if (deal.length !== 1 || entities[deal[0]].label !== m.canonical) return acts;
  return [...new Set(acts.map((e) => (typeOf(cx, e) === "proposal" ? nameProposal(deal[0], entities[e].label, resolution) : e)))];
}

/** The measures `owners` last enacted, for their "decision" or "move" (`anaphors`) with no complement after it ("to raise"). */
function decisionOf(cx: RelationContext, noun: Token, owners: number[], next: Token | undefined): number[] | undefined {
  if (ANAPHORS.get(noun.norm) !== "decision" || ["to", "of", "on"].includes(next?.norm ?? "")) return undefined;
  for (let m = cx.measures.length - 1; m >= 0; m--) {
    const { kinds, sources, targets } = cx.measures[m];
    if (kinds.includes("decision") && sources.some((e) => owners.includes(e))) return targets;
  }
  return undefined;
}
