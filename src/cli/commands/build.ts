import { buildGraph, createGraph } from "../../graph/build.js";
import { ingest } from "../../pipeline/ingest.js";
import type { InputDocument } from "../../pipeline/types.js";
import { intOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../errors.js";
import { listInputs, readInput } from "../inputs.js";
import { writeAtomic } from "../output.js";

const HELP = `Usage: newsgraph build <files|dirs|->... [--out FILE]

Reads English news articles and writes their knowledge graph as graphology JSON.

Inputs: .txt, .md, .html files; directories (searched recursively); .jsonl files with
one {"id", "title", "date", "url", "text"} object per line; "-" for standard input.

Options:
  --out FILE         where to write the graph (default: standard output)
  --max-bytes N      largest input file read, in bytes (default: 20000000)
  --help             this text

Exit codes: 0 done; 1 failure, nothing written; 2 usage error;
3 some documents were skipped (each named on stderr), the graph of the others was written.
`;

export const build: Command = {
  name: "build",
  summary: "build a graph from articles",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCommandArgs("build", args, {
      out: { type: "string" },
      "max-bytes": { type: "string" },
    });
    if (!positionals.length) throw new UsageError("no inputs given (see newsgraph build --help)");
    const maxFileBytes = intOption("max-bytes", values["max-bytes"] as string | undefined, 20_000_000, 1);
    const listed = await listInputs(positionals);
    const documents: InputDocument[] = [];
    const problems: string[] = [];
    for (const item of listed) {
      const raw = await readInput(item, { maxFileBytes });
      if (!("content" in raw)) {
        problems.push(`${raw.name}: ${raw.message}`);
        continue;
      }
      const ingested = ingest(raw);
      documents.push(...ingested.documents);
      for (const p of ingested.problems) problems.push(`${p.name}${p.line ? `:${p.line}` : ""}: ${p.message}`);
    }
    for (const problem of problems) process.stderr.write(`skipped ${problem}\n`);
    if (!documents.length) throw new UsageError(problems.length === 1 ? problems[0] : `no readable documents (${problems.length} skipped)`, EXIT.failure);
    const graph = buildGraph(documents, { into: createGraph() });
    const json = JSON.stringify(graph.export());
    if (typeof values.out === "string") await writeAtomic(values.out, [json, "\n"]);
    else process.stdout.write(json + "\n");
    return problems.length ? EXIT.partial : EXIT.ok;
  },
};
