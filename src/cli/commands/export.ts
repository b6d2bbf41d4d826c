import { FORMATS } from "../../export/index.js";
import { intOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { loadGraph } from "../load-graph.js";
import { writeGraphFile } from "../write-graph.js";

export const exportCommand: Command = {
  name: "export",
  summary: "convert a graph to GEXF, GraphML, JSON, CSV, Neo4j import files or Cypher",
  help: `Usage: newsgraph export GRAPH --format FORMAT --out PATH

Reads GRAPH (.json, .gexf or .graphml) and writes it in FORMAT to PATH.
A failed run leaves an existing PATH untouched.

Formats:
${FORMATS.map((f) => `  ${f.name.padEnd(8)} ${f.description}${f.output === "folder" ? " (PATH is a folder)" : ""}`).join("\n")}

Options:
  --format FORMAT     output format (required)
  --out PATH          output file, or folder for csv and neo4j (required)
  --seed N            seed of the GEXF layout when the graph has no positions (default 1)
  --iterations N      ForceAtlas2 iterations of that layout (default: by graph size)
`,
  async run(args) {
    const { values, positionals } = parseCommandArgs("export", args, {
      format: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      iterations: { type: "string" },
    });
    if (positionals.length !== 1) throw new UsageError("expected one GRAPH file (see newsgraph export --help)");
    if (typeof values.format !== "string") throw new UsageError("--format is required (see newsgraph export --help)");
    if (typeof values.out !== "string") throw new UsageError("--out is required (see newsgraph export --help)");
    if (!FORMATS.some((f) => f.name === values.format)) {
      throw new UsageError(`unknown format '${values.format}' (expected one of ${FORMATS.map((f) => f.name).join(", ")})`);
    }
    const seed = intOption("seed", values.seed as string | undefined, 1);
    const iterations = values.iterations === undefined ? undefined : intOption("iterations", values.iterations as string, 1, 1);
    const graph = await loadGraph(positionals[0]);
    await writeGraphFile(graph, values.format, values.out, { layout: { seed, iterations } });
    process.stderr.write(`wrote ${values.format} of ${graph.order} nodes and ${graph.size} edges to ${values.out}\n`);
    return EXIT.ok;
  },
};
