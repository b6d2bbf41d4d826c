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

  it("names what a verb of giving gives, not the name it is given to", () => {
    const tokens = tokensOf("Japan offered to send Ukraine more air defence systems.");
    expect(verbPhraseLabel(tokens, at(tokens, "send"), tokens.length - 1)).toBe("send more air defence systems");
    const named = tokensOf("Chile agreed to send Peru Airlines a notice.");
    expect(verbPhraseLabel(named, at(named, "send"), named.length - 1)).toBe("send notice");
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

  it("keeps the terms an act is done on, and a participle that modifies a noun", () => {
    const sold = tokensOf("Peru offered to sell wheat to Bolivia at a fixed price.");
    expect(verbPhraseLabel(sold, at(sold, "sell"), sold.length - 1)).toBe("sell wheat to bolivia at fixed price");
    const played = tokensOf("The union asked the league to let the team compete under a neutral flag.");
    expect(verbPhraseLabel(played, at(played, "let"), played.length - 1)).toBe("let team compete under neutral flag");
    const used = tokensOf("Kenya asked the council to use assessed contributions for the force.");
    expect(verbPhraseLabel(used, at(used, "use"), used.length - 1)).toBe("use assessed contributions for force");
    // A rate is a count the label leaves out, and a named place says where, not on what terms.
    const capped = tokensOf("Chile agreed to cap the commission at 10 percent.");
    expect(verbPhraseLabel(capped, at(capped, "cap"), capped.length - 1)).toBe("cap commission");
    const hosted = tokensOf("Chile offered to meet the envoys at State House.");
    expect(verbPhraseLabel(hosted, at(hosted, "meet"), hosted.length - 1)).toBe("meet envoys");
    // What an act gives a party it names is part of it; what replaces an object is not.
    const helped = tokensOf("Chile was ready to help Bolivia with wheat and fuel.");
    expect(verbPhraseLabel(helped, at(helped, "help"), helped.length - 1)).toBe("help bolivia with wheat");
    const replaced = tokensOf("Chile plans to replace its troops with trained police.");
    expect(verbPhraseLabel(replaced, at(replaced, "replace"), replaced.length - 1)).toBe("replace troops");
    // Whence an act takes its object is a place, no term of it.
    const pulled = tokensOf("Chile agreed to withdraw its troops from the border.");
    expect(verbPhraseLabel(pulled, at(pulled, "withdraw"), pulled.length - 1)).toBe("withdraw troops");
    // A verb alone has no terms to keep: "meet at the border" names no act of its own.
    const met = tokensOf("Chile offered to meet at the border.");
    expect(verbPhraseLabel(met, at(met, "meet"), met.length - 1)).toBe("");
  });
});
