import { describe, expect, it } from "vitest";
import { parseShard, shardRange } from "./shard.js";

describe("shards", () => {
  it("parses i/n and rejects anything else", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "1-3", ""]) expect(() => parseShard(bad), bad).toThrow(/--shard takes i\/n/);
  });

  it("cuts consecutive slices that cover every unit once; the last is open-ended", () => {
    for (const total of [0, 1, 7, 10, 101]) {
      for (const count of [1, 2, 3, 8]) {
        const ranges = Array.from({ length: count }, (_, i) => shardRange({ index: i + 1, count }, total));
        expect(ranges[0].from).toBe(0);
        for (let i = 1; i < count; i++) expect(ranges[i].from).toBe(ranges[i - 1].to);
        expect(ranges[count - 1].to).toBe(Infinity);
        const sizes = ranges.map((r) => Math.min(r.to, total) - r.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});
