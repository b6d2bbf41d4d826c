import { describe, expect, it } from "vitest";
import { clean, isFurniture, isHeadline, isSentenceCaseHeadline, maskHtml, maskMarkdown } from "./clean.js";

describe("clean", () => {
  it("keeps the length of the input so offsets stay valid", () => {
    const text = "Talks Collapse In Geneva Over Border Dispute\nThe two delegations left Geneva on Friday.\nALSO READ: Markets Rally On Rate Cut\nSubscribe to our newsletter\nDiscussion about this post";
    const cleaned = clean({ id: "d", text });
    expect(cleaned.text).toHaveLength(text.length);
    expect(cleaned.title).toBe("Talks Collapse In Geneva Over Border Dispute");
    expect(cleaned.text.trim()).toBe("The two delegations left Geneva on Friday.");
  });

  it("drops related-article headlines between paragraphs by their shape", () => {
    const text = "Ministers met in Lima on Monday.\nFloods Displace Thousands Across Northern Provinces After Storm\nThe ministers agreed to meet again.";
    const kept = clean({ id: "d", text }).text.split("\n").filter((l) => l.trim());
    expect(kept).toEqual(["Ministers met in Lima on Monday.", "The ministers agreed to meet again."]);
  });

  it("recognises furniture lines without touching prose", () => {
    expect(isFurniture("Photo: Reuters")).toBe(true);
    expect(isFurniture("By Amina Yusuf")).toBe(true);
    expect(isFurniture("Support us by becoming a member")).toBe(true);
    expect(isFurniture("The senator said the bill would pass.")).toBe(false);
    expect(isHeadline("The senator said the bill would pass")).toBe(false);
  });

  it("masks HTML markup, scripts and navigation while article text keeps its offsets", () => {
    const html = "<html><head><title>Port strike</title><script>alert(1)</script></head><body><nav>Home | World</nav><p>Dock workers in Durban went on strike &amp; blocked the port.</p></body></html>";
    const { text, title } = maskHtml(html);
    expect(text).toHaveLength(html.length);
    expect(title).toBe("Port strike");
    expect(text).not.toContain("alert");
    expect(text).not.toContain("Home");
    const start = html.indexOf("Dock");
    expect(text.slice(start, start + 34)).toBe("Dock workers in Durban went on str");
    expect(text).toContain("strike &");
  });

  it("masks Markdown syntax", () => {
    const md = "# Heading\nThe **central bank** raised [rates](https://example.com) again.";
    const masked = maskMarkdown(md);
    expect(masked).toHaveLength(md.length);
    expect(masked.split("\n")[1].replace(/\s+/g, " ")).toBe("The central bank raised rates again.");
  });
});

describe("clean on hostile pages", () => {
  // Each page repeats a construct that never closes; a scan that restarts its search at each one is
  // quadratic and would take hours on a 20 MB page. These run in linear time.
  const repeated = (unit: string) => "<html><body><p>Kenya signed the accord.</p>" + unit.repeat(100_000);

  it("an unclosed script runs to the end of the page, as in a browser", () => {
    const html = repeated("<script>Chile x ");
    const { text } = maskHtml(html);
    expect(text).toHaveLength(html.length);
    expect(text).toContain("Kenya signed the accord.");
    expect(text).not.toContain("Chile");
  });

  it("unclosed comments, tags and titles are masked or kept without a quadratic search", () => {
    for (const unit of ["<!-- Chile ", "<a Chile ", "<title>Chile ", "<nav>Chile ", "<!Chile ", "&#x41"]) {
      const html = repeated(unit);
      const { text } = maskHtml(html);
      expect(text).toHaveLength(html.length);
      expect(text).toContain("Kenya signed the accord.");
    }
  });

  it("keeps offsets through carriage returns, entities and astral characters", () => {
    const html = "<p>Kenya\r\nsigned &amp; 😀 &#128512; the accord&hellip;</p>";
    const { text } = maskHtml(html);
    expect(text).toHaveLength(html.length);
    expect(text.indexOf("signed")).toBe(html.indexOf("signed"));
    expect(text.indexOf("the accord")).toBe(html.indexOf("the accord"));
  });

  it("unclosed Markdown links and fences on a huge line stay linear and keep the length", () => {
    const md = "Kenya signed the accord. " + "[a](b ".repeat(100_000) + "```x ".repeat(1001);
    const masked = maskMarkdown(md);
    expect(masked).toHaveLength(md.length);
    expect(masked.startsWith("Kenya signed the accord.")).toBe(true);
  });

  it("a page that is one 2 MB line is cleaned, not mistaken for a headline", () => {
    const text = "Kenya Signed The Accord With Chile ".repeat(60_000);
    const cleaned = clean({ id: "d", text });
    expect(cleaned.text).toBe(text);
    expect(cleaned.title).toBeUndefined();
  });
});

describe("datelines", () => {
  it("masks a dateline before the first sentence, keeping offsets", () => {
    const text = "LIMA, Peru (AP) — Peru's congress approved the budget on Friday.";
    const cleaned = clean({ id: "d", text });
    expect(cleaned.text.trim()).toBe("Peru's congress approved the budget on Friday.");
    expect(cleaned.text).toHaveLength(text.length);
  });

  it("masks datelines with a date or a colon", () => {
    for (const line of ["JOHANNESBURG, May 14 — ", "NAIROBI, March 3 (Reuters) - ", "NEW DELHI: ", "KYIV, Ukraine, Sept. 2 (AP) — "]) {
      const text = `${line}The council approved the budget on Friday.`;
      expect(clean({ id: "d", text }).text.trim()).toBe("The council approved the budget on Friday.");
    }
  });

  it("masks a dateline in title case before a capital, not a name a dash sets off", () => {
    for (const line of ["Accra — ", "Nairobi, Kenya (AFP) – ", "Mumbai: ", "Dar es Salaam — "]) {
      const text = `${line}The council approved the budget on Friday.`;
      expect(clean({ id: "d", text }).text.trim()).toBe("The council approved the budget on Friday.");
    }
    const text = "Kenya — the region's largest economy — raised its budget on Friday.";
    expect(clean({ id: "d", text }).text).toBe(text);
  });

  it("keeps a capitalised name and dash that open a later line", () => {
    const text = "LIMA, Peru (AP) — Peru's congress approved the budget on Friday.\nNATO — which Russia opposes — said it would meet.";
    expect(clean({ id: "d", text }).text.split("\n")[1]).toBe("NATO — which Russia opposes — said it would meet.");
  });
});

describe("furniture words in prose", () => {
  it("keeps sentences that use a page word in passing", () => {
    expect(isFurniture("The United States accused Iran of state-sponsored attacks on shipping in the Gulf, and Britain condemned the strikes.")).toBe(false);
    expect(isFurniture("Ghana pledged to donate vaccines to Togo, the health minister said on Monday in Accra.")).toBe(false);
    expect(isFurniture("A political advertisement aired by the ruling party angered the opposition, which demanded its withdrawal.")).toBe(false);
  });

  it("drops the writer's line and a partner's or funder's credit, not news of a reporter", () => {
    expect(isFurniture("Lena Okafor is a freelance journalist based in Accra.")).toBe(true);
    expect(isFurniture("Tomas Ruiz is the Andes correspondent for a Chilean daily and covers mining")).toBe(true);
    expect(isFurniture("This story was produced in partnership with the Coastal Reporting Fund.")).toBe(true);
    expect(isFurniture("This coverage is funded with the support of the Delta Press Foundation.")).toBe(true);
    expect(isFurniture("This report was produced with the help of a fund that the ministry accused of bias last year and other donors.")).toBe(true);
    expect(isFurniture("This plan was produced with the help of Kenyan engineers, the ministry said.")).toBe(false);
    expect(isFurniture("Lena Okafor is a reporter who was detained in Kigali last month.")).toBe(false);
  });

  it("still drops short calls to action, sponsor labels and captions with credits", () => {
    expect(isFurniture("Advertisement")).toBe(true);
    expect(isFurniture("Sponsored content")).toBe(true);
    expect(isFurniture("Sign up for our daily briefing on the region's politics and economy")).toBe(true);
    expect(isFurniture("Get the best of our reporting in your inbox: our newsletter is free")).toBe(true);
    expect(isFurniture("Riot police stand guard outside the electoral commission offices in the capital on Tuesday. (Photo: Staff)")).toBe(true);
    expect(isFurniture("Supporters of the opposition candidate march through the city centre on March 3. AFP via Getty Images")).toBe(true);
  });
});

describe("sentence-case headlines and credits", () => {
  it("takes a sentence-case first line as the title and masks the dateline after the byline", () => {
    const text = "Peru's congress approves budget after all-night session\nBy Ana Ruiz | Published 2 May 2026\nLIMA/QUITO, May 2 (AP) — Lawmakers approved the budget on Friday.";
    const cleaned = clean({ id: "d", text });
    expect(cleaned.title).toBe("Peru's congress approves budget after all-night session");
    expect(cleaned.text.trim()).toBe("Lawmakers approved the budget on Friday.");
    expect(cleaned.text).toHaveLength(text.length);
  });

  it("drops related headlines in sentence case and credits in brackets", () => {
    const text = "Ministers met in Lima on Monday.\nFloods displace thousands in northern provinces\nChile's central bank holds rates as copper climbs\n(Reporting by Ana Ruiz in Lima; Editing by Tom Bell)\nPhoto courtesy of the navy";
    expect(clean({ id: "d", text }).text.trim()).toBe("Ministers met in Lima on Monday.");
  });

  it("drops the trailers of agency copy: contributors, standards, funders", () => {
    const text = "Farmers blocked roads near Quito on Friday.\nStaff writer Lena Ortiz in Lima contributed to this report.\nOur Standards: The Example News Trust Principles.\nThis story was produced with the financial assistance of the Civic Media Fund.";
    expect(clean({ id: "d", text }).text.trim()).toBe("Farmers blocked roads near Quito on Friday.");
    expect(isFurniture("The minister said rebels had contributed to the report's delay.")).toBe(false);
  });

  it("keeps prose: sentences, lines continued by the next one, and text wrapped at a fixed width", () => {
    expect(isSentenceCaseHeadline("The council approved the budget on Friday.")).toBe(false);
    expect(isSentenceCaseHeadline("Kenya said on Monday that", "it would reopen the border.")).toBe(false);
    expect(isSentenceCaseHeadline("Rebels seized the town. Ministers met in Lima")).toBe(false);
    const wrapped = "Ministers from both countries met in Lima\non Monday and agreed on a border plan\nthat the two parliaments must approve.\nThe talks resume in June";
    expect(clean({ id: "d", text: wrapped }).text).toBe(wrapped);
  });
});

describe("bylines", () => {
  it("masks bylines but keeps prose that opens with By", () => {
    expect(isFurniture("By Ana Ruiz and Tom Bell | Published 2 May 2026, 10:00 GMT")).toBe(true);
    expect(isFurniture("By Friday, the two delegations had left Geneva without an agreement on the border.")).toBe(false);
  });
});

describe("headlines before a dateline", () => {
  it("takes the first line as the headline when a dateline opens the next, even in wrapped text", () => {
    const text = "Chile's regulator clears port sale to Andes group\nVALPARAISO (AP) — Chile's regulator on Tuesday approved\nthe sale of the port, on condition that it keep\nits prices for two years.";
    const cleaned = clean({ id: "d", text });
    expect(cleaned.title).toBe("Chile's regulator clears port sale to Andes group");
    expect(cleaned.text.split("\n")[1].trim()).toBe("Chile's regulator on Tuesday approved");
  });
});

describe("lists", () => {
  it("keeps list items that end without a full stop", () => {
    const md = "Chile and Peru signed the accord on Friday.\n- Chile lowers its port fees for Peruvian ships\n- Peru opens two border crossings to trucks";
    const kept = clean({ id: "d", text: md, format: "markdown" }).text;
    expect(kept).toContain("Chile lowers its port fees for Peruvian ships");
    expect(kept).toContain("Peru opens two border crossings to trucks");
  });
});
