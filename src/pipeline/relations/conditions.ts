// Conditions an actor sets on its own act: what the condition waits for is what the actor demands; the act a threat is
// set off by ("would strike if the government froze wages") is what the actor opposes.
// "would not lift the ban until Kuwait agreed to a standard contract", "would boycott parliament unless the law was
// repealed", "would block the motorway if the government did not reopen talks", "would back X only if Y agreed to hold elections".
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { predicate, typeOf, type RelationContext } from "./context.js";
import { emit } from "./emit.js";
import { ACTORS, CLAUSE_ENDS, HOSTILE, NEGATIONS, SPEECH, modalBefore, verbsOf } from "./lexicon.js";
import { headForm } from "../proposals.js";
import { measureAfter } from "./measures.js";
import { measureNamedByAct } from "./proposal-entities.js";
import { subjectOf } from "./subject.js";
import { clauseMeasure, clauseSubjectEnd, verbPhraseTargets } from "./verb-phrases.js";

/** Modals that announce an act of the actor's own ("would boycott", "will not withdraw"). */
const FUTURE = new Set(["will", "would", "'ll", "shall", "wo"]);
/** Verbs that refuse or threaten by themselves ("threatened further strikes if", "ruled out talks until"). */
const REFUSING_OR_THREATENING = new Set(verbsOf("rejected", "threatened"));
/** Verbs of a condition's clause whose infinitive or object is the act waited for ("if the ministry refused to negotiate"). */
const REFUSED_OR_AGREED = new Set(triggers.conditionVerbs);
/** Verbs whose passive undoes the measure its subject names ("until the law was repealed"). */
const UNDOING = new Set(triggers.undoingActs);

/** "X would not withdraw until Y disarmed the militia": X demands the act of each condition its sentence sets on X's own act. */
export function conditionClaims(cx: RelationContext) {
  const { tokens } = cx;
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k].norm;
    if (word !== "unless" && word !== "until" && word !== "if") continue;
    const main = mainVerb(cx, k);
    if (main < 0) continue;
    const demanded = waitsForDemand(cx, k, main);
    // "threatened protests if the government froze wages", "would strike if the firm cut jobs": the act a threat is
    // set off by is opposed.
    if (!demanded && !(word === "if" && threatens(cx, main) && namesAct(cx, k + 1))) continue;
    const actors = conditionSetter(cx, main);
    const targets = actors.length ? clausesFrom(cx, k + 1).flatMap((from) => (othersWaitedFor(cx, from, actors) ? waitedFor(cx, from, actors) : [])) : [];
    if (targets.length) emit(cx, actors, targets, predicate({ relation: demanded ? "demanded" : "rejected", at: k, after: k + 1 }));
    cx.contested.clear();
  }
}

/**
 * The starts of the clauses a condition from `from` joins with "and", each with its own subject: "until inflation fell
 * and the government cut its deficit" waits for the government's act, though the first clause waits for no one's.
 */
function clausesFrom(cx: RelationContext, from: number): number[] {
  const { tokens } = cx;
  const starts = [from];
  for (let k = from + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm); k++) {
    if (tokens[k].norm === "and" && SUBJECT_OPENERS.has(tokens[k + 1]?.pos ?? "")) starts.push(k + 1);
  }
  return starts;
}
const SUBJECT_OPENERS = new Set(["DET", "PROPN"]);

/**
 * Who sets the condition on the act of verb `main`: the speaker who reports it ("Dizon said Manila would not lift the
 * ban until ..."), else the act's subject.
 */
function conditionSetter(cx: RelationContext, main: number): number[] {
  const { tokens, quoted } = cx;
  for (let v = main - 1; v >= 0 && !CLAUSE_ENDS.has(tokens[v].norm); v--) {
    if (tokens[v].pos !== "VERB" || !SPEECH.has(tokens[v].lemma) || quoted.has(v)) continue;
    const speaker = subjectOf(cx, v);
    if (speaker.length) return speaker;
    break;
  }
  return subjectOf(cx, main);
}

/**
 * Whether the subject of the clause from `from` names another actor or a measure: "if fighting did not resume" waits for
 * no one's act, and "vowed to fight until they gain control" for the actors' own.
 */
function othersWaitedFor(cx: RelationContext, from: number, actors: number[]): boolean {
  const subject = entitiesWithin(cx, from, clauseSubjectEnd(cx, from));
  return !subject.some((e) => actors.includes(e)) && subject.some((e) => ACTORS.has(typeOf(cx, e)) || typeOf(cx, e) === "proposal");
}

/** The verb of the clause a condition at `k` follows, when it states an act of the actor's own: announced, refused or threatened; else -1. */
function mainVerb(cx: RelationContext, k: number): number {
  const { tokens, quoted } = cx;
  let v = k - 1;
  while (v > 0 && (tokens[v].pos !== "VERB" || inObjectRelative(cx, v)) && !CLAUSE_ENDS.has(tokens[v].norm)) v--;
  if (tokens[v]?.pos !== "VERB" || quoted.has(v)) return -1;
  // "threatened to boycott ... unless": the act threatened.
  const outer = tokens[v - 1]?.norm === "to" ? v - 2 : v;
  if (REFUSING_OR_THREATENING.has(tokens[outer]?.lemma ?? "")) return outer;
  return FUTURE.has(tokens[modalBefore(tokens, v, NEGATIONS)]?.norm ?? "") ? v : -1;
}

/** Whether verb `v` is a relative clause's within the object of the act ("would end what it calls raids only if"). */
const inObjectRelative = ({ tokens }: RelationContext, v: number) => RELATIVES.has(tokens[v - 2]?.norm ?? "") && tokens[v - 1]?.pos === "PRON";
const RELATIVES = new Set(["what", "which", "that"]);

/** Whether verb `main` threatens: a verb of threat, or a hostile act announced ("would strike"). */
const threatens = (cx: RelationContext, main: number) => THREATENING.has(cx.tokens[main].lemma) || HOSTILE.has(cx.tokens[main].lemma);
const THREATENING = new Set(verbsOf("threatened"));
/** Whether the verb of the clause from `from` names an act of its own, not a state kept or a vague doing ("if Peru kept its tariffs"). */
const namesAct = (cx: RelationContext, from: number) => !STATES_OR_VAGUE.has(cx.tokens[verbOfClause(cx, from)]?.lemma ?? "");
const STATES_OR_VAGUE = new Set([...triggers.outcomes, ...triggers.vagueActs]);

/** Whether the clause after the condition word at `k` waits for an act the actor of verb `main` demands. */
function waitsForDemand(cx: RelationContext, k: number, main: number): boolean {
  const { tokens } = cx;
  const word = tokens[k].norm;
  if (word === "unless") return true;
  // "would not return until the plan was scrapped", "would boycott parliament until" (a hostile act kept up until what
  // it waits for): not "would stay until March".
  if (word === "until") {
    const negated = tokens.slice(Math.max(0, main - 4), main).some((t) => NEGATIONS.has(t.norm));
    return negated || HOSTILE.has(tokens[main].lemma) || REFUSING_OR_THREATENING.has(tokens[main].lemma);
  }
  // "only if the government set up a fund"; "if the government did not reopen talks"; "if Congress agreed to hold elections".
  if (tokens[k - 1]?.norm === "only") return true;
  const verb = verbOfClause(cx, k + 1);
  return tokens.slice(k + 1, verb).some((t) => NEGATIONS.has(t.norm)) || REFUSED_OR_AGREED.has(tokens[verb]?.lemma ?? "");
}

/** The verb of the clause from `from`, past its subject, auxiliaries and negation. */
function verbOfClause(cx: RelationContext, from: number): number {
  const { tokens } = cx;
  let v = clauseSubjectEnd(cx, from);
  while (v < tokens.length && (tokens[v].pos === "AUX" || NEGATIONS.has(tokens[v].norm))) v++;
  return v;
}

/** What the clause from `from` waits for: the act its verb names, or the one refused or agreed to ("refused to negotiate"). */
function waitedFor(cx: RelationContext, from: number, actors: number[]): number[] {
  const { tokens } = cx;
  const verb = verbOfClause(cx, from);
  const lemma = tokens[verb]?.lemma ?? "";
  if (REFUSED_OR_AGREED.has(lemma) && tokens[verb + 1]?.norm === "to") {
    // "if the ministry refused to negotiate", "until Kuwait agreed to a standard contract and opened a shelter".
    const act = tokens[verb + 2]?.pos === "VERB" ? actOf(cx, verb + 2) : measureAfter(cx, verb + 2);
    return [...act, ...coordinatedActs(cx, verb)];
  }
  const subjectEnd = clauseSubjectEnd(cx, from);
  if (tokens[subjectEnd]?.lemma === "be" && tokens[subjectEnd + 1]?.pos === "VERB") {
    // "until the law was repealed": waiting for a measure to be undone rejects it.
    const measure = measureIn(cx, from, subjectEnd);
    if (UNDOING.has(tokens[subjectEnd + 1].lemma) && measure.length) {
      for (const e of measure) cx.contested.add(e);
      return measure;
    }
    // "called for an inquiry and would boycott the session unless the inquiry was set up": asked for already.
    if (measure.some((e) => cx.claims.some((c) => c.target === e && actors.includes(c.source)))) return [];
    return clauseMeasure(cx, from, subjectEnd);
  }
  // "unless Y withdrew its port deal": waiting for a measure to be undone rejects it, as in the passive.
  const undone = tokens[verb]?.pos === "VERB" && UNDOING.has(lemma) ? measureAfter(cx, verb + 1) : [];
  if (undone.length) {
    for (const e of undone) cx.contested.add(e);
    return [...undone, ...coordinatedActs(cx, verb)];
  }
  // "unless Y reopened talks": the act, read as one asked for.
  const act = tokens[verb]?.pos === "VERB" ? actOf(cx, verb) : [];
  return [...act, ...coordinatedActs(cx, verb)];
}

/**
 * The act verb `verb` names: the measure named before that it names again, by a noun of its act or its object's head
 * ("until Israel withdrew from the land" after "the withdrawal plan"), else a measure of its own.
 */
function actOf(cx: RelationContext, verb: number): number[] {
  const { ids, mentions, entitiesOf } = cx;
  // Not the measure the object itself names ("unless Y reopened talks": the talks reopened are a new act).
  const named = new Set(ids.filter((id) => mentions[id].first > verb).flatMap((id) => entitiesOf[id]));
  const known = measureNamedByAct(cx.tokens[verb].lemma.toLowerCase(), objectHead(cx, verb), cx.resolution, named);
  return known === undefined ? verbPhraseTargets(cx, verb, "demanded") : [known];
}

/** The head noun of verb `verb`'s object in its head form ("pulled its special police units out": "unit"), or "". */
function objectHead(cx: RelationContext, verb: number): string {
  const { tokens } = cx;
  let head = "";
  for (let k = verb + 1; k < tokens.length; k++) {
    if (tokens[k].pos === "NOUN") head = headForm(tokens[k].lemma.toLowerCase());
    else if (head || !OBJECT_MODIFIERS.has(tokens[k].pos)) break;
  }
  return head;
}
const OBJECT_MODIFIERS = new Set(["DET", "ADJ", "NUM", "PRON"]);

/** The acts of finite verbs coordinated after verb `verb` in its clause: "unless the government met them and extended the ban". */
function coordinatedActs(cx: RelationContext, verb: number): number[] {
  const { tokens } = cx;
  const out: number[] = [];
  for (let k = verb + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && tokens[k].norm !== ","; k++) {
    const next = tokens[k + 1];
    if (tokens[k].norm === "and" && next?.pos === "VERB" && next.norm !== next.lemma.toLowerCase()) out.push(...actOf(cx, k + 1));
  }
  return out;
}

/** The proposals named in tokens [from, end). */
const measureIn = (cx: RelationContext, from: number, end: number) => entitiesWithin(cx, from, end).filter((e) => typeOf(cx, e) === "proposal");

/** The entities of the mentions in tokens [from, end). */
function entitiesWithin(cx: RelationContext, from: number, end: number): number[] {
  const { ids, mentions, entitiesOf } = cx;
  return ids.filter((id) => mentions[id].first >= from && mentions[id].last <= end).flatMap((id) => entitiesOf[id]);
}
