// Where extraction time goes: the stages of extract() run one by one under a clock, for benchmarks.
// The output is not used; extract() stays the one way to read a document.
import { clean } from "./clean.js";
import { defaultGazetteer } from "./default-gazetteer.js";
import { mentions } from "./mentions.js";
import { relations } from "./relations.js";
import { resolve } from "./resolve.js";
import { tokenize } from "./tokenize.js";
import type { InputDocument } from "./types.js";

/** Milliseconds spent in each stage, summed over the documents profiled. */
export interface StageTimes {
  clean: number;
  tokenize: number;
  mentions: number;
  resolve: number;
  relations: number;
}

export const emptyStageTimes = (): StageTimes => ({ clean: 0, tokenize: 0, mentions: 0, resolve: 0, relations: 0 });

/** Runs the stages of extract() on one document, adding each stage's time to `times`. */
export function profileStages(doc: InputDocument, times: StageTimes): void {
  const gazetteer = defaultGazetteer();
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const cleaned = clean(doc);
  lap("clean");
  const sentences = tokenize(cleaned);
  lap("tokenize");
  const found = mentions(sentences, cleaned.text, { gazetteer });
  lap("mentions");
  const resolution = resolve(found, sentences);
  lap("resolve");
  relations(sentences, found, resolution, { doc: doc.id, input: doc.text });
  lap("relations");
}
