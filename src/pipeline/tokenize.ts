// Stage 3: clean text -> sentences of tokens with POS tags, lemmas and offsets into the original input.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import lemmaFixes from "../lexicon/lemmas.json" with { type: "json" };
import { remembered } from "./remembered.js";
import type { CleanDocument, Sentence, Token } from "./types.js";

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Words (lower case) by tag -> lemma; cleared when this large, so a long run's vocabulary stays bounded. */
const LEMMA_MEMO_SIZE = 50_000;

/** Verb forms wink's lemmatiser reads as another word ("staged" as "stag"), with their lemma. */
const MISREAD_VERBS = new Map(Object.entries(lemmaFixes.verbs));

/** Past forms of verbs wink tags as adjectives or nouns even after their subject ("Qatar mediated"), with their lemma. */
const VERBS_TAGGED_OTHERWISE = new Map(Object.entries(lemmaFixes.taggedOtherwise));

/** Base forms of verbs wink tags as adverbs or adjectives even after a modal ("would back the plan", "would lower rates"). */
const BASE_FORMS_TAGGED_OTHERWISE = new Set(lemmaFixes.baseFormsTaggedOtherwise);

/**
 * wink's rule lemmatizer tries suffixes against its lexicon for every noun, verb and adjective, though its
 * answer hangs on the word and the tag alone (the lexicon it asks is the model's, fixed). News repeats its
 * words, so each answer is remembered: the lemmas are the same, found for a Map look-up.
 */
function rememberingLemmas(lemmatize: Lemmatize): Lemmatize {
  const memo = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    // Other tags it answers with the word itself.
    if (pos !== "NOUN" && pos !== "VERB" && pos !== "ADJ") return lemmatize(value, pos, cache);
    const byWord = memo.get(pos) ?? memo.set(pos, new Map()).get(pos)!;
    let lemma = byWord.get(value);
    if (lemma === undefined) {
      if (size++ >= LEMMA_MEMO_SIZE) {
        memo.forEach((m) => m.clear());
        size = 1;
      }
      byWord.set(value, (lemma = lemmatize(value, pos, cache)));
    }
    return lemma;
  };
}

// A copy of the model with the remembering lemmatizer: the shared model object is left as it is.
const nlp = winkNLP({ ...model, addons: { ...model.addons, lemmatize: rememberingLemmas(model.addons.lemmatize as Lemmatize) } }, ["sbd", "pos"]);
const its = nlp.its;

/**
 * Whether a lower-case word is the plural of an English common noun ("prices", "rescuers"): wink tags it a
 * noun and lemmatises it to another word. Asked of few words (capitals that open sentences), each read alone.
 */
export const isPluralNoun = remembered((word: string): boolean => {
  const tokens = nlp.readDoc(word).tokens();
  const token = tokens.itemAt(0);
  return tokens.length() === 1 && token.out() === word && token.out(its.pos) === "NOUN" && token.out(its.lemma as Parameters<typeof token.out>[0]) !== word;
});

/** Typographic quotes and the backtick: caseless, so found in the surface form as in its lower case. */
const isTypographic = (c: number) => c === 0x60 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/** Folds typographic quotes and dashes so rules see one form. */
const normaliseToken = (s: string) => {
  const lower = s.toLowerCase();
  // A scan of char codes: most tokens have none, and a regular expression per token costs more.
  for (let i = 0; i < lower.length; i++) if (isTypographic(lower.charCodeAt(i))) return lower.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
  return lower;
};

/** Spaces wink skips between tokens, and the line breaks it keeps as tokens. */
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const LETTER = /\p{L}/u;
const isLetterAt = (s: string, i: number) => LETTER.test(s[i] ?? "");

/**
 * wink's tokenizer knows Latin-1 letters only: it cuts "Vuković" into "Vukovi" and "ć". Two touching
 * tokens with letters on both sides of the cut, one of them beyond ASCII, are one word.
 */
function splitsWord(before: string, after: string) {
  const last = before.length - 1;
  // The char-code test first: it rules out nearly every pair of touching tokens ("word" + ",") without a regular expression.
  return (before.charCodeAt(last) > 0x7f || after.charCodeAt(0) > 0x7f) && isLetterAt(before, last) && isLetterAt(after, 0);
}

/**
 * Text is read in chunks of whole lines: one wink document per chunk costs far less than one per line,
 * and a bounded chunk keeps wink's memory bounded on a very long input.
 */
const CHUNK = 1 << 16;

/** Splits the cleaned text into sentences and tokens; a sentence never crosses a line break. */
export function tokenize(clean: CleanDocument): Sentence[] {
  const sentences: Sentence[] = [];
  const text = clean.text;
  let chunkStart = 0;
  while (chunkStart < text.length) {
    let chunkEnd = text.length;
    if (chunkEnd - chunkStart > CHUNK) {
      const cut = text.lastIndexOf("\n", chunkStart + CHUNK);
      chunkEnd = cut > chunkStart ? cut + 1 : text.indexOf("\n", chunkStart + CHUNK) + 1 || text.length;
    }
    const chunk = text.slice(chunkStart, chunkEnd);
    if (chunk.trim()) tokenizeChunk(chunk, chunkStart, sentences);
    chunkStart = chunkEnd;
  }
  return sentences;
}

function tokenizeChunk(chunk: string, offset: number, sentences: Sentence[]) {
  const doc = nlp.readDoc(chunk);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let cursor = 0;
  let sentence: Token[] = [];
  const close = () => {
    if (sentence.length) sentences.push({ index: sentences.length, start: sentence[0].start, end: sentence[sentence.length - 1].end, tokens: sentence });
    sentence = [];
  };
  for (let s = 0; s < spans.length; s++) {
    const last = spans[s][1];
    for (let i = spans[s][0]; i <= last; i++) {
      const value = values[i];
      const first = value.charCodeAt(0);
      while (cursor < chunk.length && first !== chunk.charCodeAt(cursor) && isBlank(chunk.charCodeAt(cursor))) cursor++;
      // wink keeps line breaks as tokens of their own: a sentence ends there.
      if (isBlank(first)) {
        cursor += value.length;
        close();
        continue;
      }
      // wink keeps the surface form, so the token starts at the cursor. Should a token ever differ from
      // the text, look a few characters ahead only, so a long line of such tokens stays linear.
      const near = chunk.startsWith(value, cursor) ? 0 : chunk.slice(cursor, cursor + value.length + 20).indexOf(value);
      if (near === -1) continue;
      const start = cursor + near;
      cursor = start + value.length;
      const previous = sentence[sentence.length - 1];
      const norm = normaliseToken(value);
      // The misread verbs are words of letters: the folded form finds them as the lower case would, computed once.
      const lemma = (pos[i] === "VERB" ? MISREAD_VERBS.get(norm) : undefined) ?? lemmas[i];
      if (near === 0 && previous && previous.end === offset + start && splitsWord(previous.text, value)) {
        const text = previous.text + value;
        sentence[sentence.length - 1] = { text, start: previous.start, end: offset + cursor, pos: previous.pos === "X" ? pos[i] : previous.pos, lemma: previous.lemma + lemma, norm: normaliseToken(text) };
        continue;
      }
      // "Romania's", "state's": wink keeps a word and its possessive as one token (a name) once its cache has met the
      // pair (a sentence ending "to Romania's."), so the same text tokenizes otherwise after other documents; the mark
      // is split off, and a lower-case owner is the noun it is when wink splits it.
      const owner = possessiveOwner(value);
      if (owner) {
        const lower = owner === owner.toLowerCase();
        sentence.push({ text: owner, start: offset + start, end: offset + start + owner.length, pos: lower ? "NOUN" : pos[i], lemma: owner, norm: normaliseToken(owner) });
        const mark = value.slice(owner.length);
        sentence.push({ text: mark, start: offset + start + owner.length, end: offset + cursor, pos: "PART", lemma: "'s", norm: normaliseToken(mark) });
        continue;
      }
      // "Qatar mediated between them": after a name or a pronoun, such a form is the subject's verb.
      const verb = (pos[i] === "ADJ" || pos[i] === "NOUN") && (previous?.pos === "PROPN" || previous?.pos === "PRON") ? VERBS_TAGGED_OTHERWISE.get(norm) : undefined;
      const base = !verb && baseFormOfVerb(sentence, norm, pos[i + 1]);
      sentence.push({ text: value, start: offset + start, end: offset + cursor, pos: verb || base ? "VERB" : pos[i], lemma: verb ?? (base ? norm : lemma), norm });
    }
    close();
  }
}

/**
 * Whether `norm` is a base form wink misses as a verb, read after a modal or an infinitive's "to" (past "not") and
 * before an object ("would not back the deal", "voted to back it"): not "back down", "came back the next day".
 */
function baseFormOfVerb(sentence: Token[], norm: string, next: string | undefined): boolean {
  if (!BASE_FORMS_TAGGED_OTHERWISE.has(norm) || !OBJECT_OPENERS.has(next ?? "")) return false;
  let k = sentence.length - 1;
  if (sentence[k]?.norm === "not") k--;
  return MODALS.has(sentence[k]?.norm ?? "") || (sentence[k]?.norm === "to" && sentence[k].pos === "PART");
}
/** Modals, not "be" or "have" ("were back the next day"). */
const MODALS = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca"]);
/** Tags of the words an object may open with ("the", "new", "talks", "two"). */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"]);

/** Pronouns whose "'s" is "is" or "has" ("It's", "That's"), never a possessive. */
const CONTRACTING = new Set(["it", "that", "he", "she", "what", "there", "who", "here", "where", "let"]);

/** The owner of a word ending in a possessive mark ("Romania's", "state's"), else undefined. */
function possessiveOwner(value: string): string | undefined {
  // Most tokens fail on their last two characters, before any pattern is tried.
  const mark = value.charCodeAt(value.length - 2);
  if (value.length < 4 || value.charCodeAt(value.length - 1) !== 115 || (mark !== 39 && mark !== 0x2019)) return undefined;
  const owner = value.slice(0, -2);
  return /^\p{L}[\p{L}.-]*$/u.test(owner) && !CONTRACTING.has(owner.toLowerCase()) ? owner : undefined;
}

/** "selling", "keeping": a verb form in -ing, which names an act as a noun phrase would. */
export const isGerund = (t: Token | undefined) => t !== undefined && t.pos === "VERB" && t.norm.endsWith("ing");
/** The mark of a possessive: "'s", or "'" after a plural ("Farmers' groups"). */
export const isPossessiveMark = (t: Token | undefined) => t !== undefined && (t.norm === "'s" || t.norm === "'");
