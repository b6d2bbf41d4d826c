import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { NewsGraph } from "../graph/types.js";
import { ENTITY_COLORS } from "../export/palette.js";
import { buildDisplayGraph, CLASS_COLORS, relationClass } from "./appearance.js";
import { readPositions, settleLayout } from "./layout.js";

function pair(): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  g.replaceAttributes({ documents: [] });
  g.addNode("r", { label: "Russia", entityType: "state", aliases: [], mentions: 1 });
  g.addNode("u", { label: "Ukraine", entityType: "state", aliases: [], mentions: 1 });
  g.addNode("p", { label: "Putin", entityType: "person", aliases: [], mentions: 1 });
  g.addEdgeWithKey("r->met->u", "r", "u", { relation: "met", weight: 1, evidence: [] });
  g.addEdgeWithKey("r->rejected->u", "r", "u", { relation: "rejected", weight: 3, evidence: [], quad: "verbal conflict" });
  g.addEdgeWithKey("u->accused->r", "u", "r", { relation: "accused", weight: 1, evidence: [] });
  g.addEdgeWithKey("p->leader_of->r", "p", "r", { relation: "leader_of", weight: 1, evidence: [] });
  return g;
}

describe("appearance", () => {
  it("classifies relations from quad first, then the relation", () => {
    expect(relationClass({ relation: "met", quad: "material conflict" })).toBe("conflict");
    expect(relationClass({ relation: "agreed" })).toBe("cooperation");
    expect(relationClass({ relation: "rejected" })).toBe("conflict");
    expect(relationClass({ relation: "member_of" })).toBe("affiliation");
    expect(relationClass({ relation: "agreed", negated: true })).toBe("negated");
  });

  it("builds a display copy without touching the domain graph", () => {
    const domain = pair();
    const display = buildDisplayGraph(domain);
    expect(domain.getNodeAttributes("r")).not.toHaveProperty("x");
    expect(display.getNodeAttribute("r", "color")).toBe(ENTITY_COLORS.state);
    expect(display.getNodeAttribute("r", "size")).toBeGreaterThan(display.getNodeAttribute("p", "size"));
    expect(display.getEdgeAttribute("r->rejected->u", "color")).toBe(CLASS_COLORS.conflict);
  });

  it("gives parallel edges distinct curvatures", () => {
    const display = buildDisplayGraph(pair());
    const curves = ["r->met->u", "r->rejected->u", "u->accused->r"].map((e) => display.getEdgeAttribute(e, "curvature"));
    expect(new Set(curves).size).toBe(3);
    expect(display.getEdgeAttribute("p->leader_of->r", "curvature")).toBeGreaterThan(0);
  });

  it("draws lone edges straight in large graphs, keeping parallel ones curved", () => {
    const g = pair();
    for (let i = 0; i < 5001; i++) g.addEdge("p", "u", { relation: "met", weight: 1, evidence: [] });
    const display = buildDisplayGraph(g);
    expect(display.getEdgeAttribute("p->leader_of->r", "type")).toBe("straight");
    expect(display.getEdgeAttribute("r->met->u", "type")).toBe("curved");
    expect(buildDisplayGraph(pair()).getEdgeAttribute("p->leader_of->r", "type")).toBe("curved");
  });

  it("lays out the same graph the same way every time", () => {
    const a = buildDisplayGraph(pair());
    const b = buildDisplayGraph(pair());
    settleLayout(a, 3);
    settleLayout(b, 3);
    expect([...readPositions(a)]).toEqual([...readPositions(b)]);
    expect(a.getNodeAttribute("r", "x")).not.toBe(a.getNodeAttribute("u", "x"));
  });
});
