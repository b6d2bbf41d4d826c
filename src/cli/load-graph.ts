import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseGraphJson } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";

/** Reads a graph file named on the command line; warnings go to stderr, errors become one line. */
export async function loadGraph(path: string): Promise<NewsGraph> {
  const text = await readFile(path, "utf8");
  const format = extname(path).toLowerCase();
  if (format !== ".json") throw new UsageError(`${path}: unknown graph format '${format}' (expected .json)`);
  const { graph, warnings } = (() => {
    try {
      return parseGraphJson(text, path);
    } catch (error) {
      throw new UsageError((error as Error).message, 1);
    }
  })();
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  return graph;
}
