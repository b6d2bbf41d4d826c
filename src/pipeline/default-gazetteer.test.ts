import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "./default-gazetteer.js";
import { nameHash } from "./gazetteer.js";

const words = (s: string) => s.split(" ").map((norm) => ({ norm }));
const hashOf = (s: string) => [...s].reduce((hash, c) => nameHash(hash, c.charCodeAt(0)), 0);

describe("default gazetteer", () => {
  const g = defaultGazetteer();

  it("finds organisation heads in any case", () => {
    for (const w of ["Agency", "agency", "AGENCY", "aGeNcY", "Technologies"]) expect(g.isOrganisationHead(w)).toBe(true);
    for (const w of ["Agencies!", "Agenc", "", "Ágency", "Reporter"]) expect(g.isOrganisationHead(w)).toBe(false);
  });

  it("finds the longest title starting at a word", () => {
    expect(g.roleAt(words("the vice president said"), 1)).toMatchObject({ length: 2, role: { title: "vice president" } });
    expect(g.roleAt(words("the former vice president said"), 1)?.length).toBe(3);
    expect(g.roleAt(words("the vice-president said"), 1)?.role.title).toBe("vice president");
    expect(g.roleAt(words("the vice said"), 1)).toBeUndefined();
    expect(g.roleAt(words("the president"), 0)).toBeUndefined();
  });

  it("holds a company, lobby or party of a state outside it, a central bank or agency as its part", () => {
    for (const name of ["Deutsche Bank", "Keidanren", "African National Congress"]) expect(g.name(name)).toMatchObject({ state: expect.any(String), outsideState: true });
    for (const name of ["Bank of Japan", "Bundeskartellamt"]) expect(g.name(name)?.outsideState).toBeUndefined();
  });

  it("knows of a first word the name it is alone and whether its longer names all go on with a space and a capital", () => {
    expect(g.nameLengthsFrom("Kenya")?.alone?.canonical).toBe("Kenya");
    expect(g.nameLengthsFrom("the")?.alone).toBeUndefined();
    expect(g.nameLengthsFrom("the")?.goesOnCapitalised).toBe(true);
    // "Guinea-Bissau" goes on with a hyphen.
    expect(g.nameLengthsFrom("Guinea")?.goesOnCapitalised).toBe(false);
  });

  it("rules out by its hash a stretch of text that is no name, never a name", () => {
    for (const name of ["Kenya", "the UN", "European Union", "Kyiv"]) {
      expect(g.name(name)).toBeDefined();
      expect(g.mayBeName(hashOf(name))).toBe(true);
    }
    expect(["the talks", "the army", "Tuesday morning"].filter((s) => g.mayBeName(hashOf(s)))).toEqual([]);
  });
});
