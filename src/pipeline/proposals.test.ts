// Proposals named in news: which phrases name a measure, how far its name runs, and which claims reach it.
import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";

/** Claims of a text as "source -relation-> target" lines. */
const claims = (text: string) => {
  const { entities, claims } = extract({ id: "t", text });
  const label = (id: number) => entities.find((e) => e.id === id)?.label;
  return claims.map((c) => `${label(c.source)} -${c.relation}-> ${label(c.target)}`);
};

describe("proposals", () => {
  it("names levies, limits, fines and changes in an amount as measures, with what they change", () => {
    expect(claims("Fiji called for a levy on plastic producers.")).toEqual(["Fiji -demanded-> levy on plastic producers"]);
    expect(claims("Oxfam rejected the planned increase in value-added tax.")).toEqual(["Oxfam -rejected-> increase in value-added tax"]);
    expect(claims("Peru opposed any limit on the catch of anchovies.")).toEqual(["Peru -rejected-> limit on catch of anchovies"]);
    expect(claims("Greenpeace rejected the rise in fuel prices.")).toEqual(["Greenpeace -rejected-> rise in fuel prices"]);
    expect(claims("Norway criticised the fine.")).toEqual(["Norway -criticised-> fine"]);
  });

  it("keeps a gerund that names a kind of measure, not an act", () => {
    expect(claims("Oxfam is open to spending cuts.")).toEqual(["Oxfam -supported-> spending cuts"]);
    expect(claims("Chile called for a ban on fishing subsidies.")).toEqual(["Chile -demanded-> ban on fishing subsidies"]);
  });
});
