import { describe, expect, it } from "vitest";
import { contentHash, extract } from "./extract.js";

const ARTICLE = `Tariff Talks Stall In Geneva
Canadian Trade Minister Leah Fournier said on Monday that Ottawa rejected a proposal for new steel tariffs.
<p>Mexico &amp; Brazil, however, welcomed the plan.</p>
Related: Markets Slide As Talks Stall
She said Canada would submit its own plan next week.`;

describe("extract", () => {
  it("backs every claim with a sentence sliced exactly out of the input", () => {
    const { claims } = extract({ id: "a", text: ARTICLE });
    expect(claims.length).toBeGreaterThan(2);
    for (const c of claims) {
      expect(ARTICLE.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(c.evidence.doc).toBe("a");
    }
  });

  it("reads a text cut off mid-phrase, as a teaser or a truncated feed item is", () => {
    // Each ends where a rule looks one or more words past the sentence's end.
    for (const text of ["a freeze on the levy; the", "close schools as teachers extend walkout"]) {
      expect(() => extract({ id: "cut", text })).not.toThrow();
    }
  });

  it("keeps offsets into the original for HTML input", () => {
    const html = "<html><body><nav>World | Sport</nav><p>Chile and Peru signed a fishing accord on Friday.</p></body></html>";
    const { claims } = extract({ id: "h", text: html, format: "html" });
    expect(claims.map((c) => c.evidence.text)).toContain("Chile and Peru signed a fishing accord on Friday.");
    for (const c of claims) expect(html.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("records the document, its headline and size", () => {
    const { doc } = extract({ id: "a", text: ARTICLE, date: "2025-03-01" });
    expect(doc).toMatchObject({ id: "a", title: "Tariff Talks Stall In Geneva", date: "2025-03-01", hash: contentHash(ARTICLE) });
    expect(doc.words).toBeGreaterThan(30);
  });

  it("keeps only proposals someone takes a position on", () => {
    const { entities } = extract({ id: "a", text: "Ghana backed the trade plan. Analysts discussed a possible tax reform." });
    expect(entities.filter((e) => e.entityType === "proposal").map((e) => e.label)).toEqual(["trade plan"]);
  });

  it("keeps a crowd or force named by one common noun only when it acts", () => {
    const labels = (text: string) => extract(text).entities.map((e) => e.label);
    expect(labels("Uganda opened a bridge on Monday. Critics gathered outside the hall.")).toEqual(["Uganda"]);
    expect(labels("Police fired tear gas at protesters in Kampala.")).toEqual(expect.arrayContaining(["police", "protesters"]));
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extract({ id: "a", text: ARTICLE }))).toBe(JSON.stringify(extract({ id: "a", text: ARTICLE })));
  });

  it("keeps a treaty named by its name, and drops a measure no claim is on", () => {
    const { entities } = extract("Chile said the Andes Water Treaty still bound Peru, and spoke of a possible swap of land.");
    const proposals = entities.filter((e) => e.entityType === "proposal").map((e) => e.label);
    expect(proposals).toEqual(["Andes Water Treaty"]);
  });

  it("keeps a measure an act is on though no claim names the actor, unless it repeats a measure kept", () => {
    const proposals = (text: string) => extract(text).entities.filter((e) => e.entityType === "proposal").map((e) => e.label);
    expect(proposals("The coalition government plans to hold regional elections next spring.")).toEqual(["regional elections"]);
    expect(proposals("The finance ministry lifted its import duties on fertiliser after the march.")).toEqual(["import duties on fertiliser"]);
    expect(proposals("Officials eased travel restrictions in the northern provinces on Monday.")).toEqual(["travel restrictions"]);
    expect(proposals("The minister spoke to reporters after a cabinet meeting.")).toEqual([]);
    expect(proposals("Soldana rejected the border deal. Officials would sign a new deal on borders in May.")).toEqual(["border deal"]);
    expect(proposals("Senators debated on Friday, and the president may still withdraw the mining bill.")).toEqual(["mining bill"]);
    expect(proposals("Senators debated on Friday, and the president may still withdraw the bill.")).toEqual([]);
  });

  it("reads calling a strike as proposing it", () => {
    const { entities, claims } = extract("The dockers' union TGU called warning strikes at four ports.");
    const label = (id: number) => entities.find((e) => e.id === id)?.label;
    expect(claims.map((c) => `${label(c.source)} ${c.relation} ${label(c.target)}`)).toContain("TGU proposed warning strikes");
  });
});
