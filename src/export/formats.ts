import type { NewsGraph } from "../graph/types.js";
import type { LayoutOptions } from "./layout.js";
import { writeCsv } from "./csv-write.js";
import { writeCypher } from "./cypher-write.js";
import { writeGexf } from "./gexf-write.js";
import { writeGraphml } from "./graphml-write.js";
import { writeJson } from "./json-write.js";
import { writeNeo4j } from "./neo4j-write.js";

export interface ExportOptions {
  /** Layout of GEXF positions when the graph has none. */
  layout?: LayoutOptions;
}

/** An export format: one file (written in chunks) or a folder of files. */
export type ExportFormat =
  | { name: string; description: string; output: "file"; extension: string; write(graph: NewsGraph, options?: ExportOptions): Iterable<string> }
  | { name: string; description: string; output: "folder"; write(graph: NewsGraph): Record<string, Iterable<string>> };

export const FORMATS: readonly ExportFormat[] = [
  { name: "gexf", description: "GEXF 1.3 for Gephi (typed attributes, colours, sizes, layout)", output: "file", extension: ".gexf", write: (g, o) => writeGexf(g, { layout: o?.layout }) },
  { name: "graphml", description: "GraphML for networkx, igraph and yEd", output: "file", extension: ".graphml", write: writeGraphml },
  { name: "json", description: "graphology JSON (the native format)", output: "file", extension: ".json", write: writeJson },
  { name: "csv", description: "folder with nodes.csv and edges.csv for spreadsheets", output: "folder", write: writeCsv },
  { name: "neo4j", description: "folder for neo4j-admin database import", output: "folder", write: writeNeo4j },
  { name: "cypher", description: "Cypher CREATE script for small graphs", output: "file", extension: ".cypher", write: writeCypher },
];

/** The format called `name`, or undefined. */
export const findFormat = (name: string): ExportFormat | undefined => FORMATS.find((f) => f.name === name);
