import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { NewsGraph } from "../graph/types.js";
import { computeVisibility, dateExtent, documentDates, filterKey } from "./filters.js";
import { defaultState, differsForUndo, toggled, withChanges } from "./state.js";
import { UndoStack } from "./undo.js";
import { decodeState, encodeState } from "./url-state.js";

function sample(): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  g.replaceAttributes({
    documents: [
      { id: "a", title: "A", date: "2025-06-02" },
      { id: "b", title: "B", date: "2025-06-20T10:00:00Z" },
    ],
  });
  const node = (key: string, entityType: string, docs: string[]) =>
    g.addNode(key, { label: key, entityType: entityType as never, aliases: [], mentions: 1, docs });
  node("russia", "state", ["a", "b"]);
  node("ukraine", "state", ["a", "b"]);
  node("putin", "person", ["b"]);
  node("ceasefire", "proposal", ["a"]);
  node("gaza", "place", ["b"]);
  node("hamas", "organisation", ["b"]);
  const ev = (doc: string) => [{ doc, sentence: 0, start: 0, end: 1, text: "x" }];
  g.addEdgeWithKey("russia->rejected->ceasefire", "russia", "ceasefire", { relation: "rejected", weight: 1, evidence: ev("a") });
  g.addEdgeWithKey("ukraine->proposed->ceasefire", "ukraine", "ceasefire", { relation: "proposed", weight: 1, evidence: ev("a") });
  g.addEdgeWithKey("putin->leader_of->russia", "putin", "russia", { relation: "leader_of", weight: 1, evidence: ev("b") });
  g.addEdgeWithKey("hamas->part_of->gaza", "hamas", "gaza", { relation: "part_of", weight: 1, evidence: ev("b") });
  return g;
}

describe("view state", () => {
  it("keeps toggled sets sorted and unique", () => {
    expect(toggled(["state"], "person")).toEqual(["person", "state"]);
    expect(toggled(["person", "state"], "person")).toEqual(["state"]);
    expect(withChanges(defaultState(), { hiddenTypes: ["b", "a", "b"] }).hiddenTypes).toEqual(["a", "b"]);
  });

  it("ignores camera and typed search for undo but not filters", () => {
    const s = defaultState();
    expect(differsForUndo(s, { ...s, camera: { x: 1, y: 1, ratio: 2 }, search: "put" })).toBe(false);
    expect(differsForUndo(s, { ...s, minDegree: 2 })).toBe(true);
    expect(differsForUndo(s, { ...s, selected: "putin" })).toBe(true);
  });
});

describe("URL encoding", () => {
  it("round-trips every field and keeps foreign parameters", () => {
    const state = withChanges(defaultState(), {
      selected: "russia->x & y",
      hiddenTypes: ["place", "person"],
      hiddenRelations: ["met"],
      minDegree: 2,
      dateFrom: "2025-06-01",
      dateTo: "2025-06-30",
      ego: 2,
      largestComponent: true,
      search: "Zélensky",
      query: "MATCH (n:Person) RETURN n",
      camera: { x: 0.5, y: 0.25, ratio: 1.5 },
    });
    const params = encodeState(state, new URLSearchParams("graph=/fixtures/x.json&sel=old"));
    expect(params.get("graph")).toBe("/fixtures/x.json");
    expect(decodeState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it("writes nothing for the default view", () => {
    expect(encodeState(defaultState()).toString()).toBe("");
  });

  it("falls back to defaults on malformed values", () => {
    const state = decodeState(new URLSearchParams("deg=-3&ego=9&from=yesterday&cam=1,2&lcc=yes"));
    expect(state).toEqual(defaultState());
    expect(decodeState(new URLSearchParams("cam=1,2,0")).camera).toBeNull();
  });
});

describe("undo stack", () => {
  it("undoes and redoes in order and forgets redo after a new action", () => {
    const stack = new UndoStack<number>();
    stack.record(0);
    stack.record(1);
    expect(stack.undo(2)).toBe(1);
    expect(stack.undo(1)).toBe(0);
    expect(stack.undo(0)).toBeNull();
    expect(stack.redo(0)).toBe(1);
    expect(stack.canRedo).toBe(true);
    stack.record(1);
    expect(stack.canRedo).toBe(false);
    expect(stack.redo(5)).toBeNull();
  });

  it("keeps at most `limit` steps", () => {
    const stack = new UndoStack<number>(2);
    [1, 2, 3].forEach((n) => stack.record(n));
    expect(stack.undo(4)).toBe(3);
    expect(stack.undo(3)).toBe(2);
    expect(stack.undo(2)).toBeNull();
  });
});

describe("filters", () => {
  const visible = (patch: Partial<ReturnType<typeof defaultState>>) => {
    const v = computeVisibility(sample(), withChanges(defaultState(), patch));
    return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
  };

  it("shows everything by default", () => {
    const v = visible({});
    expect(v.nodes).toHaveLength(6);
    expect(v.edges).toHaveLength(4);
  });

  it("hides entity types and their edges", () => {
    const v = visible({ hiddenTypes: ["proposal"] });
    expect(v.nodes).not.toContain("ceasefire");
    expect(v.edges).toEqual(["hamas->part_of->gaza", "putin->leader_of->russia"]);
  });

  it("hides relations but keeps their nodes", () => {
    const v = visible({ hiddenRelations: ["rejected"] });
    expect(v.edges).not.toContain("russia->rejected->ceasefire");
    expect(v.nodes).toContain("russia");
  });

  it("applies a minimum degree on the whole graph", () => {
    expect(visible({ minDegree: 2 }).nodes).toEqual(["ceasefire", "russia"]);
  });

  it("filters by document date range, reading only the date part", () => {
    expect(documentDates(sample().getAttribute("documents")).get("b")).toBe("2025-06-20");
    expect(dateExtent(documentDates(sample().getAttribute("documents")))).toEqual(["2025-06-02", "2025-06-20"]);
    const v = visible({ dateFrom: "2025-06-10" });
    expect(v.nodes).toEqual(["gaza", "hamas", "putin", "russia", "ukraine"]);
    expect(v.edges).toEqual(["hamas->part_of->gaza", "putin->leader_of->russia"]);
  });

  it("restricts to the ego network of the selection by depth", () => {
    expect(visible({ selected: "putin", ego: 1 }).nodes).toEqual(["putin", "russia"]);
    expect(visible({ selected: "putin", ego: 2 }).nodes).toEqual(["ceasefire", "putin", "russia"]);
    expect(visible({ selected: "putin", ego: 3 }).nodes).toEqual(["ceasefire", "putin", "russia", "ukraine"]);
    expect(visible({ selected: null, ego: 3 }).nodes).toHaveLength(6);
  });

  it("keys filters so selection and query changes skip recomputation unless an ego filter is on", () => {
    const s = defaultState();
    expect(filterKey({ ...s, selected: "putin" })).toBe(filterKey(s));
    expect(filterKey({ ...s, minDegree: 1 })).not.toBe(filterKey(s));
    expect(filterKey({ ...s, ego: 1, selected: "putin" })).not.toBe(filterKey({ ...s, ego: 1, selected: "russia" }));
  });

  it("keeps the largest connected component", () => {
    const v = visible({ largestComponent: true });
    expect(v.nodes).toEqual(["ceasefire", "putin", "russia", "ukraine"]);
    expect(v.edges).toHaveLength(3);
  });
});
