// Proposals named in news: which phrases name a measure, how far its name runs, and which claims reach it.
import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";
import { proposalKey } from "./proposals.js";

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

  it("reads a measure's complement past an agent named between it and its head", () => {
    expect(claims("Norway demanded the recognition by Chile of Peruvian fishing licences.")).toContain("Norway -demanded-> recognition by Chile of Peruvian fishing licences");
  });

  it("names one measure in the plural and the singular, an '-es' after a sibilant folded too ('taxes', 'tax')", () => {
    expect(claims("Ghana rejected new taxes on petrol. Nigeria backed the tax on petrol.")).toEqual(["Ghana -rejected-> taxes on petrol", "Nigeria -supported-> taxes on petrol"]);
    expect(proposalKey("levies on imports")).toEqual(proposalKey("levy on imports"));
    expect(proposalKey("losses")).toEqual(proposalKey("loss"));
  });

  it("names a measure again with a modifier of its stage ('the draft law', 'a revised budget') as the one named before", () => {
    expect(claims("Chile will table an electoral reform law in May. Peru criticised the draft law.")).toEqual(["Chile -proposed-> electoral reform law", "Peru -criticised-> electoral reform law"]);
    expect(proposalKey("revised budget")).toEqual(proposalKey("budget"));
    expect(proposalKey("the draft")).toEqual(["draft"]);
  });

  it("leaves the reason a judgement gives ('criticised the pact for ignoring X') out of the measure it judges", () => {
    expect(claims("Kenya and Uganda signed a three-year pact on Tuesday. Oxfam criticised the pact for ignoring farmers.")).toEqual(expect.arrayContaining(["Oxfam -criticised-> three-year pact"]));
    expect(claims("Kenya lifted its ban on maize imports. Oxfam criticised the move for ignoring farmers.")).toEqual(expect.arrayContaining(["Oxfam -criticised-> ban on maize imports"]));
    // A measure's purpose stays in its name.
    expect(claims("Ecuador proposed a fund for rebuilding homes.")).toEqual(["Ecuador -proposed-> fund for rebuilding homes"]);
  });

  it("reads modifiers joined by 'and' before their shared head into a measure's complement", () => {
    expect(claims("Chile condemned the closure of road and rail crossings with Peru.")).toEqual(["Chile -criticised-> closure of road and rail crossings with Peru"]);
    expect(claims("Unions opposed a rise in water and electricity prices.")).toEqual(["unions -rejected-> rise in water and electricity prices"]);
    expect(claims("Ghana rejected a ban on domestic and foreign trawlers.")).toEqual(["Ghana -rejected-> ban on domestic and foreign trawlers"]);
  });

  it("knows debt relief and grants as measures a party asks for, offers or welcomes", () => {
    expect(claims("Zambia asked its creditors for debt relief.")).toEqual(["Zambia -demanded-> debt relief"]);
    expect(claims("Peru welcomed the grant.")).toEqual(["Peru -supported-> grant"]);
  });

  it("knows a rally, as a strike, as an action a party holds or calls", () => {
    const { entities } = extract({ id: "t", text: "The Nurses Union of Chile said it would hold a nationwide rally on Sunday." });
    expect(entities.map((e) => e.label)).toContain("nationwide rally");
  });

  it("knows measures of fiscal, legal and emergency policy by their head, so a verb that needs a measure reaches them", () => {
    expect(claims("Chile said it would not accept the royalty.")).toEqual(["Chile -rejected-> royalty"]);
    expect(claims("Kenya would not accept the extradition of the two journalists.")).toEqual(["Kenya -rejected-> extradition of journalists"]);
    expect(claims("Peru would not accept a new lockdown.")).toEqual(["Peru -rejected-> lockdown"]);
  });

  it("keeps an act that undoes a measure as the measure asked for, not the measure it undoes", () => {
    expect(claims("Peru demanded the repeal of the law.")).toEqual(["Peru -demanded-> repeal of law"]);
    expect(claims("Chile called for the scrapping of the tax.")).toEqual(["Chile -demanded-> scrapping of tax"]);
    expect(claims("Ghana backed the rollback of the subsidies.")).toEqual(["Ghana -supported-> rollback of subsidies"]);
  });

  it("reads a noun of ending that is no measure alone ('the end of the year') as the measure, not what it ends", () => {
    expect(claims("Farmers in Punjab welcomed the end of the ban on rice exports.")).toEqual(["farmers -supported-> end of ban on rice exports"]);
    expect(claims("Chile called for a halt to the evictions.")).toEqual(["Chile -demanded-> halt to evictions"]);
    expect(claims("Ghana rejected the easing of the export controls.")).toEqual(["Ghana -rejected-> easing of export controls"]);
    expect(claims("Peru condemned the termination of the truce.")).toEqual(["Peru -criticised-> termination of truce"]);
    // A gerund the ending ends is its complement, as a noun is: no bare "end".
    expect(claims("Chile demanded an end to the fighting.")).toEqual(["Chile -demanded-> end to fighting"]);
    expect(claims("Chile called for a halt to the shelling of the port.")).toEqual(["Chile -demanded-> halt to shelling"]);
    // So in a nominal form's list, but not in a phrase of time.
    expect(claims("Peru rejected Chile's demand for an end to the blockade.")).toContain("Chile -demanded-> end to blockade");
    expect(claims("Chile's demand for compensation by the end of the month angered Peru.")).toEqual(["Chile -demanded-> compensation"]);
  });

  it("reads a head the tagger takes for an adjective or a verb after an article as the measure, not a noun's modifier", () => {
    expect(claims("Ghana had proposed a smaller fine.")).toEqual(["Ghana -proposed-> smaller fine"]);
    expect(claims("Chile proposed a longer transition for small fleets.")).toEqual(["Chile -proposed-> transition for small fleets"]);
    expect(claims("Norway rejected the fine print of the offer.")).not.toContain("Norway -rejected-> fine");
  });

  it("leaves an emphatic 'single' out of a measure's name, so it is the measure named before", () => {
    expect(claims("Ghana said it would not accept a single plant closure.")).toEqual(["Ghana -rejected-> plant closure"]);
    const both = extract({ id: "t", text: "Ghana rejected the closure of the Tema plant. Ghana also said it would not accept a single plant closure." });
    expect(both.entities.filter((e) => e.entityType === "proposal").map((e) => e.label)).toEqual(["closure of Tema plant"]);
  });

  it("keeps a quoted modifier and 'so-called' with the measure they name", () => {
    expect(claims('Canada criticised the so-called "foreign influence" law.')).toEqual(["Canada -criticised-> foreign influence law"]);
    expect(claims('Peru rejected the "peace" deal.')).toEqual(["Peru -rejected-> peace deal"]);
  });

  it("names a measure by its number, unless the number and name modify a noun", () => {
    expect(claims("Iran violated Resolution 2231.")).toEqual(["Iran -rejected-> Resolution 2231"]);
    expect(claims("Peru rejected Decree 1085.")).toEqual(["Peru -rejected-> Decree 1085"]);
    expect(extract({ id: "t", text: "Quebec defended Bill 21." }).entities.map((e) => `${e.entityType}:${e.label}`)).toContain("proposal:Bill 21");
    expect(extract({ id: "t", text: "Several Treaty 8 chiefs met Kenya." }).entities.some((e) => e.entityType === "proposal")).toBe(false);
  });

  it("knows the general vocabulary of measures: decrees, amendments, curbs, controls, licences, pardons and contracts", () => {
    expect(claims("Peru rejected the decree.")).toEqual(["Peru -rejected-> decree"]);
    expect(claims("Chile backed the amendment to the mining code.")).toEqual(["Chile -supported-> amendment to mining code"]);
    expect(claims("Japan criticised the new export curbs.")).toEqual(["Japan -criticised-> export curbs"]);
    expect(claims("Oxfam welcomed the price controls.")).toEqual(["Oxfam -supported-> price controls"]);
    expect(claims("Ghana suspended the mining licence.")).toEqual(["Ghana -sanctioned-> mining licence"]);
    expect(claims("Amnesty condemned the pardon.")).toEqual(["Amnesty -criticised-> pardon"]);
    expect(claims("Kenya signed a supply contract with Uganda.")).toContain("Kenya -agreed-> supply contract with Uganda");
  });

  it("takes a bill and the law it becomes for one measure", () => {
    expect(claims("Chile backed the bill, but Peru called the law “unjust”.")).toEqual(["Chile -supported-> bill", "Peru -criticised-> bill"]);
  });

  it("keeps a gerund that names a kind of measure, not an act", () => {
    expect(claims("Oxfam is open to spending cuts.")).toEqual(["Oxfam -supported-> spending cuts"]);
    expect(claims("Chile called for a ban on fishing subsidies.")).toEqual(["Chile -demanded-> ban on fishing subsidies"]);
  });

  it("splits a list of demands after a colon into its measures", () => {
    expect(claims("Oxfam demanded three changes: a tax on shipping fuel, a phase-out of coal plants and binding rules on mining.")).toEqual([
      "Oxfam -demanded-> tax on shipping fuel",
      "Oxfam -demanded-> phase-out of coal plants",
      "Oxfam -demanded-> binding rules on mining",
    ]);
  });

  it("keeps a gerund after the act's verb and a causative's bare verb in the act", () => {
    expect(claims("Oxfam urged Chile to stop buying from any company that clears forest.")).toContain("Oxfam -demanded-> stop buying company");
    expect(claims("The IMF urged Chile to let the peso float more freely.")).toContain("International Monetary Fund -demanded-> let peso float");
    expect(claims("Oxfam urged Peru to help farmers buy seed.")).toContain("Oxfam -demanded-> help farmers buy seed");
    expect(claims("Peru urged Chile to make concessions.")).toContain("Peru -demanded-> make concessions");
  });

  it("reads a phrasal verb the tagger takes for a noun as a coordinated act, and keeps its particle in the act", () => {
    expect(claims("Kosovo demanded that Serbia withdraw the troops it has deployed near the border and hand over the gunmen.")).toContain("Kosovo -demanded-> hand over gunmen");
    expect(claims("Peru urged Chile to pull out its troops.")).toContain("Peru -demanded-> pull out troops");
    expect(claims("Oxfam urged Iran to give up enrichment.")).toContain("Oxfam -demanded-> give up enrichment");
  });

  it("splits a series of acts asked for, put forward or demanded in a clause", () => {
    expect(claims("Oxfam urged Peru to cut the size of the cabinet, sell state companies and scrap the subsidy.")).toEqual([
      "Oxfam -demanded-> Peru",
      "Oxfam -demanded-> cut size of cabinet",
      "Oxfam -demanded-> sell state companies",
      "Oxfam -demanded-> scrap subsidy",
    ]);
    expect(claims("Oxfam demanded that Peru withdraw the bill, open fresh talks and free the detainees.")).toEqual([
      "Oxfam -demanded-> Peru",
      "Oxfam -demanded-> withdraw bill",
      "Oxfam -demanded-> open fresh talks",
      "Oxfam -demanded-> free detainees",
    ]);
    // A comma that closes no series ends the act.
    expect(claims("Oxfam urged Chile to reopen the border, and Peru agreed.")).toEqual(["Oxfam -demanded-> Chile", "Oxfam -demanded-> reopen border"]);
  });

  it("takes a definite noun that repeats a word of a measure named before as that measure", () => {
    expect(claims("Chile rejected a compromise text. Peru said it would accept the compromise. Bolivia backed the text.")).toEqual([
      "Chile -rejected-> compromise text",
      "Peru -agreed-> compromise text",
      "Bolivia -supported-> compromise text",
    ]);
  });

  it("takes an act named by a verb and by the noun of that act for one measure, in either order", () => {
    expect(claims("Chile rejected the postponement. Peru called for the vote to be postponed.")).toEqual([
      "Chile -rejected-> postponement",
      "Peru -demanded-> postponement",
    ]);
    expect(claims("Peru called for the vote to be postponed. Chile rejected the postponement.")).toEqual([
      "Peru -demanded-> postpone vote",
      "Chile -rejected-> postpone vote",
    ]);
    expect(claims("Peru proposed the withdrawal of troops. Chile said it would withdraw its soldiers from the border.")).toEqual([
      "Peru -proposed-> withdrawal of troops",
      "Chile -agreed-> withdrawal of troops",
    ]);
    expect(claims("Peru proposed a meeting with regional governors. Chile asked Bolivia to meet the governors of the northern regions.")).toContain("Chile -demanded-> meeting with regional governors");
  });

  it("keeps the act of a verb apart from the noun of its act when their words name different measures", () => {
    expect(claims("Chile rejected the suspension of aid. Peru threatened to suspend talks.")).toEqual([
      "Chile -rejected-> suspension of aid",
      "Peru -threatened-> suspend talks",
    ]);
    expect(claims("Peru proposed a meeting with regional governors. Chile urged Bolivia to meet its creditors.")).toContain("Chile -demanded-> meet creditors");
    // A bare noun that is the verb itself or its -ing form may be another sense of the verb.
    expect(claims("Peru condemned the strike. Chile urged Peru to strike a deal with the unions.")).toContain("Chile -demanded-> strike deal with unions");
    expect(claims("Peru rejected the meeting. Chile urged Peru to meet the demands of the miners.")).toContain("Chile -demanded-> meet demands of miners");
  });

  it("takes a demand in apposition after an act's object for the act, not for the object's noun", () => {
    expect(claims("Chile agreed to suspend attacks on power lines, a long-standing demand of Peru.")).toEqual([
      "Chile -agreed-> suspend attacks",
      "Peru -demanded-> suspend attacks",
    ]);
  });

  it("takes applying a measure named before as taking that measure on", () => {
    expect(claims("Chile rejected the price cuts. Peru called on Bolivia to apply the same cuts.")).toContain("Peru -demanded-> price cuts");
  });

  it("names the measure or act a carrier verb carries, not the carrier", () => {
    expect(claims("Peru urged Chile to allow a humanitarian corridor.")).toEqual(["Peru -demanded-> Chile", "Peru -demanded-> humanitarian corridor"]);
    expect(claims("Oxfam urged Peru to consider selling the state airline.")).toEqual(["Oxfam -demanded-> Peru", "Oxfam -demanded-> sell state airline"]);
    expect(claims("Canada was open to discussing the safeguard clause.")).toEqual(["Canada -supported-> safeguard clause"]);
  });

  it("reads a measure coordinated after another by its noun phrase, and leaves out what a measure is called", () => {
    expect(claims("Peru demanded a ten-year exemption for small farms and an exclusion for inshore waters.")).toEqual([
      "Peru -demanded-> ten-year exemption for small farms",
      "Peru -demanded-> exclusion for inshore waters",
    ]);
    expect(claims("Chile dismissed the quota as a gift to foreign fleets.")).toEqual(["Chile -rejected-> quota"]);
    expect(claims("Peru demanded the adoption of Quechua as an official language.")).toEqual(["Peru -demanded-> adoption of Quechua as official language"]);
  });

  it("reads a set of demands listed after a colon past a phrase of place, each item whole, names and clauses left out", () => {
    expect(claims("Oxfam set out its conditions in a letter: a shorter working week, an end to the ban on strikes and the reinstatement of its leader, Ana Ruiz, while talks go on.")).toEqual([
      "Ana Ruiz -leader_of-> Oxfam",
      "Oxfam -demanded-> shorter working week",
      "Oxfam -demanded-> end to ban on strikes",
      "Oxfam -demanded-> reinstatement of leader",
    ]);
  });

  it("makes no measure of a fact denied or admitted", () => {
    expect(claims("Oxfam denied having any links to the army.")).toEqual([]);
    expect(claims("Peru denied that officers had used live ammunition.")).toEqual([]);
    expect(claims("Chile proposed selling the airline.")).toEqual(["Chile -proposed-> sell airline"]);
  });

  it("names a resumption asked for by its act, apart from the talks themselves", () => {
    expect(claims("Chile and Peru held talks in Lima. Norway urged Chile to resume talks in May.")).toContain("Norway -demanded-> resume talks");
  });

  it("names an act put forward on a measure by the act, unless it only holds or accepts the measure", () => {
    expect(claims("Chile and Peru held talks in Lima. Norway proposed resuming the talks in May.")).toContain("Norway -proposed-> resume talks");
    expect(claims("Chile and Peru held talks in Lima. Norway offered to host the talks.")).toContain("Norway -proposed-> talks");
  });

  it("takes an act that takes on a measure named before for that measure, unless it changes it or is a step of its own", () => {
    expect(claims("Chile welcomed the compromise text. Ghana said it could accept the text with minor changes.")).toEqual(["Chile -supported-> compromise text", "Ghana -agreed-> compromise text"]);
    expect(claims("Chile and Peru proposed a new data framework. Bolivia urged them to finalise the framework.")).toContain("Bolivia -demanded-> data framework");
    expect(claims("Chile welcomed the compromise text. Ghana urged Togo to rewrite the text.")).toContain("Ghana -demanded-> rewrite text");
    expect(claims("Chile and Peru signed a border pact. Bolivia urged both parliaments to ratify the pact.")).toContain("Bolivia -demanded-> ratify pact");
  });

  it("names one act however its object's synonym is worded", () => {
    const { entities } = extract({ id: "t", text: "Chad and Togo offered to send soldiers. Benin said it would also send troops." });
    expect(entities.filter((e) => e.entityType === "proposal").map((e) => e.label)).toEqual(["send soldiers"]);
  });

  it("reads asking for an act that contests a measure named before as rejecting it, not as a measure of its own", () => {
    expect(claims("Parliament passed the mining bill. Ghana urged Accra to drop the bill.")).toContain("Ghana -rejected-> mining bill");
    expect(claims("Parliament passed the mining bill. Ghana urged Accra to drop the bill.").join()).not.toMatch(/drop/);
    expect(claims("Chile and Peru signed a border pact. Bolivia urged both parliaments to ratify the pact.")).toContain("Bolivia -demanded-> ratify pact");
  });

  it("takes 'the vote' for the measure voted on, not a measure of its own", () => {
    expect(claims("Kenya adopted the mining bill on Friday. Uganda called the vote \"a betrayal\".")).toContain("Uganda -criticised-> mining bill");
    expect(claims("Kenya adopted the mining bill on Friday. Uganda criticised the vote.").join()).not.toMatch(/vote/);
  });

  it("takes an act named alone for the plan to do it named before", () => {
    const found = claims("Egypt rejected Ethiopia's plan to build a second dam. Ethiopia said it would build a second dam.");
    expect(found).toContain("Ethiopia -proposed-> plan to build second dam");
    expect(found.join()).not.toMatch(/> build/);
  });

  it("keeps the object of a frame's infinitive past a comparative of quantity", () => {
    expect(claims("Chile rejected a plan to hire more foreign doctors.")).toEqual(["Chile -rejected-> plan to hire foreign doctors"]);
  });

  it("names a deal and the act it is to do as one measure", () => {
    const found = extract({ id: "t", text: "Ghana and Togo signed a deal to reopen the border crossings. Benin welcomed the deal." });
    const proposals = found.entities.filter((e) => e.entityType === "proposal");
    expect(proposals.map((e) => [e.label, ...e.aliases.filter((a) => a !== e.label)])).toEqual([["deal", "reopen border crossings"]]);
    expect(claims("Ghana and Togo signed a deal to reopen the border crossings. Benin welcomed the deal.")).toContain("Ghana -agreed-> deal");
  });

  it("takes an act that names a kind of measure for the measure of that kind named before", () => {
    expect(claims("Mali and the rebels signed a ceasefire on Sunday, pledging to cease hostilities for a month.")).not.toContain("Mali -agreed-> cease hostilities");
    expect(claims("Chad urged the rebels to cease hostilities.")).toContain("Chad -demanded-> cease hostilities");
  });

  it("takes an act that keeps a measure named before in force for that measure", () => {
    expect(claims("Mali and Niger signed a border truce in May. Chad urged both sides to extend the truce.")).toContain("Chad -demanded-> border truce");
    expect(claims("Peru urged Chile to extend the deadline for new mines.")).toContain("Peru -demanded-> extend deadline for new mines");
  });

  it("labels an act asked for on a named measure by the act and the measure's whole name", () => {
    expect(claims("Uganda urged Peru to lift its ban on Ugandan coffee.")).toEqual(["Uganda -demanded-> Peru", "Uganda -demanded-> lift ban on Ugandan coffee"]);
  });
});
