import { GraphIndex, createGraph } from "../../graph/build.js";
import { mergeGraph } from "../../graph/merge.js";
import { parseCommandArgs } from "../args.js";
import { DocumentOwners } from "../build/overlap.js";
import { counted } from "../build/progress.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadGraph, warnOnStderr } from "../load-graph.js";
import { graphOutput, writeGraphOutput } from "../graph-output.js";
import { FORMAT_NAMES } from "../write-graph.js";

const HELP = `Usage: newsgraph merge <graph files>... [--out FILE] [--format F]

Merges graphs (graphology JSON, GEXF or GraphML) into one, in the order given: entities by
canonical name and aliases, relations by source->relation->target with their evidence joined,
documents listed once. A graph whose documents are all in the graphs before it is skipped;
a document id that comes again with other content is an error. Merging the graphs of \`newsgraph build --shard 1/n\` ... \`--shard n/n\`,
in that order, gives the graph of one build over the whole corpus.

Options:
  --out FILE         where to write the merged graph (default: standard output)
  --format F         write it as F instead of graphology JSON (needs --out): ${FORMAT_NAMES.join(", ")}
  --help             this text

Exit codes: 0 done; 1 a graph could not be read, or two graphs hold different documents under one
id: nothing written; 2 usage error.
`;

export const merge: Command = {
  name: "merge",
  summary: "merge graphs into one",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("merge", args, {
      out: { type: "string" },
      format: { type: "string" },
    });
    if (!positionals.length) throw new UsageError("no graphs given (see newsgraph merge --help)");
    const output = graphOutput(values);
    const started = performance.now();
    const graph = createGraph();
    const index = GraphIndex.of(graph);
    const owners = new DocumentOwners();
    // One input graph in memory at a time, beside the merged one.
    for (const path of positionals) {
      const part = await loadGraph(path);
      if (owners.admit(path, part, warnOnStderr)) mergeGraph(graph, part, index);
    }
    await writeGraphOutput(graph, output);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`newsgraph merge: ${counted(positionals.length, "graph")}, ${counted(graph.getAttribute("documents").length, "document")}, ${counted(graph.order, "entity", "entities")}, ${counted(graph.size, "relation")}, ${seconds.toFixed(1)} s\n`);
    return 0;
  },
};
