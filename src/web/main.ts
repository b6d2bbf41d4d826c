// Entry point of index.html: wires the loaders to the explorer and opens the first graph.
import { Explorer } from "./app.js";
import { buildFromArticle, fetchGraph, readFile, type Loaded } from "./loader.js";
import { decodeState } from "./url-state.js";
import "./style.css";

const explorer = new Explorer();
// A handle for the browser console and end-to-end tests.
(window as unknown as { newsgraph: Explorer }).newsgraph = explorer;
const byId = (id: string) => document.getElementById(id)!;

async function open(loading: Promise<Loaded>, keepUrlState: boolean): Promise<void> {
  document.body.classList.add("busy");
  try {
    const { graph, source, warnings } = await loading;
    if (!keepUrlState) history.replaceState(null, "", location.pathname);
    explorer.load(graph, source, keepUrlState ? decodeState(new URLSearchParams(location.search)) : undefined);
    explorer.showMessage(warnings.length ? `${warnings.length} warning${warnings.length > 1 ? "s" : ""}: ${warnings.slice(0, 3).join("; ")}` : null);
  } catch (error) {
    explorer.showMessage((error as Error).message || String(error));
  } finally {
    document.body.classList.remove("busy");
  }
}

const fileInput = byId("file-input") as HTMLInputElement;
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void open(readFile(file), false);
  fileInput.value = "";
});

const stage = byId("stage");
stage.addEventListener("dragover", (event) => {
  event.preventDefault();
  stage.classList.add("dropping");
});
stage.addEventListener("dragleave", () => stage.classList.remove("dropping"));
stage.addEventListener("drop", (event) => {
  event.preventDefault();
  stage.classList.remove("dropping");
  const file = event.dataTransfer?.files[0];
  if (file) void open(readFile(file), false);
});

byId("build-button").addEventListener("click", () => {
  const text = (byId("article-input") as HTMLTextAreaElement).value;
  const title = (byId("article-title") as HTMLInputElement).value;
  void open(buildFromArticle(text, title), false);
});

const initial = new URLSearchParams(location.search).get("graph") ?? "graph.json";
fetchGraph(initial).then(
  (loaded) => open(Promise.resolve(loaded), true),
  (error: Error) =>
    explorer.showEmpty(
      `${error.message}. Build it with "npm run build:data", open a .json, .gexf or .graphml file, or paste an article.`,
    ),
);
