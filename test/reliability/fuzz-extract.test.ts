// Fuzzing the pipeline: random and adversarial text in every input format never makes `extract` or
// `buildGraph` throw, and every piece of evidence is a slice of the input at its offsets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { clean } from "../../src/pipeline/clean.js";
import { extract } from "../../src/pipeline/extract.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { tokenize } from "../../src/pipeline/tokenize.js";
import type { InputFormat } from "../../src/pipeline/types.js";
import { adversarialText, FUZZ } from "./arbitraries.js";

const format = fc.constantFrom<InputFormat>("text", "markdown", "html");

describe("fuzz: extract", () => {
  it("cleans to the same length and tokenizes into offsets that slice the input", () => {
    fc.assert(fc.property(adversarialText, format, (text, f) => {
      const cleaned = clean({ id: "d", text, format: f });
      expect(cleaned.text).toHaveLength(text.length);
      for (const sentence of tokenize(cleaned)) {
        for (const token of sentence.tokens) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(token.start, token.end)).toBe(token.text);
        }
      }
    }), { ...FUZZ, numRuns: FUZZ.numRuns * 3 });
  });

  it("extract never throws and every evidence offset slices its text out of the input", () => {
    fc.assert(fc.property(adversarialText, format, (text, f) => {
      const { doc, entities, claims } = extract({ id: "fuzz", text, format: f });
      expect(doc.id).toBe("fuzz");
      for (const entity of entities) expect(typeof entity.label).toBe("string");
      for (const { evidence } of claims) {
        expect(evidence.doc).toBe("fuzz");
        expect(evidence.start).toBeGreaterThanOrEqual(0);
        expect(evidence.end).toBeGreaterThanOrEqual(evidence.start);
        expect(evidence.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }), { ...FUZZ, numRuns: 200 });
  });

  it("buildGraph over several adversarial documents keeps every edge's evidence inside its own document", () => {
    fc.assert(fc.property(fc.array(adversarialText, { minLength: 1, maxLength: 4 }), (texts) => {
      const docs = texts.map((text, i) => ({ id: `d${i}`, text }));
      const graph = buildGraph(docs);
      graph.forEachEdge((_, attributes, source, target) => {
        expect(source).not.toBe(target);
        expect(attributes.weight).toBe(attributes.evidence.length);
        for (const e of attributes.evidence) expect(docs.find((d) => d.id === e.doc)!.text.slice(e.start, e.end)).toBe(e.text);
      });
    }), { ...FUZZ, numRuns: 25 });
  });

  it("ingest turns any file content into documents or named problems, never a throw", () => {
    const names = fc.constantFrom("a.txt", "a.md", "a.html", "a.jsonl", "a", "A.JSONL");
    fc.assert(fc.property(names, adversarialText, (name, content) => {
      const { documents, problems } = ingest({ name, content });
      for (const problem of problems) {
        expect(problem.name).toBe(name);
        expect(problem.message).toMatch(/^(input is empty|input is binary \(contains NUL bytes\)|input is UTF-16 text, not UTF-8 \(.+\)|input is not UTF-8 text \(.+\)|not valid JSON|not a JSON object|no "text" string)$/);
      }
      for (const doc of documents) expect(doc.text.trim()).not.toBe("");
    }), { ...FUZZ, numRuns: FUZZ.numRuns * 3 });
  });
});
