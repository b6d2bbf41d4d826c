// Acts done "in protest" at a measure: sentences of our own.
import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";

/** Claims of a text as "source -relation-> target" lines. */
const claims = (text: string) => {
  const { entities, claims } = extract({ id: "t", text });
  const label = (id: number) => entities.find((e) => e.id === id)?.label;
  return claims.map((c) => `${label(c.source)} -${c.relation}-> ${label(c.target)}`);
};

describe("acts done in protest", () => {
  it("gives the clause's subject a protest against the measure after 'in protest at', 'against' or 'over'", () => {
    expect(claims("The Farmers Party left the coalition in protest at the fuel levy.")).toEqual(["Farmers Party -protested-> fuel levy"]);
    expect(claims("The Farmers Party pulled its two ministers out of the cabinet in protest over a pension reform.")).toEqual(["Farmers Party -protested-> pension reform"]);
    expect(claims("Nurses walked out in protest against the pay freeze.")).toEqual(["nurses -protested-> pay freeze"]);
  });

  it("makes no measure of the protest itself", () => {
    expect(claims("Nurses walked out in protest.")).toEqual([]);
  });
});
