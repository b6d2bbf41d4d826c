import { describe, expect, it } from "vitest";
import { clean } from "./clean.js";
import { defaultGazetteer } from "./default-gazetteer.js";
import { extract } from "./extract.js";
import { mentions } from "./mentions.js";
import { tokenize } from "./tokenize.js";
import type { Mention } from "./types.js";

const find = (text: string): Mention[] => {
  const cleaned = clean({ id: "t", text });
  return mentions(tokenize(cleaned), cleaned.text, { gazetteer: defaultGazetteer() });
};
const brief = (ms: Mention[]) => ms.map((m) => `${m.kind}:${m.canonical}`);
const personIn = (text: string) => find(text).find((m) => m.kind === "person");
const kindOf = (text: string, name: string) => find(text).find((m) => m.text === name)?.kind;
/** The mention of `text` whose canonical name is `canonical`. */
const mentionOf = (text: string, canonical: string) => find(text).find((m) => m.canonical === canonical);

describe("mentions", () => {
  it("names states, capitals and seats of government from the lexicons", () => {
    const ms = find("Nairobi said the Élysée and Britain disagreed.");
    expect(brief(ms)).toEqual(["state:Kenya", "organisation:Élysée", "state:United Kingdom"]);
    expect(ms[1].affiliation).toMatchObject({ canonical: "France", relation: "part_of" });
  });

  it("makes a grouping of states an actor named by the whole phrase, and leaves a group of people a crowd", () => {
    const actors = (text: string) => brief(find(text).filter((m) => m.kind === "organisation"));
    expect(actors("A bloc of low-lying coastal states urged faster cuts.")).toEqual(["organisation:bloc of low-lying coastal states"]);
    expect(actors("Talks stalled after a coalition of grain-exporting nations walked out.")).toEqual(["organisation:coalition of grain-exporting nations"]);
    expect(actors("Guards stopped a group of students at the gate.")).toEqual([]);
    expect(actors("A group of Caribbean island nations urged faster cuts.")).toEqual(["organisation:group of Caribbean island nations"]);
  });

  it("names a place no lexicon knows by its name alone, with or without a lower-case place noun", () => {
    const ms = find("Water was released from the Kelbara reservoir. Engineers inspected the Kelbara dam upstream of Kelbara.");
    expect(new Set(brief(ms).filter((m) => m.startsWith("place")))).toEqual(new Set(["place:Kelbara"]));
  });

  it("reads a region of no one state before a possessive or a lower-case noun as a modifier, not a place of the story", () => {
    const modifier = (text: string, name: string) => find(text).find((m) => m.canonical === name)?.modifier ?? false;
    expect(modifier("Chad, Africa's fifth-largest country, closed its border.", "Africa")).toBe(true);
    expect(modifier("The bank's head of Africa operations resigned.", "Africa")).toBe(true);
    expect(modifier("Workers sent home from the Gulf state said they were owed wages.", "Persian Gulf")).toBe(true);
    // Where something happens, and a place noun after the name, keep the place.
    expect(modifier("Tankers were seized in the Gulf on Friday.", "Persian Gulf")).toBe(false);
    expect(modifier("Drought hit farms across Africa.", "Africa")).toBe(false);
    expect(extract({ id: "t", text: "Chad, Africa's fifth-largest country, closed its border with Sudan." }).entities.map((e) => e.label)).not.toContain("Africa");
  });

  it("makes no place of a surname the text gives a person, after a locative", () => {
    const ms = find("Regional governor Anton Berisha denied any wrongdoing. Prosecutors opened an inquiry into Berisha. Troops moved into Kelbara.");
    expect(brief(ms).filter((m) => m.startsWith("person") || m.startsWith("place"))).toEqual(["person:Anton Berisha", "person:Berisha", "place:Kelbara"]);
  });

  it("makes no place of a region's adjective before a noun", () => {
    expect(brief(find("Atlantic fishing fleets sailed home. Ships crossed the Atlantic."))).toEqual(["place:Atlantic Ocean"]);
  });

  it("makes a place of an unknown name after a noun of a place and 'of' ('the municipality of X')", () => {
    expect(kindOf("The municipality of Harvik backed the wind farm.", "Harvik")).toBe("place");
    expect(kindOf("The town of Harvik backed the wind farm.", "Harvik")).toBe("place");
  });

  it("makes a capital after a locative a place of its state", () => {
    const [place] = find("The envoys met in Nairobi on Friday.").filter((m) => m.kind === "place");
    expect(place).toMatchObject({ canonical: "Nairobi", affiliation: { canonical: "Kenya" } });
  });

  it("leaves out of a name the word for a kind of firm that opens a sentence before it", () => {
    const firms = (text: string) => brief(find(text).filter((m) => m.kind === "organisation" || m.kind === "person"));
    expect(firms("Insurer Valdora Mutual said it would pay claims.")).toEqual(["organisation:Valdora Mutual"]);
    expect(firms("Steel group Korvan Works cut output. Shipping group Teral Lines said it would raise fares.")).toEqual(["organisation:Korvan Works", "organisation:Teral Lines"]);
    // A name that only opens the sentence keeps all its words.
    expect(firms("Senator Ruth Okafor met the insurer Valdora Mutual.")).toEqual(["person:Ruth Okafor", "organisation:Valdora Mutual"]);
  });

  it("names a group by a capitalised modifier and its group word, unless the group word modifies a noun after it", () => {
    const groups = (text: string) => brief(find(text).filter((m) => m.kind === "organisation"));
    expect(groups("Western allies urged restraint.")).toEqual(["organisation:Western allies"]);
    expect(groups("The Liberal opposition bloc, Union for Renewal, rejected the budget.")).toEqual(["organisation:Union for Renewal"]);
  });

  it("makes a fund manager's name an organisation by its last word ('Asset Management')", () => {
    expect(kindOf("Corvin Asset Management said it would vote against the offer.", "Corvin Asset Management")).toBe("organisation");
  });

  it("makes no name of a credit grade ('a BBB- rating', 'cut to BB+'), and keeps an acronym that is no grade", () => {
    const rated = brief(find("The agency warned of risks to Peru's BBB- rating."));
    expect(rated).toContain("state:Peru");
    expect(rated).not.toContainEqual(expect.stringContaining("BBB"));
    expect(brief(find("The agency cut Peru to BB+ on Friday."))).not.toContainEqual(expect.stringContaining("BB"));
    expect(brief(find("The BBC reported the cut."))).toContain("organisation:BBC");
  });

  it("makes an organisation of a name ending in a miner's or a rating agency's word, and none of the word opening a sentence alone", () => {
    const firms = (text: string) => brief(find(text).filter((m) => m.kind === "organisation" || m.kind === "person"));
    expect(firms("Perth-based Carrow Minerals said it would close the mine.")).toEqual(["organisation:Carrow Minerals"]);
    expect(firms("Dallin Ratings said the deficit raised risks.")).toEqual(["organisation:Dallin Ratings"]);
    expect(firms("Ratings agency Dallin said the deficit raised risks.")).toEqual(["organisation:Dallin"]);
  });

  it("reads a region's name the lexicon gives with 'the' as the start of a longer name after a preposition too", () => {
    expect(brief(find("The survey was funded by the Atlantic Fisheries Community."))).toEqual(["organisation:Atlantic Fisheries Community"]);
  });

  it("makes an organisation, not a person, of a name no lexicon knows that 'which' describes", () => {
    expect(kindOf("Tavora, which represents 2 million dockers, called a strike.", "Tavora")).toBe("organisation");
    expect(kindOf("The minister criticised Velmont, which supplies gas to the region.", "Velmont")).toBe("organisation");
    expect(kindOf("Officials met in Korabi, which lies on the coast.", "Korabi")).toBe("place");
    // A common noun opening the sentence is no organisation.
    expect(kindOf("Unemployment, which rose in May, hurt the young.", "Unemployment")).not.toBe("organisation");
  });

  it("makes no person of a plural common noun that opens a sentence, but keeps a surname spelt like one", () => {
    expect(brief(find("Rescuers searched the rubble in Turkey. Prices of bread rose. Women queued for water."))).toEqual(["state:Turkey"]);
    const ms = find("Finance Minister Dora Banks defended the budget. Banks said it would cut debt.");
    expect(ms.filter((m) => m.kind === "person").map((m) => m.text)).toEqual(["Dora Banks", "Banks"]);
  });

  it("makes a capital joined by 'and' to a place a place too", () => {
    const ms = find("The money was traced to accounts in Dubai and Nairobi.");
    expect(brief(ms)).toEqual(["place:Dubai", "place:Nairobi"]);
  });

  it("finds people by the titles before their names, with role and affiliation", () => {
    const [person] = find("Kenyan Foreign Minister Wanjiru Otieno arrived late.");
    expect(person).toMatchObject({ kind: "person", canonical: "Wanjiru Otieno", role: "Foreign Minister", affiliation: { canonical: "Kenya", relation: "member_of" } });
  });

  it("reads roles given after a name", () => {
    const [person] = find("Lena Berg, the spokeswoman for the European Commission, declined to comment.");
    expect(person).toMatchObject({ canonical: "Lena Berg", role: "spokeswoman", affiliation: { canonical: "European Commission", relation: "spokesperson_of" } });
  });

  it("lets a demonym and a government noun stand for the state", () => {
    const ms = find("Chilean negotiators and the Peruvian delegation left.");
    expect(brief(ms)).toEqual(["state:Chile", "state:Peru"]);
    expect(ms.every((m) => m.collective)).toBe(true);
  });

  it("lets a demonym's institutions stand for the state", () => {
    const ms = find("Donors asked Malagasy institutions to publish the audit.");
    expect(ms.find((m) => m.canonical === "Madagascar")).toMatchObject({ kind: "state", collective: true, text: "Malagasy institutions" });
  });

  it("lets forces a state leads stand for it, not forces it backs", () => {
    const led = find("Ugandan-led troops clashed with rebels near the lake.");
    expect(led.find((m) => m.canonical === "Uganda")).toMatchObject({ kind: "state", collective: true, text: "Ugandan-led troops" });
    expect(find("Ugandan-backed troops clashed with rebels near the lake.").find((m) => m.canonical === "Uganda")?.collective).toBeUndefined();
  });

  it("types national bodies and named organisations", () => {
    const ms = find("The Nigerian Defence Ministry and the Kenya Anti-Corruption Commission responded.");
    expect(brief(ms)).toEqual(["organisation:Nigerian Defence Ministry", "organisation:Kenya Anti-Corruption Commission"]);
  });

  it("labels proposals by their head noun and complements, without determiners or counts", () => {
    const ms = find("They discussed a much-delayed ban on coal exports and the release of 40 detainees.");
    expect(brief(ms.filter((m) => m.kind === "proposal"))).toEqual(["proposal:much-delayed ban on coal exports", "proposal:release of detainees"]);
  });

  it("marks pronouns with their kind", () => {
    const ms = find("She said they would sign it.");
    expect(ms.map((m) => m.pronoun)).toEqual(["person", "plural", "thing"]);
  });

  it("ignores page furniture", () => {
    expect(find("Markets Rally As Mexico And Canada Sign Trade Pact\nALSO READ: Chile Elects New Leader")).toEqual([]);
  });
});

describe("organisations and affiliations", () => {
  it("names no one by an adjective of a region or people", () => {
    const ms = find("The Central American bloc and Kurdish leaders in the region met on Monday.");
    expect(ms.filter((m) => m.kind === "person")).toEqual([]);
  });

  it("makes an organisation of a name whose possessive gives an organisation's title", () => {
    const ms = find("Tarvex's chief executive, Priya Anand, said the offer was too low.");
    expect(brief(ms).slice(0, 2)).toEqual(["organisation:Tarvex", "person:Priya Anand"]);
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Priya Anand", affiliation: { canonical: "Tarvex", relation: "leader_of" } });
  });

  it("lets the spokesman of a national body speak for its state", () => {
    const ms = find("Kenyan Foreign Ministry spokesman Otieno Kamau said Nairobi was ready.");
    expect(ms[0]).toMatchObject({ kind: "organisation", canonical: "Kenyan Foreign Ministry", body: true });
    expect(ms[1]).toMatchObject({ kind: "person", canonical: "Otieno Kamau", affiliation: { canonical: "Kenya", relation: "spokesperson_of" } });
  });

  it("reads an acronym spelt like a name particle as a name, standing for the organisation whose capitals it spells", () => {
    const ms = find("The Democratic Alliance walked out. Later, DA leader Pieter Smit said the party would return.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Pieter Smit", affiliation: { canonical: "Democratic Alliance", relation: "leader_of" } });
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Democratic Alliance", "Democratic Alliance"]);
  });

  it("reads an acronym that spells a name's links too ('BOT' for 'Bank of Thailand') as that organisation", () => {
    const ms = find("The Bank of Valdoria held rates. BOV Governor Ana Gomes said inflation was easing.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Bank of Valdoria", "Bank of Valdoria"]);
    expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Bank of Valdoria", relation: "leader_of" });
  });

  it("leaves an acronym alone when two organisations named before it share its capitals", () => {
    const ms = find("The Farmers Union and the Fishers Union met. FU leader Ana Gomes spoke first.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Farmers Union", "Fishers Union", "FU"]);
  });

  it("holds a title of a state's government in the state, and a spokesman after a portfolio still speaks for it", () => {
    const person = personIn("Ghanaian government spokesman Kwame Asante said Accra would wait.");
    expect(person).toMatchObject({ canonical: "Kwame Asante", affiliation: { canonical: "Ghana", entityType: "state", relation: "spokesperson_of" } });
    expect(personIn("Chile's foreign ministry spokeswoman, Ana Rojas, declined to comment.")).toMatchObject({ affiliation: { canonical: "Chile", relation: "spokesperson_of" } });
  });

  it("reads a title after three portfolio words, an adjective first, as a member's of the state before", () => {
    expect(personIn("Austria's federal consumer protection commissioner, Eva Gruber, objected.")).toMatchObject({ canonical: "Eva Gruber", affiliation: { canonical: "Austria", relation: "member_of" } });
    expect(personIn("Austrian federal consumer protection commissioner Eva Gruber objected.")).toMatchObject({ canonical: "Eva Gruber", affiliation: { canonical: "Austria", relation: "member_of" } });
  });
});

describe("names an organisation or a person goes by", () => {
  it("reads a lone head word or a company's name without its company word as the organisation named in full", () => {
    const ms = find("The Andean Development Commission met Tarvex Technologies. The Commission said Tarvex agreed.").filter((m) => m.kind === "organisation");
    expect(ms.map((m) => m.canonical)).toEqual(["Andean Development Commission", "Tarvex Technologies", "Andean Development Commission", "Tarvex Technologies"]);
  });

  it("makes a state's body the organisation of that state named with the body's describing word", () => {
    const ms = find("India's competition regulator fined the bank. The Competition Commission of India said the fine was fair.");
    expect(ms[0]).toMatchObject({ kind: "organisation", canonical: "Competition Commission of India", body: true });
  });

  it("does so too when the name is spelt out before its acronym in brackets", () => {
    const ms = find("Kenya's central bank raised rates. The Central Bank of the Republic of Kenya (CBRK) said inflation would slow.");
    expect(ms[0]).toMatchObject({ kind: "organisation", canonical: "Central Bank of the Republic of Kenya" });
  });

  it("makes a firm of a name joined by an ampersand, never a person", () => {
    expect(brief(find("Harlow & Finch Ratings cut the outlook, and Marsh & Lindqvist said sales fell."))).toEqual(["organisation:Harlow & Finch Ratings", "organisation:Marsh & Lindqvist"]);
  });

  it("takes a city named like a person's surname for the person, unless it is where something happens", () => {
    const ms = find("Trade Minister Rosa Lima arrived. Lima said the talks in Lima went well.");
    expect(brief(ms).filter((m) => m.endsWith("Lima"))).toEqual(["person:Rosa Lima", "person:Lima", "place:Lima"]);
  });

  it("makes an organisation of a name an apposition calls one, though its last word names documents", () => {
    expect(brief(find("The Unity Framework, the governing alliance of five parties, rejected the budget."))).toContain("organisation:Unity Framework");
  });

  it("takes a surname after a locative for the person when it owns what is there", () => {
    const ms = find("Farida Osei chaired the meeting. Students gathered outside Osei's residence.");
    expect(brief(ms).filter((m) => m.endsWith("Osei"))).toEqual(["person:Farida Osei", "person:Osei"]);
  });

  it("lets Brussels act for the European Commission, and stay a place where things happen", () => {
    expect(brief(find("Brussels imposed duties after talks in Brussels."))).toEqual(expect.arrayContaining(["organisation:European Commission", "place:Brussels"]));
  });
});

describe("organisations by their acronyms and appositions", () => {
  it("joins the words an acronym in brackets spells into one organisation, place names included", () => {
    const ms = find("Salmon Growers of Chile (SGC) rejected the quota.");
    expect(brief(ms).slice(0, 2)).toEqual(["organisation:Salmon Growers of Chile", "organisation:Salmon Growers of Chile"]);
  });

  it("holds a title named with an acronym in the organisation the acronym spells out", () => {
    const ms = find("Zambia's Revenue Collection Board (RCB) raised duties. RCB chairwoman Mutale Banda defended the rise.");
    expect(personIn("Zambia's Revenue Collection Board (RCB) raised duties. RCB chairwoman Mutale Banda defended the rise.")).toMatchObject({ affiliation: { canonical: "Revenue Collection Board", relation: "leader_of" } });
    expect(new Set(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical))).toEqual(new Set(["Revenue Collection Board"]));
  });

  it("keeps a body named with its state whole before its acronym, not a second body of the words after the possessive", () => {
    const ms = find("Ghana's National Authority for Seeds and Fertilisers (NASF) banned the imports.");
    expect(brief(ms).filter((m) => m.startsWith("organisation"))).toEqual(["organisation:Ghana's National Authority for Seeds and Fertilisers", "organisation:Ghana's National Authority for Seeds and Fertilisers"]);
  });

  it("makes an organisation of a name an apposition describes as one", () => {
    const ms = find("Verdalia, the farmers' association representing growers, welcomed the quota.");
    expect(brief(ms)[0]).toBe("organisation:Verdalia");
  });

  it("makes an organisation of a name before two lower-case nouns for one ('the X union confederation'), not before a title", () => {
    expect(kindOf("The Dorva Vek union confederation threatened a strike.", "Dorva Vek")).toBe("organisation");
    expect(brief(find("The Dorva Vek union confederation threatened a strike. The confederation later called it off."))).toContain("organisation:Dorva Vek");
    expect(kindOf("The Dorva Vek union leader threatened a strike.", "Dorva Vek")).not.toBe("organisation");
  });

  it("makes an organisation of a name after a noun that describes one", () => {
    expect(brief(find("Shares of the mining group Kestrava rose."))).toContain("organisation:Kestrava");
  });
});

describe("offices named with no state", () => {
  it("are held in the state the text names first", () => {
    const ms = find("Zambia and Angola signed a rail accord. Transport Minister Chanda Mwale called it historic, and President Ruth Banda welcomed it.");
    expect(ms.find((m) => m.canonical === "Chanda Mwale")).toMatchObject({ affiliation: { canonical: "Zambia", relation: "member_of" } });
    expect(ms.find((m) => m.canonical === "Ruth Banda")).toMatchObject({ affiliation: { canonical: "Zambia", relation: "leader_of" } });
  });

  it("but not an organisation's titles", () => {
    const ms = find("Zambia fined the miner. Chief Executive Tom Kasonde appealed.");
    expect(ms.find((m) => m.canonical === "Tom Kasonde")?.affiliation).toBeUndefined();
  });
});

describe("titles and places in runs of capitals", () => {
  it("reads a title after a portfolio the lexicon lacks, and its office in the home state", () => {
    expect(personIn("Chile raised the levy. Fisheries Minister Ana Diaz defended it.")).toMatchObject({ canonical: "Ana Diaz", role: "Fisheries Minister", affiliation: { canonical: "Chile", relation: "member_of" } });
  });

  it("reads a role whose post comes before the name: the Peruvian ambassador to Chile, X", () => {
    expect(personIn("The Peruvian ambassador to Chile, Rosa Quispe, said the talks failed.")).toMatchObject({ canonical: "Rosa Quispe", role: "ambassador", affiliation: { canonical: "Peru" } });
  });

  it("makes a place of a capitalised name and a lower-case place noun", () => {
    expect(brief(find("Rebels held the Kessada corridor."))).toContain("place:Kessada corridor");
  });

  it("makes a place of the name after 'residents of'", () => {
    expect(brief(find("Residents of Moravka blocked the road on Thursday."))).toContain("place:Moravka");
  });

  it("makes no person of the inhabitants of a named place", () => {
    expect(personIn("The premier said Californians would not pay for the plan.")).toBeUndefined();
  });

  it("makes an organisation of a name ending in 'World', as company names do", () => {
    expect(brief(find("The port is run by Lagos's KT World, which won the contract in 2019."))).toContain("organisation:KT World");
  });

  it("makes two places of two names joined by 'and' before a plural place noun", () => {
    const ms = brief(find("The rains swelled the Varenka and Tolo Mara rivers on Monday."));
    expect(ms).toContain("place:Varenka");
    expect(ms).toContain("place:Tolo Mara");
    expect(ms.some((m) => m.startsWith("person:"))).toBe(false);
  });
});

describe("regions and missions", () => {
  it("makes a compass point and a world region one place", () => {
    expect(brief(find("Drought hit eastern Africa."))).toContain("place:eastern Africa");
  });

  it("types a name ending in Mission as an organisation", () => {
    expect(brief(find("The Monitoring Mission said the truce held."))).toContain("organisation:Monitoring Mission");
  });
});

describe("capitals where something happens", () => {
  it("are their state when the text names the state elsewhere", () => {
    const ms = find("Kenya hosted the summit. Delegates met in Nairobi on Friday.");
    expect(brief(ms.filter((m) => m.text === "Nairobi"))).toEqual(["state:Kenya"]);
  });
});

describe("unknown names typed by their context", () => {
  it("types names after 'the' and a state as organisations, after a describing noun as companies", () => {
    const ms = find("The Chile Salmon Growers urged calm, and port operator Terminal Sur closed its gates.");
    expect(brief(ms)).toEqual(expect.arrayContaining(["organisation:Chile Salmon Growers", "organisation:Terminal Sur"]));
  });

  it("makes a place of where a movement goes, and of that name everywhere in the text", () => {
    const ms = find("The president will travel to Tarcona next week. Tarcona was shelled on Monday.");
    expect(brief(ms.filter((m) => m.text === "Tarcona"))).toEqual(["place:Tarcona", "place:Tarcona"]);
  });
});

describe("names with a plural possessive", () => {
  it("keep it inside: the Dockers' Union", () => {
    expect(brief(find("The Dockers' Union called a strike."))).toContain("organisation:Dockers' Union");
  });
});

describe("a state's body described twice", () => {
  it("is one body when the describing word is shared", () => {
    const ms = find("Peru's antitrust watchdog opened a case. Peru's antitrust regulator fined the firm.").filter((m) => m.body);
    expect(ms.map((m) => m.canonical)).toEqual(["Peru's antitrust watchdog", "Peru's antitrust watchdog"]);
  });
});

describe("titles after the name of the body they are held in", () => {
  it("leave the body's last word to its name when the title opens with it ('party leader'), before the holder or an apposition", () => {
    for (const text of ["Harvest Party leader Joel Mbeki said the tax was unfair.", "On Friday the Harvest Party leader in parliament, Joel Mbeki, said the tax was unfair."]) {
      const ms = find(text);
      expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Harvest Party"]);
      expect(ms.find((m) => m.canonical === "Joel Mbeki")).toMatchObject({ affiliation: { canonical: "Harvest Party", relation: "leader_of" } });
    }
  });
});

describe("a ministry named in lower case before a title", () => {
  it("is the ministry of the state of context, and its spokesman speaks for that state", () => {
    for (const text of ["Chile said it was ready to talk. Foreign ministry spokesman Rosa Tapia said ties were strong.", "Chile said it was ready to talk. On Monday a defence ministry spokesman, Rosa Tapia, said ties were strong."]) {
      const ms = find(text);
      expect(ms.filter((m) => m.kind === "organisation")).toMatchObject([{ affiliation: { canonical: "Chile", relation: "part_of" } }]);
      expect(ms.filter((m) => m.kind === "person")).toMatchObject([{ canonical: "Rosa Tapia", affiliation: { canonical: "Chile", relation: "spokesperson_of" } }]);
    }
  });
});

describe("titles given with a possessive word", () => {
  it("belong to the organisation before 'whose', or to the subject of the sentence before 'its'", () => {
    const ms = find("The Andean Growers Federation, whose president, Luis Mamani, spoke first, rejected the levy. Tarvex Systems cut prices. Its chief executive, Ana Soto, defended the move.");
    expect(ms.find((m) => m.canonical === "Luis Mamani")).toMatchObject({ affiliation: { canonical: "Andean Growers Federation", relation: "leader_of" } });
    expect(ms.find((m) => m.canonical === "Ana Soto")).toMatchObject({ role: "chief executive", affiliation: { canonical: "Tarvex Systems", relation: "leader_of" } });
  });

  it("belong after 'its' to the subject before the sentence's first verb, an apposition's name over the description", () => {
    expect(mentionOf("The EU monitoring mission in Georgia, EUMM, said it had seen no troops. Its spokesman, Pavel Novak, said patrols would go on.", "Pavel Novak")).toMatchObject({ affiliation: { canonical: "EUMM", relation: "spokesperson_of" } });
  });

  it("read a lower-case portfolio after an owned title's 'of' as the title's", () => {
    expect(mentionOf("Tarvex Systems cut prices on Monday. Its head of operations, Tom Berg, said the company would expand.", "Tom Berg")).toMatchObject({ affiliation: { canonical: "Tarvex Systems", relation: "leader_of" } });
  });

  it("serve the latest state named when the title is held 'for the presidency' or another executive with no state", () => {
    expect(mentionOf("Ghana rejected the offer. A spokesman for the presidency, Kofi Mensah, said the deal was unfair.", "Kofi Mensah")).toMatchObject({ affiliation: { canonical: "Ghana", relation: "spokesperson_of" } });
  });

  it("lead the organisation that owns a rank which alone only serves (ownedLeaders)", () => {
    const text = "The UN mission in Mali, MINUSMA, said it had sent more troops. Its commander, Senegalese Lieutenant General Amadou Fall, said the mission would stay.";
    expect(mentionOf(text, "Amadou Fall")).toMatchObject({ affiliation: { canonical: "MINUSMA", relation: "leader_of" } });
    expect(mentionOf("The commander of MINUSMA, Amadou Fall, said the mission would stay.", "Amadou Fall")).toMatchObject({ affiliation: { relation: "leader_of" } });
    expect(mentionOf("Amadou Fall, the commander of MINUSMA, said the mission would stay.", "Amadou Fall")).toMatchObject({ affiliation: { relation: "leader_of" } });
    // One commander among others serves.
    expect(mentionOf("Yahya Salem, a Hamas commander, said the truce would hold.", "Yahya Salem")).toMatchObject({ affiliation: { canonical: "Hamas", relation: "member_of" } });
  });

  it("belong after 'its' to the organisation a description opening the sentence before points back to", () => {
    expect(mentionOf("The Coastal Fishers Union said the quota was unfair. The union asked the court to step in. Its coordinator, Lena Moyo, said boats would stay in port.", "Lena Moyo")).toMatchObject({ affiliation: { canonical: "Coastal Fishers Union", relation: "leader_of" } });
  });

  it("belong after 'its' to the subject, not to a capital joined to a participle before it ('the Vienna-based group X')", () => {
    expect(mentionOf("The Vienna-based group Clean Seas Watch demanded a ban. Its director, Omar Lind, said the fine was small.", "Omar Lind")).toMatchObject({ affiliation: { canonical: "Clean Seas Watch", relation: "leader_of" } });
  });

  it("belong after 'its' to the subject a relative clause describes, not to the names inside the clause", () => {
    expect(mentionOf("The Harbour Workers Federation, in which the Dock Workers Union and the Crane Operators Association hold seats, said the strike would go on. Its president, Marta Vos, said talks had failed.", "Marta Vos")).toMatchObject({ affiliation: { canonical: "Harbour Workers Federation", relation: "leader_of" } });
  });

  it("belong after 'its' to a region opening the sentence before, not to its state", () => {
    expect(mentionOf("Germany's government cut the subsidy. Bavaria, where most of the plants stand, opposed the cut. Its regional president, Karl Huber, said farms would close.", "Karl Huber")).toMatchObject({ affiliation: { canonical: "Bavaria", relation: "leader_of" } });
  });

  it("belong after 'its' to no state when the sentence before has no subject body ('Its president' is not the home state's)", () => {
    const ms = find("Chile raised fuel taxes. Walto, which represents truckers, said its members would strike. Its president, Rosa Diaz, said prices were too high.");
    expect(ms.find((m) => m.canonical === "Rosa Diaz")?.affiliation?.canonical).not.toBe("Chile");
  });

  it("read titles joined to 'co-' and presiding offices as held where they lead", () => {
    const ms = find("The Rural Voice Party rejected the bill. Its co-leader, Mere Tane, led a march. The Land Claims Tribunal opposed it. Its presiding officer, Aroha Kemp, urged a delay.");
    expect(ms.find((m) => m.canonical === "Mere Tane")).toMatchObject({ affiliation: { canonical: "Rural Voice Party", relation: "leader_of" } });
    expect(ms.find((m) => m.canonical === "Aroha Kemp")).toMatchObject({ affiliation: { canonical: "Land Claims Tribunal", relation: "leader_of" } });
  });

  it("belong with an indefinite title to the organisation named or described after 'for' ('a spokeswoman for the Y, X')", () => {
    const named = find("Chile said no. A spokesman for the Andean Growers Federation, Luis Mamani, said prices would fall.");
    expect(named.find((m) => m.canonical === "Luis Mamani")).toMatchObject({ affiliation: { canonical: "Andean Growers Federation", relation: "spokesperson_of" } });
    const described = find("Tierra Viva, a farmers' group, staged a protest. A spokeswoman for the group, Rosa Lima, said prices would rise.");
    expect(described.find((m) => m.canonical === "Rosa Lima")).toMatchObject({ affiliation: { canonical: "Tierra Viva", relation: "spokesperson_of" } });
  });

  it("belong to the owner past where the post is held, named in lower case ('its leader in the lower house, X')", () => {
    expect(mentionOf("The Rural Front opposed the levy. Its leader in the lower house, Marta Quiroz, called for a vote.", "Marta Quiroz")).toMatchObject({ affiliation: { canonical: "Rural Front", relation: "leader_of" } });
  });

  it("belong after a described owner with no name of its word to the subject of the sentence before, past its apposition", () => {
    const party = find("The Green Future List, the largest party of the ethnic Greeks, walked out. The party's leader, Nikos Pappas, said it would boycott the vote.");
    expect(party.find((m) => m.canonical === "Nikos Pappas")).toMatchObject({ affiliation: { canonical: "Green Future List", relation: "leader_of" } });
    const group = find("Tierra Viva, a farmers' group, staged a protest. The spokeswoman for the group, Rosa Lima, said prices would rise.");
    expect(group.find((m) => m.canonical === "Rosa Lima")).toMatchObject({ affiliation: { canonical: "Tierra Viva", relation: "spokesperson_of" } });
  });

  it("belong after 'his' or 'her' where the holder of a title named before serves, and a spokesperson speaks for that holder too", () => {
    const ms = find("Chilean President Ana Soto rejected the plan. Her chief of staff, Luis Vega, said talks would resume. His spokeswoman Rosa Diaz declined to comment.");
    expect(ms.find((m) => m.canonical === "Luis Vega")).toMatchObject({ affiliation: { canonical: "Chile", relation: "member_of" } });
    expect(ms.find((m) => m.canonical === "Rosa Diaz")).toMatchObject({ affiliation: { canonical: "Chile", relation: "spokesperson_of" }, alsoAffiliation: { canonical: "Luis Vega", entityType: "person" } });
    expect(find("Her spokesman, Tomas Ruiz, denied it.").find((m) => m.kind === "person")?.affiliation).toBeUndefined();
  });
});

describe("ministries named with no state", () => {
  it("are the ministries of the state of their context, and who serves them serves it", () => {
    const ms = find("Armenia and Azerbaijan signed a deal. Russia, their neighbour, was critical. Foreign Ministry spokeswoman Anna Orlova said the talks were premature.");
    expect(ms.find((m) => m.canonical === "Foreign Ministry")?.affiliation).toMatchObject({ canonical: "Russia", relation: "part_of" });
    expect(ms.find((m) => m.canonical === "Anna Orlova")).toMatchObject({ affiliation: { canonical: "Russia", relation: "spokesperson_of" } });
    // A seat ministry of a state the text never names is the home state's.
    const office = find("Pakistan accused India of choking the river. Flows fell by half. Foreign Office spokeswoman Sara Malik called it aggression.");
    expect(office.find((m) => m.canonical === "Sara Malik")).toMatchObject({ affiliation: { canonical: "Pakistan", relation: "spokesperson_of" } });
  });

  it("are the home state's when named later in a sentence that opens with no state, whatever the sentence before", () => {
    const ms = find("Peru raised its tariff on rice. Chile said it would send a delegation. Senator Rosa Diaz criticised the Department of Agriculture for failing to stop smuggling.");
    expect(ms.find((m) => m.canonical === "Department of Agriculture")?.affiliation).toMatchObject({ canonical: "Peru", relation: "part_of" });
  });

  it("are the ministries of the state of where the text says they sit", () => {
    const ms = find("Uganda closed the border. The Trade Ministry in Nairobi said lorries were stranded.");
    expect(ms.find((m) => m.canonical === "Trade Ministry")?.affiliation).toMatchObject({ canonical: "Kenya", relation: "part_of" });
  });

  it("leave a state's secretary of a portfolio in the home state", () => {
    expect(find("The United States banned chip sales to China. Commerce Secretary Jane Cole defended the rules.").find((m) => m.kind === "person")).toMatchObject({ affiliation: { canonical: "United States", relation: "member_of" } });
  });
});

describe("ties to organisations named around a person", () => {
  it("makes 'X, of the Y alliance,' a member, and reads a body's description before an apposition's comma", () => {
    expect(find("Opposition senator Ana Rojas, of the Andean Unity alliance, voted against the bill.").find((m) => m.kind === "person")).toMatchObject({ affiliation: { canonical: "Andean Unity", relation: "member_of" } });
    expect(find("The leader of the Bel Air Brigade armed group, Pierre Louis, rejected the force.").find((m) => m.kind === "person")).toMatchObject({ canonical: "Pierre Louis", affiliation: { canonical: "Bel Air Brigade", relation: "leader_of" } });
  });

  it("reads the body a title is held in past the side it is on ('spokesman for the ruling X')", () => {
    expect(personIn("Idris Kane, spokesman for the ruling Movement for Renewal, denied the report.")).toMatchObject({ canonical: "Idris Kane", affiliation: { canonical: "Movement for Renewal", relation: "spokesperson_of" } });
    expect(personIn("A senior member of the governing Harmony Party, Lena Moe, resigned.")).toMatchObject({ canonical: "Lena Moe", affiliation: { canonical: "Harmony Party", relation: "member_of" } });
  });

  it("gives a titled person a second office in an apposition: 'X, the prime minister of Y'", () => {
    const person = find("CARICOM chairman John Pierre, the prime minister of Dominica, urged restraint.").find((m) => m.kind === "person");
    expect(person).toMatchObject({ affiliation: { canonical: "Caribbean Community", relation: "leader_of" }, alsoAffiliation: { canonical: "Dominica", relation: "leader_of" } });
  });

  it("holds a title in a name before it that the text shows to be an organisation", () => {
    expect(mentionOf("The motion was filed by the Green Wave party. Green Wave spokeswoman Lucia Ortiz defended it.", "Lucia Ortiz")).toMatchObject({ affiliation: { canonical: "Green Wave", relation: "spokesperson_of" } });
  });

  it("makes the name after a title only organisations give and 'of' an organisation the titled person leads, not a place", () => {
    const ms = find("Chairman Kofi Asante of Volta Mills said the plant would close.");
    expect(brief(ms)).toContain("organisation:Volta Mills");
    expect(ms.find((m) => m.canonical === "Kofi Asante")).toMatchObject({ affiliation: { canonical: "Volta Mills", relation: "leader_of" } });
    expect(kindOf("Senator Ana Rojas of Tarvia backed the bill.", "Tarvia")).not.toBe("organisation");
  });

  it("reads titles of revenue authorities, parliaments and embassies whole, not as part of the name after them", () => {
    expect(personIn("Revenue Authority Commissioner General Lena Moe said receipts rose.")).toMatchObject({ canonical: "Lena Moe", role: "Commissioner General" });
    expect(personIn("Kenya's Chief Whip Omar Diallo said the vote would pass.")).toMatchObject({ canonical: "Omar Diallo", role: "Chief Whip" });
    expect(personIn("Norway's chargé d'affaires, Eva Lund, was summoned.")).toMatchObject({ canonical: "Eva Lund", affiliation: { canonical: "Norway", relation: "member_of" } });
  });

  it("reads a title after modifiers and a demonym of one or two words in an apposition, a past one with no tie", () => {
    expect(personIn("Ama Owusu, a senior Ghanaian official, said talks would resume.")).toMatchObject({ role: "senior official", affiliation: { canonical: "Ghana", relation: "member_of" } });
    expect(personIn("Lena Dube, a former South African president, mediated.")).toMatchObject({ role: "former president" });
    expect(personIn("Lena Dube, a former South African president, mediated.")?.affiliation).toBeUndefined();
    expect(find("Lena Dube, a former South African president, mediated.").some((m) => m.kind === "title")).toBe(false);
  });

  it("reads a title given with 'its' or 'his' in an apposition after the name as given before it", () => {
    expect(mentionOf("Volta Mining Corp said it would appeal. Kofi Asante, its chairman, denied the charges.", "Kofi Asante")).toMatchObject({ role: "chairman", affiliation: { canonical: "Volta Mining Corp", relation: "leader_of" } });
    const ms = find("Ghanaian President Ama Mensah arrived. Kojo Owusu, her spokesman, said talks went well.");
    expect(ms.find((m) => m.canonical === "Kojo Owusu")).toMatchObject({ role: "spokesman", affiliation: { canonical: "Ghana", relation: "spokesperson_of" } });
    expect(ms.some((m) => m.kind === "title")).toBe(false);
  });

  it("holds a title after an acronym in the organisation it names, not in the home state, unless the acronym is a portfolio's", () => {
    const text = "The Ghana Mineworkers Union (GMU) called a strike. GMU President Kofi Boateng said it would last a week.";
    expect(mentionOf(text, "Kofi Boateng")).toMatchObject({ affiliation: { canonical: "Ghana Mineworkers Union", relation: "leader_of" } });
    expect(mentionOf("Ghana banned the app. ICT Minister Ama Owusu said it was unsafe.", "Ama Owusu")).toMatchObject({ affiliation: { canonical: "Ghana", relation: "member_of" } });
    // A short name in brackets in title case, before a lower-case title.
    const short = "The Mexican Federation of Bakers (Fedepan) objected. Fedepan president Luis Mora said costs would rise.";
    expect(mentionOf(short, "Luis Mora")).toMatchObject({ affiliation: { canonical: "Mexican Federation of Bakers", relation: "leader_of" } });
  });

  it("holds a title in a name the text shows to be an organisation before its possessive, its acronym or in an apposition", () => {
    const first = "The farmers' union Terra Viva called a strike.";
    expect(mentionOf(`${first} Terra Viva's chief negotiator, Ines Duarte, said it would last a week.`, "Ines Duarte")).toMatchObject({ role: "chief negotiator", affiliation: { canonical: "Terra Viva", relation: "member_of" } });
    expect(mentionOf(`${first} Ines Duarte, Terra Viva's chief negotiator, said it would last a week.`, "Ines Duarte")).toMatchObject({ role: "chief negotiator", affiliation: { canonical: "Terra Viva", relation: "member_of" } });
    expect(find(`${first} Ines Duarte, Terra Viva's chief negotiator, said it would last a week.`).some((m) => m.kind === "title")).toBe(false);
    expect(mentionOf("The Popular Renewal Movement (PRM) leader Samuel Okoro called for a recount.", "Samuel Okoro")).toMatchObject({ affiliation: { canonical: "Popular Renewal Movement", relation: "leader_of" } });
    // A person's aide is no member of a person.
    expect(mentionOf("Ines Duarte spoke. Later Duarte's chief negotiator, Rui Lopes, left.", "Rui Lopes")?.affiliation).toBeUndefined();
  });

  it("gives the party after a titled person's surname and possessive to that person, as a second tie", () => {
    const ms = find("Chilean President Ana Soto rejected the plan. Soto's Social Renewal Party backed her.");
    const surname = ms.find((m) => m.canonical === "Soto");
    expect(surname?.alsoAffiliation).toMatchObject({ canonical: "Social Renewal Party", relation: "leader_of" });
    expect(surname?.affiliation).toBeUndefined();
    const whose = find("Prime Minister Tomas Novak called an early vote. Novak, whose Civic Democratic Party trails in the polls, defended it.");
    expect(whose.find((m) => m.canonical === "Novak")?.alsoAffiliation).toMatchObject({ canonical: "Civic Democratic Party", relation: "leader_of" });
    expect(find("Tomas Novak, whose Civic Democratic Party trails, spoke.").find((m) => m.kind === "person")?.alsoAffiliation).toBeUndefined();
  });
});

describe("titles that say more than a rank's demonym or a bench", () => {
  it("gives 'Its commander, Italian Major General X' the force named before, not the demonym's state", () => {
    const ms = find("The UN mission in Cyprus, UNFICYP, said it had seen no troops. Its commander, Brazilian Major General Paulo Costa, urged calm.");
    expect(ms.find((m) => m.canonical === "Paulo Costa")?.affiliation).toMatchObject({ canonical: "UNFICYP" });
  });

  it("seats a chief justice in the court the text names", () => {
    const ms = find("Chile's Supreme Court struck down the law. A bench led by Chief Justice Rosa Vidal said it breached the constitution.");
    expect(ms.find((m) => m.canonical === "Rosa Vidal")?.affiliation).toMatchObject({ canonical: "Chile's Supreme Court", relation: "member_of" });
  });
});

describe("titles after an organisation's possessive in an apposition", () => {
  it("give the person the title and the organisation, with where the post is after it", () => {
    const person = find("The outbreak will spread, said Rosa Lima, the WHO's regional director for Europe.").find((m) => m.kind === "person");
    expect(person).toMatchObject({ canonical: "Rosa Lima", role: "regional director", affiliation: { canonical: "World Health Organization" } });
  });
});

describe("organs of organisations named in an apposition", () => {
  it("are part of the organisation whose organ the description before them names", () => {
    const ms = find("The EU's monitoring mission in Georgia, EUMM, said it saw no troops.");
    expect(ms.find((m) => m.text === "EUMM")?.affiliation).toMatchObject({ canonical: "European Union", relation: "part_of" });
    // Not a name after a clause about the organisation.
    expect(find("The EU imposed new duties, Tarvex Systems said.").find((m) => m.canonical === "Tarvex Systems")?.affiliation).toBeUndefined();
  });
});

describe("members named in a relative clause after an organisation", () => {
  it("are the organisations and states the clause lists, not where members are", () => {
    const ms = find("The Andean Exporters Federation (AEF), which represents traders including Tarvex Systems and Kestrel Holdings, opposed the tax.");
    expect(ms.find((m) => m.canonical === "Kestrel Holdings")?.affiliation).toMatchObject({ canonical: "Andean Exporters Federation", relation: "member_of" });
    const bloc = find("The East African Community, which groups Kenya, Uganda and Tanzania, met in Arusha.");
    expect(bloc.filter((m) => m.alsoAffiliation?.canonical === "East African Community").map((m) => m.canonical)).toEqual(["Kenya", "Uganda", "Tanzania"]);
    expect(find("The Andean Exporters Federation, which represents 300 firms in Peru, opposed it.").find((m) => m.canonical === "Peru")?.alsoAffiliation).toBeUndefined();
    const owned = find("The Andes Mining Consortium, which groups Chile's Tarvex Systems and Peru's Kestrel Holdings, won the bid.");
    expect(owned.filter((m) => m.kind === "state").map((m) => m.alsoAffiliation)).toEqual([undefined, undefined]);
  });
});

describe("titles qualified by how their holder holds them", () => {
  it("tie a self-styled leader to what he claims to lead, an ousted one only as a member, a former one to nothing", () => {
    const tie = (text: string) => personIn(text)?.affiliation;
    expect(tie("Chad's self-styled president, Ali Mahamat, rejected the plan.")).toMatchObject({ canonical: "Chad", relation: "leader_of" });
    expect(tie("Chad's ousted president, Ali Mahamat, rejected the plan.")).toMatchObject({ canonical: "Chad", relation: "member_of" });
    expect(tie("Deposed president Ali Mahamat of Chad rejected the plan.")).toMatchObject({ canonical: "Chad", relation: "member_of" });
    expect(tie("Chad's former president, Ali Mahamat, rejected the plan.")?.relation).toBeUndefined();
  });
});

describe("leaders named after 'led by' an organisation", () => {
  it("are the states and organisations after it, past an apposition; not those leading talks", () => {
    const leaders = (text: string) => find(text).filter((m) => [m.affiliation, m.alsoAffiliation].some((a) => a?.relation === "leader_of")).map((m) => m.canonical);
    expect(leaders("A group of Andean states, led by Peru, rejected the text.")).toEqual(["Peru"]);
    expect(leaders("The Blue Coalition, a group of 40 countries co-chaired by Chile and Ghana, backed the cap.")).toEqual(["Chile", "Ghana"]);
    expect(leaders("A group of oil-producing countries led by Kuwait refused to accept any cap.")).toEqual(["Kuwait"]);
    expect(leaders("The Blue Coalition said talks led by Chile had failed.")).toEqual([]);
  });

  it("lead a body the text only describes by lower-case words, which becomes the organisation they lead", () => {
    const text = "The joint lenders committee, co-chaired by Japan and India, backed the rescheduling.";
    const tied = find(text).filter((m) => m.alsoAffiliation?.relation === "leader_of" || m.affiliation?.relation === "leader_of");
    expect(tied.map((m) => [m.canonical, (m.alsoAffiliation ?? m.affiliation)?.canonical])).toEqual([["Japan", "joint lenders committee"], ["India", "joint lenders committee"]]);
    const { entities, claims } = extract({ id: "c", text });
    const leaderOf = claims.filter((c) => c.relation === "leader_of").map((c) => `${entities[c.source].label} > ${entities[c.target].label}`);
    expect(leaderOf).toEqual(["Japan > joint lenders committee", "India > joint lenders committee"]);
    // A description that points back to a body the text names gets no body of its own, so no tie either.
    const named = extract({ id: "n", text: "The Harbour Workers' Union called a strike. The union, led by Chile, joined it." });
    expect(named.claims.filter((c) => c.relation === "leader_of")).toEqual([]);
  });
});

describe("titles given with 'its' after a subject described in an apposition", () => {
  it("belong to the subject, past the common noun its name ends with, not to a body inside the apposition", () => {
    const ms = find("The Green Alliance party, the largest bloc in the National Assembly, rejected the plan. Its leader, Ana Ruiz, urged a vote.");
    expect(ms.find((m) => m.canonical === "Ana Ruiz")?.affiliation).toMatchObject({ canonical: "Green Alliance", relation: "leader_of" });
  });
  it("make a party's candidate its member", () => {
    const ms = find("The Green Alliance party rejected the plan. Its presidential candidate, Ana Ruiz, urged a vote.");
    expect(ms.find((m) => m.canonical === "Ana Ruiz")?.affiliation).toMatchObject({ canonical: "Green Alliance", relation: "member_of" });
  });
  it("belong to the subject after a scene the sentence opens with, not to the state of the scene", () => {
    const ms = find("In Kenya, the opposition Umoja Party demanded that parliament debate the bill. Its leader, John Kamau, said the party would go to court.");
    expect(ms.find((m) => m.canonical === "John Kamau")?.affiliation).toMatchObject({ canonical: "Umoja Party", relation: "leader_of" });
  });
});

describe("chairs held by a member", () => {
  it("make the state or body that holds the chair of a named body its leader; not a stake, nor a body only described", () => {
    const leads = (text: string) => find(text).filter((m) => m.alsoAffiliation?.relation === "leader_of" || m.affiliation?.relation === "leader_of").map((m) => [m.canonical, (m.alsoAffiliation ?? m.affiliation)!.canonical]);
    expect(leads("Ghana, which holds the rotating chairmanship of the African Union, offered to host talks.")).toEqual([["Ghana", "African Union"]]);
    expect(leads("Chile, which holds the Andean Community's rotating presidency, backed the plan.")).toEqual([["Chile", "Andean Community"]]);
    expect(leads("Ghana, which holds a stake in the African Union's bank, backed the plan.")).toEqual([]);
    expect(leads("Chile, which holds the bloc's rotating presidency, backed the plan.")).toEqual([]);
  });
});

describe("counterparts", () => {
  it("hold the office of the titled person named before, in the demonym's state", () => {
    const ms = find("Chilean Foreign Minister Ana Soto and her Peruvian counterpart, Luis Vega, signed a protocol.");
    expect(ms.find((m) => m.canonical === "Luis Vega")).toMatchObject({ role: "Foreign Minister", affiliation: { canonical: "Peru", relation: "member_of" } });
    const next = find("Ghana's President Kofi Mensah flew to Lome. His Togolese counterpart Yao Agbeko met him at the airport.");
    expect(next.find((m) => m.canonical === "Yao Agbeko")).toMatchObject({ affiliation: { canonical: "Togo", relation: "leader_of" } });
    expect(find("Her Peruvian counterpart, Luis Vega, declined.").find((m) => m.kind === "person")?.affiliation).toBeUndefined();
  });
});

describe("words that are no people", () => {
  it("a body noun opening a sentence, and a name ending in a building word is a place", () => {
    const ms = find("Government spokeswoman Lina Sato said crowds marched on Tamar Palace.");
    expect(brief(ms)).toEqual(["person:Lina Sato", "place:Tamar Palace"]);
  });
});

describe("organisations named 'The' and one word", () => {
  it("are found only with 'The': alone the word is a surname or a common word", () => {
    const ms = find("Rosa Hill met Juan Perez. Hill said The Hill had the story.");
    expect(brief(ms).filter((m) => m.startsWith("organisation"))).toEqual(["organisation:The Hill"]);
  });
});

describe("demonyms that open names and stories", () => {
  it("start an organisation's name that ends in an organisation word", () => {
    expect(brief(find("The Chilean Fishermen's Federation called a strike."))).toContain("organisation:Chilean Fishermen's Federation");
  });

  it("keep the complement of such a name, and its short name in brackets spelt from another language's initials", () => {
    const ms = find("The Peruvian Association of Coffee Exporters (Apecaf) said prices fell. Apecaf urged calm.");
    expect(new Set(brief(ms))).toEqual(new Set(["organisation:Peruvian Association of Coffee Exporters"]));
  });

  it("keep a doctrine in brackets as part of a party's name", () => {
    expect(brief(find("The Communist Party of Sarawak (Maoist) won two seats."))).toEqual(["organisation:Communist Party of Sarawak (Maoist)"]);
  });

  it("type names listed after 'including' a plural noun of organisations as the first is", () => {
    expect(brief(find("The group represents exporters including Cargill and Halvane, its statement said.")).filter((m) => !m.startsWith("pronoun"))).toEqual(["organisation:Cargill", "organisation:Halvane"]);
  });

  it("give the home state of offices named with no state when they come first", () => {
    expect(mentionOf("Chilean miners blocked roads. Peru sent observers. Mining Minister Rosa Vidal met them.", "Rosa Vidal")).toMatchObject({ affiliation: { canonical: "Chile" } });
  });

  it("hold an office named with no state in no state its holder's sentence shows is not theirs", () => {
    const holder = (text: string) => mentionOf(text, "Lena Varga");
    // Where the holder goes is not the home, and no later state is theirs by default.
    expect(holder("Prime Minister Lena Varga arrived in Nairobi on Monday for talks on grain.")?.affiliation).toBeUndefined();
    expect(holder("Kenya raised its grain levy. Prime Minister Lena Varga flew to Nairobi on Monday to discuss it.")?.affiliation).toBeUndefined();
    // Another titled person's state, named after the holder, is theirs, not the holder's.
    expect(holder("Prime Minister Lena Varga met Kenyan President Paul Mwangi on Monday.")?.affiliation).toBeUndefined();
    // The home named before the holder, or as the owner of what the holder does, stays the holder's.
    expect(holder("Kenya raised its grain levy. Prime Minister Lena Varga met Ugandan President Paul Mwangi on Monday.")).toMatchObject({ affiliation: { canonical: "Kenya", relation: "leader_of" } });
    expect(holder("Prime Minister Lena Varga signed Kenya's grain levy into law on Monday.")).toMatchObject({ affiliation: { canonical: "Kenya", relation: "leader_of" } });
    // Land bought in the home state is no journey there.
    expect(holder("Kenya raised its land tax. Prime Minister Lena Varga said investors had bought land in Kenya.")).toMatchObject({ affiliation: { canonical: "Kenya" } });
  });

  it("type a lone unknown name that a verb acting on firms takes, or a case is brought against, an organisation, not a surname", () => {
    expect(kindOf("Regulators fined Korvane 40 million euros on Monday.", "Korvane")).toBe("organisation");
    expect(kindOf("The dockers' union sued Brightwell over the closure of the terminal.", "Brightwell")).toBe("organisation");
    expect(kindOf("Peru banned Halvane from public tenders.", "Halvane")).toBe("organisation");
    // So is one a case or penalty is brought against, not a place after "into".
    expect(kindOf("The union filed a lawsuit against Brightwell over the closure.", "Brightwell")).toBe("organisation");
    expect(kindOf("Regulators opened an inquiry into Korvane on Monday.", "Korvane")).toBe("organisation");
    expect(kindOf("Aid workers moved into Korvane on Monday.", "Korvane")).toBe("place");
    // A surname the text gives a person stays a person's, and a verb of no such class types nothing.
    expect(kindOf("The board fined Ann Banks. It fined Banks again in May.", "Banks")).toBe("person");
    expect(kindOf("Peru thanked Halvane for the offer.", "Halvane")).toBe("person");
    // A name that only modifies the noun after it is no firm acted on.
    expect(kindOf("Ghana will buy Korean rice.", "Korean")).not.toBe("organisation");
    // A name of any length bought is a firm, not one whose stake is bought.
    expect(kindOf("Norvik agreed to buy Tessaly Robotics for 2 billion dollars.", "Tessaly Robotics")).toBe("organisation");
    expect(kindOf("The council bought Anna Holt's farm.", "Anna Holt")).toBe("person");
  });

  it("take no home from a state only the lexicon ties a company or a city to", () => {
    const ms = find("Toyota recalled 40,000 cars from dealers in Dubai. The government said it would inspect them. Transport Minister Lina Haddad met Jordan's envoy.");
    expect(new Set(ms.filter((m) => m.kind === "state").map((m) => m.canonical))).toEqual(new Set(["Jordan"]));
    expect(ms.find((m) => m.canonical === "Lina Haddad")).toMatchObject({ affiliation: { canonical: "Jordan" } });
  });

  it("give an office named with no state the state its holder first speaks of as a subject", () => {
    const holder = (text: string) => find(text).find((m) => m.canonical === "Ruth Okello");
    expect(holder("Kenya closed the border, and Uganda protested. Trade Minister Ruth Okello said Kampala would seek talks.")).toMatchObject({ affiliation: { canonical: "Uganda", relation: "member_of" } });
    expect(holder("Kenya closed the border. Trade Minister Ruth Okello visited the post and told traders that Uganda had lost millions.")).toMatchObject({ affiliation: { canonical: "Uganda" } });
    // Not a state that is no subject, nor one named after someone else.
    expect(holder("Kenya closed the border. Trade Minister Ruth Okello said the ban on Uganda's exports was unfair.")).toMatchObject({ affiliation: { canonical: "Kenya" } });
    expect(holder("Kenya closed the border. Trade Minister Ruth Okello said President Paul Kagame had told her Rwanda would help.")).toMatchObject({ affiliation: { canonical: "Kenya" } });
  });

  it("type plural party names as organisations", () => {
    expect(brief(find("The Social Democrats backed the bill."))).toContain("organisation:Social Democrats");
  });
});

describe("titles in appositions with ranks and bodies", () => {
  it("give a ranked person the title before them: Kenya's army chief, Major General X", () => {
    expect(personIn("Kenya's army chief, Major General Paul Otieno, met the rebels.")).toMatchObject({ canonical: "Paul Otieno", role: "army chief", affiliation: { canonical: "Kenya", relation: "leader_of" } });
  });

  it("read a title held in a national body after the name, in the home state", () => {
    expect(personIn("Senegal voted. Amina Diallo, the foreign ministry spokeswoman, said Dakar would vote.")).toMatchObject({ role: "foreign ministry spokeswoman", affiliation: { canonical: "Senegal", relation: "spokesperson_of" } });
  });

  it("hold a leading office named with no state in the state named most besides the home state, when the home state's holder is named", () => {
    const ms = find("U.S. envoys offered Peru a loan. Peru welcomed the loan, and Peru's central bank said it would use it. President Ana Soto thanked U.S. President Tom Hale for the help.");
    expect(ms.find((m) => m.canonical === "Ana Soto")).toMatchObject({ affiliation: { canonical: "Peru", relation: "leader_of" } });
    expect(ms.find((m) => m.canonical === "Tom Hale")).toMatchObject({ affiliation: { canonical: "United States", relation: "leader_of" } });
  });

  it("hold a modified state office in the home state: the interim president", () => {
    expect(personIn("Mali held talks. The interim president, Colonel Amadou Sylla, proposed a vote.")).toMatchObject({ role: "interim president", affiliation: { canonical: "Mali", relation: "leader_of" } });
  });
});

describe("people of an organisation", () => {
  it("are its members: X of the Y Party", () => {
    expect(personIn("Ana Silva of the Green Future Party won 40%.")).toMatchObject({ canonical: "Ana Silva", affiliation: { canonical: "Green Future Party", relation: "member_of" } });
  });
});

describe("companies by what they hold", () => {
  it("makes companies of names with shares or shareholders, and no person of 'Shares'", () => {
    const ms = find("Shares of Tarvex fell. Tarvex said profits dropped. Kestrel's shareholders met. Kestrel said no.");
    expect(brief(ms)).toEqual(["organisation:Tarvex", "organisation:Tarvex", "organisation:Kestrel", "organisation:Kestrel"]);
  });
});

describe("titles owned by a description", () => {
  it("belong to the latest organisation with the word: the commission's chairman, X", () => {
    const ms = find("The Andean Fishing Commission met. Later the commission's chairman, Justice Rosa Vidal, resigned.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Rosa Vidal", affiliation: { canonical: "Andean Fishing Commission", relation: "leader_of" } });
  });
});

describe("names given in appositions and organs of organisations", () => {
  it("gives a described group the name after 'known as', there and later", () => {
    const ms = find("Lima accused the four Andean states, known as the A4, of stalling. The A4 denied it.");
    expect(brief(ms.filter((m) => m.kind === "organisation"))).toEqual(["organisation:A4", "organisation:A4", "organisation:A4"]);
  });

  it("keeps an organisation's commission apart from the organisation", () => {
    const ms = find("The African Union Commission chairperson, Amadou Sy, said the African Union would meet.");
    expect(brief(ms)).toEqual(["organisation:African Union Commission", "person:Amadou Sy", "organisation:African Union"]);
    expect(ms[1].affiliation).toMatchObject({ canonical: "African Union Commission", relation: "leader_of" });
  });

  it("names a mission by the country it serves in, and gives its head the mission", () => {
    const ms = find("The United Nations Assistance Mission in Somalia reported the attack. The head of the mission, Petra Holm, said so.");
    expect(ms[0]).toMatchObject({ kind: "organisation", canonical: "United Nations Assistance Mission in Somalia" });
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Petra Holm", affiliation: { canonical: "United Nations Assistance Mission in Somalia", relation: "leader_of" } });
  });

  it("names no one by a plural common noun opening a sentence", () => {
    expect(find("Clashes erupted at dawn. Casualties mounted.")).toEqual([]);
  });
});

describe("offices named with no state", () => {
  const affiliationOf = (text: string, name: string) => find(text).find((m) => m.kind === "person" && m.canonical === name)?.affiliation;

  it("holds them in the state the text names first", () => {
    expect(affiliationOf("Peru and Chile signed a pact. President Ana Ruiz praised it.", "Ana Ruiz")).toMatchObject({ canonical: "Peru", relation: "leader_of" });
  });

  it("holds them in the state a sentence opens with", () => {
    expect(affiliationOf("Peru pressed Chile on Monday. In Santiago, Foreign Minister Jorge Vidal said Chile would wait.", "Jorge Vidal")).toMatchObject({ canonical: "Chile" });
  });

  it("gives a ministry post the state the sentence before has as its subject", () => {
    const text = "Peru asked Chile to halt the project. Chile rejected the request. Luis Mora, the foreign ministry spokesman, said talks would go on.";
    expect(affiliationOf(text, "Luis Mora")).toMatchObject({ canonical: "Chile", relation: "spokesperson_of" });
  });

  it("reads a body and a title inside it as one title", () => {
    const ms = find("Peru signed the deal. Government chief negotiator Rosa Paz welcomed it.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Rosa Paz", affiliation: { canonical: "Peru", relation: "member_of" } });
  });

  it("lets an interim or transitional head lead", () => {
    expect(affiliationOf("Mali delayed the vote. The transitional president, Colonel Issa Traore, defended it.", "Issa Traore")).toMatchObject({ canonical: "Mali", relation: "leader_of" });
  });

  it("lets who serves a ministry named as a seat of government serve its state", () => {
    expect(affiliationOf("The United States backed Peru. A State Department spokesman, Tom Hale, said so.", "Tom Hale")).toMatchObject({ canonical: "United States", relation: "spokesperson_of" });
  });
});

describe("seats in named bodies", () => {
  it("makes a commissioner a member of the commission the text names", () => {
    const ms = find("The European Commission imposed duties. Energy Commissioner Ines Lund defended them.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Ines Lund", affiliation: { canonical: "European Commission", relation: "member_of" } });
  });
});

describe("ties given in relative clauses", () => {
  it("makes the person a leader of what a clause says they chair", () => {
    const ms = find("The Andean Community met on Monday. Peruvian President Ana Ruiz, who chairs the bloc, opened it.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ affiliation: { canonical: "Peru" }, alsoAffiliation: { canonical: "Andean Community", relation: "leader_of" } });
  });

  it("makes the person a leader of the body a leading verb right after the name takes", () => {
    const ms = find("Ines Barros heads the Tarvian Salt Workers Federation. Paulo Reis led marchers to the port.");
    expect(ms.find((m) => m.canonical === "Ines Barros")?.affiliation).toMatchObject({ canonical: "Tarvian Salt Workers Federation", relation: "leader_of" });
    // A crowd led is no body.
    expect(ms.find((m) => m.canonical === "Paulo Reis")?.affiliation).toBeUndefined();
  });

  it("makes the person a leader of a body named past lower-case words saying what it is", () => {
    const ms = find("Marta Solis, who leads the centre-left Civic Renewal Party, voted against it.");
    expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Civic Renewal Party", relation: "leader_of" });
  });

  it("leaves a possessive object's owner alone", () => {
    const ms = find("Peruvian envoy Luis Mora, who led Lima's team, spoke first.");
    expect(ms.find((m) => m.kind === "person")?.alsoAffiliation).toBeUndefined();
  });

  it("makes the person a member of the organisation that owns what they head", () => {
    const ms = find("The Dockers' Union kept up its strike. Tom Lee, who heads the union's harbour branch, accused the owners.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ canonical: "Tom Lee", affiliation: { canonical: "Dockers' Union", relation: "member_of" } });
  });
});

describe("coordinators", () => {
  it("lead the body whose coordinator they are", () => {
    const person = find("The Harbour Alliance, a coalition of dockers, called a strike. Its coordinator, Luis Mora, said it would last a week.").find((m) => m.kind === "person");
    expect(person).toMatchObject({ canonical: "Luis Mora", affiliation: { canonical: "Harbour Alliance", relation: "leader_of" } });
  });
});

describe("titles with a portfolio after \"for\"", () => {
  it("introduce the person named after the comma", () => {
    const person = find("Corvel Systems will appeal. Its vice president for public policy, Nadia Rahman, called the ruling unjust.").find((m) => m.kind === "person");
    expect(person).toMatchObject({ canonical: "Nadia Rahman", affiliation: { canonical: "Corvel Systems" } });
  });
});

describe("parties after a titled person's possessive", () => {
  it("are led by a leader and joined by others", () => {
    const led = find("Chilean President Ana Ruiz's ruling Broad Front has lost its majority.").find((m) => m.kind === "person");
    expect(led).toMatchObject({ affiliation: { canonical: "Chile" }, alsoAffiliation: { canonical: "Broad Front", relation: "leader_of" } });
    const joined = find("Senator Luis Mora's Harvest Party won two seats.").find((m) => m.kind === "person");
    expect(joined).toMatchObject({ affiliation: { canonical: "Harvest Party", relation: "member_of" } });
  });

  it("but not other organisations", () => {
    const person = personIn("Chilean President Ana Ruiz's Acme Corporation lost money.");
    expect(person).toMatchObject({ affiliation: { canonical: "Chile" } });
    expect(person?.alsoAffiliation).toBeUndefined();
  });
});

describe("proposal heads and places", () => {
  it("finds strikes, closures and timetables as proposals", () => {
    const ms = find("The union called a general strike and demanded the closure of the mine and a new electoral timetable.");
    expect(brief(ms.filter((m) => m.kind === "proposal"))).toEqual(["proposal:general strike", "proposal:closure of mine", "proposal:electoral timetable"]);
  });

  it("leaves the verb of a perfect tense out of a proposal", () => {
    const ms = find("The miners have threatened further strikes.");
    expect(brief(ms.filter((m) => m.kind === "proposal"))).toEqual(["proposal:strikes"]);
  });

  it("reads a capital after a preposition and a compass word as a place", () => {
    const ms = find("Thousands marched through central Nairobi.");
    expect(ms.find((m) => m.canonical === "Nairobi")?.kind).toBe("place");
  });

  it("reads no organisation in a noun that modifies another", () => {
    expect(find("It was one of the largest union rallies in years.").filter((m) => m.describes)).toEqual([]);
  });

  it("reads a description before the 'of' of a charge, not before an 'of' that names it", () => {
    const described = (text: string) => find(text).filter((m) => m.describes).map((m) => m.canonical);
    expect(described("She accused the commission of ignoring complaints.")).toEqual(["commission"]);
    expect(described("He blamed the board of bad faith.")).toEqual(["board"]);
    expect(described("The commission of inquiry will report in May.")).toEqual([]);
  });

  it("reads a description past lower-case modifiers, after 'the' or a state's possessive", () => {
    const described = (text: string) => find(text).filter((m) => m.describes).map((m) => [m.text, m.canonical]);
    expect(described("The main opposition party walked out of the chamber.")).toEqual([["The main opposition party", "party"]]);
    expect(described("Norway's largest union called a strike.")).toEqual([["largest union", "union"]]);
    expect(described("The party leadership race opened on Monday.")).toEqual([]);
  });
});

describe("armed groups, spans and hyphenated titles", () => {
  it("gives an armed group from the lexicon no part in its state", () => {
    const [group] = find("The National Liberation Army attacked a pipeline.");
    expect(group).toMatchObject({ kind: "organisation", canonical: "National Liberation Army" });
    expect(group.affiliation).toBeUndefined();
  });

  it("extends a proposal to a complement the tagger reads as a verb, and to both sides of 'between'", () => {
    const ms = find("Moscow called for a return to talks between Armenia and Azerbaijan.");
    expect(ms.find((m) => m.kind === "proposal")?.canonical).toBe("return to talks between Armenia and Azerbaijan");
  });

  it("reads a hyphenated title kept as one word", () => {
    const ms = find("Vice-President Ruth Kamau declined to comment.");
    expect(ms[0]).toMatchObject({ kind: "person", canonical: "Ruth Kamau", role: "Vice-President" });
  });
});

describe("two-word proposal heads", () => {
  it("finds a road map and a negotiated solution", () => {
    const ms = find("Ankara offered a road map and urged a negotiated solution.");
    expect(brief(ms.filter((m) => m.kind === "proposal"))).toEqual(["proposal:road map", "proposal:negotiated solution"]);
  });
});

describe("partitives of proposals", () => {
  it("names the proposals a package or a round counts", () => {
    const ms = find("The bloc imposed a package of travel bans and offered a new round of talks.");
    expect(brief(ms.filter((m) => m.kind === "proposal"))).toEqual(["proposal:travel bans", "proposal:talks"]);
  });
});

describe("organisations named by their complement or the noun after them", () => {
  it("keeps a state that completes an organisation's name, as its state, a body of it only when no civic association", () => {
    const [org] = find("The Law Society of Zambia condemned the arrests.");
    expect(org).toMatchObject({ kind: "organisation", canonical: "Law Society of Zambia", affiliation: { canonical: "Zambia" } });
    expect(org.affiliation?.relation).toBeUndefined();
    expect(find("The Revenue Authority of Zambia raised duties.")[0]).toMatchObject({ affiliation: { canonical: "Zambia", relation: "part_of" } });
  });

  it("reads a state inside an organisation's complement as a word of the name, and a title after the state as no part of it", () => {
    const orgs = (text: string) => brief(find(text).filter((m) => m.kind === "organisation" || m.kind === "state"));
    expect(orgs("The Federation of Zambia Millers backed the levy.")).toEqual(["organisation:Federation of Zambia Millers"]);
    expect(orgs("The Chamber of Peru Exporters asked for a delay.")).toEqual(["organisation:Chamber of Peru Exporters"]);
    expect(orgs("The Law Society of Zambia President Mwila Banda criticised the bill.")).toEqual(["organisation:Law Society of Zambia"]);
    expect(mentionOf("Bank of Chile Governor Rosa Vidal said rates would hold.", "Rosa Vidal")?.affiliation).toMatchObject({ canonical: "Bank of Chile" });
  });

  it("ties a central bank's governor to the bank, part of its state, not to the state", () => {
    const governor = mentionOf("Chilean central bank governor Rosa Vidal said rates would hold.", "Rosa Vidal");
    expect(governor?.affiliation).toMatchObject({ canonical: "Chilean central bank", relation: "leader_of" });
    expect(mentionOf("Chilean central bank governor Rosa Vidal said rates would hold.", "Chilean central bank")?.affiliation).toMatchObject({ canonical: "Chile", relation: "part_of" });
  });

  it("makes no party or civic association a body of the state its name or the lexicon gives it", () => {
    const orgs = (text: string) => find(text).filter((m) => m.kind === "organisation");
    const [party] = orgs("The Socialist Party of Chile walked out of the session.");
    expect(party).toMatchObject({ canonical: "Socialist Party of Chile", affiliation: { canonical: "Chile" } });
    expect(party.affiliation?.relation).toBeUndefined();
    expect(orgs("Lawmakers of the Croat List voted against the budget.")[0].affiliation?.relation).toBeUndefined();
    expect(orgs("The Chilean Salmon Farmers Association sued.")[0].affiliation).toMatchObject({ canonical: "Chile" });
    expect(orgs("The Chilean Salmon Farmers Association sued.")[0].affiliation?.relation).toBeUndefined();
    expect(orgs("The African National Congress lost its majority.")[0].affiliation).toBeUndefined();
    expect(orgs("The Central Bank of Chile raised rates.")[0].affiliation).toMatchObject({ canonical: "Chile", relation: "part_of" });
    // A complement's head, singular or plural, says what a name opened by a state is; so does an alliance.
    const unions = orgs("The Malawi Congress of Trade Unions called a strike.")[0];
    expect(unions).toMatchObject({ canonical: "Malawi Congress of Trade Unions", affiliation: { canonical: "Malawi" } });
    expect(unions.affiliation?.relation).toBeUndefined();
    expect(orgs("The Peru Alliance of Small Farmers rejected the plan.")[0].affiliation?.relation).toBeUndefined();
    expect(orgs("The Peru Office of Statistics published data.")[0]?.affiliation).toMatchObject({ canonical: "Peru", relation: "part_of" });
  });

  it("makes an organisation of a name before 'coalition' or 'party'", () => {
    const ms = find("Banda said the Tonse coalition would boycott the vote.");
    expect(ms.find((m) => m.canonical === "Tonse")?.kind).toBe("organisation");
  });

  it("gives cabinet secretaries and resident representatives their posts", () => {
    const ms = find("The IMF approved a loan. Its resident representative, Lea Berg, said so. Kenya objected. Energy Cabinet Secretary Paul Kimani spoke.");
    expect(ms.find((m) => m.canonical === "Lea Berg")?.affiliation).toMatchObject({ canonical: "International Monetary Fund", relation: "member_of" });
    expect(ms.find((m) => m.canonical === "Paul Kimani")?.affiliation).toMatchObject({ canonical: "Kenya", relation: "member_of" });
  });
});

describe("titles held in a state's government", () => {
  it("gives the junta's spokesman the state named before", () => {
    const ms = find("Niger closed its border. The junta's spokesman, Colonel Amadou Abdou, defended the move.");
    expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Niger", relation: "spokesperson_of" });
  });
});

describe("portfolio titles and described owners", () => {
  it("makes a portfolio chief a member of the organisation named before", () => {
    const ms = find("EU trade chief Anna Virtanen said the talks would go on.");
    expect(ms.find((m) => m.kind === "person")).toMatchObject({ role: "trade chief", affiliation: { canonical: "European Union", relation: "member_of" } });
  });

  it("makes the head of a state's body a member of the state", () => {
    const ms = find("Peruvian navy chief Rosa Vidal left early.");
    expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Peru", relation: "member_of" });
  });

  it("gives 'the company's chief executive, X' the company named before", () => {
    const ms = find("Tarvex Mining said it would cut jobs. The company's chief executive, Ana Pinto, met unions.");
    expect(ms.find((m) => m.canonical === "Ana Pinto")?.affiliation).toMatchObject({ canonical: "Tarvex Mining", relation: "leader_of" });
  });
});

describe("organisations people work at", () => {
  it("makes an organisation of the name after 'analysts at'", () => {
    const ms = find("Analysts at Halden Morrow said demand would fall.");
    expect(ms.find((m) => m.canonical === "Halden Morrow")?.kind).toBe("organisation");
  });
});

describe("frames with an infinitive and courtesy titles", () => {
  it("makes a frame's infinitive and its object the proposal", () => {
    const ms = find("Sudan rejected Ethiopia's plan to build a second dam on the river.");
    expect(ms.find((m) => m.kind === "proposal")?.canonical).toBe("plan to build second dam");
  });

  it("leaves a courtesy title out of the name after a title", () => {
    const ms = find("Kuwaiti Prime Minister Sheikh Ahmad Abdullah Al Sabah arrived.");
    expect(ms.find((m) => m.kind === "person")?.canonical).toBe("Ahmad Abdullah Al Sabah");
  });
});

describe("peoples, demonyms and compass points named alone", () => {
  it("makes a group of a people named by its plural", () => {
    const ms = find("Thousands of Iraqi Kurds marched on Sunday. The guards met West Africans at the border.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Kurds", "West Africans"]);
    expect(ms.filter((m) => m.kind === "person")).toEqual([]);
  });

  it("names no person by a demonym or a compass point", () => {
    const ms = find("An official Syrian newspaper said the North had admitted it.");
    expect(ms.filter((m) => m.kind === "person")).toEqual([]);
  });
});

describe("titles running past capitalised words", () => {
  it("reads 'Federal Minister for Interior X' as a title and a name", () => {
    const ms = find("Nepal said so. The Federal Minister for Interior Ram Bahadur Thapa allowed the rally.");
    expect(ms.filter((m) => m.kind === "person").map((m) => m.canonical)).toEqual(["Ram Bahadur Thapa"]);
  });
});

describe("organisations that open with a title word or a state, or go by a foreign acronym", () => {
  it("reads a capitalised title opening an organisation's name as part of it", () => {
    const ms = find("The General Federation of Dockers of Chile called a strike. General Ana Rojas said no.");
    expect(brief(ms.filter((m) => m.kind !== "proposal"))).toEqual(["organisation:General Federation of Dockers of Chile", "person:Ana Rojas"]);
  });

  it("takes an acronym in brackets after an organisation's name as its alias even when its letters differ", () => {
    const ms = find("The ruling Party of Labour (PDT) lost its majority. The PDT said it would fight.");
    expect(ms.filter((m) => m.text === "PDT").map((m) => m.canonical)).toEqual(["Party of Labour", "Party of Labour"]);
  });

  it("knows consortia, blocs and electoral lists by their last word", () => {
    const ms = find("The Baltic Timber Consortium, the Green Bloc and the Croat List all objected.");
    expect(brief(ms).filter((m) => m.startsWith("organisation"))).toEqual(["organisation:Baltic Timber Consortium", "organisation:Green Bloc", "organisation:Croat List"]);
  });

  it("makes an organisation of a name starting with a state when an organisation noun follows it", () => {
    const ms = find("The ruling Ghana Forward coalition holds a majority.");
    expect(brief(ms)).toEqual(["organisation:Ghana Forward"]);
  });
});

describe("capitalised common words opening a sentence", () => {
  it("makes a group of a plural of people, and names no one by a participle before a known name", () => {
    const ms = find("Critics said the plan was weak. Neighbouring Chile disagreed.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["organisation:critics", "state:Chile"]);
  });
});

describe("titles after the body they are held in", () => {
  it("makes the holder of 'Senate President X' the leader of that senate, not of the state", () => {
    const ms = find("Chile's Senate voted. Ana Soto accused Senate President Luis Vera of lying.");
    expect(ms.find((m) => m.canonical === "Luis Vera")?.affiliation).toMatchObject({ canonical: "Chile's Senate", entityType: "organisation", relation: "leader_of" });
  });
});

describe("a state's legislature named generically", () => {
  it("joins 'Chile's legislature' to the parliament of Chile the text names", () => {
    const ms = find("Chile's Congress voted on Monday. Chile's legislature has often removed ministers.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Chile's Congress", "Chile's Congress"]);
  });
});

describe("a group named before a lower-case 'leader'", () => {
  it("makes an organisation of the one unknown word before 'leader' and a name", () => {
    const ms = find("Ubuntu leader Mary Wanjiku rejected the bill.");
    expect(ms.find((m) => m.canonical === "Ubuntu")?.kind).toBe("organisation");
    expect(ms.find((m) => m.canonical === "Mary Wanjiku")?.affiliation).toMatchObject({ canonical: "Ubuntu", relation: "leader_of" });
  });
});

describe("verbs coordinated before a proposal", () => {
  it("leaves a verb after 'and' out of the proposal it takes", () => {
    const ms = find("The board rejected the offer and confirmed plans to shut the depot.");
    expect(ms.filter((m) => m.kind === "proposal").map((m) => m.canonical)).toEqual(["plans"]);
  });
});

describe("a bare 'Congress' in a text naming one legislature in full", () => {
  it("joins 'Congress' to the named national assembly", () => {
    const ms = find("The deal needs the approval of the Federal Legislative Assembly. Congress will vote in May.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Federal Legislative Assembly", "Federal Legislative Assembly"]);
  });
});

describe("plurals of people opening a sentence", () => {
  it("makes a group actor of the plural, and of the groups it names with a possessive", () => {
    expect(brief(find("Prisoners rioted at the jail."))).toEqual(["organisation:prisoners"]);
    expect(brief(find("Farmers' groups in Punjab have warned of losses."))).toEqual(["organisation:Farmers' groups", "place:Punjab"]);
  });

  it("makes an organisation of the associations of any plural noun of people, not of a description before a name", () => {
    expect(brief(find("Vendors' associations in Lagos have warned of losses."))).toEqual(["organisation:Vendors' associations", "place:Lagos"]);
    expect(brief(find("Vendors' federation VFN called a strike.")).filter((m) => m.startsWith("organisation:Vendors"))).toEqual([]);
  });
});

describe("prepositions built on proposal nouns", () => {
  it("reads no proposal in 'in exchange for'", () => {
    const ms = find("The minister offered a unity cabinet in exchange for an end to the boycott.");
    expect(ms.filter((m) => m.kind === "proposal").map((m) => m.canonical).some((c) => c.startsWith("exchange"))).toBe(false);
  });

  it("keeps two particles in a row inside a name", () => {
    expect(personIn("Rosa de la Fuente rejected the plan.")?.canonical).toBe("Rosa de la Fuente");
    expect(personIn("Yesterday Joost van den Broek left.")?.canonical).toBe("Joost van den Broek");
  });

  it("makes a force or crowd named with no state an actor of its own, its synonyms one", () => {
    expect(brief(find("After the army sealed the square, riot police charged the demonstrators."))).toEqual(["organisation:army", "organisation:police", "organisation:protesters"]);
    expect(brief(find("The military denied it. Army chief Ole Berg spoke."))).toEqual(["organisation:army", "pronoun:it", "person:Ole Berg"]);
  });

  it("keeps a state's police an actor of its own, part of the state, and a state's army the state", () => {
    const [police] = find("Chilean police detained the organisers.");
    expect(police).toMatchObject({ kind: "organisation", canonical: "police", affiliation: { canonical: "Chile", relation: "part_of" } });
    expect(brief(find("Chile's army closed the road."))).toEqual(["state:Chile"]);
  });

  it("makes a state's army the army the text also names alone, unless it names two states' armies", () => {
    const civil = find("Chad's army and the rebel front signed a truce. The rebels said the army broke it.").filter((m) => m.kind === "organisation" && m.canonical === "army");
    expect(civil.map((m) => m.text)).toEqual(["Chad's army", "army"]);
    expect(civil[0].affiliation).toMatchObject({ canonical: "Chad", relation: "part_of" });
    expect(brief(find("The Peruvian army and the Chilean army met. The army chief left.")).slice(0, 2)).toEqual(["state:Peru", "state:Chile"]);
  });

  it("reads taxes, caps, pay rises and working weeks as proposals, a percentage and a span of time left out", () => {
    const proposals = (text: string) => find(text).filter((m) => m.kind === "proposal").map((m) => m.canonical);
    expect(proposals("Farmers want a 5% pay rise over two years and a four-day working week.")).toEqual(["pay rise", "four-day working week"]);
    expect(proposals("Lawmakers backed a 10 percent tax on sugar and a cap on rents.")).toEqual(["tax on sugar", "cap on rents"]);
    // A plural ends a head of two words as its singular does.
    expect(proposals("Nurses demanded pay rises and Chile proposed buffer zones.")).toEqual(["pay rises", "buffer zones"]);
    // A complement of counts alone leaves no preposition at the end.
    expect(proposals("Nurses demanded a pay rise of 6 percent.")).toEqual(["pay rise"]);
    // A change the tagger reads as a verb after its noun ("a tax cut.") ends the head, not the measure.
    expect(proposals("Farmers demanded a tax cut and a price cap.")).toEqual(expect.arrayContaining(["tax cut", "price cap"]));
  });

  it("reads a proposal head right before a title as the title's portfolio, no measure ('the EU aid chief')", () => {
    expect(personIn("Maria Lund, the EU aid chief, visited the camp.")).toMatchObject({ canonical: "Maria Lund", role: "aid chief", affiliation: { canonical: "European Union" } });
    expect(find("Maria Lund, the EU aid chief, visited the camp.").some((m) => m.kind === "proposal")).toBe(false);
  });

  it("gives a person the title of an apposition that names its body first ('X, the UN relief chief,')", () => {
    const person = personIn("Tomas Berg, the UN relief chief, visited the camp.");
    expect(person).toMatchObject({ canonical: "Tomas Berg", role: "relief chief", affiliation: { canonical: "United Nations", relation: "member_of" } });
    expect(find("Tomas Berg, the UN relief chief, visited the camp.").some((m) => m.kind === "title")).toBe(false);
  });

  it("ends a proposal before a verb that follows a bracketed acronym", () => {
    const proposals = find("The Nordic Fishers Union (NFU) demanded access to the quota.").filter((m) => m.kind === "proposal");
    expect(proposals.map((m) => m.canonical)).toEqual(["access to quota"]);
  });

  it("reads a region's title before a name as the person's office in the region", () => {
    const ms = find("Ontario Premier Dana Okoye rejected the levy.");
    expect(brief(ms).slice(0, 2)).toEqual(["place:Ontario", "person:Dana Okoye"]);
    expect(ms[1].affiliation).toMatchObject({ canonical: "Ontario", relation: "leader_of" });
  });

  it("types names with an organisation word as organisations: a chamber, a word before the state, a complement opening with 'First'", () => {
    expect(brief(find("The Lagos Chamber of Commerce and Industry backed the plan."))[0]).toBe("organisation:Lagos Chamber of Commerce and Industry");
    expect(find("Farm Action Network Ghana criticised it.")[0]).toMatchObject({ kind: "organisation", affiliation: { canonical: "Ghana", relation: "part_of" } });
    expect(brief(find("The Council of First Peoples met."))[0]).toBe("organisation:Council of First Peoples");
  });

  it("keeps a hyphened lower-case syllable in a name ('Lee Jae-myung'), not a modifier ('Biden-era')", () => {
    expect(personIn("Interior Minister Park Min-jun resigned.")?.canonical).toBe("Park Min-jun");
    expect(brief(find("The Oslo-based group Nora Vik-led said.")).some((m) => m.endsWith("Vik-led"))).toBe(false);
  });

  it("gives 'its spokesman X' (no comma) the organisation named before", () => {
    const person = find("The Kivu Farmers Union rejected the levy. Its spokesman Ali Banda called it unfair.").find((m) => m.kind === "person");
    expect(person).toMatchObject({ canonical: "Ali Banda", ownedBy: "its" });
    const same = personIn("The Kivu Farmers Union said its spokesman Ali Banda would travel.");
    expect(same?.affiliation).toMatchObject({ canonical: "Kivu Farmers Union", relation: "spokesperson_of" });
  });

  it("reads organisation names of two runs joined by 'and', even one opening with a title word", () => {
    expect(brief(find("The Farming and Fisheries Workers Association protested."))[0]).toBe("organisation:Farming and Fisheries Workers Association");
    expect(brief(find("The Justice and Renewal Party protested."))[0]).toBe("organisation:Justice and Renewal Party");
  });

  it("reads a portfolio tagged as an adjective right before a title ('EU antitrust chief X')", () => {
    expect(personIn("EU antitrust chief Lena Holt spoke.")?.affiliation).toMatchObject({ canonical: "European Union", relation: "member_of" });
  });

  it("leaves an opening 'The' out of a longer name that starts with a known one", () => {
    expect(brief(find("The UN Relief Mission in Chad left."))[0]).toBe("organisation:UN Relief Mission in Chad");
  });

  it("makes a capital's mayor the leader of the city, not the state", () => {
    const ms = find("Lima Mayor Rosa Quispe closed the market.");
    expect(brief(ms).slice(0, 2)).toEqual(["place:Lima", "person:Rosa Quispe"]);
    expect(ms[1].affiliation).toMatchObject({ canonical: "Lima", entityType: "place", relation: "leader_of" });
  });

  it("makes a place of an unknown name before a title regions give, led by the holder", () => {
    const ms = find("Rio Verde Governor Ana Costa signed the decree.");
    expect(brief(ms).slice(0, 2)).toEqual(["place:Rio Verde", "person:Ana Costa"]);
    expect(ms[1].affiliation).toMatchObject({ canonical: "Rio Verde", entityType: "place", relation: "leader_of" });
    expect(brief(find("Pensions Minister Ana Diaz resigned.")).slice(0, 1)).toEqual(["person:Ana Diaz"]);
  });

  it("holds a title after a region's possessive in the region, and a regional one in the region its sentence opens with", () => {
    expect(personIn("Bavaria's interior minister, Klaus Weber, banned the march.")).toMatchObject({ affiliation: { canonical: "Bavaria", entityType: "place", relation: "member_of" } });
    expect(personIn("Australia set new mining rules. Queensland, however, said it would sue, and Premier Sarah Blake called the rules unfair.")).toMatchObject({ affiliation: { canonical: "Queensland", relation: "leader_of" } });
    // A state's title stays the state's after a region opens the sentence.
    expect(personIn("Australia set new mining rules. In Queensland, Prime Minister Tom Hale opened a mine.")).toMatchObject({ affiliation: { canonical: "Australia", relation: "leader_of" } });
  });

  it("reads a frame named by its modifiers alone as a proposal ('the Egyptian offer'), not a bare or measure-led one", () => {
    const proposals = (text: string) => find(text).filter((m) => m.kind === "proposal").map((m) => m.canonical);
    expect(proposals("Peru accepted the Chilean offer.")).toEqual(["Chilean offer"]);
    expect(proposals("Peru rejected the latest offer.")).toEqual([]);
  });

  it("reads a verb after an adverb as no participle of the measure ('also demanded talks'), but 'newly imposed sanctions'", () => {
    const proposals = (text: string) => find(text).filter((m) => m.kind === "proposal").map((m) => m.canonical);
    expect(proposals("The union also demanded talks.")).toEqual(["talks"]);
    expect(proposals("Chile opposed the newly imposed sanctions.")).toEqual(["imposed sanctions"]);
  });

  it("names no force by a count or a compound ('an army of lawyers', 'the military-led government')", () => {
    expect(brief(find("An army of lawyers backed the bill."))).toEqual(["proposal:bill"]);
    expect(brief(find("The military-led government of Chad spoke."))).toEqual(["state:Chad"]);
    expect(brief(find("Chad accused the army of looting."))).toEqual(["state:Chad", "organisation:army"]);
  });
});

describe("organisation names", () => {
  it("makes organisations of names ending or opening in other languages' words for a party, front or council", () => {
    const kinds = (text: string) => brief(find(text)).filter((m) => !m.startsWith("proposal"));
    expect(kinds("The Lok Kisan Morcha and the Rashtriya Jan Sangh marched.")).toEqual(["organisation:Lok Kisan Morcha", "organisation:Rashtriya Jan Sangh"]);
    expect(kinds("Partai Rakyat Baru nominated Ade Wirawan.")).toEqual(["organisation:Partai Rakyat Baru", "person:Ade Wirawan"]);
  });

  it("makes no actor of a storm, a military operation or a ship, and keeps a firm a storm word opens", () => {
    expect(brief(find("Cyclone Amara struck Mozambique as Operation Northern Shield began."))).toEqual(["state:Mozambique"]);
    expect(brief(find("The tanker Blue Osprey was seized off Oman."))).toEqual(["state:Oman"]);
    // A ship an apposition names is none, there and wherever the text names it; a person described with a ship is one.
    expect(brief(find("The Sea Lark, a Greek-owned bulk ship, ran aground near Oman. The Sea Lark was refloated."))).toEqual(["state:Oman"]);
    expect(brief(find("Nora Bell, a captain of the ship, spoke."))).toEqual(["person:Nora Bell"]);
    expect(brief(find("Storm Ventures Group bought the stake."))).toContain("organisation:Storm Ventures Group");
  });

  it("reads a lexicon name opening a treaty's name as the treaty, and one opening an event's as nothing", () => {
    expect(brief(find("Under the Lima Accord, both sides cut tariffs."))).toEqual(["proposal:Lima Accord", "proposal:tariffs"]);
    expect(brief(find("On the sidelines of the ASEAN Summit, the minister met reporters."))).toEqual(["title:minister"]);
    // A measure named by its number is read from its head word.
    expect(brief(find("The UN Security Council Resolution 2334 was cited.")).some((m) => m === "proposal:Resolution 2334")).toBe(true);
  });

  it("makes no organisation of an acronym of a common noun, alone or in the plural, and keeps one of a name", () => {
    const organisations = (text: string) => brief(find(text)).filter((m) => m.startsWith("organisation"));
    expect(organisations("Traders said GDP growth slowed as LNG prices rose and COVID cases fell.")).toEqual([]);
    expect(organisations("Officials said UAVs hit the depot before the KDF withdrew.")).toEqual(["organisation:KDF"]);
  });

  it("makes a firm of a name ending in a legal form of any jurisdiction, and of one 'PT' opens", () => {
    const firms = (text: string) => brief(find(text)).filter((m) => !m.startsWith("proposal"));
    expect(firms("Norvalla AB and Kestrel Oyj said sales fell.")).toEqual(["organisation:Norvalla AB", "organisation:Kestrel Oyj"]);
    expect(firms("Tanjung Permai Bhd and Sarana Jaya Tbk cut output.")).toEqual(["organisation:Tanjung Permai Bhd", "organisation:Sarana Jaya Tbk"]);
    expect(firms("Airbus SE raised the forecast.")).toEqual(["organisation:Airbus SE"]);
    expect(firms("PT Sarana Jaya cut output.")).toEqual(["organisation:PT Sarana Jaya"]);
    // Still Brazil's party before a title or alone.
    expect(firms("PT lawmakers and PT Senator Ana Costa voted against it.").filter((m) => m.startsWith("organisation"))).toEqual(["organisation:Partido dos Trabalhadores", "organisation:Partido dos Trabalhadores"]);
  });

  it("ends a listed complement at its 'and', so a name in apposition after a comma is no part of it", () => {
    expect(brief(find("The head of the Council for Trade, Works and Housing, Rania Haddad, resigned."))).toEqual(["organisation:Council for Trade, Works and Housing", "person:Rania Haddad"]);
    expect(brief(find("A spokesman for the Union for Progress, Omar Diallo, denied the report.")).filter((m) => !m.startsWith("title"))).toEqual(["organisation:Union for Progress", "person:Omar Diallo"]);
  });

  it("names a company by its first word without its trade and company word", () => {
    const ms = find("Arvela Heavy Industries rejected the offer. Arvela said talks would resume.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Arvela Heavy Industries", "Arvela Heavy Industries"]);
  });

  it("names a miner by its first word without the metal it mines", () => {
    const ms = find("Tarvik Copper filed a claim. Regulators said Tarvik had until June.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Tarvik Copper", "Tarvik Copper"]);
  });

  it("ties a person in an apposition to the organisation named right before its title, and reads a legislator's seat as a place", () => {
    const ms = find("\"It is theft,\" said Oskar Lind, a Green Unity member of parliament. Mara Vell, a lawmaker for Port Severn, agreed.");
    expect(ms.find((m) => m.canonical === "Oskar Lind")).toMatchObject({ role: "member of parliament", affiliation: { canonical: "Green Unity", relation: "member_of" } });
    expect(kindOf("Mara Vell, a lawmaker for Port Severn, agreed.", "Port Severn")).toBe("place");
    // Whom a spokesman speaks for is no seat.
    expect(kindOf("Jan Holt, a spokesman for Teodor Vasic, declined to comment.", "Teodor Vasic")).toBe("person");
  });

  it("makes a lone name an organisation after a hyphened participle of who owns, runs or lists it", () => {
    expect(kindOf("Farmers borrow from the state-owned Agribanco at lower rates.", "Agribanco")).toBe("organisation");
    expect(kindOf("Shares in the Oslo-listed Nordhav fell.", "Nordhav")).toBe("organisation");
    // Not a name after a participle of something else.
    expect(kindOf("The long-awaited Halvorsen spoke on Monday.", "Halvorsen")).not.toBe("organisation");
  });

  it("keeps a bracketed name after a party's as part of it, and knows the party by it later", () => {
    const ms = find("The Renewal Party (Progressive Wing) and the Renewal Party (Unity Faction) split. The Unity Faction left the coalition.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual([
      "Renewal Party (Progressive Wing)", "Renewal Party (Unity Faction)", "Renewal Party (Unity Faction)",
    ]);
    expect(find("The Union of Dock Workers (UDW) struck.").map((m) => m.canonical)).toEqual(["Union of Dock Workers", "Union of Dock Workers"]);
    expect(find("The Federation of Dock Workers (Fedowa) struck.").map((m) => m.canonical)).toEqual(["Federation of Dock Workers", "Federation of Dock Workers"]);
  });

  it("takes a body's name without its state for the body of the one state named with it", () => {
    const named = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => m.canonical);
    expect(named("Chile's Supreme Court ruled on Monday. The Supreme Court said the decree was void.")).toEqual(["Chile's Supreme Court", "Chile's Supreme Court"]);
    expect(named("Chile's Supreme Court and Peru's Supreme Court disagreed. The Supreme Court said so.")).toEqual(["Chile's Supreme Court", "Peru's Supreme Court", "Supreme Court"]);
  });

  it("reads a lone head word as the body last spelt out with it, not one named by an acronym", () => {
    const ms = find("The Data Protection Commission (DPC) fined Tessera. Brussels objected. The DPC said the Commission was wrong.");
    expect(ms.filter((m) => m.text === "Commission").map((m) => m.canonical)).toEqual(["European Commission"]);
  });
  it("reads a complement of a complement, and a lexicon name spelt without 'the' past one spelt with it", () => {
    const named = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => m.canonical);
    expect(named("The Office for the Promotion of Rural Affairs said so.")).toEqual(["Office for the Promotion of Rural Affairs"]);
    expect(named("Fiji asked the Pacific Islands Forum to meet.")).toEqual(["Pacific Islands Forum"]);
  });
});

describe("two names joined, and chambers", () => {
  it("splits two complete company names joined by 'and', but keeps a name of two runs", () => {
    const named = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => m.canonical);
    expect(named("Corvane Systems and Halbrook Aerospace said they would comply.")).toEqual(["Corvane Systems", "Halbrook Aerospace"]);
    expect(named("The Justice and Renewal Party won.")).toEqual(["Justice and Renewal Party"]);
  });

  it("keeps a name of two runs joined by 'and' whole when a lower-case noun after it says it is a party", () => {
    const named = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => m.canonical);
    // The acronym in brackets names it too.
    expect(named("The ruling Unity and Renewal party (UR) called for a delay.")).toEqual(["Unity and Renewal", "Unity and Renewal"]);
    expect(named("Leaders of the Peace and Progress movement met on Sunday.")).toEqual(["Peace and Progress"]);
    // Two places joined by "and" before a noun they modify stay two places.
    expect(find("Turnout fell in Lagos and Kano party strongholds.").filter((m) => m.kind !== "person").map((m) => `${m.kind}:${m.canonical}`)).toEqual(["place:Lagos", "place:Kano"]);
  });

  it("names a chamber of a legislature after 'House of'", () => {
    const named = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => m.canonical);
    expect(named("The court ordered that the House of Representatives be restored.")).toEqual(["House of Representatives"]);
    expect(named("The House of Councillors rejected the bill.")).toEqual(["House of Councillors"]);
  });
});

describe("bodies of a state", () => {
  it("lets the leader of a state's body lead the body, and its spokesman serve the state", () => {
    const ms = find("Zambian Congress leader Ruth Banda welcomed the ruling. Zambian Foreign Ministry spokesman John Phiri disagreed.");
    expect(ms.find((m) => m.canonical === "Ruth Banda")?.affiliation).toMatchObject({ canonical: "Zambian Congress", relation: "leader_of" });
    expect(ms.find((m) => m.canonical === "John Phiri")?.affiliation).toMatchObject({ canonical: "Zambia", relation: "spokesperson_of" });
  });

  it("never takes two bodies of one state for one because of the state's demonym", () => {
    const bodies = find("Zambian Congress met on Monday. The Zambian Foreign Ministry said it disagreed.").filter((m) => m.body).map((m) => m.canonical);
    expect(bodies).toEqual(["Zambian Congress", "Zambian Foreign Ministry"]);
  });
});

describe("groups of a state's people", () => {
  it("makes a group of a state's people named with its possessive, not of a body or a compound", () => {
    const ms = find("Kenya's dairy farmers welcomed the deal. Malawi's main opposition party rejected it.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Kenya's dairy farmers"]);
    expect(ms.filter((m) => m.kind === "state").map((m) => m.canonical)).toEqual(["Malawi"]);
  });

  it("reads the group past more than one modifier", () => {
    const ms = find("Ghana's small cocoa farmers rejected the new price.");
    expect(ms.filter((m) => m.kind === "organisation").map((m) => m.canonical)).toEqual(["Ghana's small cocoa farmers"]);
  });
});

describe("place names", () => {
  it("makes places of a state's name before a place word and of a name joined to a known place before a plural place noun", () => {
    const places = (text: string) => find(text).filter((m) => m.kind === "place").map((m) => m.canonical);
    expect(places("Storms crossed the Mozambique Channel.")).toEqual(["Mozambique Channel"]);
    expect(places("Cases rose in Sofala and Tetevi provinces.")).toEqual(["Sofala", "Tetevi"]);
  });
});

describe("national societies", () => {
  it("makes a state's name or demonym before a movement's name the state's own society, apart from the international body", () => {
    const ms = find("The Uganda Red Cross and the Danish Red Crescent Society sent tents, the International Committee of the Red Cross said.");
    expect(brief(ms.filter((m) => m.kind !== "proposal"))).toEqual(["organisation:Uganda Red Cross", "organisation:Danish Red Crescent Society", "organisation:International Committee of the Red Cross"]);
    expect(ms[0].affiliation).toMatchObject({ canonical: "Uganda", relation: "part_of" });
    expect(ms[1].affiliation).toMatchObject({ canonical: "Denmark", relation: "part_of" });
  });
});

describe("surnames spelt like pronouns", () => {
  it("reads a capitalised pronoun inside a sentence, after a title and before a name, as the name's first word", () => {
    const [person] = find("The talks stalled, foreign ministry spokesman He Rongfei told reporters.").filter((m) => m.kind === "person");
    expect(person).toMatchObject({ canonical: "He Rongfei", role: "spokesman" });
    expect(find("He Rongfei left. Then he spoke.").filter((m) => m.kind === "pronoun").map((m) => m.text)).toEqual(["He", "he"]);
  });
});

describe("departments named by portfolio and state", () => {
  it("makes portfolios before a state's name the state's department, with portfolios joined by 'and'", () => {
    const orgs = (text: string) => find(text).filter((m) => m.kind === "organisation").map((m) => [m.canonical, m.affiliation?.canonical]);
    expect(orgs("The permit was withdrawn by Fisheries and Oceans Canada after Transport Canada objected.")).toEqual([["Fisheries and Oceans Canada", "Canada"], ["Transport Canada", "Canada"]]);
    expect(find("Talks between Germany and Health Canada resumed.").filter((m) => m.kind === "state").map((m) => m.canonical)).toEqual(["Germany"]);
    expect(personIn("Peter Canada left.")).toMatchObject({ canonical: "Peter Canada" });
  });
});

describe("names listed after a plural noun", () => {
  it("gives a name joined by 'and' to an organisation after a plural noun the organisation's kind, not a person's", () => {
    const kinds = (text: string) => find(text).filter((m) => m.kind === "organisation" || m.kind === "person").map((m) => `${m.kind}:${m.canonical}`);
    expect(kinds("The order went to shipbuilders Norvik Marine Industries and Tallis Yards.")).toEqual(["organisation:Norvik Marine Industries", "organisation:Tallis Yards"]);
    expect(kinds("The insurer Halvorsen Group and Maria Lopez met.")).toEqual(["organisation:Halvorsen Group", "person:Maria Lopez"]);
  });
});

describe("capitals moved from", () => {
  it("keeps a capital a movement leaves a place, where a capital hosting talks or travelled to is its state the text names", () => {
    const ms = find("Mali accepted the plan. Rebels agreed to withdraw their units from Bamako. Delegates met in Bamako. The envoy will travel to Bamako.");
    expect(ms.filter((m) => m.text === "Bamako").map((m) => m.kind)).toEqual(["place", "state", "state"]);
  });
});

describe("demonyms listed before a plural of states", () => {
  it("names each state of a list of demonyms before 'states' or 'countries', not a group", () => {
    const ms = find("The pipeline crosses the South Korean, Japanese and Chinese states, and Chilean farmers oppose it.");
    expect(brief(ms.filter((m) => m.kind !== "proposal" && m.kind !== "pronoun"))).toEqual(["state:South Korea", "state:Japan", "state:China", "organisation:Chilean farmers"]);
    expect(ms[0].text).toBe("South Korean");
  });
});

describe("names a title is held in", () => {
  it("makes an unknown name after an apposition's leading title and 'of' the organisation led, not a person", () => {
    const ms = find("Omar Diallo, head of the Kora Traders, disagreed. Ruth Alvarez, a spokeswoman for Pedro Gomez, objected.");
    expect(brief(ms)).toEqual(["person:Omar Diallo", "organisation:Kora Traders", "person:Ruth Alvarez", "person:Pedro Gomez"]);
    expect(ms[0].affiliation).toMatchObject({ canonical: "Kora Traders", relation: "leader_of" });
  });

  it("reads a side word before a body's name as which side it is on, no body of the state", () => {
    const ms = find("Ghana's main opposition Umoja Alliance party rejected the levy.");
    expect(brief(ms)).toEqual(expect.arrayContaining(["state:Ghana", "organisation:Umoja Alliance"]));
    expect(ms.some((m) => m.text.includes("opposition"))).toBe(false);
  });

  it("reads 'leader of the opposition' before a party's name as the party's leader", () => {
    const ms = find("Ruth Ngoma, leader of the opposition Kwacha Alliance, rejected the levy.");
    expect(ms.find((m) => m.canonical === "Ruth Ngoma")).toMatchObject({ role: "leader", affiliation: { canonical: "Kwacha Alliance", relation: "leader_of" } });
    expect(find("Ruth Ngoma, leader of the opposition KWA, spoke.").find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "KWA", relation: "leader_of" });
    // The formal office keeps its title, and so does one before its holder's name.
    expect(find("Leader of the Opposition Ruth Ngoma spoke.").find((m) => m.kind === "person")).toMatchObject({ canonical: "Ruth Ngoma", role: "Leader of the Opposition" });
    expect(find("The leader of the opposition Ruth Ngoma spoke.").find((m) => m.kind === "person")).toMatchObject({ canonical: "Ruth Ngoma", role: "leader of the opposition" });
  });

  it("makes a leader named with 'of' and a party the party's leader, and an unknown name there the party", () => {
    const ms = find("Opposition leader Rosa Tembo of Umoja criticised the levy. Party leader Ivo Kant of the Green Dawn party agreed.");
    expect(ms.find((m) => m.canonical === "Umoja")?.kind).toBe("organisation");
    expect(ms.find((m) => m.canonical === "Rosa Tembo")?.affiliation).toMatchObject({ canonical: "Umoja", relation: "leader_of" });
    expect(ms.find((m) => m.canonical === "Ivo Kant")?.affiliation).toMatchObject({ relation: "leader_of" });
  });

  it("makes an unnamed body a description of more than one word names the one its title is held in", () => {
    for (const text of ["Mali cut rates. The central bank's governor, Awa Keita, said prices were easing.", "Mali cut rates. Awa Keita, governor of the central bank, said prices were easing."]) {
      expect(find(text).find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "central bank", entityType: "organisation", relation: "leader_of" });
    }
    // A body named before with the description's word is the one meant.
    const named = find("The Bank of Mali cut rates. Awa Keita, governor of the central bank, said prices were easing.");
    expect(named.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Bank of Mali", relation: "leader_of" });
  });

  it("makes a generic description after a title's 'for' the organisation named last ('X, a spokeswoman for the company,')", () => {
    const ms = find("Tarvex Mining cut jobs. Ana Lima, a spokeswoman for the company, said talks would go on.");
    expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Tarvex Mining", relation: "spokesperson_of" });
  });

  it("makes a lone word spoken for, never written as a surname, the body the spokesperson serves", () => {
    for (const text of ["Ruth Alvarez, a spokeswoman for Energica, said the grid was stable.", "Energica spokeswoman Ruth Alvarez said the grid was stable."]) {
      const ms = find(text);
      expect(brief(ms)).toEqual(expect.arrayContaining(["organisation:Energica", "person:Ruth Alvarez"]));
      expect(ms.find((m) => m.kind === "person")?.affiliation).toMatchObject({ canonical: "Energica", relation: "spokesperson_of" });
    }
    // A surname the text gives a person is that person's.
    expect(kindOf("Pedro Gomez arrived. Ruth Alvarez, a spokeswoman for Gomez, said he was well.", "Gomez")).toBe("person");
  });
});

describe("names with linking syllables", () => {
  it("keeps a name whose words a hyphened linking syllable joins ('-e-', '-ut-') one name", () => {
    const orgs = find("Police blamed the Harakat-ul-Noor group and the Majlis-e-Kisan party.").filter((m) => m.kind === "organisation").map((m) => m.canonical);
    expect(orgs).toContain("Harakat-ul-Noor");
    expect(orgs).toContain("Majlis-e-Kisan");
  });
});

describe("names opened by 'All'", () => {
  it("reads 'the All' before a state's name as the start of an organisation's name, not the state", () => {
    const [person, union] = find("Rahim Qureshi, chairman of the All Bangladesh Rickshaw Pullers, rejected the fee.");
    expect(union).toMatchObject({ kind: "organisation", canonical: "All Bangladesh Rickshaw Pullers", affiliation: { canonical: "Bangladesh", relation: "part_of" } });
    expect(person.affiliation).toMatchObject({ canonical: "All Bangladesh Rickshaw Pullers", relation: "leader_of" });
  });
});

describe("seat cities of a body and its whole", () => {
  it("makes a body's seat city the whole it is part of when the text names the whole and not the body", () => {
    const seat = (text: string) => find(text).find((m) => m.text === "Brussels")?.canonical;
    expect(seat("The EU warned Oslo that Brussels would retaliate.")).toBe("European Union");
    expect(seat("The European Commission warned Oslo that Brussels would retaliate against the EU's rivals.")).toBe("European Commission");
    expect(seat("Oslo said Brussels would retaliate.")).toBe("European Commission");
  });
});

describe("offices named by a title", () => {
  it("makes a capitalised title's office an organisation, not the title's holder", () => {
    const ms = find("The Chief Justice's office said the hearing would resume. Chief Justice Amara Bello declined to comment.");
    expect(brief(ms.filter((m) => m.kind === "organisation" || m.kind === "person"))).toEqual(["organisation:Chief Justice's office", "person:Amara Bello"]);
  });
});

describe("names no lexicon knows, typed by their words and their context", () => {
  it("makes a capital's name before a lower-case place noun another place of its state, not the capital", () => {
    const [place] = find("Floods cut the roads of Lima province on Sunday.").filter((m) => m.kind === "place");
    expect(place).toMatchObject({ canonical: "Lima province", affiliation: { canonical: "Peru", relation: "part_of" } });
  });

  it("makes a name opened by another language's word for a group, bank or company an organisation", () => {
    expect(kindOf("Grupo Tarrasco rejected the fine on Monday.", "Grupo Tarrasco")).toBe("organisation");
    expect(kindOf("Banco Austral said it would lend more to farmers.", "Banco Austral")).toBe("organisation");
  });

  it("makes a name of several words ending in a plural of people in a trade their association or firm", () => {
    expect(kindOf("Oduya Cocoa Processors said it would cut prices.", "Oduya Cocoa Processors")).toBe("organisation");
    expect(kindOf("The levy was criticised by Marula Tea Traders.", "Marula Tea Traders")).toBe("organisation");
    // Alone, such a plural opening a sentence is the people themselves.
    expect(kindOf("Exporters said shipments would stop.", "Exporters")).not.toBe("person");
  });

  it("makes a name after a noun for a kind of firm an organisation", () => {
    expect(kindOf("On Friday, commodities trader Marlow Agri cut its forecast.", "Marlow Agri")).toBe("organisation");
    expect(kindOf("Orders rose at chipmaker Tesson Micro.", "Tesson Micro")).toBe("organisation");
  });

  it("makes a name ending in a word of a company's trade a company, but not that word alone", () => {
    expect(kindOf("Ocean Harvest Seafood accused the ministry of bias.", "Ocean Harvest Seafood")).toBe("organisation");
    expect(kindOf("A spokesperson for Halvard Medical said it would comply.", "Halvard Medical")).toBe("organisation");
    expect(kindOf("The union accused Kojo Boateng Transport of ignoring safety rules.", "Kojo Boateng Transport")).toBe("organisation");
    expect(brief(find("The study came from the Marine and Coastal Research Institute on Monday."))).toEqual(["organisation:Marine and Coastal Research Institute"]);
  });

  it("makes a company, not a place, of a name with a company's head after a verb of movement", () => {
    expect(kindOf("The contract went to Zhongshan Construction.", "Zhongshan Construction")).toBe("organisation");
    expect(kindOf("The convoy went to Kelbara.", "Kelbara")).toBe("place");
  });

  it("makes a name ending in 'Mines' a company", () => {
    expect(kindOf("Lusenga Copper Mines said output rose in March.", "Lusenga Copper Mines")).toBe("organisation");
  });

  it("makes an unknown name set beside an organisation's name that organisation's short name, there and later", () => {
    const ms = find("Cafebod, the Tarvia Coffee Board, raised the price. Cafebod blamed smugglers for the shortfall.");
    expect(new Set(brief(ms.filter((m) => m.kind === "organisation" || m.kind === "person")))).toEqual(new Set(["organisation:Tarvia Coffee Board"]));
  });

  it("names a state's body described in lower case by the lone name or organisation's name set beside it", () => {
    for (const text of ["Chile's copper regulator, Cobrex, said it would cut quotas.", "Cobrex, Chile's copper regulator, said it would cut quotas."]) {
      const bodies = find(text).filter((m) => m.kind === "organisation");
      expect(bodies.map((m) => m.canonical)).toEqual(["Cobrex", "Cobrex"]);
      expect(bodies.find((m) => m.body)?.affiliation).toMatchObject({ canonical: "Chile", relation: "part_of" });
    }
    // A person's full name beside the description stays a person's.
    expect(kindOf("Ana Rojas, Chile's copper regulator, said it would cut quotas.", "Ana Rojas")).toBe("person");
  });

  it("keeps the links of a name in another language inside it ('en', 'des', 'los')", () => {
    expect(kindOf("The charity Amigos en Marcha said the plan came too late.", "Amigos en Marcha")).toBe("organisation");
    expect(kindOf("The union Syndicat des Dockers said it would strike on Monday.", "Syndicat des Dockers")).toBe("organisation");
  });

  it("makes a name ending in a company word of finance or energy a company, not a person", () => {
    expect(kindOf("Coral Reef Finance said on Tuesday it would not renew the credit line.", "Coral Reef Finance")).toBe("organisation");
    expect(kindOf("Tamberlane Capital declined to join the bid.", "Tamberlane Capital")).toBe("organisation");
    expect(kindOf("Solvey Energies said it would build the plant.", "Solvey Energies")).toBe("organisation");
  });

  it("makes a name an apposition calls a gang or a cartel an organisation", () => {
    expect(kindOf("Police blamed the killings on Los Halcones, a gang that runs the port.", "Los Halcones")).toBe("organisation");
    expect(kindOf("Prosecutors charged Pedro Vaca, the cartel's accountant, on Friday.", "Pedro Vaca")).toBe("person");
  });

  it("makes a name a relative clause of place describes a place, but not a body named by its organisation word", () => {
    expect(kindOf("Santa Ines-Del Valle, where the mine lies, rejected the permit.", "Santa Ines-Del Valle")).toBe("place");
    expect(kindOf("The bill went to the Provincial Assembly, where the governor has no majority.", "Provincial Assembly")).toBe("organisation");
  });
});

describe("international NGOs in the lexicon", () => {
  it("names campaign and aid groups whose names read like common words ('Friends of the Earth', 'World Vision')", () => {
    const ms = find("Friends of the Earth, Global Witness and World Vision urged the lenders to walk away.");
    expect(brief(ms)).toEqual(["organisation:Friends of the Earth", "organisation:Global Witness", "organisation:World Vision"]);
  });
});

describe("a state's named authority", () => {
  it("makes a capitalised authority named with its state's possessive an organisation of its own, while 'the authorities' stay the state", () => {
    const ms = find("Ghana's Minerals Authority said it would suspend the licence. Ghanaian authorities said the mine was closed.");
    expect(brief(ms)).toContain("organisation:Ghana's Minerals Authority");
    expect(ms.find((m) => m.text === "Ghanaian authorities")?.kind).toBe("state");
  });
});

describe("regional governments and lists set off by a comma", () => {
  it("makes a region's adjective or unknown name before 'regional government' that government, an organisation", () => {
    const ms = find("The Galician regional government said it would appeal. The Tarvia provincial government backed the plan.");
    expect(brief(ms.filter((m) => m.kind === "organisation"))).toEqual(["organisation:Galician regional government", "organisation:Tarvia provincial government"]);
  });

  it("gives the names listed after a plural noun of organisations and a comma that noun's kind, but not a speaker set off inside a clause", () => {
    const ms = find("Two fishing cooperatives, Marenza and Portalba, said they would stay in port.");
    expect(brief(ms.filter((m) => m.kind !== "pronoun"))).toEqual(["organisation:Marenza", "organisation:Portalba"]);
    expect(brief(find("The unions, Marenza said, would strike on Monday."))).toEqual(["person:Marenza"]);
  });
});

describe("names of organisations by their shape", () => {
  it("makes a word of two words run together an organisation, but not a surname with a prefix", () => {
    const ms = find("The SaveTheDelta campaign welcomed the ruling. MacArthur said it came too late.");
    expect(brief(ms.filter((m) => m.kind !== "pronoun"))).toEqual(["organisation:SaveTheDelta", "person:MacArthur"]);
  });

  it("reads every complement of a complement into an organisation's name", () => {
    const ms = find("The National Office for the Protection of Children of Migrant Workers opened an inquiry.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["organisation:National Office for the Protection of Children of Migrant Workers"]);
  });

  it("reads a second complement with its article into the name, unless it is a known name the organisation is only of", () => {
    const organisations = (text: string) => brief(find(text)).filter((m) => !m.startsWith("proposal") && !m.startsWith("pronoun"));
    expect(organisations("The Federation of Herders of the Upper Rift Valley said it would sue.")).toEqual(["organisation:Federation of Herders of the Upper Rift Valley"]);
    expect(organisations("The Association of Growers of the Lake-Region Scheme filed an appeal.")).toEqual(["organisation:Association of Growers of the Lake-Region Scheme"]);
    expect(organisations("The Union of Drivers of the United Arab Emirates called a strike.")).toEqual(["organisation:Union of Drivers", "state:United Arab Emirates"]);
  });
});

describe("bodies named with their state", () => {
  it("keeps the complement of a capitalised body after a state's possessive or demonym", () => {
    const bodies = (text: string) => brief(find(text)).filter((m) => !m.startsWith("proposal") && !m.startsWith("pronoun"));
    expect(bodies("Ghana's Ministry of Lands and Natural Resources revoked the permits.")).toEqual(["organisation:Ghana's Ministry of Lands and Natural Resources"]);
    expect(bodies("The Peruvian Ministry of Energy and Mines said it would review the licence.")).toEqual(["organisation:Peruvian Ministry of Energy and Mines"]);
  });
});

describe("companies named by their trade", () => {
  it("makes a name ending in a trade's word a company, not a person ('Pharma', 'Oil', 'Cement')", () => {
    const ms = find("Orvana Pharma and Delmar Oil said they would bid for the licence. Tesoro Cement declined to comment.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal") && !m.startsWith("pronoun"))).toEqual(["organisation:Orvana Pharma", "organisation:Delmar Oil", "organisation:Tesoro Cement"]);
  });
});

describe("names that are no actors", () => {
  it("reads no person in the name of an event, a holiday or a contest", () => {
    expect(brief(find("Shipments stopped on Independence Day. The federation may miss the Africa Games and the Regional Cup this year.")).filter((m) => m.startsWith("person"))).toEqual([]);
  });

  it("reads a word joined by 'and' to the portfolio of a title after it as a portfolio, not an organisation", () => {
    const ms = find("Electronics and IT Minister Ravi Menon backed the ruling.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["person:Ravi Menon"]);
  });
});

describe("titles after the noun for a body", () => {
  it("gives 'a company spokesman, X' to the company the sentence before is about, and 'a party spokeswoman' to the party", () => {
    const ms = find("Halvard Mining said it would appeal to the Mining Company Tribunal. A company spokesman, Ole Berg, called the fine unfair. The Unity Party lost. A party spokeswoman, Ana Diaz, said it would regroup.");
    expect(ms.find((m) => m.text === "Ole Berg")?.affiliation).toEqual({ canonical: "Halvard Mining", entityType: "organisation", relation: "spokesperson_of" });
    expect(ms.find((m) => m.text === "Ana Diaz")?.affiliation).toEqual({ canonical: "Unity Party", entityType: "organisation", relation: "spokesperson_of" });
  });
});

describe("titles opening a sentence with no owner", () => {
  it("gives 'Party chairman X' to the party named before and 'Spokesman Y said' to the subject of the sentence before", () => {
    const ms = find("The opposition Reform Party walked out. Party chairman Omar Faye called the vote a fraud. The Kremlin denied the claim. Spokesman Ivan Rudov said talks would go on.");
    expect(ms.find((m) => m.text === "Omar Faye")?.affiliation).toMatchObject({ canonical: "Reform Party", relation: "leader_of" });
    expect(ms.find((m) => m.text === "Ivan Rudov")?.affiliation).toMatchObject({ canonical: "Kremlin", relation: "spokesperson_of" });
  });
});

describe("officials leading a state's delegation", () => {
  it("makes a titled official who leads a state's delegation a member of the state", () => {
    const ms = find("Qatar met a Nepali delegation led by Overseas Workers Secretary Ram Thapa in Doha.");
    expect(ms.find((m) => m.text === "Ram Thapa")?.affiliation).toEqual({ canonical: "Nepal", entityType: "state", relation: "member_of" });
  });
});

describe("titles with a portfolio in the plural", () => {
  it("reads 'Minister of Social Affairs, X' as X's title, not as holders in the plural standing for the state", () => {
    const ms = find("Qatar's Minister of Social Affairs, Nasser Jaber, presented the rules. Moroccan diplomats agreed.");
    expect(ms.find((m) => m.text === "Nasser Jaber")).toMatchObject({ role: "Minister of Social Affairs", affiliation: { canonical: "Qatar", relation: "member_of" } });
    expect(ms.find((m) => m.canonical === "Morocco")).toMatchObject({ kind: "state", collective: true });
  });
});

describe("public offices with no holder named", () => {
  it("makes a capitalised public office no one is named to a body of its state, and leaves one a person holds a title", () => {
    const bodies = (text: string) => brief(find(text)).filter((m) => m.startsWith("organisation") || m.startsWith("title"));
    expect(bodies("The Auditor General of Ghana said the loans were costly.")).toEqual(["organisation:Auditor General"]);
    expect(find("The Auditor General of Ghana said the loans were costly.")[0].affiliation).toEqual({ canonical: "Ghana", entityType: "state", relation: "part_of" });
    expect(bodies("Auditor General Ama Boateng audited the loans. The Auditor General said they were costly.")).toEqual(["title:auditor general"]);
  });
});

describe("titles held no more", () => {
  it("ties no one to a state by a title hyphened to 'then', as 'former' and 'ex-' tie no one", () => {
    const ms = find("Honduras voted on Sunday. In 2009, then-president Mario Soto was removed by the army. President Luis Reyes said the vote was fair.");
    expect(ms.find((m) => m.text === "Mario Soto")).toMatchObject({ role: "then-president", affiliation: undefined });
    expect(ms.find((m) => m.text === "Luis Reyes")?.affiliation).toMatchObject({ canonical: "Honduras", relation: "leader_of" });
  });
});

describe("names an apposition calls one of a kind", () => {
  it("gives 'a spokesman for the president, X' the spokesman's title, speaking for the president named before", () => {
    const text = "Chile's President Ana Ruiz vetoed the bill. Peru objected. A spokesman for the president, Tomas Vela, said she would explain.";
    expect(mentionOf(text, "Tomas Vela")).toMatchObject({
      role: "spokesman",
      affiliation: { canonical: "Chile", relation: "spokesperson_of" },
      alsoAffiliation: { canonical: "Ana Ruiz", entityType: "person", relation: "spokesperson_of" },
    });
  });

  it("reads a portfolio in capitals after a title's 'for' in an apposition as part of the title, no name", () => {
    const ms = find("Norway hosted the European Commissioner for Energy, Lotte Brandt, on Monday. The Commission said the talks went well.");
    expect(ms.find((m) => m.text === "Lotte Brandt")).toMatchObject({ role: "European Commissioner", affiliation: { canonical: "Commission", relation: "member_of" } });
    expect(ms.some((m) => m.text === "Energy")).toBe(false);
    // A name after "for" is whom the title serves, no portfolio.
    expect(find("A spokesman for Borvia Airlines, Jan Holt, declined to comment.").some((m) => m.text === "Borvia Airlines")).toBe(true);
  });
  it("makes a name 'one of the parties' an organisation, and leaves 'one of the lawyers' a person", () => {
    const ms = find("Nur Zhol, one of the parties in parliament, welcomed the cut. Jane Obi, one of the lawyers, agreed.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["organisation:Nur Zhol", "person:Jane Obi"]);
  });
});

describe("state offices named with no state", () => {
  it("holds a title opening a sentence in the state the sentence before set its scene in with 'In', not the home state", () => {
    const ms = find("Kenya backed the pipeline. In Tanzania, the energy ministry said the country was committed. President Rehema Kombo's government offered a tax holiday.");
    expect(ms.find((m) => m.text === "Rehema Kombo")?.affiliation).toMatchObject({ canonical: "Tanzania", relation: "leader_of" });
    const home = find("Kenya backed the pipeline. Tanzania said the country was committed. President Rehema Kombo's government offered a tax holiday.");
    expect(home.find((m) => m.text === "Rehema Kombo")?.affiliation).toMatchObject({ canonical: "Kenya" });
  });
});

describe("titles with the post they are held at", () => {
  it("gives the title to the name after the state it is posted to, and makes the state no actor beside it", () => {
    const ms = find("EU envoy to Malawi Lena Hartmann criticised the plan.");
    expect(ms.find((m) => m.text === "Lena Hartmann")).toMatchObject({ role: "envoy to Malawi", affiliation: { canonical: "European Union", relation: "member_of" } });
    expect(ms.find((m) => m.text === "Malawi")?.modifier).toBe(true);
  });
});

describe("titles of civic groups and companies", () => {
  it("reads a convenor as the head of the group and a country manager as a member of the company", () => {
    const ms = find("The Alliance of Small Traders sued. Its convenor, Ruth Akoth, said fees were too high. Marlow Energy said it would appeal. The company's country manager, Ian Reid, said the fine was unfair.");
    expect(ms.find((m) => m.text === "Ruth Akoth")?.affiliation).toMatchObject({ canonical: "Alliance of Small Traders", relation: "leader_of" });
    expect(ms.find((m) => m.text === "Ian Reid")?.affiliation).toMatchObject({ canonical: "Marlow Energy", relation: "member_of" });
  });
});

describe("offices named by their holder's title", () => {
  it("makes the office of a title with no name an organisation of the state, in any case", () => {
    const ms = find("Chile's chief prosecutor's office said it had opened an inquiry. The Auditor General's office agreed.");
    expect(brief(ms).filter((m) => m.startsWith("organisation"))).toEqual(["organisation:chief prosecutor's office", "organisation:Auditor General's office"]);
    expect(ms.find((m) => m.kind === "organisation")?.affiliation).toMatchObject({ canonical: "Chile", relation: "part_of" });
  });
});

describe("parties named with their state", () => {
  it("reads a demonym and a name the lexicon gives another state's party as one party of the demonym's state", () => {
    const ms = find("The Liberian Democratic Party walked out of the vote. The American Democratic Party stayed.");
    expect(brief(ms).filter((m) => m.startsWith("organisation"))).toEqual(["organisation:Liberian Democratic Party", "organisation:Democratic Party"]);
    expect(ms[0].affiliation).toMatchObject({ canonical: "Liberia" });
    expect(ms[0].affiliation?.relation).toBeUndefined();
  });

  it("reads a state's name and 'First' as a party of that state, but not a title after the state", () => {
    const ms = find("Ireland First walked out of the debate. Ghana First Lady Ama Mensah opened the clinic.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["organisation:Ireland First", "state:Ghana", "person:Ama Mensah"]);
    expect(ms[0].affiliation).toEqual({ canonical: "Ireland", entityType: "state" });
  });

  it("leaves the side word that opens a sentence out of the name of the body after it", () => {
    const ms = find("Opposition Reform Party leader Ida Berg called the budget a fraud.");
    expect(brief(ms).filter((m) => !m.startsWith("proposal"))).toEqual(["organisation:Reform Party", "person:Ida Berg"]);
  });
});

describe("groups named by their trade", () => {
  it("makes a state's people named by a trade a group actor, not the state ('Ghana's cocoa growers', 'Thai exporters')", () => {
    const groups = (text: string) => brief(find(text).filter((m) => m.kind === "organisation"));
    expect(groups("Ghana's cocoa growers rejected the new price.")).toEqual(["organisation:Ghana's cocoa growers"]);
    expect(groups("Thai exporters said they would cut shipments.")).toEqual(["organisation:Thai exporters"]);
  });
});

describe("names joined by 'as ... is known'", () => {
  it("makes a name and the acronym before 'is formally known' one organisation", () => {
    const ms = find("The agency, NAPL, said it lacked guards. The National Agency for Prisons and Liberty, as NAPL is formally known, asked for more money.");
    expect(new Set(brief(ms.filter((m) => m.kind === "organisation")))).toEqual(new Set(["organisation:National Agency for Prisons and Liberty"]));
  });
});

describe("an unknown name between 'the' and a lower-case noun", () => {
  it("makes a place of a site or settlement it names ('the Velmora copper mine', 'the Osterby wind farm')", () => {
    expect(brief(find("Workers at the Velmora copper mine walked out on Tuesday."))).toContain("place:Velmora copper mine");
    expect(brief(find("The council approved the Osterby wind farm despite protests."))).toContain("place:Osterby wind farm");
    expect(brief(find("Herders from the Tarvik Sami village said they would appeal."))).toContain("place:Tarvik Sami village");
  });

  it("names no person by it", () => {
    expect(personIn("The Osterby wind farm was approved by the cabinet.")).toBeUndefined();
    expect(personIn("Managers of the Velmora smelter rejected the offer.")).toBeUndefined();
    expect(personIn("The Halden Vik family said it would sell the estate.")).toBeUndefined();
  });
});

describe("a bare title that heads a body of a kind", () => {
  const affiliationOf = (text: string, name: string) => mentionOf(text, name)?.affiliation;
  it("is held in the body of that kind named as a subject just before ('Governor X' after the bank)", () => {
    expect(affiliationOf("The Central Bank of Lesotho kept its rate. Governor Mpho Lerotholi said inflation was easing.", "Mpho Lerotholi"))
      .toEqual({ canonical: "Central Bank of Lesotho", entityType: "organisation", relation: "leader_of" });
    expect(affiliationOf("Velmora Mining said output fell. Chief executive Dana Rusk said the company would sell a mine.", "Dana Rusk"))
      .toEqual({ canonical: "Velmora Mining", entityType: "organisation", relation: "leader_of" });
  });

  it("is not held in a body the holder only acts on, nor in one named two sentences before", () => {
    expect(affiliationOf("Governor Mpho Lerotholi criticised the Central Bank of Lesotho.", "Mpho Lerotholi")).toBeUndefined();
    expect(affiliationOf("Traders protested outside the Central Bank of Lesotho. Governor Mpho Lerotholi said rates would stay.", "Mpho Lerotholi")).toBeUndefined();
    expect(affiliationOf("The Central Bank of Lesotho kept its rate. Prices rose. Governor Mpho Lerotholi said inflation was easing.", "Mpho Lerotholi")).toBeUndefined();
  });
});

describe("a minister's portfolio joined by 'and' after 'of'", () => {
  it("is the title's, known or not, and no organisation ('Minister of Fisheries and Marine Resources, X')", () => {
    const ms = find("Tuvalu's Minister of Fisheries and Coastal Resources, Ana Telavi, signed the licence.");
    expect(ms.filter((m) => m.kind === "organisation")).toEqual([]);
    expect(mentionOf("Tuvalu's Minister of Fisheries and Coastal Resources, Ana Telavi, signed the licence.", "Ana Telavi")?.affiliation)
      .toEqual({ canonical: "Tuvalu", entityType: "state", relation: "member_of" });
    expect(personIn("Fiji's Minister of Lands and Mineral Resources Jone Rabuka rejected the plan.")?.canonical).toBe("Jone Rabuka");
  });

  it("ends a portfolio the lexicon does not know at its last portfolio word when no comma comes before the holder", () => {
    expect(personIn("Samoa's Minister of Fisheries and Ocean Development Ana Telavi rejected the plan.")).toMatchObject({ canonical: "Ana Telavi", affiliation: { canonical: "Samoa", relation: "member_of" } });
    expect(personIn("Minister of Environment, Forestry and Climate Change Rosa Mbeki said the ban would stay.")).toMatchObject({ canonical: "Rosa Mbeki", role: "Minister of Environment, Forestry and Climate Change" });
  });

  it("keeps a state's name with 'and' whole in an organisation's complement, and a forum named by a demonym no body of its state", () => {
    expect(brief(find("The Shipping Council of Antigua and Barbuda opposed the levy."))).toContain("organisation:Shipping Council of Antigua and Barbuda");
    const forum = mentionOf("The Kenyan Forum for Press Freedom condemned the arrests.", "Kenyan Forum for Press Freedom");
    expect(forum?.affiliation).toEqual({ canonical: "Kenya", entityType: "state" });
  });

  it("leaves a state after 'of' the state's, and 'the Ministry of ...' an organisation", () => {
    expect(brief(find("Ana Telavi, the prime minister of Tuvalu, said the region would object."))).toContain("state:Tuvalu");
    expect(brief(find("The Ministry of Fisheries and Coastal Resources rejected the plan."))).toContain("organisation:Ministry of Fisheries and Coastal Resources");
  });
});
