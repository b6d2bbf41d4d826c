// A corpus build: documents read lazily, extracted by the pool, merged in input order into one graph.
import { addExtraction, createGraph, GraphIndex } from "../../graph/build.js";
import type { NewsGraph } from "../../graph/types.js";
import { contentHash } from "../../pipeline/extract.js";
import { countUnits, readDocuments, type InputItem, type InputLimits, type ListedInput } from "../inputs.js";
import { extractInOrder } from "./pool.js";
import { Progress, type BuildSummary, type ProgressStream } from "./progress.js";
import { shardRange, type Shard } from "./shard.js";

export interface CorpusBuildOptions extends InputLimits {
  jobs: number;
  /** Build only this slice of the corpus. */
  shard?: Shard;
  /** Add to this graph; its documents (same id and content hash) are not read again. */
  into?: NewsGraph;
  /** Where progress goes (drawn only when it is a terminal). */
  progress: ProgressStream;
  /** Called with each document skipped, and why. */
  onSkip(message: string): void;
}

export interface CorpusBuild {
  graph: NewsGraph;
  summary: BuildSummary;
}

export async function buildCorpus(inputs: ListedInput[], options: CorpusBuildOptions): Promise<CorpusBuild> {
  const started = performance.now();
  const graph = options.into ?? createGraph();
  const index = GraphIndex.of(graph);
  // Document id -> its content hash and where it was read ("" for the graph given by --into).
  const known = new Map((graph.getAttribute("documents") ?? []).map((d) => [d.id, { hash: d.hash, at: "" }]));
  // Counting costs a pass over the inputs: done only when a shard or a progress line needs the total.
  const total = options.shard || options.progress.isTTY ? await countUnits(inputs, options) : undefined;
  const range = options.shard ? shardRange(options.shard, total!) : undefined;
  const progress = new Progress(options.progress, range ? Math.min(range.to, total!) - range.from : total);
  const summary: BuildSummary = { documents: 0, words: 0, entities: 0, relations: 0, seconds: 0, skipped: 0, unchanged: 0 };
  const skip = (message: string) => {
    progress.finish();
    options.onSkip(message);
    summary.skipped++;
  };

  // Documents already in the graph, or read before in this build, are settled here, before extraction, so
  // they cost no work: the same content is counted once; other content under the same id is skipped, or
  // two texts would share one id and its evidence offsets.
  const pending = async function* (): AsyncGenerator<InputItem> {
    for await (const item of readDocuments(inputs, options, range)) {
      if (!("doc" in item)) {
        yield item;
        continue;
      }
      const hash = contentHash(item.doc.text);
      const earlier = known.get(item.doc.id);
      if (!earlier) {
        known.set(item.doc.id, { hash, at: item.at });
        yield item;
        continue;
      }
      if (earlier.hash === hash) summary.unchanged++;
      else if (!earlier.at) skip(`${item.doc.id}: already in the graph with other content (rebuild the graph to replace it)`);
      else skip(`${item.at}: its id '${item.doc.id}' is already taken by ${earlier.at}, which has other content (give documents distinct ids)`);
      progress.advance(0);
    }
  };

  try {
    for await (const { item, outcome } of extractInOrder(pending(), (i) => ("doc" in i ? i.doc : undefined), options.jobs)) {
      if ("problem" in item) skip(item.problem);
      else if (outcome && "failure" in outcome) skip(`${item.doc.id}: ${outcome.failure}`);
      else if (outcome) {
        addExtraction(graph, outcome.extraction, index);
        summary.documents++;
        summary.words += outcome.extraction.doc.words ?? 0;
      }
      progress.advance("doc" in item && outcome && "extraction" in outcome ? outcome.extraction.doc.words ?? 0 : 0);
    }
  } finally {
    progress.finish();
  }
  summary.entities = graph.order;
  summary.relations = graph.size;
  summary.seconds = (performance.now() - started) / 1000;
  return { graph, summary };
}
