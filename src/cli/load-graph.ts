import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { readGraphFile } from "../export/index.js";
import { GraphFileError } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";

/** Warnings of a graph file or a query, on stderr. */
export const warnOnStderr = (message: string): void => void process.stderr.write(`warning: ${message}\n`);

/** Reads a graph file named on the command line (.json, .gexf, .graphml); warnings go to stderr, errors become one line. */
export async function loadGraph(path: string, warn = warnOnStderr): Promise<NewsGraph> {
  const chunks = fileChunks(path);
  try {
    const { graph, warnings } = readGraphFile(path, chunks);
    for (const warning of warnings) warn(warning);
    return graph;
  } catch (error) {
    if (error instanceof GraphFileError) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    chunks.return(undefined);
  }
}

/** The file as UTF-8 text in 1 MiB chunks, so graph files larger than a JavaScript string can be read. */
function* fileChunks(path: string): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder("utf8");
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) yield decoder.write(buffer.subarray(0, n));
    yield decoder.end();
  } finally {
    closeSync(fd);
  }
}
