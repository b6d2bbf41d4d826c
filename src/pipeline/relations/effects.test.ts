// What a speaker says a measure does or would do is a stand on it: sentences of our own.
import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";

/** Claims of a text as "source -relation-> target" lines. */
const claims = (text: string) => {
  const { entities, claims } = extract({ id: "t", text });
  const label = (id: number) => entities.find((e) => e.id === id)?.label;
  return claims.map((c) => `${label(c.source)} -${c.relation}-> ${label(c.target)}`);
};

describe("effects a speaker reports of a measure", () => {
  it("criticises a measure said to harm and supports one said to help, also past a first verb", () => {
    expect(claims("Greenpeace said the mining law would isolate the region.")).toEqual(["Greenpeace -criticised-> mining law"]);
    expect(claims("Greenpeace said the bill breached the treaty.")).toEqual(["Greenpeace -criticised-> bill"]);
    expect(claims("Chile said the deal would protect thousands of jobs.")).toEqual(["Chile -supported-> deal"]);
    expect(claims("Chile said the deal would make trade easier and strengthen the peso.")).toEqual(["Chile -supported-> deal"]);
  });

  it("reads a harm said by a phrasal verb with its particle", () => {
    expect(claims("Greenpeace said the mining levy would scare away investors.")).toEqual(["Greenpeace -criticised-> mining levy"]);
    expect(claims("Chile said the export tax would drive up prices.")).toEqual([]);
  });

  it("takes no stand on an effect denied, done to the measure, or had by an actor", () => {
    expect(claims("Chile said the tariff would not hurt farmers.")).toEqual([]);
    expect(claims("Chile said the court's independence was protected by the constitution.")).toEqual([]);
    expect(claims("Chile said Peru would hurt its farmers.")).toEqual([]);
  });
});

describe("the clause a speaker reports", () => {
  it("starts past whoever is told, who is no target of the stand", () => {
    expect(claims("Ana Lucero told reporters that the mining law was unfair.")).toEqual(["Ana Lucero -criticised-> mining law"]);
    expect(claims("Ana Lucero told Reuters the mining law was unfair.")).toEqual(["Ana Lucero -criticised-> mining law"]);
    expect(claims("Ana Lucero told the Senate that the mining law would isolate the region.")).toEqual(["Ana Lucero -criticised-> mining law"]);
    expect(claims("Ana Lucero told him the mining law was a mistake.")).toEqual(["Ana Lucero -criticised-> mining law"]);
  });
});
