import { GraphFileError, parseGraphJson } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { readGexf } from "./gexf-read.js";
import { readGraphml } from "./graphml-read.js";

/** File extensions readGraphFile understands. */
export const READABLE_EXTENSIONS = [".json", ".gexf", ".graphml"] as const;

/**
 * Reads a graph file by its extension (.json, .gexf 1.1-1.3, .graphml). Throws GraphFileError naming the
 * file, the line or element and what is wrong; repairs (missing nodes, undeclared attributes, wrong types)
 * come back as warnings, one line per kind of problem. `text` may come in chunks: GEXF and GraphML are
 * then parsed as they stream, so they may be larger than the longest JavaScript string.
 */
export function readGraphFile(fileName: string, text: string | Iterable<string>): { graph: NewsGraph; warnings: string[] } {
  const extension = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? "";
  switch (extension) {
    case ".json": return parseGraphJson(typeof text === "string" ? text : joined(text, fileName), fileName);
    case ".gexf": return readGexf(text, fileName);
    case ".graphml": return readGraphml(text, fileName);
    default:
      throw new GraphFileError(`${fileName}: unknown graph format '${extension || "(no extension)"}' (expected ${READABLE_EXTENSIONS.join(", ")})`);
  }
}

function joined(chunks: Iterable<string>, fileName: string): string {
  try {
    return [...chunks].join("");
  } catch (error) {
    if (error instanceof RangeError) throw new GraphFileError(`${fileName}: too large to read as one JSON text (export it as GEXF or GraphML)`);
    throw error;
  }
}
