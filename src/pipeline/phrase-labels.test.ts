// Labels of proposals named by verb and noun phrases (relations.ts), on sentences of our own.
import { describe, expect, it } from "vitest";
import { clean } from "./clean.js";
import { nounPhraseLabel, verbPhraseLabel } from "./relations.js";
import { tokenize } from "./tokenize.js";

const tokensOf = (text: string) => tokenize(clean({ id: "t", text }))[0].tokens;
const at = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.norm === word);
/** The label of the verb phrase of `verb` in a one-sentence `text`, read to the sentence's last word. */
const actOf = (text: string, verb: string) => {
  const tokens = tokensOf(text);
  return verbPhraseLabel(tokens, at(tokens, verb), tokens.length - 1);
};

describe("proposal labels of phrases", () => {
  it("names a gerund's act with its object", () => {
    const tokens = tokensOf("Chile voted against closing the ports, its minister said.");
    expect(nounPhraseLabel(tokens, at(tokens, "closing"))).toBe("closing ports");
  });

  it("names what a verb of giving gives, not the name it is given to", () => {
    expect(actOf("Japan offered to send Ukraine more air defence systems.", "send")).toBe("send more air defence systems");
    expect(actOf("Chile agreed to send Peru Airlines a notice.", "send")).toBe("send notice");
  });

  it("leaves time words out of a verb phrase", () => {
    expect(actOf("The junta promised to hold elections this year.", "hold")).toBe("hold elections");
    expect(actOf("The junta promised to hold this year.", "hold")).toBe("");
  });

  it("keeps a 'no' that makes a measure its opposite, but not one that denies the verb", () => {
    expect(actOf("The opposition said it would file a motion of no confidence.", "file")).toBe("file motion of no confidence");
    const tokens = tokensOf("The opposition tabled a no-confidence motion.");
    expect(nounPhraseLabel(tokens, at(tokens, "motion"))).toBe("no confidence motion");
    const bare = tokensOf("They called for a no confidence vote.");
    expect(nounPhraseLabel(bare, at(bare, "vote"))).toBe("no confidence vote");
    const denied = tokensOf("They had no plans to meet.");
    expect(nounPhraseLabel(denied, at(denied, "plans"))).not.toContain("no");
  });

  it("reads a bare form after a possessive, where the object ends, as the noun it owns", () => {
    expect(actOf("Ghana said it would cover their pay from the reserve fund.", "cover")).toBe("cover pay");
    // A possessive's noun the tagger reads as a noun already.
    expect(actOf("Ghana said it would cover their salaries from the reserve fund.", "cover")).toBe("cover salaries");
  });

  it("reads no object in a phrase of circumstance", () => {
    expect(actOf("He would not negotiate under pressure.", "negotiate")).toBe("");
  });

  it("keeps a gerund that makes a compound with its noun", () => {
    expect(actOf("They urged both sides to return to the negotiating table.", "return")).toBe("return negotiating table");
  });

  it("makes no measure of a count of people", () => {
    const tokens = tokensOf("The army evacuated thousands of residents.");
    expect(nounPhraseLabel(tokens, at(tokens, "thousands"))).toBe("");
  });

  it("keeps 'in' as the particle of a verb that takes it, not as a place or time", () => {
    expect(actOf("Ghana asked the bloc to bring in safeguard quotas on rice.", "bring")).toBe("bring in quotas");
    expect(actOf("Ghana asked the bloc to meet in the capital.", "meet")).not.toContain("in");
  });

  it("keeps the terms an act is done on, and a participle that modifies a noun", () => {
    expect(actOf("Peru offered to sell wheat to Bolivia at a fixed price.", "sell")).toBe("sell wheat to Bolivia at fixed price");
    expect(actOf("The union asked the league to let the team compete under a neutral flag.", "let")).toBe("let team compete under neutral flag");
    expect(actOf("Kenya asked the council to use assessed contributions for the force.", "use")).toBe("use assessed contributions for force");
    // A rate is a count the label leaves out, and a named place says where, not on what terms.
    expect(actOf("Chile agreed to cap the commission at 10 percent.", "cap")).toBe("cap commission");
    expect(actOf("Chile offered to meet the envoys at State House.", "meet")).toBe("meet envoys");
    // What an act gives a party it names is part of it; what replaces an object is not.
    expect(actOf("Chile was ready to help Bolivia with wheat and fuel.", "help")).toBe("help Bolivia with wheat");
    expect(actOf("Chile plans to replace its troops with trained police.", "replace")).toBe("replace troops");
    // Whence an act takes its object is a place, no term of it.
    expect(actOf("Chile agreed to withdraw its troops from the border.", "withdraw")).toBe("withdraw troops");
    // A verb alone has no terms to keep: "meet at the border" names no act of its own.
    expect(actOf("Chile offered to meet at the border.", "meet")).toBe("");
  });

  it("keeps the case of the names in a verb phrase, and lowers every other word", () => {
    expect(actOf("The regulator cleared Norvik Systems to buy Tessaly Robotics last week.", "buy")).toBe("buy Tessaly Robotics");
    // A capitalised word the tagger reads as a common noun before a name is still part of the name.
    expect(actOf("The party urged Male to move its embassy to New Delhi.", "move")).toBe("move embassy to New Delhi");
  });
});
