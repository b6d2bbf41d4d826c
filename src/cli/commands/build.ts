import { createGraph } from "../../graph/build.js";
import { intOption, parseCommandArgs } from "../args.js";
import { buildCorpus } from "../build/corpus.js";
import { defaultJobs } from "../build/pool.js";
import { summaryLine } from "../build/progress.js";
import { parseShard } from "../build/shard.js";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { listInputs } from "../inputs.js";
import { loadGraph } from "../load-graph.js";
import { graphOutput, writeGraphOutput } from "../graph-output.js";
import { FORMAT_NAMES } from "../write-graph.js";

const HELP = `Usage: newsgraph build <files|dirs|->... [--out FILE] [options]

Reads English news articles and writes their knowledge graph as graphology JSON.

Inputs: .txt, .md, .html files; directories (searched recursively); .jsonl files with
one {"id", "title", "date", "url", "text"} object per line (read line by line); "-" for standard input
(read as one article).

Options:
  --out FILE         where to write the graph (default: standard output)
  --format F         write the graph as F instead of graphology JSON (needs --out):
                     ${FORMAT_NAMES.join(", ")}
  --jobs N           extraction threads (default: the number of cores); the graph is the same for any N
  --into FILE        add the documents to this graph (graphology JSON); documents already in it with
                     the same id and content are skipped. Same graph as building everything at once.
  --shard i/n        build only the i-th of n consecutive slices of the inputs (1 <= i <= n);
                     \`newsgraph merge\` of the n graphs, in order, gives the graph of the whole corpus
  --max-bytes N      largest document read, in bytes: a file, or one JSONL line (default: 20000000);
                     a larger one is skipped and named, and a stream (device, FIFO, stdin) is read no further
  --max-total-bytes N
                     most bytes of documents read from all inputs together (default: 2000000000);
                     the document that would pass it is skipped and named, and nothing after it is read
  --help             this text

Progress (documents, words/s, ETA) is drawn on stderr when it is a terminal; a summary line
(documents, words, entities, relations, seconds, skipped) is printed on stderr at the end.

Exit codes: 0 done; 1 failure, nothing written; 2 usage error;
3 some documents were skipped (each named on stderr, with its JSONL line), the graph of the others was written.
`;

export const build: Command = {
  name: "build",
  summary: "build a graph from articles",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("build", args, {
      out: { type: "string" },
      format: { type: "string" },
      jobs: { type: "string" },
      into: { type: "string" },
      shard: { type: "string" },
      "max-bytes": { type: "string" },
      "max-total-bytes": { type: "string" },
    });
    if (!positionals.length) throw new UsageError("no inputs given (see newsgraph build --help)");
    const maxFileBytes = intOption("max-bytes", values["max-bytes"] as string | undefined, 20_000_000, 1);
    const maxTotalBytes = intOption("max-total-bytes", values["max-total-bytes"] as string | undefined, 2_000_000_000, 1);
    const jobs = intOption("jobs", values.jobs as string | undefined, defaultJobs(), 1);
    const output = graphOutput(values);
    const shard = typeof values.shard === "string" ? parseShard(values.shard) : undefined;
    const listed = await listInputs(positionals);
    const into = typeof values.into === "string" ? await loadInto(values.into) : undefined;

    // Skips are told once the outcome is known: a lone refused document is the error line itself.
    const skips: string[] = [];
    const { graph, summary } = await buildCorpus(listed, {
      jobs, maxFileBytes, maxTotalBytes, shard, into,
      progress: process.stderr,
      onSkip: (message) => void skips.push(message),
    });
    const failed = !summary.documents && !summary.unchanged;
    if (failed && skips.length === 1) throw new UsageError(skips[0], EXIT.failure);
    for (const message of skips) process.stderr.write(`skipped ${message}\n`);
    if (failed) throw new UsageError(summary.skipped ? `no readable documents (${summary.skipped} skipped)` : "no documents in the inputs", EXIT.failure);
    await writeGraphOutput(graph, output);
    process.stderr.write(`newsgraph build: ${summaryLine(summary)}\n`);
    return summary.skipped ? EXIT.partial : EXIT.ok;
  },
};

/** The graph to add to, in a graph of the build's own kind (so its output is the same as one build's). */
async function loadInto(path: string) {
  const graph = createGraph();
  graph.import((await loadGraph(path)).export());
  return graph;
}
