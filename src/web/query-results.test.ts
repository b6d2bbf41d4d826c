import { describe, expect, it } from "vitest";
import { cellText, collectResultElements } from "./query-results.js";

const node = (key: string) => ({ key, labels: ["State"], properties: { label: key.toUpperCase() } });
const rel = (start: string, end: string) => ({ key: `${start}->rejected->${end}`, type: "REJECTED", start, end, properties: {} });

describe("query results", () => {
  it("collects nodes and relationships from cells, lists, maps and paths", () => {
    const rows = [
      { n: node("russia"), count: 2 },
      { rels: [rel("russia", "ceasefire")] },
      { p: { nodes: [node("ukraine"), node("nato")], relationships: [rel("ukraine", "nato")] } },
      { m: { inner: node("kyiv") } },
    ];
    const { nodes, edges } = collectResultElements(rows);
    expect([...nodes].sort()).toEqual(["ceasefire", "kyiv", "nato", "russia", "ukraine"]);
    expect([...edges].sort()).toEqual(["russia->rejected->ceasefire", "ukraine->rejected->nato"]);
  });

  it("renders cells as one line of text", () => {
    const label = (k: string) => k.toUpperCase();
    expect(cellText(node("russia"), label)).toBe("RUSSIA");
    expect(cellText(rel("russia", "ceasefire"), label)).toBe("(RUSSIA)-[:REJECTED]->(CEASEFIRE)");
    expect(cellText([1, "a", null], label)).toBe('[1, a, null]');
    expect(cellText("<b>x</b>", label)).toBe("<b>x</b>");
  });
});
