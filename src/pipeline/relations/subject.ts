// The actor of a predicate: the subject noun phrase to the left of its verb group, past appositions and relative clauses.
import actors from "../../lexicon/actors.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { leadingParticiple } from "../mentions.js";
import type { Mention, Token } from "../types.js";
import { actorsIn, opensClause, sidesAt, typeOf, type Predicate, type RelationContext } from "./context.js";
import { ACTORS, ANAPHORS, COPULAS, DEFINITE, MODALS, PARTITIVES, SERVING, SPEECH, STANCE_VERBS, TIME_WORDS, isGerund, modalBefore } from "./lexicon.js";

/** Words that open an apposition naming members of the phrase before it ("groups, including Greenpeace,"). */
const INCLUDING = new Set(["including", "among", "notably"]);
/** Documents of speech whose participle takes the stand of whoever issues them ("a statement condemning"). */
const STATEMENTS = new Set(triggers.statements);
/** Relations that are said, not done: an intention to say them keeps the relation ("willing to forgive"). */
const INTENT_ADJECTIVES = new Set(triggers.intentAdjectives);
/** Prepositions that attach a phrase to the noun before it ("rebels in Darfur", "the sides of the island"). */
const NOUN_PREPOSITIONS = new Set(["of", "in", "throughout", "from", "at", "for", "with", "near", "on", "under", "across", "inside", "outside", "based", "loyal", "to"]);
/** Nouns of a state's agents: with no owner of their own they belong to the place after them ("police in Kabul"). */
const GROUP_NOUNS = new Set(actors.groups);
/** Nouns of a place's own government: "the state of Lower Saxony said" is the place's act. */
const REGION_NOUNS = new Set(actors.regionNouns);
const REGION_TYPES = new Set(["place", "state"]);
/** Nouns of the executive a leader or minister belongs to. */
const GOVERNMENTS = new Set(actors.executives);
/** Nouns of a state as a leader's or minister's own ("his country would accept"). */
const HOMELANDS = new Set(actors.homelands);
/** Head words of parties' names, and in lower case the nouns of a politician's own party ("his party"). */
const PARTIES = new Set(actors.partyHeads.map((w) => w.toLowerCase()));
/** Nouns of forces and authorities, whose attached phrase names the actor ("security forces in Guinea"). */
const COLLECTIVE_NOUNS = new Set(actors.forceNouns);
/** Verbs whose object does what the "to"-phrase after it says ("prompted Beijing to threaten"). */
const CAUSATIVES = new Set(triggers.causingVerbs);
const QUOTES = new Set(["“", "”", '"']);
/** Verbs of repeating before a possessed measure, whose subject makes it too ("repeated Ghana's demand that"). */
const REPEATING = new Set(triggers.repeatingVerbs);

export function possessorBefore(cx: RelationContext, at: number): number[] {
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
export function agentAfter(cx: RelationContext, from: number): { actors: number[]; end: number } | undefined {
  const { tokens, mentions, entitiesOf, startsAt } = cx;
  const id = startsAt.get(from) ?? (tokens[from]?.pos === "DET" ? startsAt.get(from + 1) : undefined);
  const actors = id === undefined ? [] : entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e)));
  return actors.length ? { actors, end: mentions[id!].last } : undefined;
}

const FIRST_PERSONS = new Set(["we", "i"]);

/** Who says the quotation of the current sentence: the subject of its verb of speech, or the actor after it ("said X"). */
function quoteSpeaker(cx: RelationContext, depth: number): number[] {
  const { tokens, quoted } = cx;
  const said = tokens.findIndex((t, s) => t.pos === "VERB" && SPEECH.has(t.lemma) && !quoted.has(s));
  if (said < 0) return [];
  const subject = subjectOf(cx, said, depth + 1);
  return subject.length ? subject : agentAfter(cx, said + 1)?.actors ?? [];
}

/** Where ", which" or ", who" opens the relative clause verb `verb` is in, with no comma between; else -1. */
function relativeOpening(tokens: Token[], verb: number): number {
  for (let k = verb - 1; k > 0 && verb - k <= 4 && tokens[k].norm !== ","; k--) if (RELATIVE_PRONOUNS.has(tokens[k].norm) && tokens[k - 1].norm === ",") return k;
  return -1;
}
const RELATIVE_PRONOUNS = new Set(["which", "who"]);

/** The actor(s) of a predicate: the subject noun phrase to the left of its verb group. */
export function subjectOf(cx: RelationContext, at: number, depth = 0, anyAttached = false): number[] {
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
    // "in an attempt to persuade Peru to lift the ban", "would force Chile to withdraw": a cause only aimed at or
    // announced makes its object do nothing yet.
    if (j >= 0 && (tokens[j - 1]?.norm === "to" || MODALS.has(tokens[j - 1]?.norm ?? ""))) return [];
  }
  // "issued a statement condemning the coup", "signed a joint letter urging": a document speaks for who issues it.
  if (isGerund(tokens[at]) && STATEMENTS.has(tokens[at - 1]?.norm ?? "") && depth < 3) {
    let j = at - 2;
    while (j > 0 && at - j <= 5 && tokens[j].pos !== "VERB") j--;
    const issuers = tokens[j]?.pos === "VERB" && !quoted.has(j) ? subjectOf(cx, j, depth + 1) : [];
    if (issuers.length) return issuers;
  }
  // "ruled out arbitration, insisting that ...": a participle clause after the main clause shares its subject.
  if (isGerund(tokens[at]) && depth < 3) {
    let comma = at - 1;
    while (tokens[comma]?.pos === "ADV") comma--;
    let j = comma - 1;
    for (;;) {
      while (j >= 0 && !(tokens[j].pos === "VERB" && !quoted.has(j) && !isGerund(tokens[j]) && tokens[j - 1]?.pos !== "DET")) j--;
      // "wrote to the World Bank, which brokered the treaty, asking it to": not the verb of a relative clause between commas.
      const relative = relativeOpening(tokens, j);
      if (relative < 0) break;
      j = relative - 2;
    }
    const main = tokens[comma]?.norm === "," && j >= 0 ? subjectOf(cx, j, depth + 1) : [];
    if (main.length) return main;
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
      const comma = named === undefined ? -1 : pastDescription(cx, (mentions[named].titleFirst ?? mentions[named].first) - 1);
      if (named !== undefined && mentions[named].kind === "person" && tokens[comma]?.norm === "," && entitiesOf[named].length) return [...coordinatedBefore(cx, comma), ...entitiesOf[named]];
      // "The main opposition party, Pakistan Tehreek-e-Insaf (PTI), rejected": a body named after its description.
      // "Two farm groups, Asaja and the Farmers Union (FU), said": each body coordinated there.
      const bodies: number[] = [];
      let opens = -1;
      for (let body = mentionAt.get(beforeBrackets(cx, k - 1)); body !== undefined && mentions[body].kind === "organisation"; body = tokens[opens]?.norm === "and" ? mentionAt.get(opens - 1) : undefined) {
        bodies.push(body);
        opens = mentions[body].first - (tokens[mentions[body].first - 1]?.pos === "DET" ? 2 : 1);
      }
      if (bodies.length && tokens[opens]?.norm === "," && tokens[opens - 1]?.pos === "NOUN") {
        const actors = bodies.reverse().flatMap((id) => entitiesOf[id]).filter((e) => ACTORS.has(typeOf(cx, e)));
        if (actors.length) return [...new Set(actors)];
      }
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
  // "“We will not accept it,” she said": a first person quoted is whoever the quotation is said by.
  if (FIRST_PERSONS.has(t.norm) && quoted.has(k) && depth < 3) return quoteSpeaker(cx, depth);
  // "X remarked that ... and called for Y": the coordinated verb shares the subject.
  if (["and", "but", "or"].includes(t.norm) && depth < 3) {
    let j = participleOpening(cx, k);
    // A participle after a determiner ("the proposed quota") modifies a noun and is passed over, and so is a word of a
    // measure's name the tagger read as a verb ("demanded pay rises and urged"), and the verb of a subordinate clause
    // ("threatened to strike if the levy stays, and demanded").
    for (;;) {
      while (j >= 0 && !(tokens[j].pos === "VERB" && !quoted.has(j) && tokens[j - 1]?.pos !== "DET" && !nonFinite(cx, j) && !inMeasureName(cx, j))) j--;
      // Only a clause closed by a comma: "when Tanzania imposed the duty and accused" coordinates inside it; but a thing
      // demands nothing ("criticised the ministry while cases remained unresolved and demanded"), so its clause is passed.
      const subordinator = j >= 0 && (tokens[k - 1]?.norm === "," || thingBefore(cx, j)) ? subordinatorBefore(cx, j) : -1;
      if (subordinator < 0) break;
      j = subordinator - 1;
    }
    if (j < 0) return [];
    // "said Iran remained committed to X and had proposed Y": the clause's verb is the copula before the participle.
    if (copularParticiple(tokens[j]) && tokens[j - 1]?.pos === "VERB" && COPULAS.has(tokens[j - 1].lemma)) j--;
    // "X warned that Y would not V and threatened to ...": when the reported clause has no verb of the
    // coordinated verb's form, the coordinated verb goes with the verb of speech.
    const said = tokens.findLastIndex((x, s) => s < j && x.pos === "VERB" && SPEECH.has(x.lemma) && !quoted.has(s));
    // "X demanded that Y leave and offered ...": with no verb of speech, the verb whose "that"-clause holds bare verb `j`.
    // The verb may stand a time or a manner phrase before its "that" ("demanded on Monday that", "said in a statement that").
    const thatVerb = tokens[j].norm === tokens[j].lemma.toLowerCase() ? verbOfThat(tokens, tokens.findLastIndex((x, s) => s < j && x.norm === "that" && verbOfThat(tokens, s) >= 0)) : -1;
    // "X said Bucharest would raise exports and had agreed to supply gas": a past perfect after a simple past of speech
    // is told in the reported clause, so it goes on with the clause's subject.
    const told = said >= 0 && tokens[k - 1]?.norm !== "," && pastPerfect(cx, at) && !pastPerfect(cx, said) ? subjectOf(cx, j, depth + 1) : [];
    if (told.length) return told;
    const speech = otherForm(cx, j, at) ? (said >= 0 ? said : thatVerb) : -1;
    const verb = speech >= 0 && !simplePastBetween(cx, speech + 1, k) ? speech : j;
    const subject = subjectOf(cx, verb, depth + 1);
    // "X said the bloc would stay, and urged Y to ...", "X said the cut was painful and called on Y to ...": a verb of
    // stance after a reported clause is the speaker's own act when a comma closes the clause or the clause names no actor.
    // So is one after a reported clause whose verb takes no stance ("said the agency needed more guards and called for").
    const speaker = verb === j && said >= 0 && (tokens[k - 1]?.norm === "," || !subject.length || !STANCE_VERBS.has(tokens[j].lemma)) && stanceAfter(cx, k, at) ? subjectOf(cx, said, depth + 1) : [];
    if (speaker.length) return speaker;
    // "X said the text placed a burden on Y and demanded Z": a thing demands nothing, the speaker does.
    return !subject.length && verb === j && said >= 0 && thingBefore(cx, j) ? subjectOf(cx, said, depth + 1) : subject;
  }
  // "X, who led the team": the relative pronoun's antecedent, also past the acronym in brackets after its name
  // ("the Organization for Security and Co-operation in Europe (OSCE), which mediates").
  if (t.norm === "who" || t.norm === "which") {
    let j = k - 1;
    if (tokens[j]?.norm === ",") j--;
    const id = mentionAt.get(j) ?? mentionAt.get(beforeBrackets(cx, j));
    return id !== undefined ? entitiesOf[id].filter((e) => ACTORS.has(typeOf(cx, e))) : [];
  }
  // The noun phrase, with the phrases attached to it: "Security forces in Guinea", "the Turkish and Greek sides of Cyprus".
  let end = k;
  let start = chunkStart(cx, end);
  if (start > end) return [];
  const attached: [number, number][] = [];
  while (start > 1 && NOUN_PREPOSITIONS.has(tokens[start - 1].norm)) {
    // "Secretary of State Mara Whitfield": a preposition inside a title before a name attaches nothing.
    const titled = titleOpening(cx, start, end);
    if (titled !== undefined) {
      const opened = chunkStart(cx, titled);
      // "Under Secretary X": a title the preposition itself opens has no chunk before it, so it opens the phrase.
      if (opened >= start) {
        start = titled;
        break;
      }
      start = opened;
      continue;
    }
    const before = chunkStart(cx, start - 2);
    if (before > start - 2) break;
    attached.unshift([start, end]);
    end = start - 2;
    start = before;
  }
  // "Latheef's government has signed", "his government would ask": a leader's or minister's government is their state.
  const governed = GOVERNMENTS.has(tokens[end].norm) ? stateOfOwner(cx, start, end) : [];
  if (governed.length) return governed;
  // "the minister said his country would accept": their state, with the owner who speaks for it, as with a party.
  const homeland = HOMELANDS.has(tokens[end].norm) ? stateOfOwner(cx, start, end) : [];
  if (homeland.length) return [...homeland, ...actorsStarting(cx, start, end)];
  // "his party would table a motion": a politician's party is the party they lead or serve.
  const party = PARTIES.has(tokens[end].norm) ? partyOfOwner(cx, start, end) : [];
  if (party.length) return [...party, ...actorsStarting(cx, start, end)];
  const head = actorsStarting(cx, start, end);
  const led = ledGroup(cx, start);
  if (led.length) return [...led, ...head];
  // "Opposition lawmakers from the PJD asked": a group of a body's members acts for the body.
  const body = GROUP_NOUNS.has(tokens[end].norm) && tokens[attached[0]?.[0] - 1]?.norm === "from" ? actorsStarting(cx, attached[0][0], attached[0][1]).filter((e) => typeOf(cx, e) === "organisation") : [];
  if (body.length) return body;
  // "Paraguay said it would convene": "it" right after a verb of speech is the speaker.
  const said = tokens[start - 1]?.norm === "that" ? start - 2 : start - 1;
  if (start === end && ["it", "they"].includes(tokens[start].norm) && tokens[said]?.pos === "VERB" && SPEECH.has(tokens[said].lemma) && depth < 3) {
    const speaker = subjectOf(cx, said, depth + 1);
    if (speaker.length && (tokens[start].norm === "they" ? speaker.length > 1 : speaker.every((e) => typeOf(cx, e) !== "person"))) return speaker;
  }
  if (head.length || included.length) return [...head, ...included];
  // "said both sides had agreed to meet again": the sides the text last named, as a reporter tells what they did.
  const sides = depth === 0 && tokens[said]?.pos === "VERB" && SPEECH.has(tokens[said].lemma) ? sidesAt(cx, start) : undefined;
  if (sides?.end === end + 1) return sides.parties;
  // "Security forces in Guinea", "a group of Moroccan diplomats": the attached phrase names the actor.
  if (!attached.length) return [];
  const named = actorsStarting(cx, attached[0][0], attached[0][1]);
  // "The regional state of Puntland rejected": the place a government noun is of (not "heads of state of the bloc", nor
  // a place a preposition names: "demonstrated in the city of Kirkuk calling for").
  const region = REGION_NOUNS.has(tokens[end].norm) && tokens[attached[0][0] - 1].norm === "of" && tokens[start - 1]?.pos !== "ADP" && named.length > 0 && named.every((e) => REGION_TYPES.has(typeOf(cx, e)));
  if (anyAttached || region || COLLECTIVE_NOUNS.has(tokens[end].norm) || PARTITIVES.has(tokens[end].norm) || GROUP_NOUNS.has(tokens[end].norm)) return named;
  return [];
}

/**
 * "a group of oil-producing countries led by Saudi Arabia refused": the actor a leading participle's agent at `start`
 * follows is the subject, with its leader, who takes the stand at its head (set off by commas, the agent is passed as
 * an apposition, and the group alone acts).
 */
function ledGroup(cx: RelationContext, start: number): number[] {
  const { tokens, entitiesOf, mentionAt } = cx;
  if (tokens[start - 1]?.norm !== "by" || !leadingParticiple(tokens[start - 2])) return [];
  const group = mentionAt.get(start - 3);
  return group === undefined ? [] : entitiesOf[group].filter((e) => ACTORS.has(typeOf(cx, e)));
}

/**
 * Where the search for the verb coordinated with "and" at `and` starts: before a participle clause set off by commas
 * ("dismissed the criticism, saying the observers had erred, and invited X"), else right before "and".
 */
function participleOpening(cx: RelationContext, and: number): number {
  const { tokens } = cx;
  if (tokens[and - 1]?.norm !== ",") return and - 1;
  for (let c = and - 2; c > 0; c--) {
    if (tokens[c].norm === "and" || QUOTES.has(tokens[c].text)) continue;
    if (tokens[c].norm === "," && isGerund(tokens[c + 1])) return c - 1;
    if (tokens[c].norm === "," || tokens[c].norm === ";") break;
  }
  return and - 1;
}

/** The token before a bracketed acronym that ends at token `k` ("Pakistan Tehreek-e-Insaf (PTI)"), else `k`. */
function beforeBrackets(cx: RelationContext, k: number): number {
  const { tokens } = cx;
  if (tokens[k]?.text !== ")") return k;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (tokens[j].text === "(") return j - 1;
  return k;
}

/** "X and his Peruvian counterpart, Y,": the actor coordinated before the title that the name after comma `comma` holds. */
function coordinatedBefore(cx: RelationContext, comma: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt } = cx;
  let k = comma - 1;
  while (k >= 0 && k > comma - 6 && (["DET", "ADJ", "NOUN", "PROPN"].includes(tokens[k].pos) || ["his", "her", "its", "their"].includes(tokens[k].norm))) k--;
  const id = tokens[k]?.norm === "and" ? mentionAt.get(k - 1) : undefined;
  return id !== undefined && mentions[id].kind === "person" ? entitiesOf[id] : [];
}

/** Whether the subject right before verb `j` names a thing, no actor: a measure or a plain noun ("the text placed"). */
function thingBefore(cx: RelationContext, j: number): boolean {
  const { tokens, mentions, mentionAt } = cx;
  let k = j - 1;
  while (k >= 0 && (["AUX", "ADV", "PART"].includes(tokens[k].pos) || QUOTES.has(tokens[k].text))) k--;
  const id = mentionAt.get(k);
  return id === undefined ? tokens[k]?.pos === "NOUN" : mentions[id].kind === "proposal";
}

/**
 * The subordinating word that opens the clause of verb `j` ("if the levy stays"), or -1; a relative pronoun
 * opens one when the clause has a subject of its own ("the tariffs, which Nordwerk had opposed, and warned").
 */
function subordinatorBefore(cx: RelationContext, j: number): number {
  const { tokens } = cx;
  for (let k = j - 1; k >= 0 && k >= j - 8; k--) {
    if (SUBORDINATORS.has(tokens[k].norm)) return k;
    if ((tokens[k].norm === "which" || tokens[k].norm === "whom") && tokens.slice(k + 1, j).some((t) => ["NOUN", "PROPN", "PRON"].includes(t.pos))) return k;
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

/** Whether word `k` is in the name of a measure (a proposal mention): "pay rises" read as a verb. */
function inMeasureName(cx: RelationContext, k: number): boolean {
  const id = cx.mentionAt.get(k);
  return id !== undefined && cx.mentions[id].kind === "proposal";
}

/**
 * Whether verb `at`, coordinated by conjunction `and`, is an inflected verb of stance: "and urged", "but had asked"; not
 * "and would ask", nor a bare verb of a clause asked for ("demanded that the government sell A and scrap B").
 */
function stanceAfter(cx: RelationContext, and: number, at: number): boolean {
  const { tokens } = cx;
  const t = tokens[at];
  return STANCE_VERBS.has(t.lemma) && t.norm !== t.lemma.toLowerCase() && !isGerund(t) && !tokens.slice(and + 1, at).some((w) => MODALS.has(w.norm) || w.norm === "to");
}

/** Whether verb `j` has another form than verb `at`: a bare infinitive, a perfect or a progressive against a simple past. */
function otherForm(cx: RelationContext, j: number, at: number): boolean {
  const { tokens } = cx;
  // "had been killed" is a perfect too.
  const perfect = (v: number) => {
    const aux = tokens[v - 1]?.norm === "been" ? v - 2 : v - 1;
    return tokens[aux]?.pos === "AUX" && ["have", "has", "had"].includes(tokens[aux].norm);
  };
  const inflected = (v: number) => tokens[v].norm !== tokens[v].lemma.toLowerCase();
  return (inflected(at) && !inflected(j)) || (perfect(j) && !perfect(at)) || (progressive(cx, j) && !progressive(cx, at));
}

/** A participle the tagger reads as a verb, as after a copula: "remained committed to", "seemed determined to". */
function copularParticiple(t: Token | undefined): boolean {
  return t?.pos === "VERB" && /(ed|en)$/.test(t.norm);
}

/** "had agreed", "had already offered": "had" before verb `v`, past adverbs. */
function pastPerfect(cx: RelationContext, v: number): boolean {
  const { tokens } = cx;
  let k = v - 1;
  while (tokens[k]?.pos === "ADV") k--;
  return tokens[k]?.norm === "had";
}

/** "was doing": a form of "be" before a verb in -ing. */
function progressive(cx: RelationContext, v: number): boolean {
  const { tokens } = cx;
  return tokens[v - 1]?.lemma === "be" && /ing$/.test(tokens[v].norm);
}

/**
 * The verb whose "that" stands at `that`: right before it, or before a phrase of time or manner opened by a preposition
 * ("demanded on Monday that", "said in a statement that"; not an object's relative clause, "rejected the plan that"); else -1.
 */
function verbOfThat(tokens: Token[], that: number): number {
  if (tokens[that - 1]?.pos === "VERB") return that - 1;
  for (let k = that - 2; k >= Math.max(1, that - 4); k--) {
    if (tokens[k].pos === "ADP") return tokens[k - 1].pos === "VERB" ? k - 1 : -1;
    if (!["DET", "NOUN", "PROPN", "NUM", "ADJ"].includes(tokens[k].pos)) return -1;
  }
  return -1;
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

/** Tags of the words of a noun phrase. */
const PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);

/** Where the noun phrase ending at token `end` starts. */
function chunkStart(cx: RelationContext, end: number): number {
  const { tokens, mentionAt } = cx;
  let j = end;
  // "A, the B and the C": commas of a list that "and" closes ("brokered by the EU, Peru will" is no list).
  let listed = false;
  while (j >= 0) {
    if (tokens[j].norm === "and") listed = true;
    const t = tokens[j];
    // "the proposed quota", "the Peru-based lender": a participle modifying the noun after it.
    const participle = t.pos === "VERB" && /(ed|ing)$/.test(t.norm) && (["DET", "ADJ", "ADV"].includes(tokens[j - 1]?.pos ?? "") || tokens[j - 1]?.text === "-") && j < end;
    const inPhrase = mentionAt.has(j) || participle || PHRASE_TAGS.has(t.pos) || t.norm === "'s" || t.norm === "'" ||
      (t.pos === "CCONJ" && j < end) || (t.text === "-" && j < end) ||
      (t.norm === "," && mentionAt.has(j - 1) && listed && (mentionAt.has(j + 1) || ["DET", "ADJ", "PROPN"].includes(tokens[j + 1]?.pos ?? "")));
    if (!inPhrase) break;
    j--;
  }
  return j + 1;
}

/** Where the title of a name in tokens [start, end] opens, when it opens before them ("Secretary of State X"). */
function titleOpening(cx: RelationContext, start: number, end: number): number | undefined {
  const { ids, mentions } = cx;
  for (const id of ids) {
    const { first, titleFirst } = mentions[id];
    if (first >= start && first <= end && titleFirst !== undefined && titleFirst < start) return titleFirst;
  }
  return undefined;
}

/** Actor entities named in tokens [start, end], leaving out possessors ("Russia's" in "Russia's army" is the army). */
function actorsStarting(cx: RelationContext, start: number, end: number): number[] {
  const { tokens, ids, mentions, entitiesOf } = cx;
  const out: number[] = [];
  for (const id of ids) {
    const m = mentions[id];
    if (m.first < start || m.last - 1 > end || m.kind === "proposal" || m.modifier || (m.kind !== "person" && titleOpensAt(cx, m.last))) continue;
    const possessor = (tokens[m.last]?.norm === "'s" || tokens[m.last]?.norm === "'") && m.last < end;
    if (possessor && !isBody(m)) continue;
    // "the Peru-based lender", "Russia-backed separatists": the name in a hyphened modifier does not act.
    if (tokens[m.last]?.text === "-" && m.last < end) continue;
    // "British Columbia said", "The state of Lower Saxony said": a region that is the whole subject acts.
    const whole = m.kind === "place" && m.last - 1 === end && (m.first === start || (tokens[start].pos === "DET" && m.first === start + 1));
    for (const e of entitiesOf[id]) if ((ACTORS.has(typeOf(cx, e)) || whole) && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Whether a titled person's title opens at token `k`: "Kosovo Prime Minister X", "Azimio leader Y": a name right before it is where the title is held. */
function titleOpensAt(cx: RelationContext, k: number): boolean {
  const { ids, mentions } = cx;
  return ids.some((id) => mentions[id].kind === "person" && mentions[id].titleFirst === k);
}

/** The state whose office the person owning the noun at `end` holds ("his government", "President X's government"), or none. */
function stateOfOwner(cx: RelationContext, start: number, end: number): number[] {
  return servedByOwner(cx, start, end).filter((e) => typeOf(cx, e) === "state");
}

/**
 * The party the person named by the possessive before noun `end` leads or serves: the one organisation they serve, or
 * of several the one whose name a party's head word ends.
 */
function partyOfOwner(cx: RelationContext, start: number, end: number): number[] {
  const bodies = servedByOwner(cx, start, end).filter((e) => typeOf(cx, e) === "organisation");
  const parties = bodies.filter((e) => PARTIES.has(cx.entities[e].label.split(" ").at(-1)!.toLowerCase()));
  return bodies.length === 1 ? bodies : parties.length === 1 ? parties : [];
}

/** The states and bodies the person named by the possessive ending at `end - 1` leads or serves ("Latheef's", "his"). */
function servedByOwner(cx: RelationContext, start: number, end: number): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, claims } = cx;
  const owner = mentionAt.get(tokens[end - 1]?.norm === "'s" ? end - 2 : end - 1);
  if (owner === undefined || mentions[owner].first < start) return [];
  const people = entitiesOf[owner].filter((e) => typeOf(cx, e) === "person");
  return [...new Set(claims.filter((c) => people.includes(c.source) && SERVING.has(c.relation)).map((c) => c.target))];
}

function isBody(m: Mention) {
  return m.kind === "organisation" || m.collective === true;
}

/** Where an apposition or relative clause that ends at comma k starts (the comma before it). */
function appositionStart(cx: RelationContext, k: number): number | undefined {
  const { tokens, mentions, mentionAt } = cx;
  for (let j = k - 1; j >= 0 && j >= k - 25; j--) {
    if (tokens[j].norm === ",") {
      const first = tokens[j + 1]?.norm;
      if (["who", "which", "where", "whose", "a", "an", "the", "once", "then", "now", "already"].includes(first ?? "") || INCLUDING.has(first ?? "") || tokens[j + 1]?.pos === "ADV" || tokens[j + 1]?.pos === "ADP") return j;
      // "The text, seen by Reuters, calls": a participle with its agent.
      if (tokens[j + 1]?.pos === "VERB" && tokens[j + 2]?.norm === "by") return j;
      // "Peru, citing security concerns, rejected", "Egypt, locked in a dispute, backed": a participle phrase after a
      // name; a name that is itself an apposition ("whose chief, X, marched in Y, said") has a finite verb after it.
      const named = mentionAt.get(j - 1);
      if (named !== undefined && tokens[j + 1]?.pos === "VERB" && (/ing$/.test(tokens[j + 1].norm) || (/(ed|en)$/.test(tokens[j + 1].norm) && tokens[mentions[named].first - 1]?.norm !== ","))) return j;
      // "The union, whose leader, X, marched in Y, said": that finite verb ends a relative clause opened by "whose".
      const whose = named === undefined ? undefined : whoseOpening(cx, mentions[named].titleFirst ?? mentions[named].first);
      if (whose !== undefined && tokens[j + 1]?.pos === "VERB") return whose;
      // "Ahmed Karimi, Iran's deputy foreign minister, met": a noun phrase with no verb set off by commas.
      // A participle before a noun modifies it ("European football's governing body").
      const segment = tokens.slice(j + 1, k);
      if (segment.length > 1 && !segment.some((x, s) => x.pos === "AUX" || (x.pos === "VERB" && !attributiveParticiple(segment, s))) && mentionAt.has(j - 1)) return j;
      return undefined;
    }
  }
  return undefined;
}

/**
 * Where a short description before a name ends towards the left ("The envoy, German diplomat Markus Keller,": the
 * common noun and its modifiers), so that the comma before it is found; `k` itself when there is none.
 */
function pastDescription(cx: RelationContext, k: number): number {
  const { tokens } = cx;
  const common = (j: number) => tokens[j].pos === "NOUN" && tokens[j].text === tokens[j].norm;
  // A capitalised word only as a modifier of the common noun: "German diplomat".
  const describing = (j: number) => common(j) || tokens[j].pos === "ADJ" || (tokens[j].pos === "PROPN" && common(j + 1));
  let j = k;
  while (j > 0 && k - j < 3 && describing(j)) j--;
  return tokens[j]?.norm === "," && !agentBefore(tokens, j) ? j : k;
}

/** Whether the phrase that ends at comma `k` names an agent ("put forward by the chair of the talks,"), whose apposition is no subject. */
function agentBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && tokens[j].norm !== ","; j--) if (tokens[j].norm === "by") return true;
  return false;
}

/** Whether the verb at `s` of a noun phrase is a participle modifying the noun after it ("the governing body", "its ruling party"). */
function attributiveParticiple(phrase: Token[], s: number): boolean {
  const before = phrase[s - 1];
  return isGerund(phrase[s]) && phrase[s + 1]?.pos === "NOUN" && before !== undefined && (["DET", "ADJ", "PART"].includes(before.pos) || before.norm === "'s");
}

/** The comma before ", whose" when the name starting at `first` is set off by commas right after "whose" and its noun. */
function whoseOpening(cx: RelationContext, first: number): number | undefined {
  const { tokens } = cx;
  if (tokens[first - 1]?.norm !== ",") return undefined;
  for (let w = first - 2; w > 0 && first - w <= 5 && tokens[w].norm !== ","; w--) if (tokens[w].norm === "whose" && tokens[w - 1].norm === ",") return w - 1;
  return undefined;
}

/** A verb of repeating ("reiterated", "echoed") right before a possessed noun at `at`, else -1. */
export function repeatingVerb(cx: RelationContext, at: number): number {
  const { tokens } = cx;
  let k = at - 1;
  while (k > at - 7 && k >= 0 && ["DET", "ADJ", "PART", "PROPN"].includes(tokens[k].pos)) k--;
  return tokens[k]?.pos === "VERB" && REPEATING.has(tokens[k].lemma) ? k : -1;
}

/** The verb whose object starts a little before token `at` ("set out three demands"), or -1. */
export function verbBefore(cx: RelationContext, at: number): number {
  const { tokens } = cx;
  let k = at - 1;
  while (k >= 0 && ["DET", "NUM", "ADJ", "ADP", "PART", "ADV"].includes(tokens[k].pos)) k--;
  return tokens[k]?.pos === "VERB" ? k : -1;
}

/**
 * "The text, seen by Reuters, calls on Iran to ...": a measure that asks or proposes, as a subject, speaks
 * for those who put it forward: the sources of the claims that proposed it (or, for "the text", the latest proposed).
 */
export function authorsOfSubject(cx: RelationContext, at: number): number[] {
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
export function modifierSubject(cx: RelationContext, at: number): number[] {
  const { tokens, ids, mentions, entitiesOf } = cx;
  let k = at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const start = chunkStart(cx, k);
  return ids.filter((id) => mentions[id].modifier && mentions[id].first >= start && mentions[id].last <= k + 1).flatMap((id) => entitiesOf[id]).slice(0, 1);
}

/** The measure a passive verb group follows: "the ceasefire was brokered", "the quota offered", "the text, drafted by". */
export function measureSubject(cx: RelationContext, at: number): number[] {
  const id = measureBefore(cx, at);
  return id !== undefined ? cx.entitiesOf[id] : [];
}

/**
 * The proposal mention right before the verb group of `at`: also before the comma of a participle phrase opening at
 * `at` ("the text, drafted by France,") or closed before the verb group ("the plan, backed by France, was rejected").
 */
function measureBefore(cx: RelationContext, at: number): number | undefined {
  const { tokens, mentions, mentionAt } = cx;
  let k = at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  if (tokens[k]?.norm === "," && k === at - 1) k--;
  else if (tokens[k]?.norm === ",") {
    let open = k - 1;
    while (open > k - 12 && open > 0 && tokens[open].norm !== ",") open--;
    if (tokens[open]?.norm === "," && tokens[open + 1]?.pos === "VERB") k = open - 1;
  }
  const id = mentionAt.get(k);
  return id !== undefined && mentions[id].kind === "proposal" ? id : undefined;
}

/** "X was rejected by Y": Y. */
export function passiveAgent(cx: RelationContext, p: Predicate): number[] | undefined {
  const { tokens, mentions, mentionAt } = cx;
  const be = tokens[p.at - 1];
  // A participle in -ed or -en, or one spelt as the verb's bare form, which no other form of a verb after "be" or
  // before "by" is: "was put forward by", "the plan, set out by".
  const verb = tokens[p.at];
  if (!be || !(/ed$|en$/.test(verb.norm) || verb.norm === verb.lemma.toLowerCase())) return undefined;
  // "X was rejected by Y", or a reduced relative: "the quota offered by Canada", "the resolution, drafted by France,".
  const by = tokens[p.at + 1]?.norm === "by" ? p.at + 1 : tokens[p.after]?.norm === "by" ? p.after : -1;
  const afterMeasure = by >= 0 && measureBefore(cx, p.at) !== undefined;
  if (!["be", "get"].includes(be.lemma) && !afterMeasure) return undefined;
  for (let k = p.at + 1; k < Math.min(tokens.length, p.at + 6); k++) {
    if (tokens[k].norm !== "by") continue;
    // "by Qatar and Egypt", "by Saudi Arabia and the United States": every coordinated agent.
    let end = k + 1;
    for (;;) {
      const id = mentionAt.get(tokens[end]?.pos === "DET" ? end + 1 : end);
      // "talks brokered by the EU, Chile will ...": a name opening the next clause is no agent.
      if (id === undefined || (end > k + 1 && opensClause(cx, mentions[id].last))) break;
      end = mentions[id].last;
      if (!["and", ","].includes(tokens[end]?.norm ?? "")) break;
      end++;
    }
    const named = actorsIn(cx, k + 1, end);
    if (named.length) return named;
    const described = actorsIn(cx, k + 1, k + 4);
    return described.length ? described : appositiveAgent(cx, k + 1);
  }
  return undefined;
}

/**
 * "proposed by the region's president, Dragan Milicevic,", "by the chair of the talks, ambassador X,": an agent described
 * by a noun phrase that names no actor is the one the apposition after it names.
 */
function appositiveAgent(cx: RelationContext, from: number): number[] {
  const { tokens } = cx;
  for (let k = from; k < Math.min(tokens.length, from + 7); k++) {
    if (tokens[k].norm === ",") return k > from ? namedAfter(cx, k + 1) : [];
    if (!PHRASE_TAGS.has(tokens[k].pos) && !["'s", "'", "of"].includes(tokens[k].norm)) return [];
  }
  return [];
}

/** The first actor named at `from` or after the modifiers of its title there ("Icelandic ambassador Sigrun Einarsdottir"). */
function namedAfter(cx: RelationContext, from: number): number[] {
  const { tokens } = cx;
  for (let k = from; k < Math.min(tokens.length, from + 4) && PHRASE_TAGS.has(tokens[k].pos); k++) {
    const agent = agentAfter(cx, k);
    if (agent) return agent.actors;
  }
  return [];
}

const SUBORDINATORS = new Set(["if", "unless", "when", "because", "although", "though", "while", "until", "once", "whether"]);

/** The only negation a forecast's modal group is read past ("would not carry"). */
const NOT: ReadonlySet<string> = new Set(["not"]);

/**
 * Whether the modal verb group before verb `at` says what a thing would do, reported by a speaker: the subject of the
 * reported clause it is in, or goes on with after "and" ("said the pipeline was financed and would carry oil"), names
 * no actor, or is "it" after a measure its speaker judged ("criticised the deal, saying it would reward speculators").
 */
export function forecast(cx: RelationContext, at: number): boolean {
  const { tokens, mentions, mentionAt, entitiesOf } = cx;
  const k = modalBefore(tokens, at, NOT);
  if (!MODALS.has(tokens[k]?.norm ?? "")) return false;
  const said = tokens.findLastIndex((t, s) => s < k && t.pos === "VERB" && SPEECH.has(t.lemma));
  if (said < 0) return false;
  let from = said + 1;
  if (tokens[from]?.norm === "that") from++;
  let end = from;
  while (end < k && tokens[end].pos !== "AUX" && tokens[end].pos !== "VERB") end++;
  // Only a reported clause the modal opens or goes on with after "and" / "but".
  if (end !== k && !["and", "but"].includes(tokens[k - 1]?.norm ?? "")) return false;
  const named = new Set<number>();
  for (let j = from; j < end; j++) if (mentionAt.has(j)) named.add(mentionAt.get(j) as number);
  const ids = [...named];
  if (ids.some((id) => mentions[id].kind === "pronoun")) return tokens[from].norm === "it" && end === from + 1 && isGerund(tokens[said]) && judgedMeasure(cx, said);
  if (ids.some((id) => mentions[id].kind !== "proposal" && entitiesOf[id].some((e) => ACTORS.has(typeOf(cx, e))))) return false;
  return tokens.slice(from, end).some((t) => t.pos === "NOUN");
}

/**
 * Whether a measure stands right before the comma that opens the participle clause at `saying` ("rejected the plan,
 * saying"): a proposal named there, or the plain noun a claim of this sentence made a measure of ("rejected the fee,").
 */
function judgedMeasure(cx: RelationContext, saying: number): boolean {
  const { tokens, mentions, mentionAt, claims, entities, sentence } = cx;
  if (tokens[saying - 1]?.norm !== ",") return false;
  const id = mentionAt.get(saying - 2);
  if (id !== undefined) return mentions[id].kind === "proposal";
  const noun = tokens[saying - 2];
  return noun?.pos === "NOUN" && claims.some((c) => c.evidence.sentence === sentence.index && entities[c.target]?.entityType === "proposal" && entities[c.target].label.split(" ").at(-1) === noun.norm);
}
