import { describe, expect, it } from "vitest";
import { detectFormat, emptiness, ingest } from "./ingest.js";

describe("ingest", () => {
  it("makes one document of a text file, named by its path", () => {
    const { documents, problems } = ingest({ name: "world/kenya.txt", content: "Kenya's parliament passed the budget." });
    expect(problems).toEqual([]);
    expect(documents).toEqual([{ id: "world/kenya.txt", text: "Kenya's parliament passed the budget.", format: "text", path: "world/kenya.txt" }]);
  });

  it("reads JSONL records and reports bad lines by number", () => {
    const content = [
      JSON.stringify({ id: "a", title: "Budget", date: "2024-05-01", text: "Kenya passed the budget." }),
      "{not json",
      JSON.stringify({ title: "no text" }),
      "",
      JSON.stringify({ text: "Chile signed the accord." }),
    ].join("\n");
    const { documents, problems } = ingest({ name: "feed.jsonl", content });
    expect(documents.map((d) => d.id)).toEqual(["a", "feed.jsonl#5"]);
    expect(documents[0]).toMatchObject({ title: "Budget", date: "2024-05-01" });
    expect(problems).toEqual([
      { name: "feed.jsonl", line: 2, message: "not valid JSON" },
      { name: "feed.jsonl", line: 3, message: 'no "text" string' },
    ]);
  });

  it("detects HTML by content even behind a .txt name", () => {
    expect(detectFormat("page.txt", "<!DOCTYPE html><html><body>x</body></html>")).toBe("html");
    expect(detectFormat("notes.md", "# Title")).toBe("markdown");
    expect(detectFormat("a.jsonl", "{}")).toBe("jsonl");
  });

  it("refuses empty and binary input with a reason", () => {
    expect(emptiness("  \n\t ")).toBe("input is empty");
    expect(emptiness("abc\u0000def")).toBe("input is binary (contains NUL bytes)");
    expect(emptiness("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")).toBe("input is not UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
    // UTF-16 with a byte-order mark, and without one, read as UTF-8.
    const utf16 = "input is UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)";
    expect(emptiness(new TextDecoder().decode(Buffer.from("\uFEFFKenya signed.", "utf16le")))).toBe(utf16);
    expect(emptiness(new TextDecoder().decode(Buffer.from("Kenya signed.", "utf16le")))).toBe(utf16);
    expect(ingest({ name: "empty.txt", content: "" })).toEqual({ documents: [], problems: [{ name: "empty.txt", message: "input is empty" }] });
  });
});
