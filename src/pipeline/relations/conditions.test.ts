// Conditions an actor sets on its own act demand what they wait for: sentences of our own.
import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";

/** Claims of a text as "source -relation-> target" lines. */
const claims = (text: string) => {
  const { entities, claims } = extract({ id: "t", text });
  const label = (id: number) => entities.find((e) => e.id === id)?.label;
  return claims.map((c) => `${label(c.source)} -${c.relation}${c.negated ? "/negated" : ""}-> ${label(c.target)}`);
};

describe("conditions set on one's own act", () => {
  it("demands the act an 'unless' clause waits for, of a threat or an announced act", () => {
    expect(claims("Chile threatened to boycott the summit unless Peru opened its grain market.")).toContain("Chile -demanded-> open grain market");
    expect(claims("Chile said it would block the border unless Peru reopened talks.")).toContain("Chile -demanded-> reopen talks");
  });

  it("demands what a refusal waits for with 'until', not what a stay lasts until", () => {
    expect(claims("Chile said it would not lift the ban until Peru agreed to a standard contract.")).toContain("Chile -demanded-> standard contract");
    expect(claims("Chile said it would keep its troops in Haiti until Peru deployed its force.").filter((c) => c.includes("demanded"))).toEqual([]);
  });

  it("reads 'if' with a negation or a refusal, and 'only if', but not a plain 'if'", () => {
    expect(claims("Chile said it would block the border if Peru did not reopen talks.")).toContain("Chile -demanded-> reopen talks");
    expect(claims("Chile said it would end the blockade only if Peru released the prisoners.")).toContain("Chile -demanded-> release prisoners");
    expect(claims("Chile said it would end what it calls a blockade only if Peru released the prisoners.")).toContain("Chile -demanded-> release prisoners");
    expect(claims("Chile said it would not reopen the border until prices fell and Peru released the prisoners.")).toContain("Chile -demanded-> release prisoners");
    expect(claims("Chile said it would raise tariffs if Peru raised its own.").filter((c) => c.includes("demanded"))).toEqual([]);
  });

  it("rejects the act a threat is set off by with a plain 'if'", () => {
    expect(claims("The Dockers Union threatened street protests if Peru froze public sector wages.")).toContain("Dockers Union -rejected-> freeze public sector wages");
    expect(claims("The Dockers Union said its members would strike if Peru cut public sector jobs.")).toContain("Dockers Union -rejected-> cut public sector jobs");
    // An act announced that threatens no one opposes nothing.
    expect(claims("Chile said it would raise tariffs if Peru raised its own.").filter((c) => c.includes("rejected"))).toEqual([]);
  });

  it("rejects a measure it waits to see undone", () => {
    expect(claims("Peru passed a mining law. Chile said it would boycott the talks until the law was repealed.")).toContain("Chile -rejected-> mining law");
    expect(claims("Peru signed a port deal with Bolivia. Chile said it would recall its envoy unless Peru withdrew the port deal.")).toContain("Chile -rejected-> port deal with Bolivia");
  });

  it("gives the demand to the speaker who reports the condition, and each act coordinated in it", () => {
    const read = claims("Ana Ruiz said Chile would not lift the ban until Peru agreed to a standard contract and opened a shelter.");
    expect(read).toContain("Ana Ruiz -demanded-> standard contract");
    expect(read).toContain("Ana Ruiz -demanded-> open shelter");
  });

  it("demands no act of a thing ('if fighting did not resume'), nor the actor's own, nor one it asked for already", () => {
    expect(claims("Chile threatened to quit the coalition if fighting did not resume.").filter((c) => c.includes("demanded"))).toEqual([]);
    expect(claims("Chile vowed to fight until it regained the islands.").filter((c) => c.includes("demanded"))).toEqual([]);
    const read = claims("Chile called for an inquiry and said it would boycott the session unless the inquiry was set up.");
    expect(read.filter((c) => c.includes("demanded"))).toEqual(["Chile -demanded-> inquiry"]);
  });

  it("joins the act waited for to the measure named before by a noun of its act or its object's head", () => {
    const read = claims("Peru presented a withdrawal plan. Chile said it would not reopen the border until Peru withdrew from the valley.");
    expect(read).toContain("Chile -demanded-> withdrawal plan");
    expect(read.some((c) => c.includes("withdraw valley"))).toBe(false);
    const pulled = claims("Chile called for the withdrawal of Peruvian police. Chile said it would not talk until Peru pulled its police units out.");
    expect(pulled).toContain("Chile -demanded-> withdrawal of Peruvian police");
    expect(pulled.some((c) => c.includes("pull"))).toBe(false);
  });
});
