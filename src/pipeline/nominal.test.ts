import { describe, expect, it } from "vitest";
import { namesActOf } from "./nominal.js";

describe("namesActOf", () => {
  it("knows the regular nouns of a verb's act", () => {
    const pairs = [["postponement", "postpone"], ["meeting", "meet"], ["withdrawal", "withdraw"], ["suspension", "suspend"], ["negotiation", "negotiate"], ["adoption", "adopt"], ["ratification", "ratify"], ["privatisation", "privatise"], ["ban", "ban"], ["banning", "ban"], ["admission", "admit"], ["decision", "decide"], ["proposal", "propose"]];
    for (const [noun, verb] of pairs) expect(namesActOf(noun, verb), `${noun} / ${verb}`).toBe(true);
  });

  it("knows the irregular ones from the lexicon", () => {
    expect(namesActOf("sale", "sell")).toBe(true);
    expect(namesActOf("pullout", "withdraw")).toBe(true);
    expect(namesActOf("talk", "negotiate")).toBe(true);
  });

  it("takes no noun of another act for the verb's", () => {
    expect(namesActOf("suspension", "extend")).toBe(false);
    expect(namesActOf("meeting", "meat")).toBe(false);
    expect(namesActOf("rise", "raise")).toBe(false);
    expect(namesActOf("election", "postpone")).toBe(false);
  });
});
