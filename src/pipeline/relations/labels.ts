// Short labels of the measures that noun and verb phrases name ("invitation to attend meeting", "swap prisoners of war").
import actors from "../../lexicon/actors.json" with { type: "json" };
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import { endsCompoundHead, isProposalHead, labelWord, negatesNoun } from "../proposals.js";
import type { Token } from "../types.js";
import { CARRIERS, CAUSATIVES, CIRCUMSTANTIAL, OBJECT_OPENERS, PEOPLE, TIME_WORDS, VAGUE_OBJECTS, isActParticle, isGerund, taggedPlural } from "./lexicon.js";

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
  // 'opposed "interference by any third party"': a speaker's quoted words that name no measure are none.
  if (quotedWords(tokens, phraseStart(tokens, head))) return "";
  let end = head + 1;
  while (end < tokens.length && tokens[end].pos === "NOUN" && !TIME_WORDS.has(tokens[end].norm)) end++;
  if (["of", "to", "for", "on"].includes(tokens[end]?.norm ?? "")) {
    let k = end + 1;
    while (k < tokens.length && ["DET", "ADJ", "NUM", "VERB", "NOUN", "PROPN", "PART"].includes(tokens[k].pos) && k - end < 6) {
      k++;
      if (tokens[k - 1].pos === "NOUN" && tokens[k]?.pos !== "NOUN") break;
    }
    // "an end to the fighting": a gerund closes the complement as a noun does.
    if (tokens[k - 1].pos === "NOUN" || tokens[k - 1].pos === "PROPN" || isGerund(tokens[k - 1])) end = k;
  }
  let start = head;
  while (start > 0 && ["ADJ", "NOUN", "PROPN"].includes(tokens[start - 1].pos) && !/^[A-Z]/.test(tokens[start - 1].text)) start--;
  // "a no-confidence motion", "no new taxes": a "no" before the phrase makes it its opposite, and stays in it.
  if (start > 1 && tokens[start - 1].text === "-" && negatesNoun(tokens, start - 2)) start -= 2;
  else if (start > 0 && negatesNoun(tokens, start - 1)) start--;
  const words: string[] = [];
  for (let k = start; k < end; k++) if ((!["DET", "NUM", "PUNCT"].includes(tokens[k].pos) && !["his", "her", "its", "their", "all", "any", "more"].includes(tokens[k].norm)) || negatesNoun(tokens, k)) words.push(labelWord(tokens, k));
  if (!words.length) return "";
  const label = words.join(" ");
  // "a 30-year concession", "a two-week truce": a count hyphened to the first modifier is what sets the measure apart.
  const hyphen = tokens[start - 1];
  const count = tokens[start - 2];
  return hyphen?.text === "-" && count?.pos === "NUM" && count.end === hyphen.start && hyphen.end === tokens[start].start ? `${count.norm}-${label}` : label;
}

/**
 * "exchange all sick and seriously wounded prisoners of war" -> "exchange prisoners of war";
 * "extend the inquiry to solar panels" -> "extend inquiry to solar panels"; "move to the second phase" -> "move second phase".
 */
export function verbPhraseLabel(tokens: Token[], verb: number, end: number): string {
  // "give up enrichment": a carrier with a particle is a phrasal verb of its own.
  if (!CARRIERS.has(tokens[verb].lemma) || isActParticle(tokens, verb, verb + 1)) return actLabel(tokens, verb, end);
  // "discussing the safeguard clause", "consider selling the plant": what a carrier verb carries is the measure.
  if (isGerund(tokens[verb + 1])) return verbPhraseLabel(tokens, verb + 1, end);
  // "allow all parties to take part": people a carrier lets act are no measure.
  const carried = actLabel(tokens, verb, end).split(" ").slice(1);
  return carried.length === 1 && PEOPLE.has(carried[0]) ? "" : carried.join(" ");
}

/** "bring in safeguard quotas": a word the tagger read as a verb before a noun modifies it. */
const taggedNoun = (tokens: Token[], k: number) => tokens[k]?.pos === "VERB" && tokens[k + 1]?.pos === "NOUN";

/** Where the second object starts after a name at `k` that a second object follows ("give Kenya a loan"); else `k`. */
function pastRecipient(tokens: Token[], k: number, end: number): number {
  let j = k;
  while (j < end && tokens[j].pos === "PROPN") j++;
  return j > k && j < end && (["DET", "NUM", "SYM"].includes(tokens[j].pos) || tokens[j].norm === "more") ? j : k;
}

const CURRENCY_SYMBOLS = new Set(triggers.gifts.currencySymbols);
const CURRENCIES = new Set(triggers.gifts.currencies);

/** Where a sum of money written from `k` ends ("$12 million", "40 million crowns", "5 million Australian dollars"), else -1. */
export function sumEnd(tokens: Token[], k: number): number {
  const symbol = CURRENCY_SYMBOLS.has(tokens[k]?.text ?? "");
  let j = symbol ? k + 1 : k;
  if (tokens[j]?.pos !== "NUM") return -1;
  while (tokens[j]?.pos === "NUM") j++;
  if (symbol) return j;
  // "Australian dollars": a currency may carry its country's adjective.
  if (/^\p{Lu}/u.test(tokens[j]?.text ?? "") && CURRENCIES.has(tokens[j + 1]?.norm ?? "")) j++;
  return CURRENCIES.has(tokens[j]?.norm ?? "") ? j + 1 : -1;
}

/** A sum of money from `k` as the text writes it ("$12 million", "40 million crowns"), or "". */
function sumText(tokens: Token[], k: number): string {
  const end = sumEnd(tokens, k);
  return end < 0 ? "" : tokens.slice(k, end).map((t) => t.text).join(" ").replace(/([$€£¥]) /g, "$1");
}

/** Where a sum starts after a recipient named by a common noun at `k` ("the government $12 million"); else `k`. */
function pastRecipientNoun(tokens: Token[], k: number, end: number): number {
  let j = tokens[k]?.pos === "DET" ? k + 1 : k;
  const nouns = j;
  while (j < end && tokens[j].pos === "NOUN") j++;
  return j > nouns && sumText(tokens, j) ? j : k;
}

/** The verb's lemma with its object's words and one complement's. */
function actLabel(tokens: Token[], verb: number, end: number): string {
  const words = [tokens[verb].lemma];
  let k = verb + 1;
  // "stop buying from any company", "stop pressing member states": a gerund right after the verb is part of the act.
  if (k < end && isGerund(tokens[k])) words.push(tokens[k++].norm);
  // "hand over a group of gunmen", "pull out its troops": a phrasal verb's particle before the object is part of it.
  if (k < end && isActParticle(tokens, verb, k) && (["DET", "ADJ", "NOUN"].includes(tokens[k + 1]?.pos ?? "") || POSSESSIVES.has(tokens[k + 1]?.norm ?? "") || taggedNoun(tokens, k + 1))) words.push(tokens[k++].norm);
  const acts = words.length;
  // The object's nouns, then one complement's nouns; counts, determiners and adverbs left out, but
  // ordinals (a second phase is not the first) and adjectives before a noun kept ("fresh talks", "solar panels").
  // "order recounts in 14 seats": a plural noun the tagger read as a verb.
  // "ban illegal logging", "end commercial whaling.": a gerund after the object's adjective, with no object of its own, is
  // its noun; after a noun only where the phrase ends ("expel troops serving in the mission" is a noun and its clause).
  const gerundNoun = (j: number) =>
    j > verb + 1 && isGerund(tokens[j]) && (tokens[j - 1].pos === "ADJ" ? !OBJECT_OPENERS.has(tokens[j + 1]?.pos ?? "") : tokens[j - 1].pos === "NOUN" && (j + 1 >= end || tokens[j + 1].pos === "PUNCT"));
  // "refuse cover for the line", "seek help from": a bare form right after the act's verb, before a preposition, is its
  // object noun (a verb takes no bare infinitive there, a causative's object comes first).
  const bareNoun = (j: number) =>
    j === verb + 1 && tokens[j].pos === "VERB" && tokens[j].norm === tokens[j].lemma.toLowerCase() && !CAUSATIVES.has(tokens[verb].lemma) && tokens[j + 1]?.pos === "ADP";
  // "cover their pay from its budget": a bare form after a possessive, where the phrase goes no further, is the noun it owns.
  const ownedNoun = (j: number) =>
    tokens[j].pos === "VERB" && POSSESSIVES.has(tokens[j - 1]?.norm ?? "") && tokens[j].norm === tokens[j].lemma.toLowerCase() && (j + 1 >= end || ["ADP", "PUNCT"].includes(tokens[j + 1].pos));
  const nominal = (j: number) => tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN" || taggedPlural(tokens, j) || gerundNoun(j) || bareNoun(j) || ownedNoun(j);
  const nounRun = () => {
    while (k < end && !nominal(k)) {
      // "negotiate under threats", "hold talks this year": circumstances, not the act's object.
      const objectPreposition = tokens[k].pos === "ADP" && words.length === acts && !CIRCUMSTANTIAL.has(tokens[k].norm);
      if (!["DET", "ADJ", "ADV", "NUM", "CCONJ", "PUNCT", "VERB", "PART"].includes(tokens[k].pos) && !objectPreposition && !POSSESSIVES.has(tokens[k].norm)) return;
      // A gerund that makes a compound with the noun ("the negotiating table") is kept with it.
      const compoundGerund = isGerund(tokens[k]) && tokens[k + 1]?.pos === "NOUN";
      // "meet again next month": a modifier of a time word dates the act; it is no part of it.
      const dating = TIME_WORDS.has(tokens[k + 1]?.norm ?? "");
      // "assessed contributions", "a fixed price": a participle before a noun modifies it as an adjective does.
      const participle = tokens[k].pos === "VERB" && tokens[k].norm.endsWith("ed") && tokens[k + 1]?.pos === "NOUN";
      if (!dating && (ORDINALS.has(tokens[k].norm) || ((tokens[k].pos === "ADJ" || participle) && (tokens[k + 1]?.pos === "NOUN" || gerundNoun(k + 1))) || compoundGerund || negatesNoun(tokens, k))) words.push(labelWord(tokens, k));
      k++;
    }
    while (k < end && tokens[k].pos === "PROPN" && tokens[k + 1]?.pos === "NOUN") k++; // "Ukrainian soldiers": the nationality is a modifier
    const from = words.length;
    while (k < end && nominal(k) && !TIME_WORDS.has(tokens[k].norm)) words.push(labelWord(tokens, k++));
    // "respect the court's decision": the owner is no part of the act's object; what it owns is.
    if (words.length > from && k < end && (tokens[k].norm === "'s" || tokens[k].norm === "'")) {
      words.length = from;
      k++;
      nounRun();
    }
  };
  // "lend Egypt $8 billion", "send Ukraine more air defence systems": a name before a second object is whom the act is
  // for; the act is what is given.
  if (words.length === acts) {
    k = pastRecipient(tokens, k, end);
    // "pay the government $12 million a year", "lend Egypt $8 billion": a sum given is the act's object, with its figures.
    const sum = sumText(tokens, pastRecipientNoun(tokens, k, end));
    if (sum) return `${words.join(" ")} ${sum}`;
  }
  nounRun();
  // "let the peso float", "help farmers buy seed": what a causative verb's object is to do is part of the act.
  if (CAUSATIVES.has(tokens[verb].lemma) && words.length > acts && k < end && tokens[k].pos === "VERB" && tokens[k].norm === tokens[k].lemma.toLowerCase()) {
    words.push(tokens[k++].norm);
    nounRun();
  }
  if (words.length > 1 && PHRASE_COMPLEMENTS.has(tokens[k]?.norm ?? "")) {
    const before = words.length;
    words.push(tokens[k++].norm);
    nounRun();
    if (words.length === before + 1) words.pop();
  }
  // "supply gas at a fixed price", "play its qualifiers under a neutral flag": the terms an act on an object is done on
  // are part of it (not whence it comes: "withdraw troops from the border").
  // "help Moldova with coal and electricity": what an act gives a party it names is part of it (not "replace troops with
  // recruits", whose object names no party).
  const given = tokens[k]?.norm === "with" && tokens[k - 1]?.pos === "PROPN" && !["DET", "PROPN", "NUM"].includes(tokens[k + 1]?.pos ?? "DET");
  if (words.length > acts && (TERMS.has(tokens[k]?.norm ?? "") || given) && k < end) {
    const before = words.length;
    const from = k;
    words.push(tokens[k++].norm);
    nounRun();
    // A rate ("cap the commission at 10 percent") is a count the label leaves out, and a named place or body ("meet
    // them at State House") says where, not on what terms.
    const named = tokens.slice(from + 1, k).some((t) => t.pos === "PROPN" || t.pos === "NUM");
    if (words.length === before + 1 || (named && !given)) words.length = before;
  }
  // "settle their differences", "resolve the dispute": acting on a quarrel itself names no measure, but the means
  // it is settled by does ("through dialogue": "dialogue"), and so does a forum it is taken to ("in court").
  if (words.length === 2 && VAGUE_OBJECTS.has(words[1])) {
    if (MEANS.has(tokens[k]?.norm ?? "")) {
      words.length = 0;
      k++;
      nounRun();
      return words.join(" ");
    }
    if (tokens[k]?.pos !== "ADP" || k >= end) return "";
  }
  return words.length > 1 ? words.join(" ") : "";
}

/**
 * Whether the act of `verb` is named in a speaker's quoted words, its object or the noun framing it quoted with no
 * measure's head: 'would not cede "a single centimetre"', 'would not return to "the reality before the war"', 'supported
 * "all efforts to end the suffering"'. A stand on such words is on rhetoric, not a measure; what is asked for may
 * quote the asker ('urged both sides to refrain from "inflammatory rhetoric"'), so demands do not ask this.
 */
export function quotedAct(tokens: Token[], verb: number): boolean {
  let k = verb + 1;
  if (isActParticle(tokens, verb, k) || tokens[k]?.pos === "ADP" || tokens[k]?.norm === "to") k++;
  return quotedWords(tokens, k + 1) || (tokens[verb - 1]?.norm === "to" && quotedWords(tokens, phraseStart(tokens, verb - 1)));
}

/** Where the noun phrase ending before `k` starts: past its nouns, adjectives, numbers and determiners ("all efforts" before "to end"). */
function phraseStart(tokens: Token[], k: number): number {
  let start = k;
  while (start > 0 && start > k - 5 && PHRASE_TAGS.has(tokens[start - 1].pos)) start--;
  return start;
}
const PHRASE_TAGS = new Set(["DET", "ADJ", "NUM", "NOUN"]);

/**
 * Whether a quotation mark opening at `k - 1` quotes a speaker's words as an object, not a measure: no measure's head
 * is among them ('opposed "interference by any third party"'; not 'called for "an immediate ceasefire"'), and they
 * open with no verb (an act quoted whole is asked for: 'urged employers to "raise wages now"').
 */
function quotedWords(tokens: Token[], k: number): boolean {
  const open = tokens[k - 1];
  if (!open || !(open.text === "“" || (open.text === '"' && quotesBefore(tokens, k - 1) % 2 === 0)) || tokens[k]?.pos === "VERB") return false;
  for (let j = k; j < tokens.length && !QUOTES.has(tokens[j].text); j++) if (isProposalHead(tokens[j]) || endsCompoundHead(tokens, j)) return false;
  return true;
}
const QUOTES = new Set(['"', "“", "”"]);
/** Straight quotation marks before token `k`: an even count means one at `k` opens. */
const quotesBefore = (tokens: Token[], k: number) => tokens.slice(0, k).filter((t) => t.text === '"').length;

export const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);
/** Prepositions of the means a quarrel is settled by. */
const MEANS = new Set(["through", "via"]);
/** Nouns that only count what follows them. */
const COUNT_NOUNS = new Set(actors.countNouns);
/** Ordinal words, kept in the label of the act they number ("a second round of talks"). */
const ORDINALS = new Set(triggers.ordinals);
/** Prepositions whose phrase completes a verb phrase's measure ("prisoners of war", "extend ... to solar panels", "a statute for the council"). */
const PHRASE_COMPLEMENTS = new Set(["of", "to", "into", "for"]);
/** Prepositions of the terms an act is done on ("at a fixed price", "under a neutral flag"). */
const TERMS = new Set(["at", "under"]);

/**
 * "pledged 15 million pounds in emergency aid" -> "15 million pounds in emergency aid": a sum of money after verb `verb`
 * and ending before `sumEnd`, with the nouns it is counted in and what it is in or for ("$60 million", "a $60 million
 * aid package", "C$2 billion for carbon capture projects").
 */
export function sumLabel(tokens: Token[], verb: number, sumEnd: number): string {
  let from = verb + 1;
  while (from < sumEnd && tokens[from].pos !== "NUM" && tokens[from + 1]?.pos !== "NUM") from++;
  // "a $190 million loan tranche", "a $60 million aid package": the nouns the sum is counted in are part of it.
  let end = sumEnd;
  while (end < sumEnd + 3 && tokens[end]?.pos === "NOUN" && !TIME_WORDS.has(tokens[end].norm)) end++;
  const words = tokens.slice(from, end).map((t) => t.text);
  if (["in", "for"].includes(tokens[end]?.norm ?? "")) {
    let k = end + 1;
    const complement = [tokens[end].norm];
    while (k < end + 7 && (["DET", "ADJ", "NOUN"].includes(tokens[k]?.pos ?? "") || tokens[k]?.norm === "'s")) {
      if (tokens[k].pos !== "DET" && tokens[k].norm !== "'s") complement.push(tokens[k].norm);
      k++;
    }
    if (tokens[k - 1]?.pos === "NOUN") words.push(...complement);
  }
  return words.join(" ").replace(/([$€£¥]) /g, "$1");
}
