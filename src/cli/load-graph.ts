import { readFile } from "node:fs/promises";
import { readGraphFile } from "../export/index.js";
import { GraphFileError } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";

/** Reads a graph file named on the command line (.json, .gexf, .graphml); warnings go to stderr, errors become one line. */
export async function loadGraph(path: string): Promise<NewsGraph> {
  const text = await readFile(path, "utf8");
  try {
    const { graph, warnings } = readGraphFile(path, text);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    return graph;
  } catch (error) {
    if (error instanceof GraphFileError) throw new UsageError(error.message, 1);
    throw error;
  }
}
