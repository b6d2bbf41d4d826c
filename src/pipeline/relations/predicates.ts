// The predicates of a sentence: verbs, phrasal and light verbs, nominal forms and adjectives, with negation and intent.
import type { Relation } from "../../graph/types.js";
import actors from "../../lexicon/actors.json" with { type: "json" };
import proposalLexicon from "../../lexicon/proposals.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { endsCompoundHead, isProposalHead } from "../proposals.js";
import type { Token } from "../types.js";
import { predicate, type Modality, type Predicate } from "./context.js";
import { ACCEPTING, ANAPHORS, CARRIERS, CLAUSE_ENDS, COPULAS, DEFINITE, FACTS, GENERIC_DEALS, HOSTILE, MODALS, NEGATIONS, NOUNS, OBJECT_OPENERS, PEOPLE, SPEECH, TAKES_MEASURES, TIME_WORDS, VAGUE_ACTS, VERBAL, isGerund, isPossessiveMark, modalBefore, table } from "./lexicon.js";
import { reportedClauseStart, reportedEffect } from "./effects.js";
import { POSSESSIVES, sumEnd } from "./labels.js";

const VERBS = table(triggers.verbs);
/** A phrasal verb's words after the verb ("up", "with" of "come up with") and the relation it carries. */
type Particle = { words: string[]; relation: string };
/** Phrasal verbs by verb, longest first so "sit down with" wins over a "sit down" ("call" -> "for" -> demanded). */
const PARTICLES = new Map<string, Particle[]>();
for (const [phrase, relation] of Object.entries(triggers.particles as Record<string, string>)) {
  const [verb, ...words] = phrase.split(" ");
  if (!PARTICLES.has(verb)) PARTICLES.set(verb, []);
  PARTICLES.get(verb)!.push({ words, relation });
}
for (const particles of PARTICLES.values()) particles.sort((a, b) => b.words.length - a.words.length);

/** Verbs that take a particle ("call" of "call for"). */
const PARTICLE_VERBS = new Set(PARTICLES.keys());
const LIGHT_VERBS = new Set(triggers.lightVerbs);
const OBJECTS = table(triggers.objects);
const OBJECT_OVERRIDES = new Map(Object.entries(triggers.objectOverrides as Record<string, Record<string, string>>).map(([verb, o]) => [verb, table(o)]));
/** First words of the light verbs' objects ("hunger" of "hunger strike"). */
const OBJECT_STARTS = new Set([...OBJECTS.keys(), ...[...OBJECT_OVERRIDES.values()].flatMap((o) => [...o.keys()])].map((phrase) => phrase.split(" ")[0]));
const NEGATING_VERBS = new Set([...triggers.negatingVerbs, "delay", "postpone"]);
const INTENT_MARKERS = new Set(triggers.intentMarkers);
const COOPERATIVE = new Set(triggers.intents.cooperative);
const CONDITIONS = new Set(triggers.intents.conditional);
const OFFERED = new Set(triggers.intents.offered);
/** Adjectives that carry a relation after "be": "open to", "opposed to", "ready for" ("ready to" + a verb is read at the verb). */
const ADJECTIVES = table({ open: "supported", opposed: "rejected", committed: "agreed", against: "rejected", supportive: "supported", critical: "criticised", ready: "supported" });

/** Whether one of `words` comes at or after token `i`: a condition ("would release the tranche if the creditors sign"), "unless". */
function wordFrom(tokens: Token[], i: number, words: Set<string>): boolean {
  for (let k = i; k < tokens.length; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}
const UNLESS = new Set(["unless"]);

/** Tokens inside quotation marks. */
export function quotedTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    // A straight quote opens or closes by what is open.
    if (text === "“" || (text === '"' && open < 0)) open = i;
    else if ((text === "”" || text === '"') && open >= 0) {
      // Scare quotes around a word or two ("was “open” to") are not speech.
      if (i - open > 4) for (let k = open; k <= i; k++) out.add(k);
      open = -1;
    }
  }
  return out;
}

const MEASURE_VERBS = new Set(triggers.measureVerbs);
const LISTING_VERBS = new Set(triggers.listings.verbs);
const SANCTION_LISTS = new Set(triggers.listings.lists);
const GIFT_VERBS = new Set(triggers.gifts.verbs);
/** Verbs of description whose quoted words take a stand ("called the plan “illegal”"). */
const EVALUATING = new Set(triggers.evaluations.verbs);
const CRITICAL_WORDS = new Set(triggers.evaluations.criticised);
const APPROVING_WORDS = new Set(triggers.evaluations.supported);
/** Lemmas of verbs that can carry a relation: any other verb is passed over at once. */
export const TRIGGER_VERBS = new Set([...VERBS.keys(), ...PARTICLE_VERBS, ...LIGHT_VERBS, ...OBJECT_OVERRIDES.keys(), ...COOPERATIVE, ...HOSTILE, ...EVALUATING, ...GIFT_VERBS, ...LISTING_VERBS, "commit"]);
const isTrigger = (t: Token) => (t.pos === "VERB" ? TRIGGER_VERBS.has(t.lemma) : t.pos === "NOUN" ? NOUNS.has(t.norm) : ADJECTIVES.has(t.norm));
/** The phrasal verb of `verb` whose particle words start at token `k`, past a gap between them ("sat down on Friday with"). */
function particleOf(tokens: Token[], verb: Token, k: number): { relation: string; last: number } | undefined {
  for (const { words, relation } of PARTICLES.get(verb.lemma) ?? []) {
    let at = k;
    let matched = tokens[at]?.norm === words[0];
    for (let w = 1; matched && w < words.length; w++) {
      at += 1 + (tokens[at + 1]?.norm === words[w] ? 0 : gapAt(tokens, at + 1));
      matched = tokens[at]?.norm === words[w];
    }
    if (matched) return { relation, last: at };
  }
  return undefined;
}

/** The length of an adverb or a short phrase of time or means at `k` ("instead", "on Monday", "by telephone"), else 0. */
function gapAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  // "by telephone", "on Monday": a preposition with a bare noun.
  if (["by", "on", "via"].includes(t.norm) && (tokens[k + 1]?.pos === "NOUN" || TIME_WORDS.has(tokens[k + 1]?.norm ?? ""))) return 2;
  return t.pos === "ADV" || TIME_WORDS.has(t.norm) ? 1 : 0;
}

/**
 * The particle or preposition that makes a phrasal verb of verb `i`, past an adverb or a short phrase of time
 * or means between them: "called instead for", "spoke by telephone with", "met on Monday with".
 */
function particleAfter(tokens: Token[], i: number): { relation: string; at: number } | undefined {
  if (!PARTICLE_VERBS.has(tokens[i].lemma)) return undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    // "agreed on Sunday to a truce": a day is no object of "agree on".
    if (tokens[k].norm === "on" && TIME_WORDS.has(tokens[k + 1]?.norm ?? "")) { k++; continue; }
    const particle = particleOf(tokens, tokens[i], k);
    if (particle) return { relation: particle.relation, at: particle.last };
    const gap = gapAt(tokens, k);
    if (!gap) return separatedParticle(tokens, i, k);
    k += gap - 1;
  }
  return undefined;
}

/** Particles that may follow a short object: "turned that offer down", "ruled it out", "called the strike off". */
const SEPARABLE = new Set(triggers.separableParticles);

/** A separable particle after a short object starting at `from`: the object is the target, so the predicate reads on from it. */
function separatedParticle(tokens: Token[], verb: number, from: number): { relation: string; at: number } | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k];
    if (SEPARABLE.has(t.norm) && k > from) {
      // One word only: "sat them down with" puts others at the table.
      const particle = particleOf(tokens, tokens[verb], k);
      return particle?.last === k ? { relation: particle.relation, at: from - 1 } : undefined;
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
  // "a measure X called “collective punishment”", "a move X called a threat": the object is the measure described before.
  if (describedObject(tokens, verb)) return QUOTES.has(tokens[verb + 1]?.text ?? "") ? stand(tokens, verb + 2, verb + 16, true) : stand(tokens, verb + 1, verb + 5, false);
  let open = verb + 1;
  while (open < tokens.length && open - verb < 10 && !QUOTES.has(tokens[open].text)) {
    // "called the proposed bill “an attack”": a participle after a determiner modifies the object, it ends nothing.
    const modifier = tokens[open].pos === "VERB" && /ed$/.test(tokens[open].norm) && tokens[open - 1]?.pos === "DET";
    if (CLAUSE_ENDS.has(tokens[open].norm) || (tokens[open].pos === "VERB" && !modifier)) return undefined;
    // Unquoted right after the object: "called the plan unacceptable", "described the move as reckless".
    const judged = open > verb + 2 && (["NOUN", "PROPN"].includes(tokens[open - 1].pos) || tokens[open - 1].norm === "as") ? stand(tokens, open, open + 4, false) : undefined;
    if (judged) return judged;
    open++;
  }
  if (!QUOTES.has(tokens[open]?.text ?? "") || open === verb + 1) return undefined;
  return stand(tokens, open + 1, open + 15, true);
}

/**
 * Whether verb `verb` has its object before its subject, a measure described in an apposition: ", a move Ethiopia called",
 * ", a measure Cambodian Commerce Minister X called".
 */
function describedObject(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k > 1 && verb - k <= 7; k--) {
    if (ANAPHORS.has(tokens[k].norm)) return tokens[k - 1].pos === "DET" && tokens[k - 2].norm === ",";
    if (!SUBJECT_TAGS.has(tokens[k].pos)) return false;
  }
  return false;
}

/** The stand words [from, to) take: criticism if any word criticises, else support if one approves; a quote's end ends them. */
function stand(tokens: Token[], from: number, to: number, quoted: boolean): Relation | undefined {
  let approving = false;
  for (let k = from; k < Math.min(tokens.length, to) && !QUOTES.has(tokens[k].text); k++) {
    // Unquoted, the judgement is a short noun or adjective phrase ("a mistake", "deeply unfair").
    if (!quoted && !JUDGEMENT_TAGS.has(tokens[k].pos)) break;
    const pair = `${tokens[k].norm} ${tokens[k + 1]?.norm}`;
    if (CRITICAL_WORDS.has(tokens[k].norm) || CRITICAL_WORDS.has(pair)) return "criticised";
    if (APPROVING_WORDS.has(tokens[k].norm) || APPROVING_WORDS.has(pair)) approving = true;
  }
  return approving ? "supported" : undefined;
}

const JUDGEMENT_TAGS = new Set(["ADJ", "NOUN", "DET", "ADV", "CCONJ"]);

/**
 * "said the cap was “unworkable”", "said the tariff was a mistake": a judgement after the copula of a reported
 * clause is the speaker's stand on the clause's subject, which starts at the returned `from`.
 */
function reportedJudgement(tokens: Token[], verb: number): { relation: Relation; from: number } | undefined {
  const from = reportedClauseStart(tokens, verb);
  // "said it was disappointed": a pronoun subject is the speaker's own state, no stand on anything named.
  if (tokens[from]?.pos === "PRON") return undefined;
  let k = from;
  while (k < tokens.length && k - from < 10 && !COPULAS.has(tokens[k].lemma)) {
    if (tokens[k].pos === "VERB" || CLAUSE_ENDS.has(tokens[k].norm) || tokens[k].norm === ",") return undefined;
    k++;
  }
  if (k === from || !COPULAS.has(tokens[k]?.lemma ?? "")) return undefined;
  k++;
  while (tokens[k]?.pos === "ADV" && !NEGATIONS.has(tokens[k].norm)) k++;
  if (NEGATIONS.has(tokens[k]?.norm ?? "")) return undefined;
  const quoted = QUOTES.has(tokens[k]?.text ?? "");
  const relation = quoted ? stand(tokens, k + 1, k + 15, true) : stand(tokens, k, k + 4, false);
  return relation ? { relation, from } : undefined;
}

const QUOTES = new Set(["“", '"', "‘"]);

/** "who has mediated the talks": a participle after a form of "have", tagged as an adjective, is the verb. */
function perfectParticiple(tokens: Token[], i: number): Token | undefined {
  const t = tokens[i];
  if (t.pos !== "ADJ" || tokens[i - 1]?.lemma !== "have" || !/ed$/.test(t.norm)) return undefined;
  const lemma = [t.norm.slice(0, -1), t.norm.slice(0, -2)].find((l) => TRIGGER_VERBS.has(l));
  return lemma ? { ...t, pos: "VERB", lemma } : undefined;
}

/** What the scan of a sentence's predicates carries from word to word. */
interface Scan {
  tokens: Token[];
  quoted: ReadonlySet<number>;
  out: Predicate[];
  /** The sentence's unreal clauses, read once the first word that may open a predicate is met. */
  unreal: UnrealClauses | undefined;
}

/** Finds the predicates of a sentence with their relation, negation and intent. */
export function predicates(tokens: Token[], quoted: ReadonlySet<number> = new Set()): Predicate[] {
  const scan: Scan = { tokens, quoted, out: [], unreal: undefined };
  for (let i = 0; i < tokens.length; i++) {
    const t = perfectParticiple(tokens, i) ?? tokens[i];
    // Most words are neither verbs nor nouns or adjectives of a relation, and open no predicate.
    if (t.pos !== "VERB" && !isTrigger(t)) continue;
    const read = scan.out.length;
    i = predicateAt(scan, i, t);
    // "denied that it had agreed to the deal": a claim its actor denies is a denied claim.
    for (const p of scan.out.slice(read)) if (denied(tokens, p.at)) p.negated = true;
  }
  return scan.out;
}

const DENYING = new Set(triggers.denials.verbs);
const REPORTS = new Set(triggers.denials.reports);
const DISMISSING = new Set(triggers.denials.dismissing);

/**
 * Whether the predicate at `at` is what a denial says did not happen: in the clause of "denied that", "dismissed
 * reports that", or the gerund of "denied signing the deal".
 */
function denied(tokens: Token[], at: number): boolean {
  if (DENYING.has(tokens[at - 1]?.lemma ?? "") && tokens[at - 1].pos === "VERB") return true;
  for (let k = at - 1; k > 0 && at - k <= 15; k--) {
    const t = tokens[k];
    if (CLAUSE_ENDS.has(t.norm) || t.norm === "but" || (t.pos === "VERB" && SPEECH.has(t.lemma))) return false;
    if (t.norm !== "that") continue;
    const head = tokens[k - 1];
    if (head.pos === "VERB" && DENYING.has(head.lemma)) return true;
    return REPORTS.has(head.norm) && tokens.slice(Math.max(0, k - 4), k - 1).some((w) => w.pos === "VERB" && DISMISSING.has(w.lemma));
  }
  return false;
}

/** Reads the predicate word `t` at `i` may open into `scan.out`; returns the last word read, after which the scan goes on. */
function predicateAt(scan: Scan, i: number, t: Token): number {
  const { tokens, quoted, out } = scan;
  const reports = t.pos === "VERB" && SPEECH.has(t.lemma) && !quoted.has(i);
  const judged = reports ? reportedJudgement(tokens, i) : undefined;
  if (judged) {
    out.push(predicate({ relation: judged.relation, at: i, after: judged.from }, modality(tokens, i)));
    return i;
  }
  // "said the law would isolate the region": what a measure is said to do is a stand on the measure.
  const effect = reports ? reportedEffect(tokens, i) : undefined;
  if (effect) out.push(predicate({ relation: effect.relation, at: i, after: effect.from, measureOnly: true }, modality(tokens, i)));
  // "was willing to exempt smallholders": willingness to do an act of one's own, not only a trigger verb's, offers it
  // (not a carrier's: "willing to discuss" names its measure only in an object the tagger may misread).
  const willingAct = t.pos === "VERB" && !CARRIERS.has(t.lemma) && willingness(tokens, i);
  // "said it would file a review petition", "would not bail out the carmaker": an act of one's own announced.
  const promisedAct = t.pos === "VERB" && !willingAct && !CARRIERS.has(t.lemma) && !VAGUE_ACTS.has(t.lemma) && !OUTCOMES.has(t.lemma) && promised(tokens, i);
  if (!isTrigger(t) && !willingAct && !promisedAct) return i;
  if (quoted.has(i) && t.pos !== "VERB") return i;
  if ((scan.unreal ??= new UnrealClauses(tokens)).has(i)) return i;
  // "warned that the dispute could set back", "which Uzbekistan fears will cut": a feared outcome, no one's act.
  if (t.pos === "VERB" && fearedOutcome(tokens, i)) return i;
  const next = tokens[i + 1];
  // "a hunger strike": a word tagged as a verb after a determiner or adjective is a noun.
  if (t.pos === "VERB" && ["DET", "ADJ"].includes(tokens[i - 1]?.pos ?? "") && !/ed$/.test(t.norm) && i > 0) return i;
  // "the party's jailed founder": a participle between a possessive and its noun describes the noun.
  if (t.pos === "VERB" && isPossessiveMark(tokens[i - 1]) && tokens[i + 1]?.pos === "NOUN") return i;
  if (t.pos === "NOUN") {
    out.push(predicate({ relation: NOUNS.get(t.norm) as Relation, at: i, after: i + 1 }));
    return i;
  }
  const context = modality(tokens, i);
  // "said it would appeal the ruling": an appeal against a decision announced is an act of one's own, not a demand.
  if (promisedAct && courtAppeal(tokens, i)) {
    out.push(promisedClaim(tokens, i, context.negated === true));
    return i;
  }
  if (t.pos === "VERB") {
    // "pledged $10 million", "announced 25 million euros in aid for X": a sum given is aid, whatever the verb
    // ("will give X a grant", a stated intention, is an agreement as PLOVER codes it).
    const sum = GIFT_VERBS.has(t.lemma) && !context.negated ? sumAfter(tokens, i) : -1;
    if (sum > 0) {
      const offered = context.intent && wordFrom(tokens, i, CONDITIONS);
      out.push(predicate({ relation: offered ? "proposed" : context.intent ? "agreed" : "aided", at: i, after: sum, gift: true, plover: offered ? "AGREE" : undefined }, context));
      return sum - 1;
    }
    // "pledged 150 police officers", "offered 1,100 troops to the mission": a count of one's own people put forward is
    // the verb's measure, named with its count (as a sum is), not the people.
    const contingent = PLEDGES.has(t.lemma) && !context.negated ? contingentAfter(tokens, i) : -1;
    if (contingent > 0) {
      out.push(predicate({ relation: VERBS.get(t.lemma) as Relation, at: i, after: contingent, count: true }, context));
      return contingent - 1;
    }
    // "added 27 companies to its entity list", "put X on its blacklist": listing them sanctions them.
    if (LISTING_VERBS.has(t.lemma) && onSanctionList(tokens, i)) {
      out.push(predicate({ relation: "sanctioned", at: i, after: i + 1 }, context));
      return i;
    }
    const relation = VERBS.get(t.lemma);
    // "ordered Peru's ambassador to leave the country": ordering envoys out expels them, a sanction on whom they serve.
    const expelled = relation === "demanded" && !context.negated ? envoysSentOut(tokens, i) : -1;
    if (expelled > 0) {
      out.push(predicate({ relation: "sanctioned", at: i, after: i + 1 }, context));
      return expelled;
    }
    // "failed to agree": the outer verb negates the inner one.
    if (NEGATING_VERBS.has(t.lemma) && next?.norm === "to" && tokens[i + 2]?.pos === "VERB" && !relation) return i;
    // "will not accept the quota", "would never agree to a truce": an actor's own refusal rejects it ("will not accept
    // it unless ..." is a threat, read below; "any deal that ..." names no measure on the table).
    if (context.negated && REFUSABLE.has(t.lemma) && (statedRefusal(tokens, i) || statedRefusal(tokens, i, DOING)) && tokens[next?.norm === "to" ? i + 2 : i + 1]?.norm !== "any" && !wordFrom(tokens, i, UNLESS)) {
      // "will not agree to withdraw": the act refused is the target, no act of its own.
      const act = next?.norm === "to" && tokens[i + 2]?.pos === "VERB" ? i + 2 : i;
      out.push(predicate({ relation: "rejected", at: i, after: act > i ? act + 1 : particleAfter(tokens, i)?.at ?? i + 1, verbTarget: act > i ? act : undefined }));
      return act;
    }
    // "the group would not withdraw until ...": refusing to yield, with no object, rejects the act asked of the actor (its
    // measure is found by the verb, `refusedAct`).
    const refusesToYield = (end: number) => context.negated && statedRefusal(tokens, i) && !OBJECT_OPENERS.has(tokens[end + 1]?.pos ?? "");
    if (YIELDING.has(relation ?? "") && refusesToYield(i)) {
      out.push(predicate({ relation: "rejected", at: i, after: i + 1 }));
      return i;
    }
    const particle = particleAfter(tokens, i);
    // "said he would not step down": a yielding verb with its particle refused so rejects the act asked of the actor too.
    if (particle && YIELDING.has(particle.relation) && refusesToYield(particle.at)) {
      out.push(predicate({ relation: "rejected", at: i, after: particle.at + 1 }));
      return particle.at;
    }
    if (particle) {
      // "insisted on keeping troops": the gerund phrase is what is demanded.
      const after = particle.at + 1;
      out.push(predicate({ relation: particle.relation as Relation, at: i, after, verbTarget: isGerund(tokens[after]) ? after : undefined }, context));
      return i;
    }
    // "called the plan “illegal”": a quoted description criticises or supports what it describes.
    const evaluated = EVALUATING.has(t.lemma) ? evaluation(tokens, i) : undefined;
    if (evaluated) {
      out.push(predicate({ relation: evaluated, at: i, after: i + 1 }, context));
      return i;
    }
    // Stated intentions: "would return", "is prepared to lift", "will withdraw ... unless".
    const verbal = VERBAL.has(relation ?? "");
    // "willing to discuss a longer transition": willingness to take up what is on the table supports it.
    const takenUp = TAKING_UP.has(t.lemma) && willingness(tokens, i);
    if (context.intent && !verbal && (COOPERATIVE.has(t.lemma) || HOSTILE.has(t.lemma) || takenUp) && !describedIntent(tokens, i)) {
      const unless = wordFrom(tokens, i, UNLESS);
      // "X warned that Y would reduce cooperation": an intention stated as a warning is the warner's threat.
      const warning = warnedAt(tokens, i);
      if (warning >= 0) {
        out.push(predicate({ relation: "threatened", at: i, after: i + 1, intent: true, negated: context.negated, verbTarget: i, speaker: warning }));
        return i;
      }
      const hostile = (HOSTILE.has(t.lemma) && !givesAid(tokens, i)) || unless;
      // "would meet the traders next week": a meeting intended is with whom it names, not a measure (PLOVER: AGREE).
      if (!hostile && !context.negated && MEETINGS.has(t.lemma) && !willingness(tokens, i)) {
        out.push(predicate({ relation: "met", at: i, after: i + 1, intent: true, plover: "AGREE" }));
        return i;
      }
      // "would release the tranche if the creditors sign", "would send observers": an act offered on a condition, or
      // one's own people dispatched, is proposed to others, not agreed with them (PLOVER: a promise, AGREE).
      const offered = () => !context.negated && (OFFERED.has(t.lemma) || wordFrom(tokens, i, CONDITIONS));
      const relation = hostile ? "threatened" : willingness(tokens, i) ? (TAKING_UP.has(t.lemma) ? "supported" : "proposed") : offered() ? "proposed" : "agreed";
      out.push(predicate({ relation, at: i, after: i + 1, intent: true, negated: context.negated, verbTarget: i, plover: context.negated && !hostile ? "REJECT" : relation === "supported" || relation === "proposed" ? "AGREE" : undefined }));
      return i;
    }
    // Light verb + object noun: "reached a deal", "imposed sanctions", "held talks with".
    const object = lightObject(tokens, i);
    // "lodged a complaint with the regulator": a complaint taken to a forum criticises no one it names; one announced
    // ("would file a complaint with the WTO") is the measure.
    const forum = object !== undefined && forumComplaint(tokens, object);
    if (object && !forum) {
      // "would call a strike unless the port withdrew the deal": an act of one's own announced on a refusal threatens.
      const relation = promisedAct && !context.negated && onRefusal(tokens, i) ? "threatened" : object.relation;
      out.push(predicate({ relation: relation as Relation, at: i, after: object.after }, context));
      return Math.max(i, object.noun); // "began a hunger strike": the object is no predicate of its own
    }
    if (forum && !promisedAct) return i;
    if (!relation) {
      if (willingAct) out.push(predicate({ relation: "proposed", at: i, after: i + 1, plover: "AGREE", verbTarget: i }, context));
      else if (promisedAct) out.push(promisedClaim(tokens, i, context.negated === true));
      return i;
    }
    // "invited the premiers to a meeting", "invited X to take stakes": what they are invited to is proposed.
    if (t.lemma === "invite") {
      // "was not invited to the summit": who is invited proposes nothing.
      let be = i - 1;
      while (tokens[be]?.pos === "ADV" || tokens[be]?.norm === "not") be--;
      const to = tokens[be]?.lemma === "be" || tokens[be]?.lemma === "get" ? -1 : invitedTo(tokens, i);
      if (to > 0) out.push(predicate({ relation: "proposed", at: i, after: to + 1, verbTarget: tokens[to + 1]?.pos === "VERB" ? to + 1 : undefined }, context));
      return i;
    }
    // "wants to sign" states an intent of the actor's own; "wants Y to sign", "wants a ceasefire" demand.
    if (t.lemma === "want" && next?.norm === "to") return i;
    // "warned that the system had collapsed" reports a danger; "warned of", "warned X against" threaten.
    // "warned that violators would face sanctions" threatens: the clause says who would face what.
    if (t.lemma === "warn" && next?.norm === "that" && !facedWithin(tokens, i + 2)) return i;
    // "warned Spain in 2021 that low flows breached the directive": a fact told to someone threatens no one.
    if (t.lemma === "warn" && warnedFact(tokens, i)) return i;
    // "offered to hand over", "agreed to swap", "refused to deploy", "threatened on Monday to ban": a verb phrase.
    let to = i + 1;
    while (to < tokens.length && (TIME_WORDS.has(tokens[to].norm) || ["on", "last", "this", "again", "also"].includes(tokens[to].norm))) to++;
    if (tokens[to]?.norm === "to" && tokens[to + 1]?.pos === "VERB") {
      const plover = relation === "proposed" ? "AGREE" : relation === "agreed" && context.negated ? "REJECT" : undefined;
      out.push(predicate({ relation: relation as Relation, at: i, after: to + 2, plover, verbTarget: to + 1 }, context));
      return to + 1;
    }
    // "proposed selling the unit": the gerund phrase is the measure.
    if ((isGerund(tokens[to]) || taggedGerund(tokens, to)) && (TAKES_MEASURES.has(relation) || relation === "threatened") && !FACTS.has(t.lemma)) {
      out.push(predicate({ relation: relation as Relation, at: i, after: to + 1, verbTarget: to }, context));
      return to;
    }
    if (t.lemma === "commit" && next?.norm === "to") {
      out.push(predicate({ relation: "agreed", at: i, after: i + 2, verbTarget: tokens[i + 2]?.pos === "VERB" ? i + 2 : undefined }, context));
      return i;
    }
    // "ready to sign the accord": willingness supports the measure, it agrees to nothing yet (PLOVER codes it AGREE).
    if (relation === "agreed" && !context.negated && willingness(tokens, i)) {
      out.push(predicate({ relation: "supported", at: i, after: i + 1, plover: "AGREE" }, context));
      return i;
    }
    // "will support the resolution": support promised is an agreement to it, as PLOVER codes it ("willing to back" stays support).
    const plover = relation === "agreed" && context.negated ? "REJECT" : relation === "supported" && context.intent && !context.negated && !willingness(tokens, i) ? "AGREE" : undefined;
    out.push(predicate({ relation: relation as Relation, at: i, after: i + 1, plover, measureOnly: MEASURE_VERBS.has(t.lemma) }, context));
  } else {
    // "is open to", "was “open” to": quotes may stand around the adjective.
    const before = tokens[i - 1]?.text === "“" || tokens[i - 1]?.text === '"' ? i - 2 : i - 1;
    const after = next?.text === "”" || next?.text === '"' ? i + 2 : i + 1;
    if (COPULAS.has(tokens[before]?.lemma ?? "") && ["to", "for"].includes(tokens[after]?.norm ?? "") && !(t.norm === "ready" && tokens[after].norm === "to")) {
      out.push(predicate({ relation: ADJECTIVES.get(t.norm) as Relation, at: i, after: after + 1, verbTarget: isGerund(tokens[after + 1]) ? after + 1 : undefined }, context));
    }
  }
  return i;
}

/** "proposed building two prisons": an "-ing" word the tagger read as a noun, right before a number or determiner of its object. */
const taggedGerund = (tokens: Token[], k: number) => tokens[k]?.pos === "NOUN" && tokens[k].norm.endsWith("ing") && ["NUM", "DET"].includes(tokens[k + 1]?.pos ?? "");

/** The "to" after the invitee of verb `verb` ("invited the premiers of Alberta to a meeting"), or -1. */
function invitedTo(tokens: Token[], verb: number): number {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 10) && !CLAUSE_ENDS.has(tokens[k].norm) && tokens[k].norm !== ","; k++) if (tokens[k].norm === "to") return k;
  return -1;
}

/** Whether the clause of verb `verb` puts its object "on" or "to" a list of sanctioned actors ("to its export blacklist"). */
function onSanctionList(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 16) && !CLAUSE_ENDS.has(tokens[k].norm); k++) {
    if (tokens[k].norm !== "on" && tokens[k].norm !== "to") continue;
    let end = k + 1;
    while (end < tokens.length && end - k < 6 && ["DET", "PRON", "ADJ", "NOUN", "PROPN"].includes(tokens[end].pos)) end++;
    const last = tokens[end - 1]?.norm ?? "";
    const phrase = `${tokens[end - 2]?.norm} ${last}`;
    if (SANCTION_LISTS.has(last) || SANCTION_LISTS.has(phrase) || SANCTION_LISTS.has(`${tokens[end - 3]?.norm} ${phrase}`)) return true;
  }
  return false;
}

/**
 * The token after a sum of money opening the object of verb `verb` ("pledged a further $10 million", "announced
 * 25 million euros", "20 million Australian dollars"), or -1.
 */
function sumAfter(tokens: Token[], verb: number): number {
  let k = verb + 1;
  while (k < verb + 4 && ["DET", "ADV", "ADJ"].includes(tokens[k]?.pos ?? "")) k++;
  return sumEnd(tokens, k);
}

/** Where a count of people after verb `verb` ends ("150 police officers"), past determiners and adverbs ("about"), else -1. */
function contingentAfter(tokens: Token[], verb: number): number {
  let k = verb + 1;
  while (k < verb + 4 && ["DET", "ADV", "ADJ"].includes(tokens[k]?.pos ?? "")) k++;
  if (tokens[k]?.pos !== "NUM") return -1;
  while (tokens[k]?.pos === "NUM") k++;
  while (tokens[k]?.pos === "NOUN" && !PERSONNEL.has(tokens[k].norm) && k < verb + 8) k++;
  return PERSONNEL.has(tokens[k]?.norm ?? "") ? k + 1 : -1;
}
const PLEDGES = new Set(triggers.gifts.pledges);
const PERSONNEL = new Set(triggers.gifts.personnel);

/** Whether the clause opening at `from` has "face" as its verb within a few words ("violators could face"). */
function facedWithin(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6) && tokens[k].pos !== "PUNCT"; k++) if (tokens[k].lemma === "face" && tokens[k - 1]?.pos === "AUX") return true;
  return false;
}

const ENVOY_NOUNS = new Set(triggers.envoys);

/** Where "leave" stands when verb `verb` tells envoys to leave ("ordered the ambassador to leave"), else -1. */
function envoysSentOut(tokens: Token[], verb: number): number {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 6); k++) {
    if (ENVOY_NOUNS.has(tokens[k].lemma) && tokens[k].pos === "NOUN") return tokens[k + 1]?.norm === "to" && tokens[k + 2]?.lemma === "leave" ? k + 2 : -1;
    if (tokens[k].pos === "VERB" || CLAUSE_ENDS.has(tokens[k].norm)) return -1;
  }
  return -1;
}

/** Whether "warn" at `verb` tells its object a fact: "that" after the object, and a clause with no modal ("warned X that flows had fallen"). */
function warnedFact(tokens: Token[], verb: number): boolean {
  let that = verb + 1;
  while (that < tokens.length && that - verb <= 6 && tokens[that].norm !== "that" && tokens[that].pos !== "VERB" && !CLAUSE_ENDS.has(tokens[that].norm)) that++;
  if (tokens[that]?.norm !== "that" || that === verb + 1) return false;
  for (let k = that + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && tokens[k].norm !== ","; k++) if (MODALS.has(tokens[k].norm) || tokens[k].lemma === "face") return false;
  return true;
}

/** The verb "warn" whose "that"-clause, or clause with no "that" ("warned it could downgrade"), holds verb `verb` ("warned that Tehran would reduce"), or -1. */
function warnedAt(tokens: Token[], verb: number): number {
  for (let k = verb - 1; k > 0 && k >= verb - 10; k--) {
    if (tokens[k].norm === "that") return tokens[k - 1].lemma === "warn" ? k - 1 : -1;
    if (CLAUSE_ENDS.has(tokens[k].norm) || tokens[k].norm === ",") return -1;
    if (tokens[k].pos === "VERB") return tokens[k].lemma === "warn" && MODALS.has(tokens[k + 1 + subjectLength(tokens, k + 1)]?.norm ?? "") ? k : -1;
  }
  return -1;
}

/** How many words the subject of a clause from `from` has up to its modal: a pronoun, or a name or noun phrase. */
function subjectLength(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 6 && SUBJECT_TAGS.has(tokens[k].pos) && !MODALS.has(tokens[k].norm)) k++;
  return k - from;
}

/** Heads of nouns that name actors, who may be the warner's side ("warned that the government would"). */
const ACTOR_HEADS = new Set([
  ...PEOPLE,
  ...Object.keys(actors.unnamedActors),
  ...[actors.organisationHeads, actors.partyHeads, actors.civicHeads, actors.armedHeads, actors.leaderHeads, actors.blocWords].flat().map((w) => w.toLowerCase()),
]);

/**
 * Whether verb `verb`, after a modal, states what something would bring about rather than anyone's act: the subject
 * of a warned clause is a thing ("warned that the dispute could set back"), or the clause is a relative one whose
 * subject is its antecedent ("the dam, which Uzbekistan fears will cut flows").
 */
function fearedOutcome(tokens: Token[], verb: number): boolean {
  const k = modalBefore(tokens, verb, NEGATIONS);
  if (!FUTURE.has(tokens[k]?.norm ?? "") && !POSSIBLE.has(tokens[k]?.norm ?? "")) return false;
  // "which Uzbekistan fears will cut": a relative pronoun, a subject and a verb of speech or fear (often tagged a noun).
  if (SPEECH.has(tokens[k - 1]?.lemma ?? "") || tokens[k - 1]?.lemma === "fear") {
    let r = k - 2;
    while (r > 0 && k - r <= 6 && ["PROPN", "NOUN", "DET", "ADJ"].includes(tokens[r].pos)) r--;
    return r < k - 2 && ["which", "that"].includes(tokens[r]?.norm ?? "");
  }
  const j = subjectBefore(tokens, k);
  // "warned that the dispute could", "warned the dispute could".
  const warned = tokens[j]?.norm === "that" ? tokens[j - 1]?.lemma === "warn" : tokens[j]?.lemma === "warn" && tokens[j].pos === "VERB";
  if (!warned || j === k - 1) return false;
  const subject = tokens.slice(j + 1, k);
  if (subject.some((x) => x.pos === "PROPN" || x.pos === "PRON")) return false;
  const head = subject.findLast((x) => x.pos === "NOUN");
  return head !== undefined && !ACTOR_HEADS.has(head.norm) && !ACTOR_HEADS.has(head.lemma);
}

/** Verbs whose object is the party met ("would meet the traders", "will visit Peru"), never a measure. */
const MEETINGS = new Set(triggers.meetingVerbs);

/** Modals that announce an act of the subject's own; "could" only in a warning ("warned that it could sue"). */
const FUTURE = new Set(["will", "would", "'ll", "shall"]);
/** Modals of what may happen, an announced act only in a warning. */
const POSSIBLE = new Set(["could", "may", "might"]);

/** Verbs of what something would bring about or of a state kept, which no one announces as an act ("would cost jobs"). */
const OUTCOMES = new Set(triggers.outcomes);

/**
 * Whether verb `verb` follows a future modal in a clause a verb of speech reports, its subject between them ("said
 * the bloc would not immediately create"; not "the company, which would hold"): what the speaker's side will do.
 */
function promised(tokens: Token[], verb: number): boolean {
  const k = modalBefore(tokens, verb, NEGATIONS);
  const modal = tokens[k]?.norm ?? "";
  if (!FUTURE.has(modal) && !(POSSIBLE.has(modal) && warnedAt(tokens, verb) >= 0)) return false;
  // "said the government respected the court but would file a petition": the subject of the verb coordinated before.
  if (tokens[k - 1]?.norm === "but" || tokens[k - 1]?.norm === "and") return true;
  const j = subjectBefore(tokens, k);
  if (j === k - 1) return false;
  if (underTerms(tokens, j)) return true;
  if (tokens[j].norm !== "that") return tokens[j].pos === "VERB" && SPEECH.has(tokens[j].lemma);
  return SPEECH.has(tokens[j - 1]?.lemma ?? "") || (LINKS.has(tokens[j - 1]?.norm ?? "") && reportedBefore(tokens, j - 1));
}
const LINKS = new Set(["and", "but"]);

/** Whether the sentence opens with the terms of a deal up to the comma at `comma` ("Under the deal, Helvara will build"): what its parties undertake. */
function underTerms(tokens: Token[], comma: number): boolean {
  return tokens[comma]?.norm === "," && tokens[0]?.norm === "under" && tokens.slice(1, comma).some((t) => t.pos === "NOUN" && GENERIC_DEALS.has(t.norm));
}

/** Whether a "that"-clause a verb of speech reports comes before `link` in its sentence ("said that X ... and that it would publish"). */
function reportedBefore(tokens: Token[], link: number): boolean {
  for (let k = link - 1; k > 0 && !CLAUSE_ENDS.has(tokens[k].norm); k--) if (tokens[k].pos === "VERB" && SPEECH.has(tokens[k].lemma)) return true;
  return false;
}
const SUBJECT_TAGS = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "PART"]);

/** The token before the subject (up to six words) of the modal at `modal`: `modal - 1` when there is none. */
function subjectBefore(tokens: Token[], modal: number): number {
  let j = modal - 1;
  while (j > 0 && modal - j <= 6 && SUBJECT_TAGS.has(tokens[j].pos) && tokens[j].norm !== "that") j--;
  return j;
}

/** "The World Bank, which would fund the canal,": an intention in a relative clause describes its actor, announcing nothing. */
function describedIntent(tokens: Token[], verb: number): boolean {
  const k = modalBefore(tokens, verb, NEGATIONS);
  return FUTURE.has(tokens[k]?.norm ?? "") && ["which", "who"].includes(tokens[k - 1]?.norm ?? "");
}

/**
 * An announced act: offered ("would create a panel"), an agreement when it accepts a measure ("would respect the truce"),
 * refused when denied ("would not name a candidate"), a threat when warned of ("warned that it could sue").
 */
function promisedClaim(tokens: Token[], verb: number, negated: boolean): Predicate {
  const act = { at: verb, after: verb + 1, intent: true, verbTarget: verb, announced: true };
  const warning = warnedAt(tokens, verb);
  if (negated) return predicate({ ...act, relation: "rejected", plover: "REJECT" });
  if (warning >= 0) return predicate({ ...act, relation: "threatened", speaker: warning });
  // "would block the motorway if the government did not reopen talks": an act made to hang on another's refusal threatens.
  if (onRefusal(tokens, verb)) return predicate({ ...act, relation: "threatened" });
  // "would review its financial aid to the government": putting one's own support in question threatens whom it is for.
  if (REVIEWING.has(tokens[verb].lemma) && ownSupportAfter(tokens, verb)) return predicate({ ...act, relation: "threatened" });
  // "would hold hearings" holds an act of its own, "would respect the truce" a measure named before.
  const accepts = ACCEPTING.has(tokens[verb].lemma) && !LIGHT_VERBS.has(tokens[verb].lemma);
  return predicate(accepts ? { ...act, relation: "agreed" } : { ...act, relation: "proposed", plover: "AGREE" });
}

const AID_GOODS = new Set(triggers.gifts.aid);

/** Whether verb `verb` gives aid its clause names ("would deliver gas as humanitarian aid"): a verb of giving, not of force ("deliver a blow"). */
function givesAid(tokens: Token[], verb: number): boolean {
  if (!GIFT_VERBS.has(tokens[verb].lemma)) return false;
  for (let k = verb + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && tokens[k].norm !== ","; k++) if (AID_GOODS.has(tokens[k].norm)) return true;
  return false;
}

const REVIEWING = new Set(triggers.supportReviews.verbs);
const SUPPORTS = new Set(triggers.supportReviews.supports);

/** Whether verb `verb` acts on its actor's own support: a possessive, up to two modifiers, a noun of support ("its security assistance"). */
function ownSupportAfter(tokens: Token[], verb: number): boolean {
  if (!["its", "their", "our"].includes(tokens[verb + 1]?.norm ?? "")) return false;
  for (let k = verb + 2; k < Math.min(tokens.length, verb + 5); k++) if (SUPPORTS.has(tokens[k].norm)) return true;
  return false;
}

/** "appeal the ruling", "appeal against the decision": an appeal to a court, not to someone ("appeal to", "appeal for calm"). */
const courtAppeal = (tokens: Token[], verb: number) => tokens[verb].lemma === "appeal" && (tokens[verb + 1]?.norm === "against" || tokens[verb + 1]?.pos === "DET" || POSSESSIVES.has(tokens[verb + 1]?.norm ?? "") || toCourt(tokens, verb + 1));
/** Heads of the names of courts ("the Supreme Administrative Court", "the Competition Appeal Tribunal"). */
const COURTS = new Set(triggers.courts);

/** Whether "to" at `to` opens a court's name ("appeal to the Supreme Court"), not another addressee ("appealed to the UN for help"). */
function toCourt(tokens: Token[], to: number): boolean {
  if (tokens[to]?.norm !== "to") return false;
  let k = tokens[to + 1]?.pos === "DET" ? to + 2 : to + 1;
  while (tokens[k]?.pos === "PROPN" && k - to <= 6) k++;
  return k > to + 1 && COURTS.has(tokens[k - 1].norm) && tokens[k - 1].pos === "PROPN";
}

/** Whether a clause after verb `verb` in its sentence makes its act hang on a refusal: "unless", or "if" and a negation. */
function onRefusal(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    if (tokens[k].norm === "unless") return true;
    if (tokens[k].norm === "if") return tokens.slice(k + 1, k + 8).some((t) => NEGATIONS.has(t.norm));
  }
  return false;
}

/**
 * Acts that take up what is on the table: willingness to them ("ready to resume talks", "prepared to negotiate a deal")
 * supports it; willingness to an act of one's own ("ready to reopen the border", "prepared to help Moldova") offers it.
 */
const TAKING_UP = new Set([...ACCEPTING, "negotiate", "resume", "continue", "discuss", "cooperate", "meet"]);
/** Adjectives of willingness: "ready to resume talks" states support for talks, not an agreement. */
const WILLING = new Set(triggers.willing);
/** Whether verb `verb` follows the adjective of "ready to", "willing to" (not the verb of "the army prepared to"). */
const willingness = (tokens: Token[], verb: number) => tokens[verb - 1]?.norm === "to" && WILLING.has(tokens[verb - 2]?.norm ?? "") && (tokens[verb - 2].pos !== "VERB" || afterCopula(tokens, verb - 2));

/** Whether word `k` follows a form of "be" or a copula, past adverbs ("was still prepared"). */
function afterCopula(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j]?.pos === "ADV") j--;
  return COPULAS.has(tokens[j]?.lemma ?? "");
}

/**
 * Whether a complaint is taken to a forum ("a complaint with the regulator") and names none it is against in its clause
 * ("a complaint with the UN against Israel" does). A protest is lodged with whom it is against ("a protest with China").
 */
function forumComplaint(tokens: Token[], object: { relation: string; noun: number }): boolean {
  // "would file an appeal with the Supreme Court": an appeal lodged in a court is no plea ("an appeal to X for calm" is).
  if (tokens[object.noun].lemma === "appeal" && COURT_FORUMS.has(tokens[object.noun + 1]?.norm ?? "")) return true;
  if (tokens[object.noun].lemma !== "complaint" || !FORUMS.has(tokens[object.noun + 1]?.norm ?? "")) return false;
  for (let k = object.noun + 2; k < tokens.length && tokens[k].pos !== "PUNCT" && tokens[k].pos !== "VERB"; k++) if (tokens[k].norm === "against") return false;
  return true;
}

const FORUMS = new Set(["with", "to", "before"]);
const COURT_FORUMS = new Set(["with", "before"]);

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
      // Phrases are joined only from a word some object starts with: most nouns start none.
      const starts = OBJECT_STARTS.has(t.norm);
      const widerStarts = from < k && OBJECT_STARTS.has(tokens[from].norm);
      for (const words of [3, 2, 1]) {
        // A phrase cut short by the sentence's end is the shorter phrase, read at its own length.
        if (k + words > tokens.length) continue;
        const phrase = starts ? tokens.slice(k, k + words).map((x) => x.norm).join(" ") : "";
        // The verb's own reading of the object comes first: "called a national strike" proposes it, "began" one protests.
        const widerPhrase = widerStarts ? tokens.slice(from, k + words).map((x) => x.norm).join(" ") : "";
        const wider = widerPhrase && !overrides?.has(widerPhrase) && !overrides?.has(phrase) ? OBJECTS.get(widerPhrase) : undefined;
        if (wider) return { relation: wider, noun: k + words - 1, after: k + words };
        const relation = (starts ? overrides?.get(phrase) ?? OBJECTS.get(phrase) : undefined) ?? (words === 1 && LIGHT_VERBS.has(lemma) ? OBJECTS.get(t.lemma) : undefined);
        if (!relation || (words === 1 && !LIGHT_VERBS.has(lemma) && !overrides?.has(phrase))) continue;
        const noun = k + words - 1;
        // The object itself may be the target when it is a measure or a name ("opened the Friendship Bridge").
        return { relation, noun, after: isProposalHead(tokens[noun]) || endsCompoundHead(tokens, noun) || /^\p{Lu}/u.test(t.text) ? k : noun + 1 };
      }
      // "10 days of war games", "the Friendship Bridge": read on through quantities and names.
      if (tokens[k + 1]?.norm === "of" && t.pos === "NOUN") { k++; continue; }
      // "a staff-level agreement": a hyphen joins the words of a compound modifier; "artillery and small-arms fire": so does "and".
      if (tokens[k + 1]?.norm === "and" && ["ADJ", "NOUN"].includes(tokens[k + 2]?.pos ?? "")) { k++; continue; }
      if (!["ADJ", "NOUN", "VERB", "PROPN"].includes(tokens[k + 1]?.pos ?? "") && tokens[k + 1]?.text !== "-") return undefined;
    } else if (!["DET", "ADJ", "NUM", "SYM", "ADV", "PUNCT", "PRON"].includes(t.pos) && !(t.pos === "VERB" && /ed$/.test(t.norm))) return undefined;
  }
  return undefined;
}

/**
 * Tokens of clauses that state no event: what someone must or should do ("Sudan must reach a deal"),
 * what is demanded ("demanded that Israel ease restrictions") and conditions ("unless Baghdad accepted").
 * A clause is opened by a word before it, so the words are read only as far as the predicates ask.
 */
class UnrealClauses {
  private readonly marks: Uint8Array;
  private read = 0;
  constructor(private readonly tokens: Token[]) {
    this.marks = new Uint8Array(tokens.length);
  }
  has(i: number): boolean {
    while (this.read < i) openedAt(this.tokens, this.read++, this.marks);
    return this.marks[i] === 1;
  }
}

/** Marks in `out` the clause that word `k` opens, if any. */
function openedAt(tokens: Token[], k: number, out: Uint8Array) {
  const t = tokens[k];
  if (!UNREAL_WORDS.has(t.norm) && !DEMAND_LEMMAS.has(t.lemma) && !PERMISSION_VERBS.has(t.lemma)) return;
  // "waivers allowing them to keep supplying China": what is permitted is not done.
  if (PERMISSION_VERBS.has(t.lemma) && t.pos === "VERB") {
    for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) if (tokens[j].norm === "to" && tokens[j + 1]?.pos === "VERB") { markClause(tokens, j + 1, out); break; }
    return;
  }
  // "said Y should not gamble money and proposed a bill": a modal's clause is of bare verbs, so a finite verb coordinated
  // after it is the speaker's own; not the participle of a passive or a perfect ("must be signed and ratified").
  if (t.norm === "must" || t.norm === "should") {
    const verb = tokens[k + 1]?.norm === "not" ? k + 2 : k + 1;
    markClause(tokens, k + 1, out, tokens[verb]?.lemma !== "be" && tokens[verb]?.lemma !== "have");
  }
  if (t.norm === "unless" || (t.norm === "if" && k > 0)) markClause(tokens, k + 1, out);
  // "would not discuss its weapons until Israel had withdrawn", "barred its teams until the government withdraws the
  // decree", "will be published once Congress has approved it": what a clause of time waits for has not happened (but
  // "fighting continued until Chile withdrew its troops" tells what did).
  if ((t.norm === "until" || timeClauseOnce(tokens, k)) && awaited(tokens, k)) markClause(tokens, k + 1, out);
  // "Russia's refusal to recognise", "an invitation to attend talks", "a motion to suspend the plan": the act a noun of
  // stance or a drafted measure names is not done.
  if (t.pos === "NOUN" && (NOUNS.has(t.norm) || t.norm === "invitation" || DRAFTED_MEASURES.has(t.norm)) && tokens[k + 1]?.norm === "to" && tokens[k + 2]?.pos === "VERB") markClause(tokens, k + 2, out, true);
  // "a proposal under which Israel would withdraw": what is only proposed.
  if (t.norm === "under" && tokens[k + 1]?.norm === "which" && NOUNS.get(tokens[k - 1]?.norm ?? "") === "proposed") markClause(tokens, k + 2, out);
  const demand = DEMAND_VERBS.has(t.lemma) || (t.pos === "NOUN" && DEMAND_NOUNS.has(t.norm)) || particleOf(tokens, t, k + 1)?.relation === "demanded";
  if (!demand || (t.lemma === "want" && tokens[k + 1]?.norm === "to")) return;
  // "demanded that Chile leave and offered a truce": a finite verb coordinated after the clause's bare verb ends it too.
  if (tokens[k + 1]?.norm === "that" || tokens[k + 2]?.norm === "that") markClause(tokens, k + 2, out, true);
  // "called on the authorities to release students": the release is asked for, not done.
  // It ends before a finite verb coordinated with the demand ("urged X to publish results and called on Y to ...").
  for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++) if (tokens[j].norm === "to" && tokens[j + 1]?.pos === "VERB") { markClause(tokens, j + 1, out, true); break; }
}

/** Words after "once" that make it an adverb ("once again", "once more"), not the opener of a clause of time. */
const ONCE_ADVERBIAL = new Set(["again", "more", "and", "or", "a", "an", "every", "in"]);

/** Whether "once" at `k` opens a clause of time ("once a treaty is signed"), not "had once agreed" nor "once again". */
function timeClauseOnce(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].norm === "once" && next !== undefined && !ONCE_ADVERBIAL.has(next.norm) && next.pos !== "VERB" && next.pos !== "PUNCT" && tokens[k - 1]?.pos !== "AUX";
}

/** Present forms of the auxiliaries that open a clause's verb group ("once it is signed", "until it has withdrawn"). */
const PRESENT_AUXILIARIES = new Set(["is", "are", "has", "have", "'s"]);

/**
 * Whether the clause of time opened at `k` waits for its act: the clause before it is refused or only intended ("would
 * not disarm until", "will be published once"), or its own verb is in the present ("until the government withdraws").
 */
function awaited(tokens: Token[], k: number): boolean {
  if (tokens.slice(0, k).some((x) => NEGATIONS.has(x.norm) || MODALS.has(x.norm) || (x.pos === "VERB" && NEGATING_VERBS.has(x.lemma)))) return true;
  for (let j = k + 1; j < tokens.length && !CLAUSE_ENDS.has(tokens[j].norm) && tokens[j].norm !== ","; j++) {
    if (tokens[j].pos === "AUX") return PRESENT_AUXILIARIES.has(tokens[j].norm);
    if (tokens[j].pos === "VERB") {
      const base = tokens[j].lemma.toLowerCase();
      return [base, `${base}s`, `${base}es`].includes(tokens[j].norm);
    }
  }
  return false;
}

/**
 * Marks the clause from `from` to its end (a clause end, or a comma past its first words) in `out`; a clause of bare
 * verbs (an infinitive, a demanded "that"-clause) also ends before a finite verb or a modal coordinated with the main
 * clause ("a plan to build a dam and asked", "to intervene and would seek").
 */
function markClause(tokens: Token[], from: number, out: Uint8Array, bare = false) {
  for (let k = from; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].norm) && !(tokens[k].norm === "," && k > from + 2); k++) {
    // "would ask X to intervene and would seek a meeting": a verb group with a modal of its own ends it too.
    if (bare && tokens[k].pos === "CCONJ" && ((tokens[k + 1]?.pos === "VERB" && tokens[k + 1].norm !== tokens[k + 1].lemma.toLowerCase()) || MODALS.has(tokens[k + 1]?.norm ?? ""))) return;
    out[k] = 1;
  }
}

const DEMAND_VERBS = new Set([...VERBS].filter(([, relation]) => relation === "demanded").map(([lemma]) => lemma));
const DEMAND_NOUNS = new Set([...NOUNS].filter(([, relation]) => relation === "demanded").map(([noun]) => noun));
/** The words that may open an unreal clause, by form and by lemma: any other word is passed over at once. */
const PERMISSION_VERBS = new Set(triggers.permissionVerbs);
/** Measures drafted or tabled, whose infinitive says what they would do ("a motion to suspend the plan"). */
const DRAFTED_MEASURES = new Set(proposalLexicon.draftedMeasures);
const UNREAL_WORDS = new Set(["must", "should", "unless", "if", "until", "once", "under", "invitation", ...NOUNS.keys(), ...DRAFTED_MEASURES]);
const DEMAND_LEMMAS = new Set([...DEMAND_VERBS, ...[...PARTICLES].filter(([, particles]) => particles.some(({ relation }) => relation === "demanded")).map(([verb]) => verb)]);

/**
 * Verbs of accepting or backing, whose refusal rejects their object ("will not accept", "would not endorse the deal"),
 * and the modals of will that state one ("won't", "cannot", not "could not").
 */
const REFUSABLE = new Set(triggers.refusable);
/** Relations of yielding acts, whose refusal rejects what was asked ("would not withdraw"). */
const YIELDING = new Set(["retreated", "conceded"]);
const REFUSING_MODALS = new Set(["will", "would", "'ll", "wo", "shall", "can", "ca"]);

/** Whether a negated modal of will comes right before verb `verb`, past adverbs: "will not accept", "would never agree". */
function statedRefusal(tokens: Token[], verb: number, modals = REFUSING_MODALS): boolean {
  const k = modalBefore(tokens, verb, NEGATIONS);
  // Up to three words between: "would not accept", "will certainly not accept".
  if (k < 0 || k < verb - 4 || !modals.has(tokens[k].norm)) return false;
  // "will accept no ceasefire": a "no" opening the object refuses as "will not accept" does.
  return deniedObject(tokens, verb) || (k < verb - 1 && tokens.slice(k + 1, verb).some((t) => NEGATIONS.has(t.norm)));
}
/** The auxiliary of a plain negated act, also a refusal: "did not sign the term sheet" (not "has not yet signed", still open). */
const DOING = new Set(["did", "does", "do"]);

/** "will accept no ceasefire", "signed no deal": a "no" opening the verb's object, which denies the verb. */
const deniedObject = (tokens: Token[], verb: number) => tokens[verb + 1]?.norm === "no" && ["NOUN", "ADJ"].includes(tokens[verb + 2]?.pos ?? "");

/** Negation and intent around a verb: "did not agree", "failed to agree", "would return". */
function modality(tokens: Token[], verb: number): Modality {
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
  if (deniedObject(tokens, verb)) negated = true;
  return negated ? (intent ? { negated, intent } : { negated }) : intent ? { intent } : {};
}
