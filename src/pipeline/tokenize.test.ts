import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";
import { clean } from "./clean.js";

const sentencesOf = (text: string) => tokenize(clean({ id: "t", text }));

describe("tokenize", () => {
  it("splits sentences and keeps offsets into the original text", () => {
    const text = "The minister didn’t sign the accord in Nairobi. Talks resumed on Friday, officials said.";
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(2);
    for (const s of sentences) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(text.slice(sentences[1].start, sentences[1].end)).toBe("Talks resumed on Friday, officials said.");
  });

  it("splits a name's possessive off the name whatever texts were read before", () => {
    const tokensOf = (text: string) => sentencesOf(text).flatMap((s) => s.tokens);
    // A sentence ending in a possessive teaches wink's cache the pair, which it would then keep whole in later texts.
    expect(tokensOf("Exports went to Valdoria's.").map((t) => t.text)).toEqual(["Exports", "went", "to", "Valdoria", "'s", "."]);
    const text = "Valdoria's central bank raised rates. It's late.";
    const tokens = tokensOf(text);
    expect(tokens.slice(0, 3).map((t) => [t.text, t.pos])).toEqual([["Valdoria", "PROPN"], ["'s", "PART"], ["central", "ADJ"]]);
    expect(tokens.slice(7, 9).map((t) => t.text)).toEqual(["It", "'s"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits a common noun's possessive off the noun whatever texts were read before", () => {
    const tokensOf = (text: string) => sentencesOf(text).flatMap((s) => s.tokens);
    expect(tokensOf("The motion was carried by the council's.").map((t) => t.text)).toEqual(["The", "motion", "was", "carried", "by", "the", "council", "'s", "."]);
    const tokens = tokensOf("The council's lawyers appealed.");
    expect(tokens.slice(1, 3).map((t) => [t.text, t.pos])).toEqual([["council", "NOUN"], ["'s", "PART"]]);
  });

  it("keeps names with letters beyond Latin-1 in one token", () => {
    const text = "Minister Petra Vuković met Łukasz Nowak and Şükrü Aydın in Kraków.";
    const tokens = sentencesOf(text)[0].tokens;
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(["Vuković", "Łukasz", "Şükrü", "Aydın", "Kraków"]));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "Vuković")!.pos).toBe("PROPN");
  });

  it("tags parts of speech and lemmas", () => {
    const [s] = sentencesOf("Protesters blocked the roads near the parliament.");
    const blocked = s.tokens.find((t) => t.text === "blocked")!;
    expect(blocked.pos).toBe("VERB");
    expect(blocked.lemma).toBe("block");
  });

  it("gives verbs the lemmatiser reads as another word their own lemma ('staged' is no 'stag')", () => {
    const verbs = sentencesOf("Dockers staged a walkout while rebels waged war, and the regulator fined the airline.").flatMap((s) => s.tokens.filter((t) => t.pos === "VERB").map((t) => t.lemma));
    expect(verbs).toEqual(expect.arrayContaining(["stage", "wage", "fine"]));
  });

  it("reads a verb the tagger takes for an adjective as a verb after its named subject, and only there", () => {
    const word = (text: string, w: string) => sentencesOf(text)[0].tokens.find((t) => t.text === w);
    expect(word("Oman mediated between the two sides.", "mediated")).toMatchObject({ pos: "VERB", lemma: "mediate" });
    expect(word("They alleged that the vote was rigged.", "alleged")).toMatchObject({ pos: "VERB", lemma: "allege" });
    expect(word("The alleged plot was foiled.", "alleged")?.pos).toBe("ADJ");
  });

  it("reads a base form the tagger takes for an adverb as a verb after a modal or 'to', before an object", () => {
    const word = (text: string) => sentencesOf(text)[0].tokens.find((t) => t.text === "back");
    expect(word("The farmers' union would not back the new levy.")).toMatchObject({ pos: "VERB", lemma: "back" });
    expect(word("Two senators voted to back it.")).toMatchObject({ pos: "VERB", lemma: "back" });
    expect(word("The minister refused to back down.")?.pos).not.toBe("VERB");
    const lower = sentencesOf("The bank would not lower its rates.")[0].tokens.find((t) => t.text === "lower");
    expect(lower).toMatchObject({ pos: "VERB", lemma: "lower" });
  });

  it("gives a word read again the lemma of its tag, not the one remembered for another", () => {
    const text = "Farmers marched on the capital. The marches grew as farmers marched again. Even bigger marches followed.";
    const lemmas = () => sentencesOf(text).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`));
    const first = lemmas();
    expect(first).toEqual(expect.arrayContaining(["marched/VERB/march", "marches/NOUN/march", "farmers/NOUN/farmer", "bigger/ADJ/big"]));
    expect(lemmas()).toEqual(first);
  });

  it("gives the parts of a contraction their own lemmas", () => {
    const text = "It's Kenya's plan. They won't go, and talks resumed as the envoys said they would resume talks.";
    const lemmas = sentencesOf(text).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`));
    expect(lemmas).toEqual(expect.arrayContaining(["'s/AUX/be", "'s/PART/'s", "wo/AUX/will", "n't/PART/not", "resumed/VERB/resume", "talks/NOUN/talk"]));
  });

  it("never joins two lines into one sentence", () => {
    const text = "Section one without a stop\nThe second line has its own sentence.";
    const sentences = tokenize({ doc: { id: "t", text }, text });
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Section one without a stop", "The second line has its own sentence."]);
  });

  it("normalises typographic quotes", () => {
    const [s] = sentencesOf("Kenya’s envoy left.");
    expect(s.tokens.map((t) => t.norm)).toContain("'s");
  });
});

describe("tokenize on hostile text", () => {
  it("a long line of expanded contractions keeps every token's offsets", () => {
    const text = "They won't and can't stop. ".repeat(5_000);
    for (const s of sentencesOf(text)) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
