// Extraction accuracy against the shared gold files, at the thresholds of the extraction issue.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ploverScore } from "../src/eval/plover.js";
import { buildGraph } from "../src/graph/build.js";

const shared = join(import.meta.dirname, "..", "..", "shared", "eval");

describe.skipIf(!existsSync(shared))("accuracy on the shared gold", () => {
  it("scores the sample article at entity F1 >= 0.95, typed >= 0.90, relation F1 >= 0.75", async () => {
    const { score } = await import(join(shared, "score.mjs"));
    const gold = JSON.parse(readFileSync(join(shared, "gold", "istanbul-talks.json"), "utf8"));
    const text = readFileSync(join(import.meta.dirname, "..", "data", "articles", "istanbul-talks.txt"), "utf8");
    const result = score(gold, buildGraph([{ id: gold.doc, text }]).export());
    expect(result.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.typedEntities.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.relations.f1).toBeGreaterThanOrEqual(0.75);
  });

  it("codes PLOVER gold sentences: >= 0.75 of records found, >= 0.80 of event edges of the expected class", () => {
    const { records } = JSON.parse(readFileSync(join(shared, "plover", "dev.json"), "utf8"));
    const result = ploverScore(records);
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
    expect(result.precision).toBeGreaterThanOrEqual(0.8);
  });
});
