// Who heads or serves a side takes the stands they report of it: sentences of our own.
import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";

/** Claims of a text as "source -relation-> target" lines. */
const claims = (text: string) => {
  const { entities, claims } = extract({ id: "t", text });
  const label = (id: number) => entities.find((e) => e.id === id)?.label;
  return claims.map((c) => `${label(c.source)} -${c.relation}-> ${label(c.target)}`);
};

describe("stands a speaker reports of its own side", () => {
  it("gives a minister the stand on a measure they report of their state", () => {
    const read = claims("Chilean Finance Minister Ana Ruiz said the government would not accept the tariff.");
    expect(read).toContain("Chile -rejected-> tariff");
    expect(read).toContain("Ana Ruiz -rejected-> tariff");
    expect(claims("Chilean Finance Minister Ana Ruiz said Santiago was open to a new tariff deal.")).toContain("Ana Ruiz -supported-> tariff deal");
  });

  it("gives a minister the act they announce their state will take, but not one it has done", () => {
    const read = claims("Chilean Finance Minister Ana Ruiz said Santiago was ready to build a new dam on the river.");
    expect(read.join()).toMatch(/Chile -proposed-> build/);
    expect(read.join()).toMatch(/Ana Ruiz -proposed-> build/);
    expect(claims("Chilean Finance Minister Ana Ruiz said Santiago had put forward a new tariff plan.").join()).not.toMatch(/Ana Ruiz -proposed/);
  });

  it("leaves a spokesperson and a stand named before the report", () => {
    expect(claims("Chinese foreign ministry spokesman Li Wei said Beijing would not accept the tariff.").join()).not.toMatch(/Li Wei -rejected/);
    expect(claims("Chile backed the plan, Chilean President Ana Ruiz said.").join()).not.toMatch(/Ana Ruiz -supported/);
  });

  it("gives the body a spokesperson speaks for the spokesperson's stands", () => {
    const read = claims("The IMF criticised the plan. Its spokeswoman, Anne Sorensen, urged Argentina to let the peso float.");
    expect(read).toContain("Anne Sorensen -demanded-> let peso float");
    expect(read).toContain("International Monetary Fund -demanded-> let peso float");
  });
});
