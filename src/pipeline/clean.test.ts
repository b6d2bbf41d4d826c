import { describe, expect, it } from "vitest";
import { clean, isFurniture, isHeadline, maskHtml, maskMarkdown } from "./clean.js";

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
