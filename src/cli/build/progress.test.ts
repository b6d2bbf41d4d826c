import { describe, expect, it } from "vitest";
import { Progress, summaryLine } from "./progress.js";

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe("progress", () => {
  it("draws nothing when stderr is not a terminal", () => {
    const out = stream(false);
    const progress = new Progress(out, 10);
    for (let i = 0; i < 10; i++) progress.advance(300);
    progress.finish();
    expect(out.written).toEqual([]);
  });

  it("on a terminal, rewrites one line with documents done/total, words/s and ETA, and clears it at the end", () => {
    const out = stream(true);
    const progress = new Progress(out, 4);
    progress.advance(500);
    expect(out.written[0]).toMatch(/^\r\x1b\[K1\/4 documents {2}[\d,]+ words\/s {2}ETA \d+:\d\d$/);
    progress.finish();
    expect(out.written.at(-1)).toBe("\r\x1b[K");
  });

  it("summarises a build in one line", () => {
    expect(summaryLine({ documents: 3000, words: 912345, entities: 4567, relations: 8910, seconds: 14.25, skipped: 2, unchanged: 0 }))
      .toBe("3,000 documents, 912,345 words, 4,567 entities, 8,910 relations, 14.3 s, 2 skipped");
    expect(summaryLine({ documents: 1, words: 10, entities: 2, relations: 1, seconds: 0.04, skipped: 0, unchanged: 5 }))
      .toBe("1 document, 10 words, 2 entities, 1 relation, 0.0 s, 0 skipped, 5 already in the graph");
  });
});
