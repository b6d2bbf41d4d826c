// The Cypher box: runs a query of the query layer, lists the rows as text and hands back the
// nodes and relationships to highlight.
import type { NewsGraph } from "../graph/types.js";
import { h, replace } from "./dom.js";
import { cellText, collectResultElements, nodeKeyOf } from "./query-results.js";

export type RunQuery = (graph: NewsGraph, cypher: string) => Record<string, unknown>[];

export interface QueryActions {
  /** Records the query in the view state (which then calls `show`). */
  run(text: string): void;
  select(node: string): void;
  labelOf(node: string): string;
}

/** Rows listed under the box; the highlight covers all rows. */
const LISTED_ROWS = 200;

export class QueryBox {
  private shown: { text: string; graph: NewsGraph; result: { nodes: Set<string>; edges: Set<string> } | null } | null = null;

  constructor(
    private readonly input: HTMLTextAreaElement,
    runButton: HTMLElement,
    private readonly output: HTMLElement,
    private readonly actions: QueryActions,
    private readonly runQuery: RunQuery,
  ) {
    runButton.addEventListener("click", () => this.submit());
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.submit();
      }
    });
  }

  reset(): void {
    this.shown = null;
    replace(this.output);
  }

  private submit(): void {
    const text = this.input.value.trim();
    // Running the same text again re-runs it (the graph may have been replaced).
    if (this.shown?.text === text) this.shown = null;
    this.actions.run(text);
  }

  /** Runs `text` on `graph` unless already shown; returns what to highlight, or null for no query or an error. */
  show(text: string, graph: NewsGraph): { nodes: Set<string>; edges: Set<string> } | null {
    if (this.shown && this.shown.text === text && this.shown.graph === graph) return this.shown.result;
    if (this.input.value.trim() !== text) this.input.value = text;
    let result: { nodes: Set<string>; edges: Set<string> } | null = null;
    if (!text) replace(this.output);
    else {
      try {
        const rows = this.runQuery(graph, text);
        result = collectResultElements(rows);
        this.render(rows, result);
      } catch (error) {
        replace(this.output, h("p", { class: "error", attrs: { role: "alert" } }, (error as Error).message || String(error)));
      }
    }
    this.shown = { text, graph, result };
    return result;
  }

  private render(rows: Record<string, unknown>[], result: { nodes: Set<string>; edges: Set<string> }): void {
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const summary = `${count(rows.length, "row", "rows")} · ${count(result.nodes.size, "entity", "entities")}, ${count(result.edges.size, "relation", "relations")} highlighted`;
    const table = h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", {}, c)))),
      h(
        "tbody",
        {},
        ...rows.slice(0, LISTED_ROWS).map((row) =>
          h(
            "tr",
            {},
            ...columns.map((column) => {
              const value = row[column];
              const key = nodeKeyOf(value);
              return h(
                "td",
                {},
                key
                  ? h("button", { class: "linklike", on: { click: () => this.actions.select(key) } }, cellText(value, this.actions.labelOf))
                  : cellText(value, this.actions.labelOf),
              );
            }),
          ),
        ),
      ),
    );
    const warnings = (rows as { warnings?: string[] }).warnings ?? [];
    replace(this.output, h("p", { class: "summary" }, summary), ...warnings.map((w) => h("p", { class: "muted" }, w)), rows.length ? table : null, rows.length > LISTED_ROWS ? h("p", { class: "muted" }, `First ${LISTED_ROWS} rows listed.`) : null);
  }
}
