// Stage 3: clean text -> sentences of tokens with POS tags, lemmas and offsets into the original input.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { CleanDocument, Sentence, Token } from "./types.js";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Folds typographic quotes and dashes so rules see one form. */
const TYPOGRAPHIC = /[’‘`“”]/;
export const normaliseToken = (s: string) => {
  const lower = s.toLowerCase();
  return TYPOGRAPHIC.test(lower) ? lower.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"') : lower;
};

/** Splits the cleaned text into lines (never crossed by a sentence), then sentences and tokens. */
export function tokenize(clean: CleanDocument): Sentence[] {
  const sentences: Sentence[] = [];
  const text = clean.text;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) tokenizeLine(line, lineStart, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function tokenizeLine(line: string, offset: number, sentences: Sentence[]) {
  const doc = nlp.readDoc(line);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let cursor = 0;
  for (const [first, last] of spans) {
    const sentence: Token[] = [];
    for (let i = first; i <= last; i++) {
      const value = values[i];
      // wink expands a few forms (e.g. "n't" of "won't"); such a token gets an empty span at the cursor.
      // The search looks a few characters ahead only, so a long line of such tokens stays linear.
      const near = line.startsWith(value, cursor) ? 0 : line.slice(cursor, cursor + value.length + 20).indexOf(value);
      const found = near === -1 ? -1 : cursor + near;
      const start = found === -1 ? cursor : found;
      const end = found === start ? start + value.length : start;
      cursor = end;
      if (end === start) continue;
      const surface = line.slice(start, end);
      sentence.push({ text: surface, start: offset + start, end: offset + end, pos: pos[i], lemma: lemmas[i], norm: normaliseToken(surface) });
    }
    if (sentence.length) sentences.push({ index: sentences.length, start: sentence[0].start, end: sentence[sentence.length - 1].end, tokens: sentence });
  }
}
