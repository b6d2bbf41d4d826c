// Where graphs come from: the built graph.json (or ?graph=), a chosen or dropped file, or an article
// pasted into the page and run through the pipeline here in the browser.
import { readGraphFile } from "../export/index.js";
import type { NewsGraph } from "../graph/types.js";

export interface Loaded {
  graph: NewsGraph;
  source: string;
  warnings: string[];
}

/** Largest file the page will read; bigger graphs belong in the CLI. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function fetchGraph(url: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText || "not found"}`);
  const name = decodeURIComponent(new URL(url, location.href).pathname.split("/").pop() || "graph.json");
  return { ...readGraphFile(name, await response.text()), source: name };
}

export async function readFile(file: File): Promise<Loaded> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name}: ${Math.round(file.size / 1048576)} MB is over the ${MAX_FILE_BYTES / 1048576} MB the page reads; use the CLI`);
  return { ...readGraphFile(file.name, await file.text()), source: file.name };
}

/** Runs the extraction pipeline in the page. Loaded on first use: the language model is large. */
export async function buildFromArticle(text: string, title: string): Promise<Loaded> {
  if (!text.trim()) throw new Error("The article is empty: paste some text first");
  const { buildGraph } = await import("../graph/build.js");
  const graph = buildGraph([{ id: "pasted", text, title: title.trim() || "Pasted article", date: new Date().toISOString().slice(0, 10) }]);
  return { graph, source: title.trim() || "pasted article", warnings: [] };
}
