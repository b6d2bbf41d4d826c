import { describe, expect, it } from "vitest";
import {
  ambiguity,
  ambiguousNames,
  bodies,
  lookupBody,
  lookupDemonym,
  lookupHonorific,
  lookupName,
  lookupNationalBody,
  lookupRole,
  maxNameWords,
  normaliseName,
  organisations,
  places,
  roles,
  stateByIso3,
  states,
} from "./index.js";

const ORGANISATION_KINDS = ["intergovernmental", "financial", "court", "armed group", "movement", "party", "media", "company", "ngo", "government agency", "religious", "sports"];
const PLACE_KINDS = ["continent", "region", "territory", "sea", "strait", "canal", "island", "river", "lake", "mountain", "desert", "border", "facility"];
const RELATIONS = ["leader_of", "member_of", "spokesperson_of"];
const BODY_CATEGORIES = ["ministry", "agency", "legislature", "executive", "military", "security", "financial", "judiciary", "delegation", "diplomatic", "media", "party"];

/** A clean string list: trimmed, non-empty, no repeats. */
function expectNames(list: unknown): void {
  expect(Array.isArray(list)).toBe(true);
  const names = list as unknown[];
  for (const name of names) {
    expect(typeof name).toBe("string");
    expect((name as string).trim()).toBe(name);
    expect((name as string).length).toBeGreaterThan(0);
  }
  expect(new Set(names).size).toBe(names.length);
}

describe("schema of the data files", () => {
  it("states.json", () => {
    for (const s of states) {
      expect(Object.keys(s).sort()).toEqual(["aliases", "capital", "capitalAliases", "demonyms", "iso2", "iso3", "name", "regions", "seatCities", "seats"]);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.capital.length).toBeGreaterThan(0);
      for (const list of [s.aliases, s.capitalAliases, s.seatCities, s.regions, s.demonyms.adjective, s.demonyms.people]) expectNames(list);
      for (const seat of s.seats) {
        expect(Object.keys(seat).sort()).toEqual(["aliases", "body", "name", "type"]);
        expectNames([seat.name, ...seat.aliases]);
        expect(seat.type).toBe("organisation");
      }
    }
  });

  it("organisations.json", () => {
    for (const o of organisations) {
      expect(["aliases", "kind", "name", "partOf", "seatCities", "state"]).toEqual(expect.arrayContaining(Object.keys(o)));
      expectNames([o.name, ...o.aliases]);
      expect(ORGANISATION_KINDS).toContain(o.kind);
      if (o.state !== undefined) expect(stateByIso3(o.state)?.iso3).toBe(o.state);
      // The whole a body is part of is an organisation of the lexicon too.
      if (o.partOf !== undefined) expect(organisations.map((w) => w.name)).toContain(o.partOf);
    }
  });

  it("places.json", () => {
    for (const c of places.cities) {
      expectNames([c.name, ...c.aliases]);
      expect(stateByIso3(c.state)).toBeDefined();
    }
    for (const p of places.regions) {
      expectNames([p.name, ...p.aliases]);
      expect(PLACE_KINDS).toContain(p.kind);
      if (p.state !== undefined) expect(stateByIso3(p.state)).toBeDefined();
    }
  });

  it("roles.json", () => {
    for (const r of roles.roles) {
      expect(r.title === r.title.toLowerCase() || /^[A-Z]+$/.test(r.title), r.title).toBe(true);
      expect(RELATIONS).toContain(r.relation);
      expect(typeof r.precedesName).toBe("boolean");
      expectNames([r.title, ...r.variants]);
      if (r.abbreviations) expectNames(r.abbreviations);
    }
    for (const p of roles.portfolios) expectNames([p.name, ...p.variants]);
    const titles = new Set(roles.roles.map((r) => r.title));
    for (const h of roles.honorifics) {
      expectNames([h.form, ...h.variants]);
      if (h.role) expect(titles).toContain(h.role);
    }
    expectNames(roles.modifiers);
  });

  it("bodies.json", () => {
    for (const h of bodies.heads) {
      expect(h.noun).toBe(h.noun.toLowerCase());
      expect(BODY_CATEGORIES).toContain(h.category);
      expect(typeof h.actsAsState).toBe("boolean");
      expect(typeof h.takesPortfolio).toBe("boolean");
      expectNames([h.noun, ...h.variants]);
    }
    for (const p of bodies.patterns) expect(p.pattern).toMatch(/\{head\}/);
  });
});

describe("states", () => {
  it("holds every UN member and the four others", () => {
    expect(states.length).toBeGreaterThanOrEqual(197);
    for (const iso3 of ["VAT", "PSE", "XKX", "TWN", "USA", "TUV", "SSD", "CIV", "PRK", "KOR"]) expect(stateByIso3(iso3)).toBeDefined();
  });

  it("has unique codes and no name or alias shared between two states", () => {
    expect(new Set(states.map((s) => s.iso3)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.iso2)).size).toBe(states.length);
    const owner = new Map<string, string>();
    for (const s of states) {
      for (const form of [s.name, ...s.aliases].map(normaliseName)) {
        expect(owner.get(form) ?? s.iso3, form).toBe(s.iso3);
        owner.set(form, s.iso3);
      }
    }
  });

  it("maps every demonym to exactly one state", () => {
    const owner = new Map<string, string>();
    for (const s of states) {
      for (const form of [...s.demonyms.adjective, ...s.demonyms.people]) {
        expect(owner.get(form) ?? s.iso3, form).toBe(s.iso3);
        owner.set(form, s.iso3);
        expect(lookupDemonym(form)?.state.iso3).toBe(s.iso3);
      }
    }
  });

  it("gives a name to only one entry, except a capital named like its state", () => {
    const seen = new Map<string, string>();
    const claim = (form: string, owner: string) => {
      const key = normaliseName(form);
      const previous = seen.get(key);
      if (previous !== undefined && previous !== owner) expect.fail(`${form} is both ${previous} and ${owner}`);
      seen.set(key, owner);
    };
    for (const s of states) for (const f of [s.name, ...s.aliases]) claim(f, `state ${s.iso3}`);
    for (const s of states) for (const f of [s.capital, ...s.capitalAliases, ...s.seatCities]) if (seen.get(normaliseName(f)) !== `state ${s.iso3}`) claim(f, `capital ${s.iso3}`);
    for (const o of organisations) for (const f of [o.name, ...o.aliases]) claim(f, `organisation ${o.name}`);
    for (const s of states) for (const seat of s.seats) for (const f of [seat.name, ...seat.aliases]) claim(f, `seat ${seat.name}`);
    for (const p of places.regions) for (const f of [p.name, ...p.aliases]) claim(f, `place ${p.name}`);
    for (const c of places.cities) for (const f of [c.name, ...c.aliases]) claim(f, `city ${c.name}`);
    for (const s of states) for (const r of s.regions) claim(r, `region ${s.iso3}`);
  });
});

describe("lookupName", () => {
  const hit = (surface: string) => {
    const found = lookupName(surface);
    if (!found) expect.fail(`no hit for ${surface}`);
    return { kind: found.kind, entityType: found.entityType, canonical: found.canonical, state: found.state?.iso3 };
  };

  // [surface, kind, canonical, state iso3]: forms from every continent and of every kind.
  const cases: Array<[string, string, string, string | undefined]> = [
    ["U.S.", "state", "United States", "USA"],
    ["Britain", "state", "United Kingdom", "GBR"],
    ["Russian Federation", "state", "Russia", "RUS"],
    ["Côte d'Ivoire", "state", "Ivory Coast", "CIV"],
    ["Cote d\u2019Ivoire", "state", "Ivory Coast", "CIV"],
    ["DRC", "state", "Democratic Republic of the Congo", "COD"],
    ["Burma", "state", "Myanmar", "MMR"],
    ["Türkiye", "state", "Turkey", "TUR"],
    ["DPRK", "state", "North Korea", "PRK"],
    ["Aotearoa", "state", "New Zealand", "NZL"],
    ["Holy See", "state", "Vatican City", "VAT"],
    ["The Gambia", "state", "Gambia", "GMB"],
    ["Kiev", "capital", "Kyiv", "UKR"],
    ["Brasilia", "capital", "Brasília", "BRA"],
    ["Naypyitaw", "capital", "Naypyidaw", "MMR"],
    ["Addis Ababa", "capital", "Addis Ababa", "ETH"],
    ["La Paz", "capital", "La Paz", "BOL"],
    ["The Hague", "capital", "The Hague", "NLD"],
    ["the Kremlin", "seat", "Kremlin", "RUS"],
    ["White House", "seat", "White House", "USA"],
    ["Downing Street", "seat", "Downing Street", "GBR"],
    ["Elysee", "seat", "Élysée", "FRA"],
    ["Élysée Palace", "seat", "Élysée", "FRA"],
    ["No. 10", "seat", "Downing Street", "GBR"],
    ["Zhongnanhai", "seat", "Zhongnanhai", "CHN"],
    ["Blue House", "seat", "Blue House", "KOR"],
    ["Planalto", "seat", "Planalto", "BRA"],
    ["Aso Rock", "seat", "Aso Rock", "NGA"],
    ["Knesset", "seat", "Knesset", "ISR"],
    ["NATO", "organisation", "NATO", undefined],
    ["North Atlantic Treaty Organization", "organisation", "NATO", undefined],
    ["ECOWAS", "organisation", "Economic Community of West African States", undefined],
    ["Hezbollah", "organisation", "Hezbollah", "LBN"],
    ["ICC", "organisation", "International Criminal Court", undefined],
    ["Xinhua", "organisation", "Xinhua", "CHN"],
    ["Bombay", "city", "Mumbai", "IND"],
    ["Kharkov", "city", "Kharkiv", "UKR"],
    ["Sao Paulo", "city", "São Paulo", "BRA"],
    ["Lagos", "city", "Lagos", "NGA"],
    ["Gaza Strip", "place", "Gaza Strip", "PSE"],
    ["Donbass", "place", "Donbas", "UKR"],
    ["Crimea", "place", "Crimea", "UKR"],
    ["Sahel", "place", "Sahel", undefined],
    ["Red Sea", "place", "Red Sea", undefined],
    ["California", "region", "California", "USA"],
  ];
  it.each(cases)("%s is %s %s (%s)", (surface, kind, canonical, state) => {
    expect(hit(surface)).toMatchObject({ kind, canonical, state });
  });

  it("types each kind of hit", () => {
    const types = { state: "state", capital: "place", seat: "organisation", organisation: "organisation", city: "place", place: "place", region: "place" };
    for (const [surface, kind] of cases) expect(hit(surface).entityType).toBe(types[kind as keyof typeof types]);
  });

  it("keeps forms the data spells with 'the' from matching without it", () => {
    expect(hit("the West").canonical).toBe("Western world");
    expect(lookupName("West")).toBeUndefined();
    expect(lookupName("us")).toBeUndefined();
    expect(lookupName("Liberation")).toBeUndefined();
    expect(lookupName("Island")).toBeUndefined();
    expect(lookupName("Nowhereland")).toBeUndefined();
    expect(maxNameWords).toBeGreaterThanOrEqual(5);
  });
});

describe("ambiguous names", () => {
  it("flags only forms the lexicon holds, with a known reason", () => {
    expect(ambiguousNames.length).toBeGreaterThan(50);
    for (const a of ambiguousNames) {
      expect(lookupName(a.form), a.form).toBeDefined();
      expect(["given name", "surname", "common word"]).toContain(a.reason);
    }
    expect(ambiguity("Chad")).toBe("given name");
    expect(ambiguity("Houston")).toBe("surname");
    expect(ambiguity("Turkey")).toBe("common word");
    expect(ambiguity("Ukraine")).toBeUndefined();
  });
});

describe("lookupDemonym", () => {
  it("maps adjectives and people to states", () => {
    expect(lookupDemonym("Ukrainian")).toMatchObject({ state: { iso3: "UKR" }, form: "adjective" });
    expect(lookupDemonym("Russians")).toMatchObject({ state: { iso3: "RUS" }, form: "people" });
    expect(lookupDemonym("Briton")?.state.iso3).toBe("GBR");
    expect(lookupDemonym("Emirati")?.state.iso3).toBe("ARE");
    expect(lookupDemonym("Filipino")?.state.iso3).toBe("PHL");
    expect(lookupDemonym("Congolese")?.state.iso3).toBe("COD");
    expect(lookupDemonym("Saudi")?.state.iso3).toBe("SAU");
    expect(lookupDemonym("Kenyan")?.state.iso3).toBe("KEN");
    expect(lookupDemonym("Argentine")?.state.iso3).toBe("ARG");
  });
});

describe("lookupRole", () => {
  it("recognises titles in either word order and spelling", () => {
    expect(lookupRole("Defence Minister")).toMatchObject({ role: { title: "defence minister" }, relation: "member_of", portfolio: { name: "defence" } });
    expect(lookupRole("defense minister")?.role.title).toBe("defence minister");
    expect(lookupRole("Minister of Foreign Affairs")).toMatchObject({ role: { title: "foreign minister" }, portfolio: { name: "foreign" } });
    expect(lookupRole("Minister for Veterans Affairs")).toMatchObject({ role: { title: "minister" }, portfolio: { name: "veterans" } });
    expect(lookupRole("spokeswoman")?.relation).toBe("spokesperson_of");
    expect(lookupRole("press secretary")?.relation).toBe("spokesperson_of");
    expect(lookupRole("Supreme Leader")?.relation).toBe("leader_of");
    expect(lookupRole("secretary general")?.role.title).toBe("secretary-general");
    expect(lookupRole("Lt. Gen.")?.role.title).toBe("lieutenant general");
    expect(lookupRole("President-elect")?.relation).toBe("leader_of");
    expect(lookupRole("weather")).toBeUndefined();
  });

  it("reads modifiers and demotes a deputy of a leader to member", () => {
    expect(lookupRole("deputy head of delegation")).toMatchObject({ role: { title: "head of delegation" }, relation: "member_of", modifiers: ["deputy"] });
    expect(lookupRole("delegation head")?.relation).toBe("leader_of");
    expect(lookupRole("acting president")).toMatchObject({ relation: "leader_of", modifiers: ["acting"] });
    expect(lookupRole("ex-president")?.modifiers).toEqual(["ex-"]);
    expect(lookupRole("former deputy foreign minister")).toMatchObject({ role: { title: "deputy foreign minister" }, portfolio: { name: "foreign" }, modifiers: ["former"] });
    expect(lookupRole("acting Foreign Ministry spokeswoman")).toMatchObject({
      role: { title: "spokeswoman" },
      relation: "spokesperson_of",
      modifiers: ["acting"],
      body: { head: { noun: "ministry" }, portfolio: { name: "foreign" } },
    });
    expect(lookupRole("deputy army commander")).toMatchObject({ role: { title: "army chief" }, relation: "member_of" });
    expect(lookupRole("prime minister-designate")).toMatchObject({ role: { title: "prime minister" }, modifiers: ["-designate"] });
  });
});

describe("honorifics and bodies", () => {
  it("knows honorifics as written", () => {
    expect(lookupHonorific("Mr.")?.kind).toBe("courtesy");
    expect(lookupHonorific("Dr")?.kind).toBe("academic");
    expect(lookupHonorific("Gen.")?.role).toBe("general");
    expect(lookupHonorific("Sheikh")).toBeDefined();
    expect(lookupHonorific("Mister")?.form).toBe("Mr");
    expect(lookupHonorific("Table")).toBeUndefined();
  });

  it("types national bodies and links them to their state", () => {
    expect(lookupBody("government")?.head.actsAsState).toBe(true);
    expect(lookupBody("Ministry of Foreign Affairs")).toMatchObject({ head: { noun: "ministry" }, portfolio: { name: "foreign" } });
    expect(lookupNationalBody("the Russian Defence Ministry")).toMatchObject({ state: { iso3: "RUS" }, head: { noun: "ministry" }, portfolio: { name: "defence" } });
    expect(lookupNationalBody("Turkey's foreign ministry")).toMatchObject({ state: { iso3: "TUR" }, portfolio: { name: "foreign" }, body: "foreign ministry" });
    expect(lookupNationalBody("the Supreme Court of Chile")).toMatchObject({ state: { iso3: "CHL" }, body: "Supreme Court" });
    expect(lookupNationalBody("the parliament of Georgia")).toMatchObject({ state: { iso3: "GEO" }, head: { noun: "parliament" } });
    expect(lookupNationalBody("Ukrainian delegation")).toMatchObject({ state: { iso3: "UKR" }, head: { category: "delegation" } });
    expect(lookupNationalBody("Iranian state media")).toMatchObject({ state: { iso3: "IRN" }, head: { category: "media" } });
    expect(lookupNationalBody("South African armed forces")?.state.iso3).toBe("ZAF");
    expect(lookupNationalBody("the Russian people")).toBeUndefined();
  });
});
