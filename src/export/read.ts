import { GraphFileError, parseGraphJson } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { readGexf } from "./gexf-read.js";
import { readGraphml } from "./graphml-read.js";

/** File extensions readGraphFile understands. */
export const READABLE_EXTENSIONS = [".json", ".gexf", ".graphml"] as const;

/**
 * Reads a graph file by its extension (.json, .gexf 1.1-1.3, .graphml). Throws GraphFileError naming the
 * file, the line or element and what is wrong; repairs (missing nodes, undeclared attributes, wrong types)
 * come back as warnings, one line per kind of problem.
 */
export function readGraphFile(fileName: string, text: string): { graph: NewsGraph; warnings: string[] } {
  const extension = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? "";
  switch (extension) {
    case ".json": return parseGraphJson(text, fileName);
    case ".gexf": return readGexf(text, fileName);
    case ".graphml": return readGraphml(text, fileName);
    default:
      throw new GraphFileError(`${fileName}: unknown graph format '${extension || "(no extension)"}' (expected ${READABLE_EXTENSIONS.join(", ")})`);
  }
}
