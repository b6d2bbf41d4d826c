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
  const known = new Map((graph.getAttribute("documents") ?? []).map((d) => [d.id, d.hash]));
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

  // Documents already in the graph are settled here, before extraction, so they cost no work.
  const pending = async function* (): AsyncGenerator<InputItem> {
    for await (const item of readDocuments(inputs, options, range)) {
      if ("doc" in item && known.has(item.doc.id)) {
        const hash = known.get(item.doc.id);
        if (hash === contentHash(item.doc.text)) summary.unchanged++;
        else skip(`${item.doc.id}: already in the graph with other content (rebuild the graph to replace it)`);
        progress.advance(0);
        continue;
      }
      yield item;
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
