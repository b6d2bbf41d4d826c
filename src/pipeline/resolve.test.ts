import { describe, expect, it } from "vitest";
import { clean } from "./clean.js";
import { defaultGazetteer } from "./default-gazetteer.js";
import { mentions } from "./mentions.js";
import { resolve } from "./resolve.js";
import { tokenize } from "./tokenize.js";

const resolved = (text: string) => {
  const cleaned = clean({ id: "t", text });
  const sentences = tokenize(cleaned);
  const found = mentions(sentences, cleaned.text, { gazetteer: defaultGazetteer() });
  const { entities, entitiesOf } = resolve(found, sentences);
  const labels = (i: number) => entitiesOf[i].map((e) => entities[e].label);
  return {
    entities,
    /** The proposals' labels, in order. */
    proposals: entities.filter((e) => e.entityType === "proposal").map((e) => e.label),
    of: (surface: string) => labels(found.findIndex((m) => m.text === surface)),
    /** Each mention written `surface`, in text order. */
    each: (surface: string) => found.flatMap((m, i) => (m.text === surface ? [labels(i)] : [])),
  };
};

describe("resolve", () => {
  it("reads \"the society\" as the society the text named", () => {
    const { of } = resolved("The Uganda Medical Society criticised the budget. Its chairman, Paul Okello, said the society would go to court.");
    expect(of("the society")).toEqual(["Uganda Medical Society"]);
  });
  it("gives a lone name every mention of it once it acts somewhere in the text", () => {
    const { each } = resolved("Kenya sanctioned Borvik on Monday. Borvik said it would appeal.");
    expect(each("Borvik")).toEqual([["Borvik"], ["Borvik"]]);
    // A lone word that never acts names no one.
    expect(resolved("Kenya sanctioned Borvik on Monday.").each("Borvik")).toEqual([[]]);
  });

  it("joins a surname to the full name, keeping every surface form", () => {
    const { entities, of } = resolved("Chilean President Mateo Rojas spoke first. Later Rojas left the summit.");
    expect(of("Rojas")).toEqual(["Mateo Rojas"]);
    expect(entities.find((e) => e.label === "Mateo Rojas")).toMatchObject({ entityType: "person", aliases: ["Mateo Rojas", "Rojas"], roles: ["President"] });
  });

  it("makes a body described by modifiers of its own and never named an organisation of its own, not one named elsewhere", () => {
    const { of } = resolved("Malvia agreed a debt deal. The official creditor committee, co-chaired by Japan and India, said it welcomed the deal.");
    expect(of("The official creditor committee")).toEqual(["official creditor committee"]);
    expect(resolved("The steering committee of lenders said it backed the deal.").of("The steering committee of lenders")).toEqual(["steering committee of lenders"]);
    // "of" and a singular noun name no members: "the commission of inquiry" stays no description.
    expect(resolved("The commission of inquiry said it would report.").entities.filter((e) => e.entityType === "organisation")).toEqual([]);
    const named = resolved("Control passed to the ports agency, NPK, in May. Donors gave cranes to the ports agency.");
    expect(named.each("the ports agency").flat()).not.toContain("ports agency");
  });

  it("names a body a state's possessive describes by modifiers of its own with the state, and keeps a superlative one unnamed", () => {
    const { of, entities } = resolved("Ghana's cocoa federation said it would halt sales. Togo's cocoa federation said it would not.");
    expect(of("cocoa federation")).toEqual(["Ghana's cocoa federation"]);
    // Not aliased by the description alone, which would merge the two states' federations in a graph.
    expect(entities.filter((e) => e.entityType === "organisation").map((e) => [e.label, e.aliases])).toEqual([["Ghana's cocoa federation", []], ["Togo's cocoa federation", []]]);
    expect(resolved("Peru's largest union said it would strike.").entities.filter((e) => e.entityType === "organisation")).toEqual([]);
  });

  it("makes an entity of the state a national body is named by, though the text names it nowhere else", () => {
    const { entities } = resolved("Chile's mining ministry said it was studying the rules. The Ethiopian foreign ministry declined to comment.");
    expect(entities.filter((e) => e.entityType === "state").map((e) => e.label)).toEqual(["Chile", "Ethiopia"]);
  });

  it("resolves a title used alone to its holder", () => {
    const { of } = resolved("Peruvian President Ana Quispe arrived. The Peruvian president then rejected the plan.");
    expect(of("president")).toEqual(["Ana Quispe"]);
  });

  it("joins a bare definite noun to the one proposal named before with it among its words ('the bill' after 'the water law')", () => {
    const { of } = resolved("Farmers marched against a draft amendment to the water law. The union said the bill would hurt them.");
    expect(of("bill")).toEqual(["draft amendment to water law"]);
  });

  it("joins 'the' and a word before a frame to the one proposal named before with the word ('the duty plan')", () => {
    const { proposals } = resolved("Ghana announced a rise in fuel duty. Hauliers criticised the duty plan.");
    expect(proposals).toEqual(["rise in fuel duty"]);
  });

  it("resolves a title in the plural to no one person named after it", () => {
    const { of } = resolved("The province's leaders vowed to appeal. Later the Reform Party leader, Ines Moya, tabled a motion.");
    expect(of("leaders")).not.toContain("Ines Moya");
  });

  it("resolves pronouns to the latest compatible antecedent, and 'they' to a coordination", () => {
    const { of } = resolved("Talks between Chile and Peru ended. They agreed to meet again. Prime Minister Lina Vogt said she was pleased.");
    expect(of("They")).toEqual(["Chile", "Peru"]);
    expect(of("she")).toEqual(["Lina Vogt"]);
  });

  it("resolves 'it' to the previous sentence's subject over a later mention of another actor", () => {
    const { of } = resolved("Velmar Steel, which runs two mills in Poland, cut output. It proposed a wage freeze.");
    expect(of("It")).toEqual(["Velmar Steel"]);
  });

  it("resolves a pronoun said again in its sentence as it was resolved first", () => {
    const { each } = resolved("The Danube Rail Company signed the contract. Hours later it sold a stake to Chile, and it named two new directors.");
    expect(each("it")).toEqual([["Danube Rail Company"], ["Danube Rail Company"]]);
  });

  it("resolves 'it' after a sentence whose subject is a thing to no actor", () => {
    expect(resolved("The lease was signed by Nordmark Shipping and the Baltic Ferry Group. It runs for ten years.").of("It")).toEqual([]);
    expect(resolved("Nordmark Shipping signed the lease. It runs ferries to Riga.").of("It")).toEqual(["Nordmark Shipping"]);
  });

  it("never resolves a pronoun to an actor of a relative clause closed before it", () => {
    const { of } = resolved("Velmar Steel, which runs two mills in Poland, said it would cut output.");
    expect(of("it")).toEqual(["Velmar Steel"]);
  });

  it("resolves 'it' to a state's government named by its adjective, not to a plural of its people", () => {
    const { of } = resolved("The Irish government, which has defended its approach, said it respected the ruling. Russian negotiators met Chile. It said no.");
    expect(of("its")).toEqual(["Ireland"]);
    expect(of("It")).toEqual(["Chile"]);
  });

  it("makes a capital used as an actor its state", () => {
    const { of } = resolved("Nairobi rejected the proposal.");
    expect(of("Nairobi")).toEqual(["Kenya"]);
  });

  it("merges mentions of one proposal and keeps different ones apart", () => {
    const { entities } = resolved("Kenya wants an immediate ceasefire. Uganda backed a full and immediate ceasefire. Sudan offered a limited ceasefire. Ethiopia rejected the ceasefire.");
    const proposals = entities.filter((e) => e.entityType === "proposal").map((e) => `${e.label}:${e.mentions}`);
    expect(proposals).toEqual(["immediate ceasefire:3", "limited ceasefire:1"]);
  });

  it("merges a change named again in other words with what it changes, an acronym standing for the words it spells", () => {
    const { proposals } = resolved("The council proposed a hike in the road user charge. Hauliers opposed the RUC increase.");
    expect(proposals).toEqual(["hike in road user charge"]);
    // A bare change says nothing of what it changes: the offer is no second name of the demand.
    const apart = resolved("The union demanded a 9% pay rise. The company offered a 3% increase.");
    expect(apart.proposals).toEqual(["pay rise", "increase"]);
  });
});

describe("proposals named again by a bare noun", () => {
  it("joins 'the deal' to a proposal with the word in its key, else to the one named most", () => {
    const { of } = resolved("Chile and Peru signed a fisheries agreement and backed a port levy. Lima praised the deal.");
    expect(of("deal")).toEqual(["fisheries agreement"]);
    const other = resolved("Kenya proposed a border ceasefire. Uganda welcomed the ceasefire. Sudan rejected the deal.");
    expect(other.of("deal")).toEqual(["border ceasefire"]);
  });

  it("never joins 'the deal' to the talks that made it", () => {
    const { proposals } = resolved("Kenya and Uganda held border talks. Nairobi praised the deal.");
    expect(proposals).toEqual(["border talks", "deal"]);
  });

  it("joins a truce to the ceasefire named before, but keeps two kinds of truce apart", () => {
    const { of, entities } = resolved("Mali proposed a border ceasefire. Niger welcomed the truce.");
    expect(of("truce")).toEqual(["border ceasefire"]);
    expect(entities.filter((e) => e.entityType === "proposal")).toHaveLength(1);
    const other = resolved("Chad wants a humanitarian truce. Togo backed a permanent ceasefire.");
    expect(other.proposals).toEqual(["humanitarian truce", "permanent ceasefire"]);
  });

  it("joins 'the' and a comparative before a head to the measure named before, not 'a larger' one asked for", () => {
    const { of } = resolved("Kenya will raise its quota for Ugandan sugar. Growers rejected the higher quota. Uganda asked for a larger quota.");
    expect(of("higher quota")).toEqual(["quota for Ugandan sugar"]);
    expect(of("larger quota")).toEqual(["larger quota"]);
  });

  it("joins 'the' and a modified head to the one proposal named bare before with that head, not to one of two", () => {
    const { of } = resolved("Zambia and its lenders reached an agreement on Monday. Ghana praised the debt deal.");
    expect(of("debt deal")).toEqual(["agreement"]);
    const other = resolved("Zambia and its lenders reached an agreement on Monday. Peru signed a fishing pact on Friday. Ghana praised the debt deal.");
    expect(other.of("debt deal")).toEqual(["debt deal"]);
  });

  it("joins a limit to the cap on the same thing, not to a limit on another", () => {
    const { proposals } = resolved("Fiji demanded a global cap on plastic production. Peru opposed any limit on the production of plastic. Chad backed limits on toxic chemicals.");
    expect(proposals).toEqual(["global cap on plastic production", "limits on toxic chemicals"]);
  });

  it("joins a bare change noun to the measure its verb changed before, not to the measure named most", () => {
    const { of } = resolved("Chad and Niger agreed to extend their border truce. Chad also backed a grazing pact, and Niger praised the grazing pact. Mali welcomed the extension.");
    expect(of("extension")).toEqual(["border truce"]);
    const other = resolved("Peru proposed a fishing ban. Chile welcomed the extension.");
    expect(other.of("extension")).toEqual(["extension"]);
  });

  it("joins 'the decree' to the latest measure an enacting verb acted on, not to one only proposed", () => {
    const { of } = resolved("Peru proposed a fishing ban. On Monday the president imposed a night curfew in Lima. Lawyers said they would challenge the decree.");
    expect(of("decree")).toEqual(["night curfew"]);
    const other = resolved("Peru proposed a fishing ban. Lawyers said they would challenge the decree.");
    expect(other.of("decree")).toEqual(["decree"]);
  });

  it("joins 'the executive order' to the measure cut just before it", () => {
    const { of } = resolved("Chile cut its tariff on imported wheat on Monday. The president signed the executive order after a drought.");
    expect(of("executive order")).toEqual(["tariff"]);
  });

  it("keeps a bare noun without a determiner to itself", () => {
    const { proposals } = resolved("Kenya proposed a border ceasefire. Uganda wants a deal.");
    expect(proposals).toEqual(["border ceasefire", "deal"]);
  });
});

describe("surnames of several words", () => {
  it("join the full name they end", () => {
    const { of } = resolved("Prime Minister Anouk De Smet spoke. Later De Smet left the summit.");
    expect(of("De Smet")).toEqual(["Anouk De Smet"]);
  });
});

describe("armed groups described again", () => {
  it("joins 'the rebels' to the latest organisation named like an armed group", () => {
    const { of } = resolved("The Popular Liberation Front met envoys of the United Nations. The rebels rejected the offer.");
    expect(of("The rebels")).toEqual(["Popular Liberation Front"]);
  });
});

describe("parts of a body described again", () => {
  it("joins 'the board' and 'the management' to the company named last when no body is named by the word", () => {
    const { of } = resolved("Talvik Foods said it would shut two bakeries. Workers accused the board of hiding losses, and the union asked the management to wait.");
    expect(of("the board")).toEqual(["Talvik Foods"]);
    expect(of("the management")).toEqual(["Talvik Foods"]);
  });

  it("takes a state's superlative description of a body for the body a relative clause introduces next, by name alone", () => {
    const text = (next: string) => `Norway's largest labour federation demanded a pay rise. ${next} said it would press for a minimum wage.`;
    const span = (t: string) => resolved(t).of("largest labour federation");
    expect(span(text("Arbeid, which represents two million workers,"))).toEqual(["Arbeid"]);
    expect(span(text("Equinor, the oil company,"))).toEqual([]);
    // "the country's" is the story's state, as "Norway's" is.
    expect(resolved("Nurses in Norway walked out. The country's biggest union demanded a pay rise. Arbeid, which represents nurses, said so.").of("The country's biggest union")).toEqual(["Arbeid"]);
  });

  it("keeps 'the board' for a body named by the word, over a company named after it", () => {
    const { of } = resolved("The National Wheat Board met Talvik Foods on Monday. Talvik Foods asked the board to lower prices.");
    expect(of("the board")).toEqual(["National Wheat Board"]);
  });
});

describe("bodies described by a word several names share", () => {
  it("joins 'the council' to the most mentioned council, the first named on ties, not the latest", () => {
    const { of } = resolved("The Northern Rivers Council voted on Monday to close the dam. The Lendra Farmers' Council welcomed the vote. Fishing groups urged the council to reopen the gates.");
    expect(of("the council")).toEqual(["Northern Rivers Council"]);
  });

  it("joins a description to a body the text called by its noun before one whose name only has the noun", () => {
    const { of } = resolved("Growers marched on the European Union's offices. The march, led by the growers' union Tierra Viva, closed two roads. The union said it would return.");
    expect(of("The union")).toEqual(["Tierra Viva"]);
  });

  it("joins a description opening a sentence to the body of its word the sentence before opened with, before the story's main one", () => {
    const text = "The Central Bank of Kenya held rates. The central bank said inflation was easing. Harbour Bank, a smaller lender, cut its own rate. The bank's chief executive, Ruth Kamau, said deposits were rising.";
    expect(resolved(text).of("The bank")).toEqual(["Harbour Bank"]);
    // Not opening its sentence: the main body of the word.
    expect(resolved("The Central Bank of Kenya held rates. The central bank said inflation was easing. Harbour Bank cut its rate, and analysts said the bank was alone.").of("the bank")).toEqual(["Central Bank of Kenya"]);
  });

  it("joins a description in a lede to the body the next sentence names, when none is named before", () => {
    const { of } = resolved("Dock workers walked out after the port rejected the union's demand for higher pay. The Coastal Dockers' Union said the strike would last a week.");
    expect(of("the union")).toEqual(["Coastal Dockers' Union"]);
  });

  it("joins 'the main opposition party' to a party named beside the word 'opposition', never the prime minister's", () => {
    const text = "Prime Minister Lea Varga's Civic Unity Party won most seats. Opposition leader Tomas Brenn of the Green Renewal Party called the count a fraud. The main opposition party demanded a recount.";
    expect(resolved(text).of("The main opposition party")).toEqual(["Green Renewal Party"]);
    const lede = "Norway's main opposition party rejected the count. Prime Minister Lea Varga's Civic Unity Party won most seats.";
    expect(resolved(lede).of("main opposition party")).toEqual([]);
  });
});

describe("descriptions opening what a person of a body said", () => {
  it("joins 'the party' to the body of the person who said it, over what it meant before", () => {
    const { each } = resolved("Podemos leader Ana Morel said the party would oppose the tax. Likud spokesman Ivo Tal said the party would back it.");
    expect(each("the party")).toEqual([["Podemos"], ["Likud"]]);
  });
});

describe("states named again by the last word of their names", () => {
  it("joins a lone 'Congo' to the one state named before whose name ends in it, as actor and as place", () => {
    const { each } = resolved("The Democratic Republic of Congo signed the truce. Congo accused its neighbour of arming rebels. Schools reopened in Congo.");
    expect(each("Congo")).toEqual([["Democratic Republic of the Congo"], ["Democratic Republic of the Congo"]]);
  });
});

describe("talks named again as negotiations", () => {
  it("joins a bare 'negotiations' to the talks named before", () => {
    const { of } = resolved("Chile said it was ready for talks with Peru. Bolivia offered to host a round of negotiations.");
    expect(of("negotiations")).toEqual(["talks with Peru"]);
  });
});

describe("proposals named by a frame after their head", () => {
  it("joins 'the closure plan' to the closure named before", () => {
    const { of } = resolved("The firm announced the closure of the Leeds depot. Workers rejected the closure plan.");
    expect(of("closure plan")).toEqual(["closure of Leeds depot"]);
  });

  it("joins a surname with particles or an Arabic article to the full name, whatever the case", () => {
    const { of } = resolved("Omar bin Rashid met Lotte van der Meer. Bin Rashid offered a loan. Van der Meer declined it.");
    expect(of("Bin Rashid")).toEqual(["Omar bin Rashid"]);
    expect(of("Van der Meer")).toEqual(["Lotte van der Meer"]);
    const arabic = resolved("Yasmin al-Qadi chaired the session. Al-Qadi later left, and Qadi spoke to reporters.");
    expect(arabic.of("Al-Qadi")).toEqual(["Yasmin al-Qadi"]);
    expect(arabic.of("Qadi")).toEqual(["Yasmin al-Qadi"]);
  });

  it("resolves 'they' in a later sentence to a coordinated subject or a plural group before a later singular actor", () => {
    expect(resolved("Chile and Peru rejected the plan drafted by Bolivia. They asked for new talks.").of("They")).toEqual(["Chile", "Peru"]);
    expect(resolved("Nordic ministers criticised Hungary. They called for a vote.").of("They")).toEqual(["Nordic ministers"]);
    expect(resolved("The left-wing ABV, the rural party CDL and the green EFP backed Malta. They asked for aid.").of("They")).toEqual(["ABV", "CDL", "EFP"]);
  });

  it("keeps a lone surname after a courtesy title as a person", () => {
    const { entities } = resolved("Mr Haddad met Ms Okafor in Lagos.");
    expect(entities.filter((e) => e.entityType === "person").map((e) => e.label)).toEqual(["Haddad", "Okafor"]);
  });

  it("makes a lone acting word an organisation when the text gives it no first name and no title anywhere", () => {
    const typeOf = (text: string, label: string) => resolved(text).entities.find((e) => e.label === label)?.entityType;
    expect(typeOf("Under the deal, Norvatek would supply the turbines.", "Norvatek")).toBe("organisation");
    expect(typeOf("The regulator fined Borvik. Borvik said it would appeal.", "Borvik")).toBe("organisation");
    // A title anywhere, or a full name the word ends, makes a person of it.
    expect(typeOf("Mr Tavares arrived late. Tavares said the talks had failed.", "Tavares")).toBe("person");
    expect(typeOf("Somchai, who leads the ruling party, said the law would change.", "Somchai")).toBe("person");
    expect(typeOf("Varga said he would raise tariffs on steel.", "Varga")).toBe("person");
    expect(typeOf("Economy Minister Lina Tavares spoke first. Tavares said the talks had failed.", "Lina Tavares")).toBe("person");
  });

  it("keeps 'the agreement signed in X' apart from the measure named before", () => {
    const { of } = resolved("Chile imposed a ban on imports. Peru said Chile broke the agreement signed in Lima last year.");
    expect(of("agreement")).toEqual(["agreement"]);
  });

  it("resolves 'the bloc' and 'the 15-nation bloc' to a bloc named with an organisation word", () => {
    const { of } = resolved("The African Union suspended Niger. The bloc also demanded elections. The 55-nation bloc met again.");
    expect(of("The bloc")).toEqual(["African Union"]);
    expect(of("The 55-nation bloc")).toEqual(["African Union"]);
  });

  it("resolves 'the bloc' to a bloc of states, never to one state's body or a council of producers", () => {
    expect(resolved("Mercosur signed a deal with Japan. The Japanese Rice Council criticised it. The bloc offered talks.").of("The bloc")).toEqual(["Mercosur"]);
    expect(resolved("The European Union imposed tariffs. The National Steel Producers Council objected. The bloc held firm.").of("The bloc")).toEqual(["European Union"]);
    expect(resolved("The Andean Community, which groups Peru and Bolivia, met. The National Security Council met too. The bloc agreed.").of("The bloc")).toEqual(["Andean Community"]);
  });

  it("joins a proposal in apposition to the one it describes, keeping its words, but not items of a list or another measure", () => {
    const truce = resolved("Chile welcomed the ceasefire in Gaza, a deal brokered by Qatar.");
    expect(truce.of("deal")).toEqual(["ceasefire"]);
    expect(truce.entities.find((e) => e.label === "ceasefire")?.aliases).toEqual(["ceasefire", "deal"]);
    expect(resolved("Chile and Peru signed the fishing accord, a pact under which both would cut catches.").of("pact")).toEqual(["fishing accord"]);
    expect(resolved("Peru demanded a ceasefire, a prisoner swap and an aid corridor.").of("prisoner swap")).toEqual(["prisoner swap"]);
    expect(resolved("Peru demanded a ceasefire, a prisoner swap, an aid corridor.").of("prisoner swap")).toEqual(["prisoner swap"]);
    expect(resolved("Peru rejected the accord, a rival plan to share the river.").of("rival plan to share the river")).toEqual(["rival plan to share river"]);
  });

  it("joins a measure said of 'this' or 'it' after a form of 'be' to the measure named before", () => {
    const { proposals } = resolved('Peru and Chile signed a fisheries pact. "This is the fairest agreement we have ever reached," the minister said.');
    expect(proposals).toEqual(["fisheries pact"]);
    // A measure named after a subject of its own is one of its own.
    expect(resolved("Peru signed a fisheries pact. The ban is a separate measure.").proposals).toEqual(["fisheries pact", "ban"]);
  });

  it("never joins 'the deal' to a tariff or a bill", () => {
    const { of } = resolved("Chile criticised the tariffs on copper. Peru later backed the deal.");
    expect(of("deal")).toEqual(["deal"]);
  });

  it("joins a description to the organisation the text called by its noun where it named it", () => {
    const beside = resolved("Norway's Fellesforbundet union called a strike. The union demanded a pay rise.");
    expect(beside.of("The union")).toEqual(["Fellesforbundet"]);
    const before = resolved("Workers struck at the plant of carmaker Ostmark, a client of Vantor Logistics. The carmaker said the strike was illegal.");
    expect(before.of("The carmaker")).toEqual(["Ostmark"]);
    const armed = resolved("The M23 rebel group seized Goma on Monday. The rebels rejected the call.");
    expect(armed.of("The rebels")).toEqual(["M23"]);
    const apposed = resolved("Renamo, the main opposition party, rejected the results. The party demanded a recount.");
    expect(apposed.of("The party")).toEqual(["Renamo"]);
  });

  it("joins 'the regulator' to a public body named before, never to the company it fined", () => {
    const { of } = resolved("The Ghana Competition Commission fined Vantor Mining on Monday. The regulator said the firm had misled it.");
    expect(of("The regulator")).toEqual(["Ghana Competition Commission"]);
    expect(of("the firm")).toEqual(["Vantor Mining"]);
  });

  it("resolves 'they' to two people named together", () => {
    const { of } = resolved("Ana Ruiz and Tomas Berg met in Lima. They agreed to meet again.");
    expect(of("They")).toEqual(["Ana Ruiz", "Tomas Berg"]);
  });
});
