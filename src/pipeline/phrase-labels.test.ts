// Labels of proposals named by verb and noun phrases (relations.ts), on sentences of our own.
import { describe, expect, it } from "vitest";
import { clean } from "./clean.js";
import { nounPhraseLabel, verbPhraseLabel } from "./relations.js";
import { tokenize } from "./tokenize.js";

const tokensOf = (text: string) => tokenize(clean({ id: "t", text }))[0].tokens;
const at = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.norm === word);

describe("proposal labels of phrases", () => {
  it("names a gerund's act with its object", () => {
    const tokens = tokensOf("Chile voted against closing the ports, its minister said.");
    expect(nounPhraseLabel(tokens, at(tokens, "closing"))).toBe("closing ports");
  });

  it("leaves time words out of a verb phrase", () => {
    const tokens = tokensOf("The junta promised to hold elections this year.");
    expect(verbPhraseLabel(tokens, at(tokens, "hold"), tokens.length - 1)).toBe("hold elections");
    const bare = tokensOf("The junta promised to hold this year.");
    expect(verbPhraseLabel(bare, at(bare, "hold"), bare.length - 1)).toBe("");
  });

  it("reads no object in a phrase of circumstance", () => {
    const tokens = tokensOf("He would not negotiate under pressure.");
    expect(verbPhraseLabel(tokens, at(tokens, "negotiate"), tokens.length - 1)).toBe("");
  });

  it("keeps a gerund that makes a compound with its noun", () => {
    const tokens = tokensOf("They urged both sides to return to the negotiating table.");
    expect(verbPhraseLabel(tokens, at(tokens, "return"), tokens.length - 1)).toBe("return negotiating table");
  });

  it("makes no measure of a count of people", () => {
    const tokens = tokensOf("The army evacuated thousands of residents.");
    expect(nounPhraseLabel(tokens, at(tokens, "thousands"))).toBe("");
  });

  it("keeps 'in' as the particle of a verb that takes it, not as a place or time", () => {
    const brought = tokensOf("Ghana asked the bloc to bring in safeguard quotas on rice.");
    expect(verbPhraseLabel(brought, at(brought, "bring"), brought.length - 1)).toBe("bring in quotas");
    const met = tokensOf("Ghana asked the bloc to meet in the capital.");
    expect(verbPhraseLabel(met, at(met, "meet"), met.length - 1)).not.toContain("in");
  });
});
