import { describe, expect, it } from "vitest";
import { csvRow, writeCsv } from "./csv-write.js";
import { literal, writeCypher } from "./cypher-write.js";
import { NEO4J_ARRAY_DELIMITER, writeNeo4j } from "./neo4j-write.js";
import { sampleGraph } from "./sample-graphs.js";

const text = (chunks: Iterable<string>) => [...chunks].join("");

/** A small RFC 4180 parser for checking what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') field += '"', i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), field = "";
    else if (c === "\r" && csv[i + 1] === "\n") row.push(field), rows.push(row), row = [], field = "", i++;
    else field += c;
  }
  return rows;
}

describe("writeCsv", () => {
  it("quotes commas, quotes and newlines per RFC 4180 with CRLF rows", () => {
    expect(csvRow(["plain", "a,b", 'say "hi"', "two\nlines", "cr\rhere", ""])).toBe('plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n');
  });

  it("writes nodes.csv and edges.csv that parse back to the graph's values", () => {
    const files = writeCsv(sampleGraph());
    const nodes = parseCsv(text(files["nodes.csv"]));
    expect(nodes[0]).toEqual(["id", "label", "entityType", "aliases", "mentions", "roles", "docs", "firstSeen", "lastSeen", "community", "score", "verified"]);
    const byId = Object.fromEntries(nodes.slice(1).map((r) => [r[0], r]));
    expect(byId.ceasefire.slice(0, 5)).toEqual(["ceasefire", '"unconditional" ceasefire <30 days> & more', "proposal", "truce;\nlimited", "4"]);
    expect(byId["rustem karimov"][5]).toBe("Defence Minister; head, delegation");
    expect(byId.zelensky[1]).toBe("Володимир Зеленський");
    expect(byId.russia.slice(7, 9)).toEqual(["2025-05-16", "2025-06-02"]);
    const edges = parseCsv(text(files["edges.csv"]));
    expect(edges[0]).toEqual(["id", "source", "target", "relation", "weight", "plover", "quad", "negated", "intent", "evidence", "docs", "confidence"]);
    expect(edges[1].slice(0, 5)).toEqual(["russia->rejected->ceasefire", "russia", "ceasefire", "rejected", "2"]);
    expect(edges[1][9]).toBe("Russia once again rejected a proposal for an “unconditional ceasefire” | Hrytsenko confirmed Russia's rejection, \"again\" | twice");
    expect(edges.length).toBe(1 + 6);
  });

  it("keeps text that looks like a formula from running in a spreadsheet", () => {
    const nodes = parseCsv(text(writeCsv(sampleGraph())["nodes.csv"]));
    expect(nodes.find((r) => r[0] === "zelensky")![3]).toBe("Zelensky; '=HYPERLINK(\"x\")");
  });
});

describe("writeNeo4j", () => {
  const files = writeNeo4j(sampleGraph());
  const nodes = parseCsv(text(files["nodes.csv"]));
  const rels = parseCsv(text(files["relationships.csv"]));

  it("writes typed node headers with id:ID and :LABEL in PascalCase", () => {
    expect(nodes[0]).toEqual(["id:ID", ":LABEL", "label", "entityType", "aliases:string[]", "mentions:long", "roles:string[]", "docs:string[]", "firstSeen", "lastSeen", "community:long", "score:double", "verified:boolean"]);
    const russia = nodes.find((r) => r[0] === "russia")!;
    expect(russia.slice(0, 6)).toEqual(["russia", "State", "Russia", "state", `Moscow${NEO4J_ARRAY_DELIMITER}the Kremlin`, "12"]);
    expect(nodes.find((r) => r[0] === "nato")![1]).toBe("Organisation");
  });

  it("writes relationships with :START_ID, :END_ID, upper-case :TYPE and typed properties", () => {
    expect(rels[0]).toEqual([":START_ID", ":END_ID", ":TYPE", "relation", "weight:long", "plover", "quad", "negated:boolean", "intent:boolean", "docs:string[]", "confidence:double", "evidence:string[]"]);
    expect(rels[1].slice(0, 5)).toEqual(["russia", "ceasefire", "REJECTED", "rejected", "2"]);
    expect(rels[1][11].split(NEO4J_ARRAY_DELIMITER)).toHaveLength(2);
    expect(rels.find((r) => r[2] === "LEADER_OF")).toBeTruthy();
    expect(rels.find((r) => r[2] === "AGREED")![7]).toBe("true");
  });

  it("explains the import command in a README", () => {
    expect(text(files["README.md"])).toMatch(/neo4j-admin database import full neo4j --nodes=import\/nodes\.csv --relationships=import\/relationships\.csv --array-delimiter=U\+001F/);
  });
});

describe("writeCypher", () => {
  it("escapes string literals", () => {
    expect(literal("it's a \\ \"test\"\n\u0001")).toBe("'it\\'s a \\\\ \"test\"\\n\\u0001'");
    expect(literal(["a", "b'c"])).toBe("['a', 'b\\'c']");
  });

  it("creates constraints, nodes and relationships with the Neo4j labels and types", () => {
    const script = text(writeCypher(sampleGraph()));
    const lines = script.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("CREATE CONSTRAINT"))).toEqual([
      "CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;",
      "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;",
      "CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;",
      "CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;",
    ]);
    expect(lines).toContain("CREATE (:State {id: 'russia', label: 'Russia', entityType: 'state', aliases: ['Moscow', 'the Kremlin'], mentions: 12, docs: ['istanbul', 'kyiv'], firstSeen: '2025-05-16', lastSeen: '2025-06-02'});");
    expect(lines).toContain("MATCH (a:Person {id: 'rustem karimov'}), (b:State {id: 'ukraine'}) CREATE (a)-[:LEADER_OF {relation: 'leader_of', weight: 1, evidence: []}]->(b);");
    expect(lines.filter((l) => l.startsWith("CREATE (:"))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith("MATCH"))).toHaveLength(6);
  });
});
