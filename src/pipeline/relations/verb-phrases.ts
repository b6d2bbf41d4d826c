// What a verb phrase or a "that"-clause asks for or acts on: a proposal named in it, or one named by it.
import type { Relation } from "../../graph/types.js";
import proposalLexicon from "../../lexicon/proposals.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { proposalLabel } from "../proposals.js";
import type { Resolution } from "../resolve.js";
import type { Claim, Token } from "../types.js";
import { typeOf, type RelationContext } from "./context.js";
import { POSSESSIVES, quotedAct, verbPhraseLabel } from "./labels.js";
import { ACCEPTING, ACTORS, ACTOR_ONLY, ACT_PARTICLES, ANAPHORS, CARRIERS, CIRCUMSTANTIAL, TIME_WORDS, VAGUE_ACTS, VAGUE_OBJECTS, isGerund, verbsOf } from "./lexicon.js";
import { measureAt, pronounMeasure } from "./measures.js";
import { TRIGGER_VERBS } from "./predicates.js";
import { actEntity, mentionedAs, proposalEntity, verbActEntity } from "./proposal-entities.js";


/** Where the subject of a clause starting at `from` ends: its first verb. */
export function clauseSubjectEnd(cx: RelationContext, from: number): number {
  const { tokens, mentions, mentionAt } = cx;
  let k = from;
  // "demanded that Ethiopia share daily data": a bare verb right after a named subject, whatever its tag, also one
  // read as the first word of a measure's name ("that Georgia call early elections", "that Hamas release the hostages").
  const free = (j: number) => (mentions[mentionAt.get(j) ?? -1]?.kind ?? "proposal") === "proposal";
  // "that the ministry review the quotas", "that parliament vote on it": a subject the text names by a common noun.
  const common = (j: number) => tokens[j - 1]?.pos === "NOUN" && tokens.slice(from, j).every((t) => t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN");
  while (k < tokens.length && tokens[k].pos !== "VERB" && tokens[k].pos !== "AUX" && !(k > from && (mentionAt.has(k - 1) || common(k)) && free(k) && subjunctive(cx, k))) {
    // "demanded that the council talk to the gangs and offered a truce": a verb coordinated after the clause is no part of it.
    if (tokens[k].norm === "and" && tokens[k + 1]?.pos === "VERB" && tokens[k + 1].norm !== tokens[k + 1].lemma.toLowerCase()) return k;
    k++;
  }
  return k;
}

/**
 * A bare verb after a clause's named subject that the tagger read as a noun or adjective: a trigger verb ("share daily
 * data", "talk to the rebels"), or any noun before an object's determiner, possessive or adjective ("that Israel halt its
 * strikes", "that Russia return the children", "that Georgia call early elections"; not a compound: "that Peru trade
 * ministers resign").
 */
function subjunctive(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  const next = tokens[k + 1];
  if (verbLike(cx, k) || (next?.pos === "ADP" && tokens[k]?.pos === "NOUN" && TRIGGER_VERBS.has(tokens[k].norm))) return true;
  return tokens[k]?.pos === "NOUN" && next !== undefined && (next.pos === "DET" || POSSESSIVES.has(next.norm) || (next.pos === "ADJ" && tokens[k + 2]?.pos === "NOUN"));
}


/**
 * The targets of a verb phrase and of the phrases of its form coordinated with it: "selling X and keeping Y",
 * "to free the hostages and (to) renounce kidnapping".
 */
export function verbPhraseTargets(cx: RelationContext, verb: number, relation: Relation): number[] {
  return [...new Set(coordinatedVerbs(cx, verb).flatMap((v) => [...verbPhraseTarget(cx, v, relation), ...(relation === "demanded" ? coordinatedObject(cx, v) : [])]))];
}

/**
 * "to add an independent audit of the fund and a right of appeal to the courts": a second object of the phrase of
 * `verb`, after "and" and "a" or "an" and ending the clause, is a measure asked for in its own words.
 */
function coordinatedObject(cx: RelationContext, verb: number): number[] {
  const { tokens, resolution } = cx;
  let and = verb + 1;
  // "an independent valuation of seized land": a participle before a noun is the object's modifier.
  const modifier = (k: number) => tokens[k].pos === "VERB" && /(ed|ing)$/.test(tokens[k].norm) && tokens[k + 1]?.pos === "NOUN";
  while (and < tokens.length && tokens[and].norm !== "and" && !CLAUSE_STOPS.has(tokens[and].norm) && ((tokens[and].pos !== "VERB" && tokens[and].pos !== "AUX") || modifier(and))) and++;
  if (tokens[and]?.norm !== "and" || !["a", "an"].includes(tokens[and + 1]?.norm ?? "")) return [];
  let end = and + 2;
  while (end < tokens.length && !CLAUSE_STOPS.has(tokens[end].norm) && tokens[end].norm !== "and" && tokens[end].pos !== "VERB" && tokens[end].pos !== "AUX" && tokens[end].pos !== "SCONJ") end++;
  if (!CLAUSE_STOPS.has(tokens[end]?.norm ?? ".") || tokens[end - 1]?.pos !== "NOUN" || cx.mentionAt.has(and + 2)) return [];
  const label = proposalLabel(tokens, { first: and + 1, last: end });
  return label ? [proposalEntity(label, resolution)] : [];
}
const CLAUSE_STOPS = new Set([".", ",", ";", ":"]);

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
  const bare = (k: number) => verbAfterLink(cx, k) && tokens[k].norm === tokens[k].lemma.toLowerCase();
  const form = isGerund(tokens[verb]) ? (k: number) => isGerund(tokens[k]) : tokens[verb].norm === tokens[verb].lemma.toLowerCase() ? bare : undefined;
  if (!form) return -1;
  if (!isGerund(tokens[verb]) && tokens[end]?.norm === "to" && tokens[end - 1]?.norm === "and" && bare(end + 1)) return end + 1;
  if (tokens[end]?.norm === "and" && form(end + 1)) return end + 1;
  // "cut the cabinet, sell state companies and scrap the bailout": a series of acts, closed by "and".
  if (tokens[end]?.norm !== ",") return -1;
  const next = tokens[end + 1]?.norm === "and" ? end + 2 : end + 1;
  return form(next) && (next === end + 2 || seriesCloses(cx, next, form)) ? next : -1;
}

/** Whether a series of phrases from `from` ends, in its sentence, with "and" before a verb of the series' form. */
function seriesCloses(cx: RelationContext, from: number, form: (k: number) => boolean): boolean {
  const { tokens } = cx;
  for (let k = from; k < tokens.length && ![";", ".", ":"].includes(tokens[k].norm); k++) if (tokens[k].norm === "and" && form(k + 1)) return true;
  return false;
}

/** A verb after "and", "to" or a comma: also a trigger verb the tagger read as an adjective ("and open fresh talks"). */
function verbAfterLink(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  return tokens[k]?.pos === "VERB" || (["and", "to", ","].includes(tokens[k - 1]?.norm ?? "") && verbLike(cx, k));
}

/**
 * A trigger verb the tagger read as an adjective or noun, before its object ("open fresh talks", "share daily data"),
 * or any word so read before a verb's particle and an object ("and hand over the gunmen", "and pay back the loan").
 */
function verbLike(cx: RelationContext, k: number): boolean {
  const { tokens } = cx;
  const t = tokens[k];
  if (t?.pos !== "ADJ" && t?.pos !== "NOUN") return false;
  if (TRIGGER_VERBS.has(t.norm) && ["DET", "ADJ", "NOUN"].includes(tokens[k + 1]?.pos ?? "")) return true;
  // "and train 500 engineers": a noun takes no count after it; the word is the verb of a count of its object.
  if (t.pos === "NOUN" && tokens[k - 1]?.norm === "and" && tokens[k + 1]?.pos === "NUM" && tokens[k + 2]?.pos !== "PUNCT") return true;
  return ACT_PARTICLES.has(tokens[k + 1]?.norm ?? "") && (tokens[k + 2]?.pos === "DET" || POSSESSIVES.has(tokens[k + 2]?.norm ?? ""));
}

/** Where the verb phrase of `verb` ends: at a clause boundary or the next coordinated verb. */
function phraseEnd(cx: RelationContext, verb: number): number {
  const { tokens } = cx;
  let end = verb + 1;
  // "open to discussing the timeline but would not withdraw the cap": a verb group after "and" or "but" ends it too.
  const linked = (k: number) => PHRASE_LINKS.has(tokens[k].norm) && (verbAfterLink(cx, k + 1) || (tokens[k].norm !== "to" && tokens[k + 1]?.pos === "AUX"));
  // "would resume deliveries as soon as the corridors opened": a clause of time ends it.
  const soon = (k: number) => tokens[k].norm === "as" && tokens[k + 1]?.norm === "soon";
  while (end < tokens.length && !PHRASE_BOUNDARIES.has(tokens[end].norm) && !linked(end) && !soon(end)) end++;
  return end;
}
/** Words that end a verb phrase, and those that end it when a verb follows. */
const PHRASE_BOUNDARIES = new Set([",", ";", ".", ":", "while", "unless", "if", "after", "before", "because", "though", "although", "once", "when", "until"]);
const PHRASE_LINKS = new Set(["and", "but", "to"]);

/**
 * The target of a verb phrase: "agreed to swap prisoners", "would return the bodies": a proposal named
 * in it, or one named by it. An act asked for or threatened on a named measure is a measure of its own
 * ("urged Brussels to reopen its investigation" demands "reopen investigation"), unless the act only accepts it.
 */
export function verbPhraseTarget(cx: RelationContext, verb: number, relation: Relation): number[] {
  const { tokens, mentions, entitiesOf, startsAt, resolution } = cx;
  // "would reciprocate by returning the bodies": the gerund says what is promised.
  if (tokens[verb + 1]?.norm === "by" && tokens[verb + 2]?.pos === "VERB") verb += 2;
  const end = phraseEnd(cx, verb);
  // "open to spending cuts": a gerund that opens a proposal's name is no act.
  const named = startsAt.get(verb);
  if (named !== undefined && mentions[named].kind === "proposal" && entitiesOf[named].length) return entitiesOf[named];
  // "to consider selling the plant", "to study how to": the act after a carrier verb is the one meant.
  const carrier = CARRIERS.has(tokens[verb].lemma);
  if (carrier && isGerund(tokens[verb + 1])) return verbPhraseTarget(cx, verb + 1, relation);
  const act = (relation === "demanded" || relation === "threatened" || relation === "proposed") && !ACCEPTING.has(tokens[verb].lemma) && !carrier;
  if (!act) {
    const measure = measureIn(cx, verb + 1, end);
    // "refused to withdraw the tax", "ruled out cancelling the increase": refusing to undo a measure keeps it.
    if (measure && relation === "rejected" && UNDOING.has(tokens[verb].lemma)) for (const e of measure) cx.contested.add(e);
    if (measure) return measure;
  }
  // "urged Tbilisi to drop the bill", "would challenge the closure": asking for an act that contests a measure rejects it.
  if (act && CONTESTING.has(tokens[verb].lemma)) {
    const contested = measureIn(cx, verb + 1, end);
    if (contested) {
      for (const e of contested) cx.contested.add(e);
      return contested;
    }
  }
  // "urged all parties to respect the court's decision": a decision or ruling no measure named before is meant by
  // is what is to be accepted, named by its owner ("court's decision"), not an act of accepting it.
  if (ACCEPTING.has(tokens[verb].lemma)) {
    const decision = acceptedDecision(cx, verb, end);
    if (decision) {
      const before = decisionNamedBefore(decision, resolution);
      return [before === undefined ? proposalEntity(decision, resolution) : mentionedAs(before, decision, resolution)];
    }
  }
  let party: number[] = [];
  if (ACTOR_ONLY.has(relation)) {
    for (let k = verb + 1; k < end && !party.length; k++) {
      const id = startsAt.get(k);
      if (id !== undefined && mentions[id].kind !== "pronoun" && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e)) || typeOf(cx, e) === "place")) party = entitiesOf[id];
    }
    // A threat's act is a measure, on no one named ("threatened to ban further gatherings") or on whom it names, who
    // is threatened too ("threatened to expel Ethiopian troops", "would suspend visa-free travel for its officials");
    // an act of force on whom it names is only a threat to them ("threatened to strike the capital").
    if (relation !== "threatened" || (party.length && FORCE_VERBS.has(tokens[verb].lemma))) return party;
    // "would drive tractors into the centre of Murcia": a place a threatened act only happens in is not threatened.
    party = party.filter((e) => typeOf(cx, e) !== "place");
  }
  if (relation !== "demanded" && quotedAct(tokens, verb)) return party;
  // Otherwise the phrase itself becomes a proposal: "swap prisoners of war"; an act put forward or asked for
  // may be an infinitive alone ("offered to mediate", "asked the Council to intervene").
  const label = actOnMeasure(cx, verb, end) || verbPhraseLabel(tokens, verb, end) || (LONE_ACTS.has(relation) && tokens[verb - 1]?.norm === "to" && !VAGUE_ACTS.has(tokens[verb].lemma) && loneVerb(cx, verb, end) ? gapOrLoneLabel(cx, verb) : "");
  if (!label) return party;
  // "agreed to accept the compromise text": an act that takes on a measure named before is that measure.
  const [lemma, ...object] = label.split(" ");
  const takesOn = lemma === tokens[verb].lemma && object.length > 0 && TAKING_ON.has(lemma);
  return [...party, takesOn ? actEntity(lemma, object.join(" "), resolution) : verbActEntity(label, resolution)];
}

/** The first measure named or pointed back to ("the decision", an object "it") in tokens [from, end). */
function measureIn(cx: RelationContext, from: number, end: number): number[] | undefined {
  const meant = pronounMeasure(cx, from);
  if (meant !== undefined) return [meant];
  for (let k = from; k < end; k++) {
    const measure = measureAt(cx, k);
    if (measure) return measure;
  }
  return undefined;
}

/** Verbs whose act on a measure opposes it ("drop the bill", "challenge the closure"). */
const CONTESTING = new Set(triggers.contestingActs);
/** Acts that undo a measure ("withdraw the bill", "cancel the increase"). */
const UNDOING = new Set([...triggers.undoingActs, ...triggers.contestingActs]);

/** Verbs that take a measure on as it stands ("accept", "finalise") or keep it in force ("extend"), not ones that change or undo it, nor a step of its own ("ratify"). */
const FORMAL_STEPS = new Set(triggers.formalSteps);
const TAKING_ON = new Set([...ACCEPTING, ...verbsOf("agreed", "supported"), ...proposalLexicon.prolongings].filter((lemma) => !FORMAL_STEPS.has(lemma)));

/** "lift a separate ban on Ugandan eggs": an act on a proposal named right after its verb, labelled by the verb and the proposal's words. */
function actOnMeasure(cx: RelationContext, verb: number, end: number): string {
  const { tokens, mentions, startsAt, resolution } = cx;
  // "urged the ministry to suspend it": the act on the measure "it" stands for.
  const meant = pronounMeasure(cx, verb + 1);
  if (meant !== undefined) {
    // An act named again ("asked to dismiss the petition ... rejected a request to dismiss it") is that act.
    const { label } = resolution.entities[meant];
    return label.startsWith(`${tokens[verb].lemma} `) ? label : `${tokens[verb].lemma} ${label}`;
  }
  let k = verb + 1;
  while (k < end && ["DET", "ADJ", "PRON"].includes(tokens[k].pos) && mentions[startsAt.get(k) ?? -1]?.kind !== "proposal") k++;
  const id = startsAt.get(k);
  if (id === undefined || mentions[id].kind !== "proposal" || mentions[id].last > end) return "";
  return `${tokens[verb].lemma} ${mentions[id].canonical}`;
}

/** The label of a bare decision or ruling a verb of acceptance takes, with a common-noun owner: "court's decision", "ruling". */
function acceptedDecision(cx: RelationContext, verb: number, end: number): string {
  const { tokens } = cx;
  let k = verb + 1;
  while (k < end && tokens[k].pos === "DET") k++;
  const from = k;
  if (tokens[k]?.pos === "NOUN" && tokens[k + 1]?.norm === "'s") k += 2;
  const head = tokens[k];
  if (k >= end || head.pos !== "NOUN" || ANAPHORS.get(head.norm) !== "decision" || ["of", "to", "on"].includes(tokens[k + 1]?.norm ?? "")) return "";
  return tokens.slice(from, k + 1).map((t) => t.norm).join(" ").replace(" 's", "'s");
}

/** A decision's owner and noun in a label ("court's decision": ["court", "decision"]; "ruling": ["", "ruling"]), or undefined. */
function decisionParts(label: string): [string, string] | undefined {
  const [, owner = "", noun] = /^(?:(\S+)'s )?(\S+)$/.exec(label) ?? [];
  return noun !== undefined && ANAPHORS.get(noun) === "decision" ? [owner, noun] : undefined;
}

/**
 * "urged all parties to respect the court's decision ... called on the president to accept the ruling": a bare decision
 * accepted is the one accepted before, named by a decision noun with the same owner or none.
 */
function decisionNamedBefore(label: string, resolution: Resolution): number | undefined {
  const [owner] = decisionParts(label) ?? [];
  if (owner === undefined) return undefined;
  return resolution.entities.find((e) => {
    const parts = e.entityType === "proposal" && e.label !== label ? decisionParts(e.label) : undefined;
    return parts !== undefined && (!owner || !parts[0] || parts[0] === owner);
  })?.id;
}

/** Whether the phrase of `verb`, up to `end`, is the verb alone, with adverbs, time or circumstances ("mediate again"). */
function loneVerb(cx: RelationContext, verb: number, end: number): boolean {
  const { tokens } = cx;
  for (let k = verb + 1; k < end; k++) {
    if (CIRCUMSTANTIAL.has(tokens[k].norm)) return true; // "resign despite growing pressure"
    if (k === verb + 1 && PEOPLE_PRONOUNS.has(tokens[k].norm)) continue; // "urged the ministry to prosecute them": the act is the verb's
    const dating = TIME_WORDS.has(tokens[k + 1]?.norm ?? ""); // "next month", "this week"
    if (tokens[k].pos !== "ADV" && !TIME_WORDS.has(tokens[k].norm) && tokens[k].pos !== "PUNCT" && !dating) return false;
  }
  return true;
}

/**
 * The object of the infinitive at `verb` when it heads a relative clause before it: the last word of the noun phrase
 * ("an election it had promised to hold", "the law which they refused to repeal", "the bloc, which Moldova hopes to
 * join"), and whether the clause's subject is a pronoun; undefined when the verb's object is its own.
 */
function objectGap(tokens: Token[], verb: number): { end: number; byPronoun: boolean } | undefined {
  let k = verb - 3;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV" || tokens[k]?.pos === "PART") k--;
  const byPronoun = tokens[k]?.pos === "PRON";
  if (byPronoun) {
    if (tokens[k - 1]?.pos === "NOUN") return { end: k - 1, byPronoun };
    k--;
  } else {
    // A subject of names or nouns ("Moldova", "the government") after "which" or "that".
    const subjectEnd = k;
    while (SUBJECT_WORDS.has(tokens[k]?.pos ?? "")) k--;
    if (k === subjectEnd) return undefined;
  }
  if (!RELATIVES.has(tokens[k]?.norm ?? "")) return undefined;
  return { end: tokens[k - 1]?.norm === "," ? k - 2 : k - 1, byPronoun };
}
/** Tags of the words of a relative clause's subject noun phrase ("the government", "Moldova"). */
const SUBJECT_WORDS = new Set(["PROPN", "NOUN", "DET", "ADJ"]);

/**
 * The act of an infinitive with no object of its own, the verb alone ("offered to mediate", "the next round, which Kenya
 * offered to host"); none when a pronoun is the subject of the relative clause its object heads ("an election it had
 * promised to hold"), nor on an actor ("the bloc, which Moldova hopes to join").
 */
function gapOrLoneLabel(cx: RelationContext, verb: number): string {
  const { tokens, mentionAt, entitiesOf } = cx;
  const gap = objectGap(tokens, verb);
  if (!gap) return loneLabel(tokens, verb);
  const id = mentionAt.get(gap.end);
  const onActor = id !== undefined && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e)));
  return gap.byPronoun || onActor ? "" : loneLabel(tokens, verb);
}
const RELATIVES = new Set(["which", "that"]);
/** Object pronouns of people, who add no words to an act on them ("prosecute them"); "it" may stand for the measure itself. */
const PEOPLE_PRONOUNS = new Set(["them", "him", "her"]);

/** A lone verb's act: "mediate"; a meeting repeated is another round, not the first ("meet again"). */
const loneLabel = (tokens: Token[], verb: number) => (MEETING_VERBS.has(tokens[verb].lemma) && tokens[verb + 1]?.norm === "again" ? `${tokens[verb].lemma} again` : tokens[verb].lemma);

/**
 * The act a "that"-clause asks for ("demanded that Beijing withdraw its vessels"), from its subject
 * [from, verb) and its verb group: "withdraw vessels", "fighters disarm", "double quota" ("that it be doubled").
 */
export function clauseMeasure(cx: RelationContext, from: number, verb: number): number[] {
  const { tokens, ids, mentions, entities, entitiesOf, resolution } = cx;
  const passive = tokens[verb]?.lemma === "be" && tokens[verb + 1]?.pos === "VERB";
  while (verb < tokens.length && tokens[verb].pos === "AUX") verb++;
  if (tokens[verb]?.pos !== "VERB" && !subjunctive(cx, verb)) return [];
  const inSubject = ids.filter((id) => mentions[id].first >= from && mentions[id].last <= verb);
  // "rejected the quota and demanded that it be doubled": "it" is the measure the sentence just named.
  const pronoun = inSubject.some((id) => mentions[id].kind === "pronoun");
  const owner = inSubject.flatMap((id) => entitiesOf[id]).find((e) => typeOf(cx, e) === "proposal") ?? (pronoun ? latestMeasureClaim(cx)?.target : undefined);
  if (passive) {
    // "that Tessera be ordered to delete the data": what the subject is to be made to do.
    if (tokens[verb + 1]?.norm === "to" && tokens[verb + 2]?.pos === "VERB") return verbPhraseTargets(cx, verb + 2, "demanded");
    if (owner !== undefined) return [verbActEntity(`${tokens[verb].lemma} ${entities[owner].label.split(" of ")[0]}`, resolution)];
    // "that the new force be bound by an independent complaints body": an agent that names no actor is the measure.
    if (tokens[verb + 1]?.norm === "by") return agentMeasure(cx, verb + 2);
    // "that local communities be consulted", "that the dispute be settled bilaterally": the act on the subject, in its manner.
    if (inSubject.some((id) => mentions[id].kind !== "proposal")) return [];
    const nouns = tokens.slice(from, verb).filter((t) => t.pos === "NOUN" || t.pos === "ADJ").map((t) => t.norm);
    const manner = tokens[verb + 1]?.pos === "ADV" && tokens[verb + 1].norm.endsWith("ly") ? [tokens[verb + 1].norm] : [];
    // "that the transfer be phased out": the verb keeps its particle.
    const particle = ACT_PARTICLES.has(tokens[verb + 1]?.norm ?? "") ? [tokens[verb + 1].norm] : [];
    return nouns.some((w) => !VAGUE_OBJECTS.has(w)) || manner.length ? [verbActEntity([tokens[verb].lemma, ...particle, ...nouns, ...manner].join(" "), resolution)] : [];
  }
  const nouns = tokens.slice(from, verb).filter((t) => t.pos === "NOUN").map((t) => t.norm);
  // "demanded that X withdraw the reform and open fresh talks": each coordinated act is asked for; the subject of a
  // verb with no object that names no actor is part of the act ("that 15% of the royalties go to the region").
  const objectless = tokens[verb + 1] === undefined || ["ADP", "PUNCT"].includes(tokens[verb + 1].pos);
  const thing = objectless && nouns.length && !inSubject.some((id) => mentions[id].kind !== "proposal") ? `${nouns.join(" ")} ` : "";
  const phrases = coordinatedVerbs(cx, verb).map((v) => verbPhraseLabel(tokens, v, phraseEnd(cx, v))).filter(Boolean);
  if (phrases.length) return [...new Set(phrases.map((phrase) => (thing ? proposalEntity(thing + phrase, resolution) : verbActEntity(phrase, resolution))))];
  // An intransitive act: its subject's nouns and the verb.
  return nouns.length ? [proposalEntity(`${nouns.join(" ")} ${tokens[verb].norm}`, resolution)] : [];
}

/** The noun phrase from `from` as a measure ("an independent complaints body"), unless it names an actor. */
function agentMeasure(cx: RelationContext, from: number): number[] {
  const { tokens, mentionAt, resolution } = cx;
  let k = from;
  while (tokens[k]?.pos === "DET") k++;
  const start = k;
  while (k < tokens.length && (tokens[k].pos === "ADJ" || tokens[k].pos === "NOUN") && !mentionAt.has(k)) k++;
  if (tokens[k - 1]?.pos !== "NOUN" || mentionAt.has(k) || k === start) return [];
  return [proposalEntity(tokens.slice(start, k).map((t) => t.norm).join(" "), resolution)];
}

/** The latest claim of this sentence on a proposal. */
function latestMeasureClaim(cx: RelationContext): Claim | undefined {
  const { claims, sentence } = cx;
  for (let c = claims.length - 1; c >= 0 && claims[c].evidence.sentence === sentence.index; c--) if (typeOf(cx, claims[c].target) === "proposal") return claims[c];
  return undefined;
}

/** Verbs of meeting ("meet", "negotiate"), whose repetition is a new round. */
const MEETING_VERBS = new Set(verbsOf("met"));

/** Verbs of acts of force (attacks, fighting, coercion), which threaten whom they name, not a measure. */
const FORCE_VERBS = new Set(verbsOf("attacked", "fought", "coerced"));

/** Relations whose act may be named by a verb alone ("refused to resign"), unless the verb is too vague to name one. */
const LONE_ACTS = new Set<Relation>(["proposed", "demanded", "threatened", "rejected", "agreed"]);
