// Proposal noun phrases: finding their extent in a sentence and giving them a short canonical label.
import lexicon from "../lexicon/proposals.json" with { type: "json" };
import triggers from "../lexicon/triggers.json" with { type: "json" };
import { isGerund, isPossessiveMark } from "./tokenize.js";
import type { Token } from "./types.js";

const HEADS = new Set(lexicon.heads);
/** Nouns whose complement or infinitive is the proposal ("a plan to build a dam"). */
export const FRAMES = new Set(lexicon.frames);
// A Map, not the JSON object: "constructor" must not find Object.prototype members.
const SYNONYMS = new Map(Object.entries(lexicon.synonyms as Record<string, string>));
const DROPPED = new Set(lexicon.dropModifiers);
const CHANGES = new Set(lexicon.changes);
/** Prepositions that attach a complement to a proposal ("ban on", "recognition of", "talks between"). */
export const COMPLEMENT_PREPOSITIONS = new Set(["of", "on", "for", "over", "between", "to", "against", "with", "as"]);
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM", "VERB"]);
/** Time words end a phrase, with the word before them: "the plan on Tuesday", "a meeting of ministers next month" are the plan and the meeting. */
const TIME = new Set(["days", "weeks", "months", "years", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "month", "year", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"]);

/**
 * A word folded to its singular, so that a measure named in the plural and in the singular is one: "sanctions",
 * "levies" -> "levy", "taxes" -> "tax" (an "-es" after a sibilant is the plural's, as "loss" keeps its "s").
 */
export function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** The head form used to merge mentions of one proposal ("sanctions" and "sanction" are one). */
export const headForm = (lemma: string) => SYNONYMS.get(lemma) ?? singular(lemma);

/** The lemmas whose head form is a head ("deals", "pullout"), so that no head form is made per token. */
const FOLDED_HEADS = new Set([
  ...[...SYNONYMS].filter(([, head]) => HEADS.has(head)).map(([word]) => word),
  ...[...HEADS].flatMap((head) => [`${head}s`, ...(head.endsWith("s") ? [] : [head])]).filter((word) => !SYNONYMS.has(word)),
]);

/** A head word, whatever its tag: "ban", "deals", "pullout". */
const isHeadWord = (t: Token) => HEADS.has(t.lemma) || HEADS.has(t.norm) || FOLDED_HEADS.has(t.lemma);

export const isProposalHead = (t: Token) => (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "VERB") && isHeadWord(t);

export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/**
 * A head the tagger read as an adjective or a verb after an article and its modifiers, with no noun after it to
 * modify: a noun ("proposed a smaller fine", "discuss a longer transition"; not "the fine print").
 */
export function isMisreadHead(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if ((t.pos !== "ADJ" && t.pos !== "VERB") || !isHeadWord(t)) return false;
  let k = i - 1;
  while (k > 0 && (tokens[k].pos === "ADJ" || tokens[k].pos === "ADV")) k--;
  return ARTICLES.has(tokens[k]?.norm ?? "") && !["NOUN", "PROPN", "ADJ"].includes(tokens[i + 1]?.pos ?? "");
}

/** Heads of more than one word by their last word: the words before it each ends with ("map" -> ["road"]), so no key is built per token. */
const COMPOUNDS = new Map<string, string[][]>();
for (const compound of lexicon.compounds) {
  const words = compound.split(" ");
  const last = words.pop()!;
  (COMPOUNDS.get(last) ?? COMPOUNDS.set(last, []).get(last)!).push(words);
}
const PARTITIVES = new Set(lexicon.partitives);
/** "a package of sanctions", "a new round of talks": the noun only counts what follows "of". */
export const isPartitive = (tokens: Token[], i: number) => PARTITIVES.has(tokens[i].norm) && tokens[i + 1]?.norm === "of";
/** Where a proposal head of more than one word ending at `i` starts ("road map", "state of emergency"), whatever its tags; else -1. */
function compoundStart(tokens: Token[], i: number): number {
  // "pay rises", "buffer zones": a plural ends the compound as its singular does.
  const before = (COMPOUNDS.get(tokens[i].norm) ?? COMPOUNDS.get(tokens[i].lemma))?.find((words) => i >= words.length && words.every((w, n) => tokens[i - words.length + n].norm === w));
  return before ? i - before.length : -1;
}
/** The last word of a proposal head of more than one word ("road map", "state of emergency"), whatever its tag. */
export const endsCompoundHead = (tokens: Token[], i: number) => compoundStart(tokens, i) >= 0;

const WEAPONS = new Set(lexicon.weapons);
/** "a drone strike", "air strikes": a strike by a weapon is an attack, not a labour strike or a measure. */
export const isAttack = (before: string | undefined, word: string) => WEAPONS.has(before ?? "") && (word === "strike" || word === "strikes");

/** Not a verb, or a gerund or plural proposal noun the tagger read as one: "a return to talks". */
const nounLike = (t: Token) => t.pos !== "VERB" || isGerund(t) || (HEADS.has(t.norm) && t.norm.endsWith("s"));

export const isFrame = (t: Token) => t.pos === "NOUN" && (FRAMES.has(t.norm) || FRAMES.has(t.lemma));

/** Every word, as form or lemma, of which isProposalHead, isMisreadHead, isFrame or endsCompoundHead may hold: no other word is tested further. */
export const PROPOSAL_WORDS: ReadonlySet<string> = new Set([...HEADS, ...FOLDED_HEADS, ...FRAMES, ...COMPOUNDS.keys()]);

export interface ProposalSpan {
  first: number;
  last: number;
  head: number;
}

/** Verbs that judge what they take ("criticised", "praised", "blamed"): a "for" and a gerund after their object give the reason. */
const JUDGING = new Set(Object.entries(triggers.verbs).filter(([, relation]) => ["criticised", "supported", "accused"].includes(relation)).map(([lemma]) => lemma));
/** Tags of the words between a verb and the "for" after its object: the object's noun phrase. */
const OBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

/**
 * Whether "for" at `k` opens the reason a judging verb gives after its object ("criticised the deal for ignoring the sea",
 * "praised the ruling for protecting farmers"), no part of the object; not a measure's purpose ("proposed a fund for rebuilding homes").
 */
export function opensReason(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm !== "for" || !isGerund(tokens[k + 1])) return false;
  let j = k - 1;
  while (j > 0 && (OBJECT_WORDS.has(tokens[j].pos) || isPossessiveMark(tokens[j]) || tokens[j].text === "-")) j--;
  return tokens[j]?.pos === "VERB" && JUDGING.has(tokens[j].lemma);
}

/** Extends a proposal head to its noun phrase: modifiers before it, complements after it. */
export function proposalSpan(tokens: Token[], head: number): ProposalSpan {
  // A head of more than one word keeps its first words, whatever their tags ("pay rise": "pay" read as a verb).
  const compound = compoundStart(tokens, head);
  let first = compound >= 0 ? compound : head;
  while (first > 0) {
    const t = tokens[first - 1];
    const hyphenated = t.text === "-" && first > 1;
    // A participle modifies the head unless it is the verb of a subject before it: "for increased sanctions", not "Russia imposed sanctions".
    // Nor is it after an auxiliary: "have threatened further strikes"; nor a verb coordinated with one before: "and confirmed plans".
    // Nor after a closing bracket, which ends a subject: "Doctors Without Borders (MSF) demanded access".
    // Adverbs between are read past: "the bloc also demanded talks", but "newly imposed sanctions".
    let before = first - 2;
    while (tokens[before]?.pos === "ADV" && before > 0) before--;
    const participle = t.pos === "VERB" && /ed$/.test(t.norm) && (tokens[first - 2]?.text === "-" || !["NOUN", "PROPN", "PRON", "AUX", "CCONJ"].includes(tokens[before]?.pos ?? "NOUN") && tokens[before]?.text !== ")" && first - 1 > 0);
    // "a 7% pay rise": a percentage is a modifier (the label leaves counts out).
    const percent = (t.text === "%" || t.norm === "percent" || t.norm === "per cent") && tokens[first - 2]?.pos === "NUM";
    // "open to spending cuts", "a ban on fishing subsidies": a gerund after a preposition or determiner names a kind, not an act.
    const gerund = isGerund(t) && ["ADP", "PART", "DET", "ADJ"].includes(tokens[first - 2]?.pos ?? "");
    // 'the "foreign agents" law': a quoted modifier is part of the name; "so-called": an adverb glued to a hyphen too.
    const quoted = t.norm === '"' ? quotedModifierStart(tokens, first - 1) : -1;
    // "a no-fly zone": a word glued to a hyphen on either side is part of the modifier, whatever its tag.
    const glued = (tokens[first].text === "-" && t.end === tokens[first].start) || (tokens[first - 2]?.text === "-" && tokens[first - 2].end === t.start);
    if (quoted >= 0) first = quoted;
    else if (glued) first--;
    else if (percent) first -= 2;
    else if (hyphenated || (MODIFIER_POS.has(t.pos) && !DETERMINERS.has(t.norm) && t.pos !== "VERB") || participle || gerund) first--;
    else if (t.pos === "CCONJ" && first > 1 && tokens[first - 2].pos === "ADJ") first--;
    else if (negatesNoun(tokens, first - 1)) first--;
    else break;
  }
  while (first < head && (tokens[first].text === "-" || tokens[first].pos === "CCONJ")) first++;
  // "a plan to build a second dam", "a bid to end the war": a frame's infinitive and its object are the proposal.
  if (FRAMES.has(tokens[head].norm) && tokens[head + 1]?.norm === "to" && tokens[head + 2]?.pos === "VERB") {
    let end = head + 3;
    // A participle before a noun modifies it ("a plan to replace departing troops").
    const participle = (k: number) => tokens[k].pos === "VERB" && /(ing|ed)$/.test(tokens[k].norm) && ["ADJ", "NOUN", "PROPN"].includes(tokens[k + 1]?.pos ?? "");
    // "a plan to admit more medical students": a comparative of quantity, whatever its tag, counts the object.
    while (end < tokens.length && end - head < 9 && (DETERMINERS.has(tokens[end].norm) || ["ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[end].pos) || QUANTITIES.has(tokens[end].norm) || tokens[end].text === "-" || participle(end)) && !TIME.has(tokens[end].norm)) end++;
    while (end > head + 3 && !["NOUN", "PROPN"].includes(tokens[end - 1].pos)) end--;
    return { first, last: end, head };
  }
  let last = pastAgent(tokens, head + 1);
  // One or two prepositional complements: "lifting of all international sanctions on Russia".
  for (let hops = 0; hops < 2 && last < tokens.length; hops++) {
    const prep = tokens[last];
    if (!COMPLEMENT_PREPOSITIONS.has(prep.norm) && !(prep.norm === "in" && hops === 0 && CHANGES.has(headForm(tokens[head].lemma)))) break;
    if (prep.norm === "to" && tokens[last + 1]?.pos === "VERB" && !nounLike(tokens[last + 1])) break;
    if (opensReason(tokens, last)) break;
    // "dismissed production limits as an attack on growth": what the measure is called, not part of it; but after a
    // complement it says what that is ("adoption of Russian as an official language").
    if (prep.norm === "as" && hops === 0 && (tokens[last + 1]?.norm === "a" || tokens[last + 1]?.norm === "an")) break;
    let end = last + 1;
    while (end < tokens.length && (DETERMINERS.has(tokens[end].norm) || tokens[end].pos === "PART" || ["all", "any"].includes(tokens[end].norm))) end++;
    const start = end;
    // A word glued after a hyphen is part of its compound, whatever its tag ("value-added").
    const glued = (k: number) => tokens[k - 1].text === "-" && tokens[k].start === tokens[k - 1].end;
    while (end < tokens.length && (MODIFIER_POS.has(tokens[end].pos) || tokens[end].text === "-" || tokens[end].norm === "'s") && (nounLike(tokens[end]) || glued(end)) && !TIME.has(tokens[end].norm) && !TIME.has(tokens[end + 1]?.norm ?? "")) end++;
    if (end === start) break;
    end = sharedHeadEnd(tokens, end);
    // "talks between Iran and the United States": both sides.
    if (prep.norm === "between" && tokens[end]?.norm === "and") {
      let k = end + 1;
      while (k < tokens.length && DETERMINERS.has(tokens[k].norm)) k++;
      const other = k;
      while (k < tokens.length && (tokens[k].pos === "PROPN" || tokens[k].pos === "NOUN")) k++;
      if (k > other) end = k;
    }
    last = end;
  }
  return { first, last, head };
}

/** Where the complement starts past an agent named between a head and its "of" ("the recognition by Belgrade of Kosovo's passports"); else `k`. */
function pastAgent(tokens: Token[], k: number): number {
  if (tokens[k]?.norm !== "by") return k;
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && tokens[j].pos === "PROPN") j++;
  return j > k + 1 && tokens[j]?.norm === "of" ? j : k;
}

/**
 * Where a complement ending at `end` ends when "and" there joins a modifier to another before their shared head: "closure
 * of land and air borders", "a rise in heating and electricity tariffs", "a ban on domestic and foreign workers". A
 * singular noun needs two nouns after "and" (a modifier and the head), an adjective one: "a ban on pork and beef" is
 * two measures' words, read as before.
 */
function sharedHeadEnd(tokens: Token[], end: number): number {
  const before = tokens[end - 1];
  if (tokens[end]?.norm !== "and" || !(before.pos === "ADJ" || (before.pos === "NOUN" && before.norm === before.lemma))) return end;
  let k = end + 1;
  while (k < tokens.length && (tokens[k].pos === "ADJ" || tokens[k].pos === "NOUN") && !TIME.has(tokens[k].norm)) k++;
  const words = k - end - 1;
  return tokens[k - 1].pos === "NOUN" && words >= (before.pos === "ADJ" ? 1 : 2) ? k : end;
}

/** Comparatives of quantity the tagger may read as adverbs ("more medical students"). */
const QUANTITIES = new Set(["more", "fewer", "less"]);

/** Where the opening quote of a quoted modifier closed by quote `close` stands ('"foreign agents"'), else -1. */
function quotedModifierStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= 6; k--) {
    if (tokens[k].norm === '"') return k < close - 1 ? k : -1;
    if (!MODIFIER_POS.has(tokens[k].pos) && tokens[k].text !== "-") return -1;
  }
  return -1;
}

/** Words of a token range, hyphenated compounds joined ("much-demanded", "three-way"). */
function words(tokens: Token[], first: number, last: number): { text: string; token: Token }[] {
  const out: { text: string; token: Token }[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const prev = out.at(-1);
    const glued = prev && (t.text === "-" || prev.text.endsWith("-")) && t.start === tokens[i - 1].end;
    if (glued) prev.text += t.text;
    else out.push({ text: t.text, token: t });
  }
  return out;
}

/** A short canonical label: the phrase without determiners, quotes, counts and vague modifiers. */
/** Whether a word keeps its case in a measure's label: a proper noun or an acronym ("ban on Russian oil", "NATO membership"). */
const keepsCase = (token: Token, text = token.text) => token.pos === "PROPN" || /^[A-Z]{2,}/.test(text);

/**
 * Word `k` as a measure's label writes it: a proper noun as the text has it, and so a capitalised word inside a sentence
 * before one ("New Delhi", whose "New" the tagger may read as a common noun); any other word in lower case.
 */
export function labelWord(tokens: Token[], k: number): string {
  const token = tokens[k];
  const opensName = k > 0 && /^\p{Lu}/u.test(token.text) && tokens[k + 1]?.pos === "PROPN";
  return keepsCase(token) || opensName ? token.text : token.norm;
}

/**
 * Whether word `k` is a "no" that turns the noun after it into its opposite ("motion of no confidence", "a no-fly
 * zone", "calls for no new taxes"): unlike other determiners, it stays in a measure's label. Right after a verb it
 * denies the verb instead ("will accept no ceasefire", "had no plans to").
 */
export const negatesNoun = (tokens: Token[], k: number) =>
  tokens[k]?.norm === "no" && !VERB_TAGS.has(tokens[k - 1]?.pos ?? "") && (tokens[k + 1]?.pos === "NOUN" || tokens[k + 1]?.pos === "ADJ" || tokens[k + 1]?.norm === "-") &&
  // "a recipe for no deal": a bare "no deal" is the want of any, a phrase, not a measure of its own.
  !GENERIC_DEALS.has(tokens[k + 1].norm);
const VERB_TAGS = new Set(["VERB", "AUX"]);
const GENERIC_DEALS = new Set(lexicon.genericDeals);

export function proposalLabel(tokens: Token[], span: { first: number; last: number }): string {
  const kept = words(tokens, span.first, span.last)
    .filter(({ text, token }) => !DETERMINERS.has(token.norm) && !DROPPED.has(text.toLowerCase()) && !/^[\p{P}\p{S}]+$/u.test(text) && !(token.pos === "NUM" && !text.includes("-")));
  // "a pay rise of 6 percent": a complement of counts alone leaves no word after its preposition.
  while (kept.length > 1 && COMPLEMENT_PREPOSITIONS.has(kept.at(-1)!.token.norm)) kept.pop();
  return kept
    .map(({ text, token }) => (keepsCase(token, text) ? text : text.toLowerCase()))
    .join(" ")
    .replace(/ ('s|’s)/g, "'s")
    .replace(/’/g, "'")
    .trim();
}

const MEASURE_ACTS = new Set(lexicon.measureActs);
/** Words between a verb and its object's head phrase: determiners, possessives, adjectives, numbers, adverbs. */
const OBJECT_OPENERS = new Set(["DET", "PRON", "ADJ", "NUM", "ADV", "PART", "SYM"]);

/** Whether the phrase starting at `first` is the direct object of a verb that creates, changes, ends or asks for a measure ("would hold local elections"). */
export function isActedOn(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && OBJECT_OPENERS.has(tokens[k].pos)) k--;
  return k >= 0 && tokens[k].pos === "VERB" && MEASURE_ACTS.has(tokens[k].lemma);
}

/** Determiners before a noun that points back to a measure named before: "the deal", "this measure". */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that"]);
/** Words after a participle that say which measure it is: "signed in Barbados", "reached by the parties". */
const DEFINING_AFTER_PARTICIPLE = new Set(["by", "in", "at", "on", "with", "last", "between"]);

/** "the deal", "this measure": one noun after a definite determiner, which points back to a measure named before. */
export function isBareDefinite(tokens: Token[], first: number, last: number): boolean {
  if (first !== last - 1) return false;
  // "the agreement signed in Barbados", "the deal reached by the parties": a participle says which deal, not "the one named".
  const defined = tokens[last]?.pos === "VERB" && /ed$/.test(tokens[last].norm) && DEFINING_AFTER_PARTICIPLE.has(tokens[last + 1]?.norm ?? "");
  return POINTING_DETERMINERS.has(tokens[first - 1]?.norm ?? "") && !defined;
}

/** A proposal named like a document ("Indus Waters Treaty", "UN Charter"): an entity of the text even when no claim is on it. */
export const isNamedDocument = (label: string) => /^\p{Lu}/u.test(label) && label.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || ["of", "on", "for", "the", "and"].includes(w));

/** Function words a proposal's name joins its content words with, which tell no two proposals apart. */
export const KEY_STOPWORDS: ReadonlySet<string> = new Set(["of", "on", "for", "over", "to", "and", "the", "a", "an", "between", "against", "with", "as", "in", "from"]);

/** Modifiers that say how far a measure's making has gone, not which measure it is: "the draft bill" is the bill named before. */
const STAGES = new Set(lexicon.stageModifiers);

/** Words that identify a proposal for merging: folded content words, names replaced by `canonical`. */
export function proposalKey(label: string, canonical: (word: string) => string = (w) => w): string[] {
  const words = label.replace(/'s\b/g, "").split(/[\s-]+/)
    .filter((w) => w && !KEY_STOPWORDS.has(w.toLowerCase()))
    .map((w) => canonical(w).toLowerCase())
    .map((w) => SYNONYMS.get(w) ?? singular(w));
  // "the draft" alone keeps its word: it is all the name says.
  const staged = words.filter((w) => !STAGES.has(w));
  return staged.length ? staged : words;
}
